import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../src/store/ledger.js';
import { extensionLoaded, snippetFunction } from '../../src/store/rank.js';
import { seededRandom } from '../helpers/seeded-random.js';

// crosscheck_snippet (native/snippet.c) against FTS5's snippet() itself, text for text: it reads
// only the tokens its choice of window needs, and must choose and copy out the same window.
const BUILT = existsSync(new URL('../../native/build/', import.meta.url)) && process.env.CROSSCHECK_BM25 !== '1';

const dir = mkdtempSync(join(tmpdir(), 'cc-snippet-'));
const ledger = openLedger(join(dir, 'ledger.db'));
// Loaded before the tests call its functions in SQL.
if (BUILT) extensionLoaded(ledger);
afterAll(() => {
  ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

// Invented words; "barge" and "quay" common, the rest rarer. Texts of 1–140 tokens with sentence
// ends (". ", ": "), commas, blank runs and line breaks between them, so that windows start at
// sentences, at matches, at the text's start and are pushed back from its end.
const WORDS = ['barge', 'barge', 'barge', 'quay', 'quay', 'grain', 'harbour', 'Tarvel', 'café', 'dawn', 'tide', 'rope'];
const BETWEEN = [' ', ' ', ' ', ' ', ', ', '. ', ': ', '.\n\n', '  ', ' — ', '... '];

const random = seededRandom(7);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const text = (tokens: number) => {
  let s = random() < 0.2 ? '  ' : '';
  for (let i = 0; i < tokens; i++) s += (i ? pick(BETWEEN) : '') + pick(WORDS);
  return s + (random() < 0.5 ? '.' : '');
};

ledger.db.exec('CREATE VIRTUAL TABLE temp.reports USING fts5(head, body)');
const insert = ledger.db.prepare('INSERT INTO temp.reports (head, body) VALUES (?, ?)');
for (let i = 0; i < 300; i++) insert.run(text(1 + Math.floor(random() * 6)), text(1 + Math.floor(random() * 140)));
// Made to the measure of the cases: a match as the text's first token, the best window late in a
// long text (both words together only in its last sentence), a match only in the head.
insert.run('Grain', `Barge${' tide'.repeat(40)}. Quay rope${' dawn'.repeat(40)}. The grain barge left the quay.`);
insert.run('Tarvel harbour', 'The tide came in at dawn and the rope held.');

const QUERIES = [
  'barge',
  'quay',
  'tarvel',
  'café',
  'grain quay',
  'barge quay',
  'harbour tarvel dawn',
  'ba*',
  '"grain barge"',
  '"barge barge" barge',
  'barge OR tarvel',
  'NEAR(barge quay, 3)',
  'head : tarvel',
];

describe('crosscheck_snippet', () => {
  it.runIf(BUILT)('is the extension’s where it is built', () => {
    expect(snippetFunction(ledger)).toBe('crosscheck_snippet');
  });

  it.runIf(BUILT)('gives snippet()’s text for every match, column, size of window and marks', () => {
    let compared = 0;
    for (const [column, open, close, ellipsis, size] of [
      [1, '[', ']', '…', 16],
      [0, '[', ']', '…', 16],
      [1, '<b>', '</b>', '...', 4],
      [1, '', '', '', 1],
      [1, '\u0002', '\u0003', '…', 64],
    ] as const) {
      const args = `${column}, '${open}', '${close}', '${ellipsis}', ${size}`;
      const both = ledger.db
        .prepare(
          `SELECT rowid, snippet(reports, ${args}), crosscheck_snippet(reports, ${args}) FROM reports WHERE reports MATCH ?`,
        )
        .raw();
      for (const q of QUERIES) {
        const rows = both.all(q) as Array<[number, string, string]>;
        expect(rows.length, q).toBeGreaterThan(0);
        for (const [rowid, theirs, ours] of rows) expect(ours, `${q}, row ${rowid}, ${args}`).toBe(theirs);
        compared += rows.length;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it.runIf(BUILT)('refuses a column the table does not have', () => {
    expect(() =>
      ledger.db
        .prepare(`SELECT crosscheck_snippet(reports, 2, '[', ']', '…', 16) FROM reports WHERE reports MATCH 'barge'`)
        .all(),
    ).toThrow(/no such column/);
  });

  it.runIf(BUILT)('places a part in its text as JavaScript counts, where instr() finds it first', () => {
    // Characters of one to four bytes; the emoji is two UTF-16 units, one SQLite character.
    const texts = ['Grain café 🚢 barge: the 🚢 barge at the quay. Ça va, barge.', '', 'barge', '🚢🚢 ab ab'];
    const parts = [
      'barge',
      '🚢 barge',
      'quay.',
      'Ça va',
      'café',
      'G',
      '.',
      'ab',
      '🚢',
      'zz',
      '',
      'barge: the 🚢 barge at the quay. Ça va, barge.!',
    ];
    const place = ledger.db.prepare('SELECT crosscheck_place(?, ?)').pluck();
    const instr = ledger.db.prepare('SELECT instr(@text, @part), substr(@text, 1, instr(@text, @part) - 1)').raw();
    let found = 0;
    for (const text of texts)
      for (const part of parts) {
        const [at, before] = instr.get({ text, part }) as [number, string];
        expect(place.get(text, part), `${part} in ${text}`).toBe(at === 0 ? null : before.length);
        expect(place.get(text, part)).toBe(text.includes(part) ? text.indexOf(part) : null);
        if (at > 0) found++;
      }
    expect(found).toBeGreaterThan(10);
  });

  it('is snippet() itself when CROSSCHECK_BM25=1 turns the extension off', () => {
    process.env.CROSSCHECK_BM25 = '1';
    const plain = openLedger(join(dir, 'ledger.db'), { readonly: true });
    try {
      expect(snippetFunction(plain)).toBe('snippet');
    } finally {
      delete process.env.CROSSCHECK_BM25;
      plain.close();
    }
  });
});
