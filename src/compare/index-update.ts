import type { Ledger } from '../store/ledger.js';
import { refreshSpeakerStats } from '../store/speaker-stats.js';
import { indexFigures } from './figure-keys.js';
import { indexReprints } from './reprint-index.js';

/**
 * Brings the cross-checking tables up to date with the documents stored since the last run: reprint
 * signatures, candidate keys and stories, and the series keys of their figures. Only documents
 * after the watermark (`cross_check_state.documents`) are read, so ingesting new documents costs
 * in proportion to them, not to the ledger. Runs in transactions of `batch` documents; an
 * interrupted run leaves a consistent ledger and the next run goes on from there. Then the kept
 * rows of the speakers listing that the run's documents (or a forget, a redate) changed are
 * recomputed (src/store/speaker-stats.ts).
 */
export function updateCrossCheck(
  ledger: Ledger,
  options: {
    batch?: number;
    /** Index documents up to this `seq` only (the benchmark grows an index step by step). */
    until?: number;
    onProgress?: (done: number, total: number) => void;
  } = {},
): { documents: number; links: number; aligned: number; nearDuplicates: number; figures: number } {
  const db = ledger.db;
  const pending = db
    .prepare('SELECT seq FROM documents WHERE seq > ? AND seq <= ? ORDER BY seq')
    .pluck()
    .all(watermark(ledger), options.until ?? Number.MAX_SAFE_INTEGER) as number[];
  const batch = options.batch ?? 500;
  const setMark = db.prepare(
    "INSERT INTO cross_check_state (name, value) VALUES ('documents', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
  );
  let indexed = 0;
  let links = 0;
  let aligned = 0;
  let nearDuplicates = 0;
  let figures = 0;
  for (let i = 0; i < pending.length; i += batch) {
    const batchDocs = pending.slice(i, i + batch);
    ledger.transaction(() => {
      // Another process's ingest may have indexed some of them since `pending` was read (four
      // ingests into one new ledger at once): the watermark, read under the write lock, says which
      // are left, and indexing one twice would break the index's unique keys.
      const mark = watermark(ledger);
      const docs = batchDocs.filter((d) => d > mark);
      if (docs.length === 0) return;
      indexed += docs.length;
      const r = indexReprints(ledger, docs);
      links += r.links;
      aligned += r.aligned;
      nearDuplicates += r.nearDuplicates;
      figures += indexFigures(ledger, docs);
      setMark.run(docs[docs.length - 1]!);
    });
    options.onProgress?.(Math.min(i + batch, pending.length), pending.length);
  }
  // The speakers listing's kept rows (src/store/speaker-stats.ts), once per run: a speaker quoted
  // in many batches is counted again once; a lock still held after the wait is the ledger's
  // one-line error, as for the batches.
  ledger.transaction(() => refreshSpeakerStats(db));
  return { documents: indexed, links, aligned, nearDuplicates, figures };
}

/**
 * Indexes again the figures of stored documents whose claims were read again (`Ledger#redate`
 * replaces them with new rows, which have no series keys yet); their reprint signatures stay, the
 * text being the same. Documents not indexed yet are left to {@link updateCrossCheck}. Returns the
 * number of figures indexed.
 */
export function reindexClaims(ledger: Ledger, documentIds: readonly string[]): number {
  const mark = watermark(ledger);
  const seqOf = ledger.db.prepare('SELECT seq FROM documents WHERE id = ?').pluck();
  const seqs = documentIds
    .map((id) => seqOf.get(id) as number | undefined)
    .filter((seq): seq is number => seq !== undefined && seq <= mark);
  return ledger.transaction(() => {
    refreshSpeakerStats(ledger.db);
    return indexFigures(ledger, seqs);
  });
}

/**
 * Takes a forgotten document (`Ledger#forget`, which returns its `seq`) out of the cross-check
 * tables; its signature and its figures' keys went with it. The pairs that tied it to a story go;
 * a story whose key was the document's takes the key of another of its documents (stories are
 * keyed by a member's `seq`, and SQLite gives the `seq` of the last document to the next one
 * stored); and when it was the last document indexed, the watermark steps back, so that a document
 * stored later under the same `seq` is indexed. Call in the transaction that forgets it.
 */
export function forgetInCrossCheck(ledger: Ledger, seq: number): void {
  const db = ledger.db;
  db.prepare('DELETE FROM reprint_links WHERE a = ? OR b = ?').run(seq, seq);
  const heir = db.prepare('SELECT min(doc) FROM reprint_docs WHERE story = ?').pluck().get(seq) as number | null;
  if (heir !== null) {
    db.prepare('UPDATE reprint_docs SET story = ? WHERE story = ?').run(heir, seq);
    db.prepare('INSERT OR IGNORE INTO reprint_keys (key, story) SELECT key, ? FROM reprint_keys WHERE story = ?').run(
      heir,
      seq,
    );
  }
  db.prepare('DELETE FROM reprint_keys WHERE story = ?').run(seq);
  const last = db.prepare('SELECT coalesce(max(seq), 0) FROM documents').pluck().get() as number;
  if (watermark(ledger) > last) db.prepare("UPDATE cross_check_state SET value = ? WHERE name = 'documents'").run(last);
  refreshSpeakerStats(db);
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
