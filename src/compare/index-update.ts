import type { Ledger } from '../store/ledger.js';
import { indexFigures } from './figure-keys.js';
import { indexReprints } from './reprint-index.js';

/**
 * Brings the cross-checking tables up to date with the documents stored since the last run: reprint
 * signatures, candidate keys and stories, and the series keys of their figures. Only documents
 * after the watermark (`cross_check_state.documents`) are read, so ingesting new documents costs
 * in proportion to them, not to the ledger. Runs in transactions of `batch` documents; an
 * interrupted run leaves a consistent ledger and the next run goes on from there.
 */
export function updateCrossCheck(
  ledger: Ledger,
  options: { batch?: number; onProgress?: (done: number, total: number) => void } = {},
): { documents: number; links: number; figures: number } {
  const db = ledger.db;
  const pending = db
    .prepare('SELECT seq FROM documents WHERE seq > ? ORDER BY seq')
    .pluck()
    .all(watermark(ledger)) as number[];
  const batch = options.batch ?? 500;
  const setMark = db.prepare(
    "INSERT INTO cross_check_state (name, value) VALUES ('documents', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
  );
  let links = 0;
  let figures = 0;
  for (let i = 0; i < pending.length; i += batch) {
    const docs = pending.slice(i, i + batch);
    ledger.transaction(() => {
      links += indexReprints(ledger, docs).links;
      figures += indexFigures(ledger, docs);
      setMark.run(docs[docs.length - 1]!);
    });
    options.onProgress?.(Math.min(i + batch, pending.length), pending.length);
  }
  return { documents: pending.length, links, figures };
}

/** The highest document `seq` indexed (0 for none). */
export function watermark(ledger: Ledger): number {
  return (
    (ledger.db.prepare("SELECT value FROM cross_check_state WHERE name = 'documents'").pluck().get() as
      number | undefined) ?? 0
  );
}

/** Documents stored but not yet indexed for cross-checking. */
export function pendingCrossCheck(ledger: Ledger): number {
  return ledger.db.prepare('SELECT count(*) FROM documents WHERE seq > ?').pluck().get(watermark(ledger)) as number;
}
