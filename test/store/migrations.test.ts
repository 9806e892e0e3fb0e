import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { documentId } from '../../src/extract/index.js';
import { APPLICATION_ID } from '../../src/store/migrate.js';
import * as initial from '../../src/store/migrations/2026-11-21-001-initial.js';
import { openLedger } from '../../src/store/ledger.js';
import {
  figuresQuery,
  loadDocument,
  queryDocuments,
  queryFigures,
  queryStatements,
  search,
} from '../../src/store/queries.js';

const TEXTS = [
  'Shelling killed at least 14 people in Kharkiv on Friday, the regional governor said. "The market was full of shoppers," Oleh Marchenko said.',
  'Twenty-two fighters were detained near Dornwick, the Northern Command said on Sunday. "They came at night," said Ilse Varnholt.',
];

/** A ledger as the first schema left it: rows keyed by the documents' hex ids, evidence only in the text. */
function firstSchemaLedger(path: string): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.exec('CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  db.exec(initial.sql);
  db.prepare('INSERT INTO migrations VALUES (?, ?)').run(initial.name, '2026-11-21T00:00:00.000Z');
  TEXTS.forEach((text, i) => {
    const id = documentId(text);
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
    const seq = db
      .prepare(
        `INSERT INTO documents (id, origin, title, outlet, published, language, text, ingested_at)
                            VALUES (?, ?, ?, 'Northern Wire', ?, 'en', ?, '2026-11-21T00:00:00.000Z')`,
      )
      .run(id, `r${i}.txt`, `Report ${i}`, `2024-03-0${i + 1}`, text).lastInsertRowid;
    db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)').run(seq, `Report ${i}`, text);
    db.prepare('INSERT INTO document_origins VALUES (?, ?)').run(id, `r${i}.txt`);
    db.prepare('INSERT INTO document_origins VALUES (?, ?)').run(id, `copy-of-r${i}.txt`);
    const [fs, fe] = at(i === 0 ? 'at least 14' : 'Twenty-two');
    db.prepare(
      `INSERT INTO figures (document_id, metric, value, unit, qualifier, vague, who, as_of, as_of_basis, source, span_start, span_end, sentence_start, sentence_end, by)
                VALUES (?, ?, ?, 'people', ?, 0, ?, ?, 'implied', ?, ?, ?, 0, ?, 'test')`,
    ).run(
      id,
      i === 0 ? 'killed' : 'detained',
      i === 0 ? 14 : 22,
      i === 0 ? 'at_least' : 'exact',
      i === 0 ? 'people' : 'fighters',
      `2024-03-0${i + 1}`,
      i === 0 ? 'the regional governor' : 'the Northern Command',
      fs,
      fe,
      text.indexOf('.') + 1,
    );
    const quote = i === 0 ? 'The market was full of shoppers' : 'They came at night';
    const [qs, qe] = at(quote);
    const sid = db
      .prepare(
        `INSERT INTO statements (document_id, kind, speaker, cue, text, span_start, span_end, by) VALUES (?, 'direct', ?, 'said', ?, ?, ?, 'test')`,
      )
      .run(id, i === 0 ? 'Oleh Marchenko' : 'Ilse Varnholt', quote, qs, qe).lastInsertRowid;
    db.prepare('INSERT INTO statements_fts (rowid, text, speaker) VALUES (?, ?, ?)').run(
      sid,
      quote,
      i === 0 ? 'Oleh Marchenko' : 'Ilse Varnholt',
    );
    const place = i === 0 ? 'Kharkiv' : 'Dornwick';
    const eid = db
      .prepare("INSERT INTO entities (document_id, name, type, by) VALUES (?, ?, 'place', 'test')")
      .run(id, place).lastInsertRowid;
    const [ps, pe] = at(place);
    db.prepare('INSERT INTO mentions VALUES (?, ?, ?)').run(eid, ps, pe);
    db.prepare('INSERT INTO mentions VALUES (?, ?, ?)').run(eid, ps, pe); // the same span twice: kept once
  });
  db.close();
}

describe('migration 2026-11-21-002 (integer document keys, figure evidence)', () => {
  it('moves a first-schema ledger over with every row, hex ids in the answers, evidence stored and foreign keys sound', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cc-migrate-')), 'old.db');
    firstSchemaLedger(path);
    const ledger = openLedger(path);
    const db = ledger.db;
    expect(db.prepare('SELECT name FROM migrations ORDER BY name').pluck().all()).toEqual([
      initial.name,
      '2026-11-21-002-integer-document-keys',
      '2026-11-21-003-faster-ingest',
      '2026-12-06-010-provenance',
      '2026-12-06-020-versions-by-origin-path',
      '2026-12-06-021-superseded-versions',
      '2026-12-06-022-ledger-log',
      '2026-12-06-030-cross-check',
      '2026-12-06-031-listing-order-indexes',
      '2026-12-06-040-figure-listing-order',
      '2026-12-06-050-speaker-stats',
      '2026-12-06-060-merged-search-index',
    ]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const columns = (t: string) =>
      (db.prepare(`PRAGMA table_info(${t})`).all() as Array<{ name: string }>).map((c) => c.name);
    for (const t of ['figures', 'statements', 'entities', 'document_origins']) {
      expect(columns(t)).toContain('doc');
      expect(columns(t)).not.toContain('document_id');
    }
    // The evidence column holds the words themselves, copied from the text during the migration.
    expect(db.prepare('SELECT evidence FROM figures ORDER BY id').pluck().all()).toEqual(['at least 14', 'Twenty-two']);

    const figs = [...queryFigures(ledger)];
    expect(figs.map((f) => [f.documentId, f.metric, f.value, f.evidence, f.source])).toEqual([
      [documentId(TEXTS[1]!), 'detained', 22, 'Twenty-two', 'the Northern Command'],
      [documentId(TEXTS[0]!), 'killed', 14, 'at least 14', 'the regional governor'],
    ]);
    expect([...queryStatements(ledger, { source: 'varnholt' })].map((s) => [s.documentId, s.text])).toEqual([
      [documentId(TEXTS[1]!), 'They came at night'],
    ]);
    expect([...queryDocuments(ledger)].map((d) => [d.figures, d.statements])).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(db.prepare('SELECT count(*) FROM document_origins').pluck().get()).toBe(4);
    expect(search(ledger, 'shoppers').map((h) => [h.kind, h.documentId])).toEqual([
      ['document', documentId(TEXTS[0]!)],
      ['statement', documentId(TEXTS[0]!)],
    ]);
    const shown = loadDocument(ledger, documentId(TEXTS[0]!).slice(0, 8).toUpperCase());
    expect(shown?.entities).toEqual([
      {
        name: 'Kharkiv',
        type: 'place',
        by: 'test',
        mentions: [{ start: TEXTS[0]!.indexOf('Kharkiv'), end: TEXTS[0]!.indexOf('Kharkiv') + 7 }],
      },
    ]);

    // Migration 050 counted the speakers of the statements already stored.
    expect(db.prepare('SELECT * FROM speaker_stats ORDER BY speaker').raw().all()).toEqual([
      ['Ilse Varnholt', 1, 1, 1, '2024-03-02', '2024-03-02', null],
      ['Oleh Marchenko', 1, 1, 1, '2024-03-01', '2024-03-01', null],
    ]);
    expect(db.prepare('SELECT count(*) FROM speaker_stale').pluck().get()).toBe(0);

    // Deleting a document takes its claims with it, through the new integer keys.
    db.prepare('DELETE FROM documents WHERE id = ?').run(documentId(TEXTS[0]!));
    // The statements the cascade removed mark their speaker's kept row out of date.
    expect(db.prepare('SELECT speaker FROM speaker_stale').pluck().all()).toEqual(['Oleh Marchenko']);
    expect(
      ['figures', 'statements', 'entities', 'mentions', 'document_origins'].map((t) =>
        db.prepare(`SELECT count(*) FROM ${t}`).pluck().get(),
      ),
    ).toEqual([1, 1, 1, 1, 2]);
    ledger.close();
  });

  it('upgrades an old ledger opened read-only by a query command, so the query can read it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cc-migrate-')), 'old.db');
    firstSchemaLedger(path);
    const ledger = openLedger(path, { readonly: true });
    expect([...queryFigures(ledger, { metric: 'killed' })].map((f) => [f.documentId, f.evidence])).toEqual([
      [documentId(TEXTS[0]!), 'at least 14'],
    ]);
    expect(() => ledger.db.exec('DELETE FROM figures')).toThrow(/readonly/);
    ledger.close();
  });

  it('answers the filtered figures query from the (metric, as_of, …) index without reading document text', () => {
    const ledger = openLedger(':memory:');
    const q = figuresQuery({ metric: 'killed', from: '2024-01-01', to: '2024-12-31', limit: 50 });
    const plan = (ledger.db.prepare('EXPLAIN QUERY PLAN ' + q.sql).all(q.params) as Array<{ detail: string }>).map(
      (r) => r.detail,
    );
    expect(plan[0]).toMatch(/^SEARCH c USING INDEX figures_metric_order \(metric=\? AND as_of>\? AND as_of<\?\)/);
    expect(plan[1]).toMatch(/^SEARCH d USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(q.sql).not.toMatch(/\btext\b/);
    ledger.close();
  });
});

describe('migration 2026-12-06-040 (the figures listing’s order in an index)', () => {
  const copied = (db: Database.Database) =>
    db
      .prepare(
        `SELECT f.doc_id = d.id AND f.doc_published IS d.published AS same, d.published FROM figures f JOIN documents d ON d.seq = f.doc ORDER BY f.id`,
      )
      .all() as Array<{ same: number; published: string | null }>;

  it('copies each figure’s document date and id onto it in a ledger of an older version', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cc-migrate-')), 'old.db');
    firstSchemaLedger(path);
    const ledger = openLedger(path);
    expect(copied(ledger.db)).toEqual([
      { same: 1, published: '2024-03-01' },
      { same: 1, published: '2024-03-02' },
    ]);
    const indexes = ledger.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'figures' ORDER BY name")
      .pluck()
      .all();
    expect(indexes).toEqual(['figures_document', 'figures_metric_order', 'figures_order', 'figures_source']);
    ledger.close();
  });

  it('carries a document’s new date to its figures, whoever changes it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cc-migrate-')), 'old.db');
    firstSchemaLedger(path);
    const ledger = openLedger(path);
    ledger.db.prepare("UPDATE documents SET published = '2024-04-09' WHERE id = ?").run(documentId(TEXTS[0]!));
    ledger.db.prepare('UPDATE documents SET published = NULL WHERE id = ?').run(documentId(TEXTS[1]!));
    expect(copied(ledger.db)).toEqual([
      { same: 1, published: '2024-04-09' },
      { same: 1, published: null },
    ]);
    ledger.close();
  });
});
