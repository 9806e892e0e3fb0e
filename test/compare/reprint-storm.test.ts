import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateCrossCheck } from '../../src/compare/index-update.js';
import { extract } from '../../src/extract/index.js';
import { ledgerOf } from '../helpers/ledger.js';

// A wire story reprinted by many outlets, each under its own name line and credit, some cutting a
// paragraph: each copy joins the story through the LSH band keys and its near-duplicate's
// signature, without aligning sentences against the story's other copies (which made indexing a
// 32-fold repeated corpus take 150 ms a document before the near-duplicate shortcut).
const WIRE = readFileSync(join(import.meta.dirname, 'texts', 'wire.txt'), 'utf8').trim();
const paragraphs = WIRE.split(/\n\s*\n/);

describe('a story reprinted 150 times', () => {
  it('is one story, and all but a few copies join it as near-duplicates', () => {
    const copies = Array.from({ length: 150 }, (_, i) => {
      const kept = i % 4 === 3 ? paragraphs.filter((_, k) => k !== paragraphs.length - 1) : paragraphs;
      return {
        origin: `outlet-${i}.txt`,
        text: `The Outlet ${i} Daily\n\n${kept.join('\n\n')}\n\nCredit: desk ${i}.\n`,
      };
    });
    const ledger = ledgerOf(copies.slice(0, 1));
    try {
      ledger.transaction(() => {
        for (const c of copies.slice(1)) ledger.store(extract({ ...c, meta: {} }));
      });
      const run = updateCrossCheck(ledger);
      expect(run.documents).toBe(149);
      expect(run.links).toBe(149);
      // Sentence alignment is the costly check: a copy that is a near-duplicate of one already
      // indexed needs none.
      expect(run.nearDuplicates).toBeGreaterThanOrEqual(145);
      expect(run.aligned).toBeLessThanOrEqual(4);
      expect(ledger.db.prepare('SELECT count(DISTINCT story) FROM reprint_docs').pluck().get()).toBe(1);
    } finally {
      ledger.dispose();
    }
  });
});
