import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { noAliases } from '../../src/compare/aliases.js';
import { figurePoints } from '../../src/compare/figure-points.js';
import {
  forgetInCrossCheck,
  pendingCrossCheck,
  reindexClaims,
  updateCrossCheck,
} from '../../src/compare/index-update.js';
import { reprints } from '../../src/compare/reprints.js';
import { extract } from '../../src/extract/index.js';
import type { Ledger } from '../../src/store/ledger.js';
import { documentRows } from '../../src/store/rows.js';
import { ledgerOf } from '../helpers/ledger.js';

// Correcting the ledger (issue 11: `redate`, `forget`) and its cross-check tables (issue 9) together.
const TOLL = `Halvessa health officials said on Monday that the death toll has risen to 57 civilians in Tolvaren
since the shelling began.`;
const text = (name: string) => readFileSync(join(import.meta.dirname, 'texts', name), 'utf8');
const kinds = (ledger: Ledger) => figurePoints(ledger, noAliases()).map((p) => [p.value, p.kind, p.asOf]);
const idOf = (ledger: Ledger, origin: string) =>
  ledger.db.prepare('SELECT id FROM documents WHERE origin = ?').pluck().get(origin) as string;

describe('re-dating a document keeps its figures in their series', () => {
  const ledger = ledgerOf([{ origin: 'toll.txt', text: TOLL, meta: { published: '2025-03-05' } }]);
  afterAll(() => ledger.dispose());

  it('indexes the claims read again', () => {
    expect(kinds(ledger)).toEqual([[57, 'cumulative', '2025-03-03']]);
    const id = idOf(ledger, 'toll.txt');
    const x = extract({ origin: 'toll.txt', text: TOLL, meta: { published: '2025-03-12' } });
    ledger.redate(id, '2025-03-12', documentRows(x));
    // The claims read again are new rows: without their keys the toll would read as unmarked.
    expect(kinds(ledger)).toEqual([[57, 'unmarked', '2025-03-10']]);
    expect(reindexClaims(ledger, [id])).toBe(1);
    expect(kinds(ledger)).toEqual([[57, 'cumulative', '2025-03-10']]);
  });
});

describe('forgetting a document takes it out of the cross-check tables', () => {
  const forget = (ledger: Ledger, origin: string) =>
    ledger.transaction(() => forgetInCrossCheck(ledger, ledger.forget(idOf(ledger, origin))!.seq));
  const store = (ledger: Ledger, origin: string, body: string) => {
    ledger.store(extract({ origin, text: body, meta: { published: '2025-03-05' } }));
    updateCrossCheck(ledger);
  };

  it('indexes the next document stored, which SQLite gives the forgotten one’s key', () => {
    const ledger = ledgerOf([
      { origin: 'wire.txt', text: text('wire.txt') },
      { origin: 'independent.txt', text: text('independent.txt') },
    ]);
    try {
      forget(ledger, 'independent.txt');
      store(ledger, 'toll.txt', TOLL);
      expect(pendingCrossCheck(ledger)).toBe(0);
      expect(kinds(ledger).filter(([v]) => v === 57)).toEqual([[57, 'cumulative', '2025-03-03']]);
      expect(reprints(ledger).map((s) => s.documents.length)).toEqual([1, 1]);
    } finally {
      ledger.dispose();
    }
  });

  it('keeps a story keyed by one of its own documents, which a copy stored again joins', () => {
    const ledger = ledgerOf([
      { origin: 'wire.txt', text: text('wire.txt') },
      { origin: 'reprint-edited.txt', text: text('reprint-edited.txt') },
    ]);
    try {
      expect(reprints(ledger).map((s) => s.documents.length)).toEqual([2]);
      forget(ledger, 'wire.txt');
      const keyed = ledger.db
        .prepare(
          'SELECT count(*) FROM reprint_keys k WHERE NOT EXISTS (SELECT 1 FROM reprint_docs r WHERE r.doc = k.story)',
        )
        .pluck();
      expect(keyed.get()).toBe(0);
      expect(ledger.db.prepare('SELECT count(*) FROM reprint_links').pluck().get()).toBe(0);
      store(ledger, 'wire-again.txt', text('wire.txt'));
      expect(reprints(ledger).map((s) => s.documents.map((d) => d.origin).sort())).toEqual([
        ['reprint-edited.txt', 'wire-again.txt'],
      ]);
    } finally {
      ledger.dispose();
    }
  });
});
