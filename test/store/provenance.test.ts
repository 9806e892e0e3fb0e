import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { documentId, extract } from '../../src/extract/index.js';
import type { Extraction } from '../../src/model.js';
import { openLedger } from '../../src/store/ledger.js';
import { APPLICATION_ID } from '../../src/store/migrate.js';
import * as initial from '../../src/store/migrations/2026-11-21-001-initial.js';
import * as integerKeys from '../../src/store/migrations/2026-11-21-002-integer-document-keys.js';
import * as fasterIngest from '../../src/store/migrations/2026-11-21-003-faster-ingest.js';
import { queryDocuments, queryFigures, queryMessages, queryStatements } from '../../src/store/queries.js';
import { loadExtraction, type StoredExtraction } from '../../src/store/stored-extraction.js';
import { HAND_MADE, TEXT } from '../helpers/hand-made.js';
import { root } from '../hostile/cli-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'cc-provenance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The extraction as JSON with absent and null fields alike (the ledger has one NULL for both) and
 * entities in name order (the ledger's order), so a stored and a fresh extraction compare whole.
 */
function comparable(x: Extraction | StoredExtraction): unknown {
  const entities = [...x.entities].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return JSON.parse(JSON.stringify({ ...x, entities }), (_k, v) => (v === null ? undefined : v));
}

describe('provenance in the ledger', () => {
  it('stores every field of an extraction and gives back the same extraction, why and messages included', () => {
    const ledger = openLedger(join(dir, 'hand.db'));
    ledger.store(HAND_MADE);
    expect(loadExtraction(ledger, HAND_MADE.document.id.slice(0, 6))).toEqual(HAND_MADE);
    ledger.close();
  });

  it('answers the queries and the export with the provenance columns', () => {
    const ledger = openLedger(join(dir, 'hand.db'), { readonly: true });
    const f = [...queryFigures(ledger)].find((r) => r.evidence === '85');
    expect(f).toMatchObject({
      asOfSpan: HAND_MADE.figures[0]!.asOfSpan,
      cueSpan: HAND_MADE.figures[0]!.cueSpan,
      why: HAND_MADE.figures[0]!.why,
    });
    const [s] = [...queryStatements(ledger)];
    expect(s).toMatchObject({ cueSpan: { start: TEXT.indexOf('told'), end: TEXT.indexOf('told') + 4 } });
    expect(s!.why).toEqual(HAND_MADE.statements[0]!.why);
    expect([...queryDocuments(ledger)][0]).toMatchObject({
      publishedBy: 'options/published',
      publishedPartial: 'March 3',
      agency: 'Northline',
    });
    expect([...queryMessages(ledger)].map((m) => [m.rule, m.level, m.span?.start ?? null])).toEqual([
      ['metadata/no-year', 'warning', TEXT.indexOf('March 3')],
      ['metadata/no-outlet', 'info', null],
    ]);
    ledger.close();
  });

  it('keeps everything the extractor gives for each of the 32 gold-corpus reports', () => {
    const corpus = join(root, 'test/corpus');
    const ledger = openLedger(join(dir, 'corpus.db'));
    const slugs = readdirSync(corpus, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(slugs.length).toBeGreaterThanOrEqual(32);
    for (const { name } of slugs) {
      const text = readFileSync(join(corpus, name, 'article.txt'), 'utf8');
      const x = extract({ origin: name, text, meta: {} });
      ledger.store(x);
      expect(comparable(loadExtraction(ledger, x.document.id)!), name).toEqual(comparable(x));
    }
    ledger.close();
  });

  it('deletes a document’s messages with it', () => {
    const ledger = openLedger(join(dir, 'hand.db'));
    ledger.db.prepare('DELETE FROM documents').run();
    expect(ledger.db.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(0);
    ledger.close();
  });
});

describe('migration 2026-12-06-010 (provenance)', () => {
  it('adds the columns to a ledger of the 003 schema: old rows read as not recorded, new rows record everything', () => {
    const path = join(dir, 'at-003.db');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec('CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    for (const m of [initial, integerKeys, fasterIngest]) {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations VALUES (?, ?)').run(m.name, '2026-11-21T00:00:00Z');
    }
    const old = 'Shelling killed 14 people in Kharkiv, the governor said.';
    const seq = db
      .prepare(
        "INSERT INTO documents (id, origin, published, language, text, ingested_at) VALUES (?, 'old.txt', '2024-03-01', 'en', ?, 'then')",
      )
      .run(documentId(old), old).lastInsertRowid;
    db.prepare(
      `INSERT INTO figures (doc, metric, value, unit, qualifier, vague, who, as_of, as_of_basis, source, cue, evidence,
                            span_start, span_end, sentence_start, sentence_end, source_start, source_end, by)
       VALUES (?, 'killed', 14, 'people', 'exact', 0, 'people', '2024-03-01', 'implied', 'the governor', 'said', '14', 16, 18, 0, ?, 37, 49, 'test')`,
    ).run(seq, old.length);
    db.close();

    const ledger = openLedger(path);
    expect(ledger.db.prepare('SELECT name FROM migrations ORDER BY name').pluck().all()).toContain(
      '2026-12-06-010-provenance',
    );
    expect(ledger.db.pragma('foreign_key_check')).toEqual([]);
    const before = loadExtraction(ledger, documentId(old))!;
    expect(before.document.publishedBy).toBeNull();
    expect(before.figures).toHaveLength(1);
    expect(before.figures[0]).not.toHaveProperty('why');
    expect(before.figures[0]).toMatchObject({ source: 'the governor', asOfSpan: null, cueSpan: null });
    expect(before.messages).toEqual([]);

    ledger.store(HAND_MADE);
    expect(loadExtraction(ledger, HAND_MADE.document.id)).toEqual(HAND_MADE);
    ledger.close();
  });
});
