import { describe, expect, it } from 'vitest';
import { documentId } from '../../src/extract/index.js';
import type { Extraction } from '../../src/model.js';
import { openLedger, type Ledger } from '../../src/store/ledger.js';
import { documentRows } from '../../src/store/rows.js';
import {
  documentsQuery,
  figureKey,
  figuresQuery,
  queryFigures,
  queryStatements,
  searchRanked,
  statementKey,
  statementsQuery,
  type ClaimFilter,
  type LedgerFigure,
} from '../../src/store/queries.js';

// The hot listings must be walks of an index, not sorts of the whole ledger: on 100,000 documents
// a sort of every statement took 1.3–3 s a page. These tests read SQLite's plan, not the clock.

/** A document of `n` sentences, each with a statement, published on `day` (or undated). */
function doc(i: number, day: string | null): Extraction {
  const sentences = [0, 1, 2].map((k) => `"Report ${i} line ${k} about the market," Speaker ${k} said.`);
  const text = sentences.join(' ');
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return {
    document: {
      id: documentId(text),
      origin: `r${i}.txt`,
      title: `Report ${i}`,
      outlet: i % 2 ? 'Northern Wire' : 'Southern Post',
      published: day,
      dateline: null,
      language: 'en',
      text,
    },
    figures: [
      {
        value: 10 + i,
        unit: 'people',
        qualifier: 'exact',
        vague: false,
        metric: i % 3 ? 'killed' : 'injured',
        who: 'people',
        asOf: day,
        since: null,
        source: null,
        span: at(`Report ${i}`),
        sentence: at(sentences[0]!),
        asOfBasis: day ? 'stated' : null,
        by: 'test',
        why: { metric: 'test', qualifier: 'test', who: 'test', asOf: 'test', since: null, source: null },
      },
    ],
    statements: sentences.map((s, k) => ({
      kind: 'direct' as const,
      speaker: `Speaker ${k}`,
      speakerRole: null,
      cue: 'said',
      text: s.slice(1, s.indexOf(',"')),
      span: at(s.slice(1, s.indexOf(',"'))),
      by: 'test',
      why: { kind: 'test', speaker: { frame: 'test', claimant: ['test'] } },
    })),
    entities: [],
    messages: [],
  };
}

function ledgerOf(n: number): Ledger {
  const ledger = openLedger(':memory:');
  for (let i = 0; i < n; i++)
    ledger.store(doc(i, i % 4 === 3 ? null : `2024-03-${String(1 + (i % 5)).padStart(2, '0')}`));
  ledger.db.exec('ANALYZE');
  return ledger;
}

const planOf = (ledger: Ledger, q: { sql: string; params: Record<string, unknown> }) =>
  (ledger.db.prepare('EXPLAIN QUERY PLAN ' + q.sql).all(q.params) as Array<{ detail: string }>).map((r) => r.detail);

describe('query plans of the listings', () => {
  const ledger = ledgerOf(40);

  it('walks documents newest first in documents_published_id, then each one’s statements in text order', () => {
    const first = [...queryStatements(ledger, { limit: 5 })];
    for (const f of [{}, { after: statementKey(first.at(-1)!) }, { outlet: 'north' }, { source: 'speaker 1' }]) {
      const plan = planOf(ledger, statementsQuery({ ...(f as ClaimFilter), limit: 5 }));
      expect(plan[0]).toMatch(/^SCAN d USING INDEX documents_published_id\b/);
      expect(plan[1]).toMatch(/^SEARCH c USING (COVERING )?INDEX statements_doc_span \(doc=\?\)/);
      expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('pages statements by key to the same rows, in the same order, as one listing (undated documents last)', () => {
    const all = [...queryStatements(ledger)];
    const paged = [];
    let after: ClaimFilter['after'];
    for (;;) {
      const page = [...queryStatements(ledger, { limit: 7, after })];
      if (page.length === 0) break;
      paged.push(...page);
      after = statementKey(page.at(-1)!);
    }
    expect(paged.map((s) => s.id)).toEqual(all.map((s) => s.id));
    expect(all).toHaveLength(120);
    expect(all.at(-1)!.published).toBeNull();
    const dates = all.map((s) => s.published ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('lists documents from documents_published_id without a sort', () => {
    const plan = planOf(ledger, documentsQuery({ limit: 5 }));
    expect(plan[0]).toMatch(/^SCAN d USING INDEX documents_published_id\b/);
    expect(plan.join('\n')).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
  });

  it('lists figures in their whole order from an index, without a sort, whatever the filters', () => {
    const [, second] = [...queryFigures(ledger, { limit: 2 })];
    const [, secondKilled] = [...queryFigures(ledger, { metric: 'killed', limit: 2 })];
    const filters: ClaimFilter[] = [
      {},
      { metric: 'killed' },
      { metric: 'killed', from: '2024-03-02', to: '2024-03-04' },
      { from: '2024-03-02' },
      { source: 'none' },
      { metric: 'injured', outlet: 'north', who: 'people' },
      { allVersions: true },
      { after: figureKey(second!) },
      { metric: 'killed', after: figureKey(secondKilled!) },
    ];
    for (const f of filters) {
      const plan = planOf(ledger, figuresQuery({ ...f, limit: 5 }));
      expect(plan[0]).toMatch(
        f.metric ? /USING INDEX figures_metric_order \(metric=\?/ : /USING INDEX figures_order\b/,
      );
      expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('reads one document’s figures through its id, not by walking every figure', () => {
    const [first] = [...queryStatements(ledger, { limit: 1 })];
    const plan = planOf(ledger, figuresQuery({ document: first!.documentId }));
    expect(plan[0]).toMatch(/^SEARCH d USING INDEX sqlite_autoindex_documents_1 \(id>\? AND id<\?\)/);
    expect(plan[1]).toMatch(/^SEARCH c USING (COVERING )?INDEX figures_document \(doc=\?\)/);
  });
});

describe('the order of the figures listing', () => {
  // Documents published over three days (and some undated), each with two figures whose as-of
  // dates differ from its date and from each other: ties of as-of date across documents and days,
  // ties of both dates across documents (decided by the document id), and undated figures.
  const DAYS = ['2024-03-01', '2024-03-02', '2024-03-03', null];
  function figuresLedger(): Ledger {
    const ledger = openLedger(':memory:');
    for (let i = 0; i < 24; i++) {
      const x = doc(i, DAYS[i % 4]!);
      const [first] = x.figures;
      const second = { ...first!, span: { start: first!.span.start + 7, end: first!.span.end + 7 } };
      first!.asOf = DAYS[(i * 7) % 3]!;
      second.asOf = i % 5 === 0 ? null : DAYS[(i + 1) % 3]!;
      ledger.store({ ...x, figures: [second, first!] });
    }
    ledger.db.exec('ANALYZE');
    return ledger;
  }

  /** The listing's documented order, computed here from the rows: the index must give the same. */
  const documented = (a: LedgerFigure, b: LedgerFigure) =>
    (b.asOf ?? '').localeCompare(a.asOf ?? '') ||
    (b.published ?? '').localeCompare(a.published ?? '') ||
    (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0) ||
    a.span.start - b.span.start ||
    a.id - b.id;

  const pagesOf = (ledger: Ledger, f: ClaimFilter, size: number) => {
    const rows: LedgerFigure[] = [];
    let after: ClaimFilter['after'];
    for (;;) {
      const page = [...queryFigures(ledger, { ...f, limit: size, after })];
      if (page.length === 0) return rows;
      rows.push(...page);
      after = figureKey(page.at(-1)!);
    }
  };

  it('is as-of date, then publication date (newest first, undated last), then document id and place in the text', () => {
    const ledger = figuresLedger();
    for (const f of [{}, { metric: 'killed' }, { metric: 'injured' }, { from: '2024-03-02' }] as ClaimFilter[]) {
      const all = [...queryFigures(ledger, f)];
      expect(all.length).toBeGreaterThan(10);
      expect(all.map((r) => r.id)).toEqual([...all].sort(documented).map((r) => r.id));
      for (const size of [1, 3, 7]) expect(pagesOf(ledger, f, size).map((r) => r.id)).toEqual(all.map((r) => r.id));
    }
    // Ties of both dates across documents exist, so the document id decides some places.
    const all = [...queryFigures(ledger)];
    expect(
      all.some(
        (r, i) =>
          i > 0 &&
          r.asOf === all[i - 1]!.asOf &&
          r.published === all[i - 1]!.published &&
          r.documentId !== all[i - 1]!.documentId,
      ),
    ).toBe(true);
    expect(all.at(-1)!.asOf).toBeNull();
    ledger.close();
  });

  it('follows a document given another date by redate', () => {
    const ledger = figuresLedger();
    // Its figure keeps a stated as-of date shared with other documents' figures: among those, the
    // new publication date puts it first.
    const x = doc(4, '2024-03-09');
    x.figures[0]!.asOf = '2024-03-02';
    const moved = documentId(x.document.text);
    expect(ledger.publishedOf(moved)).toBe('2024-03-01');
    ledger.redate(moved, '2024-03-09', documentRows(x));
    const all = [...queryFigures(ledger)];
    const at = all.findIndex((r) => r.documentId === moved);
    expect([all[at]!.published, all[at]!.asOf]).toEqual(['2024-03-09', '2024-03-02']);
    expect(all.findIndex((r) => r.asOf === '2024-03-02')).toBe(at);
    expect(all.map((r) => r.id)).toEqual([...all].sort(documented).map((r) => r.id));
    expect(pagesOf(ledger, {}, 4).map((r) => r.id)).toEqual(all.map((r) => r.id));
    ledger.close();
  });
});

describe('search ranks a bounded number of matches', () => {
  it('ranks only the most recently stored matches of each kind, and says so', () => {
    const ledger = ledgerOf(6);
    const all = searchRanked(ledger, 'market');
    expect(all.rankedAmong).toBeNull();
    expect(all.hits.filter((h) => h.kind === 'document')).toHaveLength(6);
    const capped = searchRanked(ledger, 'market', {}, { rankAmong: 2 });
    expect(capped.rankedAmong).toBe(2);
    const newest = new Set(['Report 5', 'Report 4']);
    expect(
      capped.hits
        .filter((h) => h.kind === 'document')
        .map((h) => h.title)
        .sort(),
    ).toEqual([...newest].sort());
    expect(capped.hits.filter((h) => h.kind === 'statement')).toHaveLength(2);
    const every = searchRanked(ledger, 'market', {}, { rankAmong: Infinity });
    expect([every.rankedAmong, every.hits.length]).toEqual([null, all.hits.length]);
    ledger.close();
  });

  /** The SQL of every full-text query one search asks the ledger for (prepared or kept). */
  function ftsQueriesOf(ledger: Ledger, run: () => void): string[] {
    const prepared = ledger.prepared.bind(ledger);
    const seen: string[] = [];
    ledger.prepared = (sql: string) => {
      if (/_fts MATCH/.test(sql)) seen.push(sql);
      return prepared(sql);
    };
    try {
      run();
    } finally {
      ledger.prepared = prepared;
    }
    return seen;
  }

  it('reads the full-text index twice per kind, newest first, whatever the number of hits', () => {
    const ledger = ledgerOf(40);
    for (const limit of [1, 30]) {
      const sqls = ftsQueriesOf(ledger, () => {
        expect(searchRanked(ledger, 'market', { limit }, { rankAmong: 25 }).hits).toHaveLength(2 * Math.min(limit, 25));
      });
      // One walk that ranks, one that takes the page's snippets: not a look-up of each hit by rowid
      // with MATCH (FTS5 seeks the words in every segment again for each: 0.1–0.5 ms a hit on 100,000 documents).
      expect(sqls).toHaveLength(4);
      for (const sql of sqls) {
        const values: Record<string, unknown> = { q: '"market"', cap: 25, oldest: 1, ids: '[1]', n: 1 };
        const params = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map(([, k]) => [k, values[k!]]));
        const plan = (ledger.db.prepare('EXPLAIN QUERY PLAN ' + sql).all(params) as Array<{ detail: string }>)
          .map((r) => r.detail)
          .join('\n');
        // idxNum 192: FTS5 yields rowids in descending order itself, so LIMIT stops the ranking walk
        // early (this connection writes, so it keeps no counts to tell that 25 are every match); 64:
        // the snippets' walk goes up from the page's oldest hit (rowid >=), never at a rowid equal to one.
        expect(plan).toMatch(/SCAN (documents|statements)_fts VIRTUAL TABLE INDEX (192:M\d*|64:M\d*>)$/m);
        expect(plan).not.toMatch(/VIRTUAL TABLE INDEX \d+:[^ ]*=/);
      }
    }
    ledger.close();
  });

  it('gives each hit the snippet FTS5 gives its row, through filters and pages', () => {
    const ledger = ledgerOf(30);
    // The rowid bound as an integer: FTS5 ignores `rowid = ?` given a real number (better-sqlite3
    // binds a JavaScript number as one) and yields every match.
    const snippetOf = (table: string, column: number, rowid: number) =>
      ledger.db
        .prepare(
          `SELECT snippet(${table}, ${column}, '\u0002', '\u0003', '…', 16) FROM ${table} WHERE ${table} MATCH '"market"' AND rowid = ?`,
        )
        .pluck()
        .get(BigInt(rowid)) as string;
    const unmarked = (s: string) => s.replace(/[\u0002\u0003]/g, '');
    for (const [f, o] of [
      [{ limit: 4 }, {}],
      [{ limit: 4, outlet: 'northern' }, { offset: 3 }],
      [{ limit: 50 }, { rankAmong: Infinity }],
    ] as const) {
      const { hits } = searchRanked(ledger, 'market', f, o);
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) {
        const rowid =
          h.kind === 'document'
            ? (ledger.db.prepare('SELECT seq FROM documents WHERE id = ?').pluck().get(h.documentId) as number)
            : h.statementId!;
        const want =
          h.kind === 'document' ? snippetOf('documents_fts', 1, rowid) : snippetOf('statements_fts', 0, rowid);
        expect(h.snippet).toBe(unmarked(want));
        if ('outlet' in f) expect(h.outlet).toBe('Northern Wire');
      }
    }
    // Pages continue one another: the second page of 4 is the 5th to 8th of one page of 8.
    const both = searchRanked(ledger, 'market', { limit: 8, kind: 'statement' }).hits;
    const second = searchRanked(ledger, 'market', { limit: 4, kind: 'statement' }, { offset: 4 }).hits;
    expect(second.map((h) => h.statementId)).toEqual(both.slice(4).map((h) => h.statementId));
    ledger.close();
  });

  it('finds a word of the oldest document only, when newer documents hold other words', () => {
    const ledger = openLedger(':memory:');
    const text = 'The quartermaster counted the crates at the market.';
    ledger.store({ ...doc(0, '2024-03-01'), document: { ...doc(0, null).document, id: documentId(text), text } });
    for (let i = 1; i < 12; i++) ledger.store(doc(i, '2024-03-02'));
    const { hits, rankedAmong } = searchRanked(ledger, 'quartermaster', { kind: 'document' }, { rankAmong: 2 });
    expect([rankedAmong, hits.map((h) => h.snippet)]).toEqual([null, [text]]);
    expect(searchRanked(ledger, 'market', { kind: 'document' }, { rankAmong: 2 }).rankedAmong).toBe(2);
    ledger.close();
  });

  it('places a snippet in the text in UTF-16 units, also after a character outside the BMP', () => {
    const ledger = openLedger(':memory:');
    const text = 'The flag 🏳️ and 🙂 were raised. Later the convoy reached the crossing at dawn.';
    ledger.store({ ...doc(0, '2024-03-01'), document: { ...doc(0, null).document, id: documentId(text), text } });
    const [hit] = searchRanked(ledger, 'convoy', { kind: 'document' }).hits;
    const core = hit!.snippet.replace(/^…|…$/g, '');
    expect(text.slice(hit!.snippetSpan!.start, hit!.snippetSpan!.end)).toBe(core);
    expect(hit!.snippet.slice(hit!.matches[0]!.start, hit!.matches[0]!.end)).toBe('convoy');
    ledger.close();
  });
});
