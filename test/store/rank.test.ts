import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { openLedger, type Ledger } from '../../src/store/ledger.js';
import { searchRanked } from '../../src/store/queries.js';
import { extensionLoaded, rankExpression } from '../../src/store/rank.js';
import { seededRandom } from '../helpers/seeded-random.js';

// Ranking with the extension (native/rank.c, src/store/rank.ts) against FTS5's bm25() itself: a
// writing connection always ranks with bm25() (its own commits do not change its data_version, so
// counts kept across them could be stale), a read-only one with the extension when it is built.
const BUILT = existsSync(new URL('../../native/build/', import.meta.url)) && process.env.CROSSCHECK_BM25 !== '1';

// Invented reports. "Tarvel" is in eight of them, "Ormsby" in four, of 28: in a search of both,
// each one's weight (its IDF, positive for a word in fewer than half the reports) decides which
// report comes first.
const TEXTS = [
  `Tarvel Tarvel Tarvel: the grain barge reached the Tarvel quay at dawn, the harbour master said. Ormsby sent it.`,
  `Ormsby Ormsby Ormsby council met on Friday about the Tarvel ferry. "The crossing stays shut," said Hanne Vos.`,
  `A storm closed the Tarvel road, the police said. "Nobody should drive tonight," said Inspector Kees Lind.`,
  `The Tarvel clinic ran out of insulin, a nurse said. "We asked Ormsby for more," said Dirk Maas, a doctor.`,
  `Fishing boats stayed in the Tarvel harbour for a second day. "The nets are idle," said Joop Bakker.`,
  `The bridge to Ormsby reopened after repairs, the province said on Monday.`,
  `Volunteers in Tarvel cleared the flooded cellars. "It took three days," said Ria de Wit, a baker.`,
  `The Tarvel school held its exams in the church hall, the headmaster said.`,
];

const dir = mkdtempSync(join(tmpdir(), 'cc-rank-'));
const path = join(dir, 'ledger.db');
const writer = openLedger(path);
let n = 0;
const put = (text: string) =>
  writer.store(
    extract({ origin: `report-${n++}.txt`, text, meta: { outlet: 'Tarvel Post', published: '2025-05-01' } }),
    { url: null, ingestedAt: '2026-01-01T00:00:00Z' },
  );
TEXTS.forEach(put);
for (let i = 0; i < 20; i++) put(`The weather office in Lemsk expects rain on day ${i + 1}, its forecaster said.`);
const reader = openLedger(path, { readonly: true });
afterAll(() => {
  reader.close();
  writer.close();
  rmSync(dir, { recursive: true, force: true });
});

const SEARCHES = [
  'tarvel',
  'ormsby',
  'tarvel ormsby',
  'Ormsby  tarvel said',
  'harb*',
  'said',
  '- said',
  "' tarvel",
  'zzqqxx',
];
const answers = (ledger: Ledger, q: string) =>
  [{}, { rankAmong: 3 }, { offset: 1 }].map((o) => searchRanked(ledger, q, { limit: 4 }, o));
const order = (ledger: Ledger, q: string) => searchRanked(ledger, q, { limit: 20 }).hits.map((h) => h.snippet);

describe('ranking with the kept counts', () => {
  it('answers every search as bm25() does', () => {
    for (const q of SEARCHES) expect(answers(reader, q), q).toEqual(answers(writer, q));
  });

  it.runIf(BUILT)('scores each match as bm25() does, to the last bit', () => {
    for (const [table, phrases] of [
      ['documents_fts', ['"tarvel"', '"ormsby"']],
      ['statements_fts', ['"the"', '"tarvel"']],
      ['documents_fts', ['"harb"*']],
    ] as const) {
      const rank = reader.db.transaction(() => rankExpression(reader, table, phrases))();
      expect(rank.sql).toMatch(/^crosscheck_bm25\(/);
      const rows = reader.db
        .prepare(`SELECT rank, ${rank.sql} FROM ${table} WHERE ${table} MATCH @q`)
        .raw()
        .all({ q: phrases.join(' '), ...rank.params }) as Array<[number, number]>;
      expect(rows.length).toBeGreaterThan(0);
      for (const [bm25, ours] of rows) expect(ours).toBe(bm25);
    }
  });

  it.runIf(BUILT)('walks the index up when the counts say the newest matches are every match', () => {
    const walks = (q: string, rankAmong: number) => {
      const prepared = reader.prepared.bind(reader);
      const seen: string[] = [];
      reader.prepared = (sql: string) => {
        const order = /crosscheck_bm25[\s\S]*ORDER BY rowid (ASC|DESC)/.exec(sql);
        if (order) seen.push(order[1]!);
        return prepared(sql);
      };
      try {
        searchRanked(reader, q, { limit: 4, kind: 'document' }, { rankAmong });
      } finally {
        reader.prepared = prepared;
      }
      return seen;
    };
    // Tarvel: in 8 reports, all of them in a window of 500. "Said" is in every report: a window of 3
    // needs the newest 3, walking down.
    expect(walks('tarvel', 500)).toEqual(['ASC']);
    expect(walks('said', 3)).toEqual(['DESC']);
    // FTS5 drops "-", which counts no rows: up first, then down when more than 3 matched after all
    // (the answers, the same as bm25()'s, are in the test above).
    expect(walks('- said', 3)).toEqual(['ASC', 'DESC']);
  });

  it.runIf(BUILT)('scores with the rows’ lengths as they are now after a row is replaced under its rowid', () => {
    // Each match's score with the extension (which keeps the rows' lengths) and bm25()'s, by rowid.
    const scores = () =>
      reader.db.transaction(() => {
        const rank = rankExpression(reader, 'documents_fts', ['"tarvel"']);
        return reader.db
          .prepare(`SELECT rowid, rank, ${rank.sql} FROM documents_fts WHERE documents_fts MATCH '"tarvel"'`)
          .raw()
          .all(rank.params) as Array<[number, number, number]>;
      })();
    const newest = () =>
      reader.db.prepare('SELECT seq, id FROM documents ORDER BY seq DESC LIMIT 1').get() as { seq: number; id: string };
    put(`Tarvel was quiet, the mayor said.`);
    const short = newest();
    const before = scores();
    expect(before.find(([rowid]) => rowid === short.seq)).toBeDefined();
    // The newest report forgotten, the next one takes its rowid (SQLite's rowid after the highest),
    // with many more words: bm25() reads its new length, so must the extension.
    writer.forget(short.id);
    put(
      `Tarvel held its spring fair, and the stalls along the canal sold cheese, bread, tulips and ` +
        `wooden toys from morning until well after dark, the organisers of the fair said on Sunday.`,
    );
    expect(newest().seq).toBe(short.seq);
    const after = scores();
    for (const [rowid, bm25, ours] of after) expect(ours, `row ${rowid}`).toBe(bm25);
    expect(after.find(([rowid]) => rowid === short.seq)![1]).not.toBe(
      before.find(([rowid]) => rowid === short.seq)![1],
    );
  });

  it.runIf(BUILT)('counts each word’s rows as a MATCH counts them, a forgotten report’s too', () => {
    // A report stored and forgotten: the index holds its words and their deletion, not merged out.
    put(`Quorvel lighthouse keepers 2025 said the lamp failed.`);
    writer.forget((writer.db.prepare('SELECT id FROM documents ORDER BY seq DESC LIMIT 1').pluck().get() as string)!);
    const words = new Set(['zzqqxx', 'THE', 'quorvel', 'lighthouse', ...TEXTS.join(' ').match(/[A-Za-z0-9]+/g)!]);
    // One token each ('de' of 'de Wit' too); 'harb*' and 'tarvel-ormsby' are counted with MATCH.
    for (const table of ['documents_fts', 'statements_fts'])
      for (const phrase of [...[...words].map((w) => `"${w}"`), '"harb"*', '"tarvel-ormsby"']) {
        const kept = reader.db.transaction(() => rankExpression(reader, table, [phrase]))().params.n0;
        const counted = reader.db.prepare(`SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`).pluck().get(phrase);
        expect(kept, `${table} ${phrase}`).toBe(counted);
      }
  });

  it.runIf(BUILT)('orders matches as ORDER BY r, id does: ties by id, NULL first', () => {
    expect(extensionLoaded(reader)).toBe(true);
    const random = seededRandom(11);
    // Scores drawn from a few values, so that many tie; ids unique, some negative.
    const values = [null, -3.25, -3, -1e-6, 0, 1e-6, 2.5, 7];
    for (const size of [0, 1, 2, 40, 700]) {
      // With the widest ids JavaScript holds exactly, written out by the extension's own digits.
      const ids = new Set<number>(size > 2 ? [Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0] : []);
      while (ids.size < size) ids.add(Math.floor(random() * 4000) - 1000);
      const rows = JSON.stringify([...ids].map((id) => [id, values[Math.floor(random() * values.length)]!]));
      const ours = JSON.parse(
        reader.db
          .prepare('SELECT crosscheck_order(value ->> 0, value ->> 1) FROM json_each(?)')
          .pluck()
          .get(rows) as string,
      );
      const sqlite = reader.db
        .prepare('SELECT value ->> 0 FROM json_each(?) ORDER BY value ->> 1, value ->> 0')
        .pluck()
        .all(rows);
      expect(ours, `${size} rows`).toEqual(sqlite);
    }
  });

  it('counts again after another connection commits, and ranks as bm25() does then', () => {
    const before = order(reader, 'tarvel ormsby');
    // Ormsby becomes the common word: the report that says it three times falls behind the one
    // that says Tarvel three times.
    for (let i = 0; i < 14; i++) put(`The Ormsby market sold apples and pears on day ${i + 1}, a trader said.`);
    const after = order(reader, 'tarvel ormsby');
    expect(after).toEqual(order(writer, 'tarvel ormsby'));
    expect(after).not.toEqual(before);
    for (const q of SEARCHES) expect(answers(reader, q), q).toEqual(answers(writer, q));
  });

  it('ranks with bm25() itself when CROSSCHECK_BM25=1', () => {
    process.env.CROSSCHECK_BM25 = '1';
    const plain = openLedger(path, { readonly: true });
    try {
      expect(plain.db.transaction(() => rankExpression(plain, 'documents_fts', ['"tarvel"']))().sql).toBe('rank');
      for (const q of SEARCHES) expect(answers(plain, q), q).toEqual(answers(reader, q));
    } finally {
      delete process.env.CROSSCHECK_BM25;
      plain.close();
    }
  });
});
