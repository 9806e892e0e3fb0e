import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedger } from './ledger.js';
import * as initial from './migrations/2026-11-21-001-initial.js';
import * as integerKeys from './migrations/2026-11-21-002-integer-document-keys.js';
import { loadDocument } from './queries.js';

const dir = mkdtempSync(join(tmpdir(), 'cc-migrate-003-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT =
  'Rescuers in Dornwick pulled 9 people from the rubble, said Ilse Varnholt of the Dornwick civil defence.\n';

/** A ledger as the schema stood after migration 002, with one document and its entities. */
function ledgerAt002(path: string): void {
  const db = new Database(path);
  db.exec('CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  for (const m of [initial, integerKeys]) {
    db.exec(m.sql);
    db.prepare('INSERT INTO migrations VALUES (?, ?)').run(m.name, '2026-11-21T00:00:00Z');
  }
  db.pragma('application_id = 1668444019');
  const seq = db
    .prepare("INSERT INTO documents (id, origin, language, text, ingested_at) VALUES ('ab12', 'a.txt', 'en', ?, 'now')")
    .run(TEXT).lastInsertRowid;
  db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, NULL, ?)').run(seq, TEXT);
  for (const [name, type] of [
    ['Dornwick', 'place'],
    ['Ilse Varnholt', 'person'],
  ]) {
    const id = db
      .prepare("INSERT INTO entities (doc, name, type, by) VALUES (?, ?, ?, 'test')")
      .run(seq, name, type).lastInsertRowid;
    for (let at = TEXT.indexOf(name!); at >= 0; at = TEXT.indexOf(name!, at + 1))
      db.prepare('INSERT INTO mentions VALUES (?, ?, ?)').run(id, at, at + name!.length);
  }
  db.close();
}

describe('migration 2026-11-21-003 (faster ingest)', () => {
  it('drops the unused entity-name index and keeps every entity, mention and full-text row', () => {
    const path = join(dir, 'at-002.db');
    ledgerAt002(path);
    const ledger = openLedger(path);
    const db = ledger.db;
    expect(db.prepare('SELECT name FROM migrations ORDER BY name').pluck().all()).toContain(
      '2026-11-21-003-faster-ingest',
    );
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
    expect(indexes).not.toContain('entities_name');
    expect(indexes).toContain('entities_document');
    expect(db.prepare("SELECT v FROM documents_fts_config WHERE k = 'hashsize'").pluck().get()).toBe(16777216);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const doc = loadDocument(ledger, 'ab12')!;
    expect(doc.entities.map((e) => [e.name, e.mentions.map((m) => TEXT.slice(m.start, m.end))])).toEqual([
      ['Dornwick', ['Dornwick', 'Dornwick']],
      ['Ilse Varnholt', ['Ilse Varnholt']],
    ]);
    expect(db.prepare("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'rubble'").pluck().get()).toBe(1);
    ledger.close();
  });
});
