import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { documentId, extract } from '../../src/extract/index.js';
import type { Extraction } from '../../src/model.js';
import { LedgerError, openLedger } from '../../src/store/ledger.js';
import { queryDocuments, queryFigures, queryStatements, search } from '../../src/store/queries.js';
import { refreshSpeakerStats } from '../../src/store/speaker-stats.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'cc-ledger-'));

function extraction(text: string, origin: string): Extraction {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return {
    document: {
      id: documentId(text),
      origin,
      title: 'Shelling hits market',
      outlet: 'Northern Wire',
      published: '2024-03-02',
      dateline: 'Kharkiv',
      language: 'en',
      text,
    },
    figures: [
      {
        value: 14,
        unit: 'people',
        qualifier: 'at_least',
        vague: false,
        metric: 'killed',
        who: 'people',
        asOf: '2024-03-01',
        since: null,
        source: 'the regional governor',
        span: at('at least 14 people'),
        sentence: { start: 0, end: text.indexOf('.') + 1 },
        asOfBasis: 'stated',
        by: 'test',
        why: { metric: 'test', qualifier: 'test', who: 'test', asOf: 'test', since: null, source: null },
      },
    ],
    statements: [
      {
        kind: 'direct',
        speaker: 'Oleh Marchenko',
        speakerRole: 'the regional governor',
        cue: 'said',
        text: 'The market was full of shoppers',
        span: at('The market was full of shoppers'),
        by: 'test',
        why: { kind: 'test', speaker: { frame: 'test', claimant: ['test'] } },
      },
    ],
    entities: [{ name: 'Kharkiv', type: 'place', mentions: [at('Kharkiv')], by: 'test' }],
    messages: [],
  };
}

const TEXT =
  'Shelling killed at least 14 people in Kharkiv on Friday, the regional governor said. "The market was full of shoppers," Oleh Marchenko said.';

describe('ledger', () => {
  it('stores a document with its claims once, and records a second origin of the same text as a duplicate', () => {
    const ledger = openLedger(join(tmp(), 'l.db'));
    expect(ledger.store(extraction(TEXT, 'a.txt'))).toBe('stored');
    expect(ledger.store(extraction(TEXT, 'b.txt'))).toBe('duplicate');
    const docs = [...queryDocuments(ledger)];
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ figures: 1, statements: 1, outlet: 'Northern Wire' });
    const figs = [...queryFigures(ledger, { metric: 'killed', from: '2024-03-01', to: '2024-03-01' })];
    expect(figs.map((f) => [f.value, f.source, f.evidence])).toEqual([
      [14, 'the regional governor', 'at least 14 people'],
    ]);
    expect([...queryFigures(ledger, { metric: 'injured' })]).toHaveLength(0);
    expect([...queryFigures(ledger, { source: 'none' })]).toHaveLength(0);
    expect([...queryStatements(ledger, { source: 'marchenko' })].map((s) => s.text)).toEqual([
      'The market was full of shoppers',
    ]);
    ledger.close();
  });

  it('links a changed text at the same URL to its previous version', () => {
    const ledger = openLedger(join(tmp(), 'l.db'));
    const url = 'https://news.example/kharkiv-market';
    expect(ledger.store(extraction(TEXT, url), { url })).toBe('stored');
    const corrected = TEXT.replace('14', '16');
    expect(ledger.store(extraction(corrected, url), { url })).toBe('version');
    const docs = [...queryDocuments(ledger, { allVersions: true })].sort((a, b) => a.version - b.version);
    expect(docs.map((d) => [d.version, d.latest])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(docs[1]!.previousId).toBe(docs[0]!.id);
    expect(docs[0]!.supersededBy).toBe(docs[1]!.id);
    // By default a query shows the latest version only.
    expect([...queryDocuments(ledger)].map((d) => d.version)).toEqual([2]);
    ledger.close();
  });

  it('finds words in documents and statements with marked snippets', () => {
    const ledger = openLedger(join(tmp(), 'l.db'));
    ledger.store(extraction(TEXT, 'a.txt'));
    const hits = search(ledger, 'market shoppers');
    expect(hits.map((h) => h.kind)).toEqual(['document', 'statement']);
    const hit = hits[1]!;
    expect(hit.matches.map((m) => hit.snippet.slice(m.start, m.end))).toEqual(['market', 'shoppers']);
    expect(hits[1]!.snippet).not.toContain('[');
    expect(search(ledger, '"unbalanced (quote')).toEqual([]);
    ledger.close();
  });

  it('merges its full-text index into one b-tree after a bulk ingest, not after a few documents', () => {
    const ledger = openLedger(join(tmp(), 'merge.db'));
    const segments = () =>
      ledger.db.prepare('SELECT count(DISTINCT id >> 37) FROM documents_fts_data WHERE id >= (1 << 37)').pluck().get();
    const texts = ['The ferry ran at dawn.', 'The bridge reopened at noon.', 'The ferry stopped at dusk.'];
    // One commit each: each leaves a segment of its own (FTS5 merges only from four on one level).
    for (const [i, text] of texts.entries()) ledger.store(extract({ origin: `${i}.txt`, text, meta: {} }));
    expect(segments()).toBe(3);
    const before = search(ledger, 'ferry');
    // One new document of three is a third of the ledger: a bulk run.
    expect(ledger.mergeSearchIndexAfter(0)).toBe(false);
    expect(segments()).toBe(3);
    expect(ledger.mergeSearchIndexAfter(1)).toBe(true);
    expect(segments()).toBe(1);
    expect(search(ledger, 'ferry')).toEqual(before);
    expect(before).toHaveLength(2);
    for (let i = 0; i < 9; i++)
      ledger.store(extract({ origin: `b${i}.txt`, text: `Bulletin ${i}: the ferry ran.`, meta: {} }));
    // One of twelve: under a tenth, left to FTS5's own merging.
    expect(ledger.mergeSearchIndexAfter(1)).toBe(false);
    ledger.close();
  });

  it('refuses a file that is not a crosscheck ledger, and leaves it untouched', () => {
    const dir = tmp();
    const other = join(dir, 'other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE accounts (id INTEGER)');
    db.close();
    expect(() => openLedger(other)).toThrow(/not a crosscheck ledger/);
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'these are my notes, not a database at all '.repeat(200));
    expect(() => openLedger(text)).toThrow(LedgerError);
    expect(new Database(other).prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all()).toEqual([
      'accounts',
    ]);
  });

  it('opens a ledger another writer holds, and says so when a write still finds it locked after the wait', () => {
    const path = join(tmp(), 'l.db');
    // Another ingest, in the middle of writing a batch (the ledger is in WAL mode while it is open).
    const other = openLedger(path);
    other.db.exec('BEGIN IMMEDIATE');
    const ledger = openLedger(path, { timeoutMs: 50 });
    try {
      expect(() => ledger.transaction(() => ledger.addOrigin('none', 'x'))).toThrow(
        `${path}: the ledger is locked by another process; wait for it to finish or use another --db`,
      );
      other.db.exec('ROLLBACK');
      expect(ledger.transaction(() => ledger.addOrigin('none', 'x'))).toBe(false);
    } finally {
      ledger.close();
      other.close();
    }
  });

  it('refreshes the kept speaker rows under the write lock taken first, as an ingest does', () => {
    // Begun as a read, the refresh could not turn into a write once another ingest had committed:
    // SQLite refuses that at once, whatever the busy timeout (four ingests into one new ledger).
    // Taken first, the lock is waited for like any other write: here it is still held after the wait.
    const path = join(tmp(), 'l.db');
    const other = openLedger(path);
    other.db.exec('BEGIN IMMEDIATE');
    const ledger = openLedger(path, { timeoutMs: 50 });
    try {
      expect(() => refreshSpeakerStats(ledger.db)).toThrow(/database is locked/);
      other.db.exec('ROLLBACK');
      expect(refreshSpeakerStats(ledger.db)).toBe(0);
    } finally {
      ledger.close();
      other.close();
    }
  });
});
