import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { updateCrossCheck } from '../../src/compare/index-update.js';
import { extract } from '../../src/extract/index.js';
import type { KnownMeta } from '../../src/model.js';
import { openLedger, type Ledger } from '../../src/store/ledger.js';

/** A document for {@link ledgerOf}: its text, where it came from, what its container said. */
export interface TestDocument {
  origin: string;
  text: string;
  meta?: KnownMeta;
  url?: string;
}

/**
 * A fresh ledger in a temporary folder holding `docs` (extracted and stored in the given order) with
 * its cross-check index built, as `crosscheck ingest` leaves it. `close()` removes it.
 */
export function ledgerOf(docs: readonly TestDocument[]): Ledger & { dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'cc-compare-'));
  const ledger = openLedger(join(dir, 'ledger.db'));
  ledger.transaction(() => {
    for (const d of docs)
      ledger.store(extract({ origin: d.origin, text: d.text, meta: d.meta ?? {} }), {
        url: d.url ?? null,
        ingestedAt: '2026-01-01T00:00:00Z',
      });
  });
  updateCrossCheck(ledger);
  return Object.assign(ledger, {
    dispose() {
      ledger.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}
