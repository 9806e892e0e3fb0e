import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { updateCrossCheck, watermark } from '../../src/compare/index-update.js';
import { extract } from '../../src/extract/index.js';
import { openLedger } from '../../src/store/ledger.js';

// Several `crosscheck ingest` runs into one ledger each index what they saw pending when they began;
// one that finds its documents indexed by another meanwhile must skip them, not index them twice.
const REPORTS = [
  'ORVEN, May 2, 2025 — At least 12 people were killed in Orven, the council said.',
  'DASSEL, May 3, 2025 — Seven people were injured when a bridge collapsed in Dassel, police said.',
  'MERRICK, May 4, 2025 — About 300 people fled the flooded villages near Merrick, officials said.',
];

describe('updateCrossCheck with another process indexing at the same time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-race-'));
  const path = join(dir, 'ledger.db');
  const first = openLedger(path);
  const second = openLedger(path);
  afterAll(() => {
    first.close();
    second.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('skips the documents the other indexed after it listed them, and indexes each once', () => {
    REPORTS.forEach((text, i) => first.store(extract({ origin: `r${i}.txt`, text, meta: {} })));
    let other: ReturnType<typeof updateCrossCheck> | null = null;
    const run = updateCrossCheck(first, {
      batch: 1,
      // Between the first run's batches, the other connection indexes everything left.
      onProgress: (done) => {
        if (done === 1) other = updateCrossCheck(second);
      },
    });
    expect(run.documents).toBe(1);
    expect(other!.documents).toBe(2);
    expect(watermark(first)).toBe(3);
    const indexed = first.db.prepare('SELECT count(*) FROM reprint_docs').pluck().get();
    expect(indexed).toBe(3);
  });
});
