import type { DateBasis, Metric, Qualifier, StatementKind, Unit } from '../model.js';
import type { Ledger } from './ledger.js';

/** Filters shared by the query commands. Dates are `YYYY-MM-DD`, inclusive. */
export interface ClaimFilter {
  metric?: string;
  /** Claimant (figures) or speaker (statements); `none` selects the outlet's own voice. Substring, case-insensitive. */
  source?: string;
  /** Outlet, substring, case-insensitive. */
  outlet?: string;
  /** Group counted, substring, case-insensitive. */
  who?: string;
  from?: string;
  to?: string;
  document?: string;
  limit?: number;
  /**
   * Only rows that come after this position in the listing's order: the {@link SortKey} of the last
   * row of the previous page (keyset paging, so page 1,000 costs what page 1 does).
   */
  after?: SortKey;
}

/** A row's position in its listing's order: the values of the order's columns, e.g. `['2025-03-04', '2025-03-05', 'ab12…', 310, 17]`. */
export type SortKey = Array<string | number | null>;

/** One column of a listing's order. `field` is the row property that holds its value. */
interface OrderTerm {
  sql: string;
  field: string;
  desc?: boolean;
  /** The column may be NULL, which SQLite sorts before every text: compared as ''. */
  nullable?: boolean;
}

/** The ORDER BY clause of a listing. */
const orderBy = (order: readonly OrderTerm[]) => order.map((t) => t.sql + (t.desc ? ' DESC' : '')).join(', ');

/** The position of `row` in a listing of this order, for {@link ClaimFilter.after}. */
function keyOf(order: readonly OrderTerm[], row: object): SortKey {
  return order.map((t) => (row as Record<string, string | number | null>)[t.field] ?? null);
}

/**
 * The condition "comes after `key` in this order": (a > ka) OR (a = ka AND b > kb) OR …, each
 * comparison turned for a descending column. Throws for a key of the wrong shape (a cursor made
 * for another listing), so the caller can say so.
 */
function afterKey(order: readonly OrderTerm[], key: SortKey, params: Record<string, unknown>): string {
  if (key.length !== order.length || key.some((v) => v !== null && typeof v !== 'string' && typeof v !== 'number'))
    throw new RangeError('the paging key does not belong to this listing');
  const col = (t: OrderTerm) => (t.nullable ? `coalesce(${t.sql}, '')` : t.sql);
  order.forEach((t, i) => (params[`k${i}`] = key[i] ?? (t.nullable ? '' : null)));
  const ors = order.map((t, i) => {
    const eq = order.slice(0, i).map((u, j) => `${col(u)} = @k${j}`);
    return [...eq, `${col(t)} ${t.desc ? '<' : '>'} @k${i}`].join(' AND ');
  });
  return `(${ors.map((o) => `(${o})`).join(' OR ')})`;
}

const FIGURE_ORDER: readonly OrderTerm[] = [
  { sql: 'c.as_of', field: 'as_of', desc: true, nullable: true },
  { sql: 'd.published', field: 'published', desc: true, nullable: true },
  { sql: 'd.id', field: 'document_id' },
  { sql: 'c.span_start', field: 'span_start' },
  { sql: 'c.id', field: 'id' },
];
const STATEMENT_ORDER: readonly OrderTerm[] = [
  { sql: 'd.published', field: 'published', desc: true, nullable: true },
  { sql: 'd.id', field: 'document_id' },
  { sql: 'c.span_start', field: 'span_start' },
  { sql: 'c.id', field: 'id' },
];
const DOCUMENT_ORDER: readonly OrderTerm[] = [
  { sql: 'd.published', field: 'published', desc: true, nullable: true },
  { sql: 'd.id', field: 'id' },
];

/** Where a figure stands in {@link queryFigures}' order. */
export const figureKey = (row: FigureRow): SortKey => keyOf(FIGURE_ORDER, row);
/** Where a statement stands in {@link queryStatements}' order. */
export const statementKey = (row: StatementRow): SortKey => keyOf(STATEMENT_ORDER, row);
/** Where a document stands in {@link queryDocuments}' order. */
export const documentKey = (row: DocumentRow): SortKey => keyOf(DOCUMENT_ORDER, row);

export interface FigureRow {
  id: number;
  document_id: string;
  outlet: string | null;
  published: string | null;
  metric: Metric;
  value: number;
  high: number | null;
  unit: Unit;
  qualifier: Qualifier;
  vague: number;
  who: string | null;
  as_of: string | null;
  as_of_basis: DateBasis | null;
  since: string | null;
  source: string | null;
  cue: string | null;
  evidence: string;
  span_start: number;
  span_end: number;
  by: string;
}

export interface StatementRow {
  id: number;
  document_id: string;
  outlet: string | null;
  published: string | null;
  kind: StatementKind;
  speaker: string | null;
  speaker_role: string | null;
  cue: string | null;
  text: string;
  span_start: number;
  span_end: number;
  by: string;
}

export interface DocumentRow {
  id: string;
  origin: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  dateline: string | null;
  language: string | null;
  version: number;
  previous_id: string | null;
  ingested_at: string;
  figures: number;
  statements: number;
}

interface Where {
  sql: string;
  params: Record<string, unknown>;
}

// One place turns filters into SQL, so every query command filters the same way.
function where(
  f: ClaimFilter,
  cols: { date: string; source?: string; metric?: boolean; who?: boolean; order: readonly OrderTerm[] },
): Where {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  const like = (key: string, col: string, value: string) => {
    parts.push(`${col} LIKE @${key} ESCAPE '\\'`);
    params[key] = `%${value.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  };
  if (f.metric && cols.metric) {
    parts.push('c.metric = @metric');
    params.metric = f.metric;
  }
  if (f.source && cols.source) {
    if (f.source === 'none') parts.push(`${cols.source} IS NULL`);
    else like('source', cols.source, f.source);
  }
  if (f.outlet) like('outlet', 'd.outlet', f.outlet);
  if (f.who && cols.who) like('who', 'c.who', f.who);
  if (f.from) {
    parts.push(`${cols.date} >= @from`);
    params.from = f.from;
  }
  if (f.to) {
    parts.push(`${cols.date} <= @to`);
    params.to = f.to;
  }
  if (f.document) {
    // An id prefix as a range of the unique index on documents.id ("ab5e" → ab5e ≤ id < ab5e\uffff),
    // where LIKE would scan every document. Ids are lower-case hex; the prefix may be typed in capitals.
    parts.push('d.id >= @idFrom AND d.id < @idTo');
    params.idFrom = f.document.toLowerCase();
    params.idTo = `${f.document.toLowerCase()}\uffff`;
  }
  if (f.after) parts.push(afterKey(cols.order, f.after, params));
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function limit(f: ClaimFilter): string {
  return f.limit && f.limit > 0 ? `LIMIT ${Math.floor(f.limit)}` : '';
}

/** The SQL and parameters of {@link queryFigures}, for callers that explain or time the query. */
export function figuresQuery(f: ClaimFilter = {}): { sql: string; params: Record<string, unknown> } {
  const w = where(f, { date: 'c.as_of', source: 'c.source', metric: true, who: true, order: FIGURE_ORDER });
  return {
    sql: `SELECT c.id, d.id AS document_id, d.outlet, d.published, c.metric, c.value, c.high, c.unit, c.qualifier, c.vague, c.who, c.as_of,
                 c.as_of_basis, c.since, c.source, c.cue, c.evidence, c.span_start, c.span_end, c.by
          FROM figures c JOIN documents d ON d.seq = c.doc ${w.sql}
          ORDER BY ${orderBy(FIGURE_ORDER)} ${limit(f)}`,
    params: w.params,
  };
}

/** Figures with their document's outlet and date, newest `as_of` first. */
export function queryFigures(ledger: Ledger, f: ClaimFilter = {}): IterableIterator<FigureRow> {
  const q = figuresQuery(f);
  return ledger.db.prepare(q.sql).iterate(q.params) as IterableIterator<FigureRow>;
}

/** Statements with their document's outlet and date. */
export function queryStatements(ledger: Ledger, f: ClaimFilter = {}): IterableIterator<StatementRow> {
  const w = where(f, { date: 'd.published', source: 'c.speaker', order: STATEMENT_ORDER });
  return ledger.db
    .prepare(
      `SELECT c.id, d.id AS document_id, d.outlet, d.published, c.kind, c.speaker, c.speaker_role, c.cue, c.text, c.span_start, c.span_end, c.by
              FROM statements c JOIN documents d ON d.seq = c.doc ${w.sql}
              ORDER BY ${orderBy(STATEMENT_ORDER)} ${limit(f)}`,
    )
    .iterate(w.params) as IterableIterator<StatementRow>;
}

/** Documents with their claim counts, newest first. */
export function queryDocuments(ledger: Ledger, f: ClaimFilter = {}): IterableIterator<DocumentRow> {
  const w = where(f, { date: 'd.published', order: DOCUMENT_ORDER });
  return ledger.db
    .prepare(
      `SELECT d.id, d.origin, d.url, d.title, d.outlet, d.published, d.dateline, d.language, d.version, d.previous_id, d.ingested_at,
                     (SELECT count(*) FROM figures WHERE doc = d.seq) AS figures,
                     (SELECT count(*) FROM statements WHERE doc = d.seq) AS statements
              FROM documents d ${w.sql} ORDER BY ${orderBy(DOCUMENT_ORDER)} ${limit(f)}`,
    )
    .iterate(w.params) as IterableIterator<DocumentRow>;
}

export interface SearchHit {
  kind: 'document' | 'statement';
  document_id: string;
  /** The statement matched, for `statement` hits; null for `document` hits. */
  statement_id: number | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** Matching words marked with [ and ]. */
  snippet: string;
}

/** Turns user words into an FTS5 query of quoted terms, so punctuation in them cannot break the syntax. */
function ftsQuery(words: string): string {
  return (words.match(/[\p{L}\p{N}'’-]+/gu) ?? []).map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}

/** How {@link search} pages and marks its hits. */
export interface SearchOptions {
  /** One kind of hit only; default both, documents first. */
  kind?: SearchHit['kind'];
  /** Hits of each kind to skip (paging). Default 0. */
  offset?: number;
  /** What goes around each matching word in a snippet. Default `['[', ']']`. */
  marks?: readonly [string, string];
}

/** Full-text search over document text and statements, best matches first; `f.limit` hits of each kind (default 20). */
export function search(ledger: Ledger, words: string, f: ClaimFilter = {}, o: SearchOptions = {}): SearchHit[] {
  const q = ftsQuery(words);
  if (!q) return [];
  const n = f.limit && f.limit > 0 ? Math.floor(f.limit) : 20;
  const [open, close] = o.marks ?? ['[', ']'];
  const offset = o.offset ?? 0;
  const docs =
    o.kind === 'statement'
      ? []
      : (ledger.db
          .prepare(
            `SELECT 'document' AS kind, d.id AS document_id, NULL AS statement_id, d.title, d.outlet, d.published,
                     snippet(documents_fts, 1, @open, @close, '…', 16) AS snippet
              FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
              WHERE documents_fts MATCH @q ORDER BY rank LIMIT @n OFFSET @offset`,
          )
          .all({ q, n, offset, open, close }) as SearchHit[]);
  const stmts =
    o.kind === 'document'
      ? []
      : (ledger.db
          .prepare(
            `SELECT 'statement' AS kind, d.id AS document_id, s.id AS statement_id, d.title, d.outlet, d.published,
                     coalesce(s.speaker, '?') || ': ' || snippet(statements_fts, 0, @open, @close, '…', 16) AS snippet
              FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid JOIN documents d ON d.seq = s.doc
              WHERE statements_fts MATCH @q ORDER BY rank LIMIT @n OFFSET @offset`,
          )
          .all({ q, n, offset, open, close }) as SearchHit[]);
  return [...docs, ...stmts];
}

/** A stored document with every claim made from it. */
export interface StoredDocument {
  /** `from_html`: the text was read from an HTML page (its offsets map back into the page). */
  document: DocumentRow & { text: string; from_html: boolean };
  figures: FigureRow[];
  statements: StatementRow[];
  entities: Array<{ name: string; type: string; mentions: Array<{ start: number; end: number }> }>;
}

/**
 * Loads one document by id or unique id prefix. Returns null when none matches; throws when the
 * prefix is ambiguous, naming how many match.
 */
export function loadDocument(ledger: Ledger, idOrPrefix: string): StoredDocument | null {
  const prefix = idOrPrefix.toLowerCase();
  const found = ledger.db
    .prepare('SELECT seq, id FROM documents WHERE id >= ? AND id < ? LIMIT 2')
    .all(prefix, `${prefix}\uffff`) as Array<{ seq: number; id: string }>;
  if (found.length === 0) return null;
  if (found.length > 1) throw new Error(`"${idOrPrefix}" matches more than one document; give more of the id`);
  const { seq, id } = found[0]!;
  const [document] = [...queryDocuments(ledger, { document: id })];
  const { text, from_html } = ledger.db
    .prepare('SELECT text, html_map IS NOT NULL AS from_html FROM documents WHERE seq = ?')
    .get(seq) as { text: string; from_html: number };
  const mentions = ledger.db.prepare(
    'SELECT span_start AS start, span_end AS end FROM mentions WHERE entity_id = ? ORDER BY span_start',
  );
  const entities = (
    ledger.db.prepare('SELECT id, name, type FROM entities WHERE doc = ? ORDER BY name').all(seq) as Array<{
      id: number;
      name: string;
      type: string;
    }>
  ).map((e) => ({
    name: e.name,
    type: e.type,
    mentions: mentions.all(e.id) as Array<{ start: number; end: number }>,
  }));
  return {
    document: { ...document!, text, from_html: from_html === 1 },
    figures: [...queryFigures(ledger, { document: id })].sort((a, b) => a.span_start - b.span_start),
    statements: [...queryStatements(ledger, { document: id })],
    entities,
  };
}
