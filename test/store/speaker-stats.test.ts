import { afterAll, describe, expect, it } from 'vitest';
import { forgetInCrossCheck, reindexClaims, updateCrossCheck } from '../../src/compare/index-update.js';
import { extract } from '../../src/extract/index.js';
import type { KnownMeta } from '../../src/model.js';
import { ledgerOf } from '../helpers/ledger.js';
import { openLedger, type Ledger } from '../../src/store/ledger.js';
import { documentRows } from '../../src/store/rows.js';
import { AGGREGATE, keptSpeakers } from '../../src/store/speaker-stats.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';

// The kept speakers listing (migration 050) against grouping the statements themselves, after
// each way the ledger changes: stored, a new version of a page, forgotten, re-dated.
const MARKET = `Shelling hit the covered market in Vellmar on Tuesday. "The roof came down on the stalls," said
Anneke Drost, a trader. "We heard three blasts," Anneke Drost said. "Our units did not fire on the
town," said Colonel Ruud Bassel, the garrison's spokesman.`;
const BRIDGE = `A convoy crossed the Ostra bridge on Wednesday. "Forty trucks reached the far bank," said Colonel
Ruud Bassel, the garrison's spokesman. "The road was open all night," said Mira Koenen, a driver.`;
const SHELTER = `Families moved into the school shelter in Vellmar. "We have room for two hundred people,"
Anneke Drost said. "The water is running again," said Tobias Wendt, the town engineer.`;
const SHELTER_UPDATED = `${SHELTER} "A second shelter opens on Friday," said Tobias Wendt, the town engineer.`;

const meta = (outlet: string, published: string): KnownMeta => ({ outlet, published });
const expected = (ledger: Ledger, like: string | null = null) =>
  ledger.db
    .prepare(
      `${AGGREGATE} ${like === null ? '' : `AND c.speaker LIKE @like`} GROUP BY c.speaker ORDER BY statements DESC, c.speaker LIMIT 1000`,
    )
    .all(like === null ? {} : { like });
const kept = (ledger: Ledger, like: string | null = null) => keptSpeakers(ledger.db, like, 1000, 0);
const stale = (ledger: Ledger) => ledger.db.prepare('SELECT speaker FROM speaker_stale ORDER BY speaker').pluck().all();
const idOf = (ledger: Ledger, origin: string) =>
  ledger.db.prepare('SELECT id FROM documents WHERE origin = ? ORDER BY seq DESC').pluck().get(origin) as string;
const store = (ledger: Ledger, origin: string, text: string, m: KnownMeta, url: string | null = null) =>
  ledger.store(extract({ origin, text, meta: m }), { url, ingestedAt: '2026-01-01T00:00:00Z' });

describe('the kept speakers listing', () => {
  const ledger = ledgerOf([
    { origin: 'market.txt', text: MARKET, meta: meta('Vellmar Courier', '2025-04-01') },
    { origin: 'bridge.txt', text: BRIDGE, meta: meta('Ostra Radio', '2025-04-02') },
  ]);
  afterAll(() => ledger.dispose());

  it('holds what grouping the statements gives, once the cross-check index is brought up to date', () => {
    expect(stale(ledger)).toEqual([]);
    const rows = kept(ledger);
    expect(rows).toEqual(expected(ledger));
    // The texts' speakers, so the comparison is not between two empty lists.
    expect(rows.map((r) => [r.speaker, r.statements, r.documents, r.outlets, r.first, r.last])).toEqual([
      ['Anneke Drost', 2, 1, 1, '2025-04-01', '2025-04-01'],
      ['Ruud Bassel', 2, 2, 2, '2025-04-01', '2025-04-02'],
      ['Mira Koenen', 1, 1, 1, '2025-04-02', '2025-04-02'],
    ]);
    expect(kept(ledger, '%ruud%')).toEqual(expected(ledger, '%ruud%'));
  });

  it('is exact for documents stored since (their speakers computed on reading), and kept again by the update', () => {
    store(ledger, 'shelter.txt', SHELTER, meta('Vellmar Courier', '2025-04-03'), 'https://courier.example/shelter');
    expect(stale(ledger)).toEqual(['Anneke Drost', 'Tobias Wendt']);
    expect(kept(ledger)).toEqual(expected(ledger));
    expect(kept(ledger, '%drost%')).toEqual(expected(ledger, '%drost%'));
    expect(kept(ledger).find((r) => r.speaker === 'Anneke Drost')).toMatchObject({ statements: 3, last: '2025-04-03' });
    updateCrossCheck(ledger);
    expect(stale(ledger)).toEqual([]);
    expect(kept(ledger)).toEqual(expected(ledger));
  });

  it('counts every version of a page, as the listing always has', () => {
    store(
      ledger,
      'shelter.txt',
      SHELTER_UPDATED,
      meta('Vellmar Courier', '2025-04-04'),
      'https://courier.example/shelter',
    );
    updateCrossCheck(ledger);
    expect(kept(ledger)).toEqual(expected(ledger));
    expect(kept(ledger).find((r) => r.speaker === 'Tobias Wendt')).toMatchObject({
      statements: 3,
      documents: 2,
      last: '2025-04-04',
    });
  });

  it('drops a speaker whose only document is forgotten', () => {
    ledger.transaction(() => forgetInCrossCheck(ledger, ledger.forget(idOf(ledger, 'bridge.txt'))!.seq));
    expect(stale(ledger)).toEqual([]);
    expect(kept(ledger)).toEqual(expected(ledger));
    expect(kept(ledger).map((r) => r.speaker)).not.toContain('Mira Koenen');
    expect(kept(ledger).find((r) => r.speaker === 'Ruud Bassel')).toMatchObject({ statements: 1, outlets: 1 });
  });

  it('follows a document given another date', () => {
    const id = idOf(ledger, 'market.txt');
    const x = extract({ origin: 'market.txt', text: MARKET, meta: meta('Vellmar Courier', '2025-03-20') });
    ledger.redate(id, '2025-03-20', documentRows(x));
    expect(kept(ledger)).toEqual(expected(ledger));
    reindexClaims(ledger, [id]);
    expect(stale(ledger)).toEqual([]);
    expect(kept(ledger)).toEqual(expected(ledger));
    expect(kept(ledger).find((r) => r.speaker === 'Anneke Drost')).toMatchObject({ first: '2025-03-20' });
  });

  it('is what the store lists to a reader on another connection, filters included', async () => {
    store(ledger, 'bridge.txt', BRIDGE, meta('Ostra Radio', '2025-04-05'));
    const reader = new SqliteStore(openLedger(ledger.db.name, { readonly: true }));
    try {
      const page = await reader.speakers({}, { limit: 2 });
      expect(page.items).toEqual(expected(ledger).slice(0, 2));
      const next = await reader.speakers({}, { limit: 2, cursor: page.next! });
      expect(next.items).toEqual(expected(ledger).slice(2, 4));
      expect((await reader.speakers({ speaker: 'KOENEN' }, { limit: 5 })).items).toEqual(expected(ledger, '%koenen%'));
      // A role or an outlet groups the statements that have it.
      expect((await reader.speakers({ outlet: 'ostra' }, { limit: 5 })).items.map((r) => r.speaker)).toEqual([
        'Mira Koenen',
        'Ruud Bassel',
      ]);
      updateCrossCheck(ledger);
      expect((await reader.speakers({}, { limit: 10 })).items).toEqual(expected(ledger));
    } finally {
      await reader.close();
    }
  });
});
