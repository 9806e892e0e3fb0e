import type {
  DateBasis,
  EntityType,
  FigureWhy,
  Message,
  Metric,
  OffsetSegment,
  Qualifier,
  Relay,
  Span,
  StatementKind,
  StatementWhy,
  Unit,
} from '../model.js';
import type { Ledger } from './ledger.js';
import { extensionLoaded, rankExpression, snippetFunction } from './rank.js';
import { assertSearchSize, DEFAULT_SEARCH_TIMEOUT_MS, WITHIN_DEADLINE, withinDeadline } from './search-bounds.js';

/** Filters shared by the query commands. Dates are `YYYY-MM-DD`, inclusive. */
export interface ClaimFilter {
  metric?: string;
  /** Claimant (figures) or speaker (statements); `none` selects the outlet's own voice. Substring, case-insensitive. */
  source?: string;
  /** Outlet, substring, case-insensitive. */
  outlet?: string;
  /** Group counted, substring, case-insensitive. */
  who?: string;
  /** Statements: `direct` or `indirect`. */
  kind?: string;
  /** Speakers: role, substring, case-insensitive. */
  role?: string;
  /** Entities: `person`, `organization` or `place`. */
  type?: string;
  /** Entities: name, substring, case-insensitive. */
  name?: string;
  from?: string;
  to?: string;
  /** One document: an id or a prefix of one. */
  document?: string;
  limit?: number;
  /** Superseded versions too (by default only the latest version of each document). */
  allVersions?: boolean;
  /**
   * Only rows that come after this position in the listing's order: the {@link SortKey} of the last
   * row of the previous page (keyset paging, so page 1,000 costs what page 1 does).
   */
  after?: SortKey;
}

/** A row's position in its listing's order: the values of the order's columns, e.g. `['2025-03-04', '2025-03-05', 'ab12…', 310, 17]`. */
export type SortKey = Array<string | number | null>;

/** One column of a listing's order, and where a row holds its value. */
export interface OrderTerm<R> {
  sql: string;
  get(row: R): string | number | null;
  desc?: boolean;
  /** The column may be NULL, which SQLite sorts before every text: compared as ''. */
  nullable?: boolean;
  /** A column ordered after this one that changes no order but tells SQLite the rows are distinct here. */
  then?: string;
}

/** The ORDER BY clause of a listing. */
const orderBy = <R>(order: readonly OrderTerm<R>[]) =>
  order.map((t) => t.sql + (t.desc ? ' DESC' : '') + (t.then ? `, ${t.then}` : '')).join(', ');

/**
 * The condition "comes after `key` in this order": (a > ka) OR (a = ka AND b > kb) OR …, each
 * comparison turned for a descending column. Throws a RangeError for a key of the wrong shape (a
 * cursor made for another listing), so the caller can say so.
 */
function afterKey<R>(order: readonly OrderTerm<R>[], key: SortKey, params: Record<string, unknown>, outer = 0): string {
  if (key.length !== order.length || key.some((v) => v !== null && typeof v !== 'string' && typeof v !== 'number'))
    throw new RangeError('the paging key does not belong to this listing');
  const col = (t: OrderTerm<R>) => (t.nullable ? `coalesce(${t.sql}, '')` : t.sql);
  order.forEach((t, i) => (params[`k${i}`] = key[i] ?? (t.nullable ? '' : null)));
  const after = (terms: readonly OrderTerm<R>[], orEqual: boolean) => {
    const ors = terms.map((t, i) => {
      const eq = terms.slice(0, i).map((u, j) => `${col(u)} = @k${j}`);
      return [...eq, `${col(t)} ${t.desc ? '<' : '>'} @k${i}`].join(' AND ');
    });
    if (orEqual) ors.push(terms.map((t, i) => `${col(t)} = @k${i}`).join(' AND '));
    return `(${ors.map((o) => `(${o})`).join(' OR ')})`;
  };
  // The same condition on the first `outer` terms alone (at or after the key's row there): they
  // belong to the outer table of the join, so SQLite skips the rows before the key without
  // looking into the inner table for each.
  return outer > 0 ? `${after(order.slice(0, outer), true)} AND ${after(order, false)}` : after(order, false);
}

/**
 * Which version of its document a row comes from: the same URL (or the same file) read again with
 * other text is a new version, and the one before it is superseded.
 */
export interface VersionInfo {
  /** 1 for the first text stored for a URL or file, 2 for the next, … */
  version: number;
  /** False when a later version of the same document is stored. */
  latest: boolean;
}

/** A figure in the ledger: the contract's fields with the document it came from. */
export interface LedgerFigure extends VersionInfo {
  id: number;
  documentId: string;
  outlet: string | null;
  published: string | null;
  metric: Metric;
  value: number;
  high: number | null;
  unit: Unit;
  qualifier: Qualifier;
  vague: boolean;
  who: string | null;
  asOf: string | null;
  asOfBasis: DateBasis | null;
  since: string | null;
  source: string | null;
  cue: string | null;
  /** The words of `span`. */
  evidence: string;
  span: Span;
  sentence: Span;
  sourceSpan: Span | null;
  /** The date expression `asOf` came from, when stated. */
  asOfSpan: Span | null;
  /** The reporting cue, when attributed. */
  cueSpan: Span | null;
  by: string;
  /** The rule behind each decided field; null when not recorded (stored before provenance was kept). */
  why: FigureWhy | null;
  /** The relays the figure came through, nearest the outlet first; null when the text names none. */
  via: Relay[] | null;
}

/** A statement in the ledger: the contract's fields with the document it came from. */
export interface LedgerStatement extends VersionInfo {
  id: number;
  documentId: string;
  outlet: string | null;
  published: string | null;
  kind: StatementKind;
  speaker: string | null;
  speakerRole: string | null;
  cue: string | null;
  text: string;
  span: Span;
  speakerSpan: Span | null;
  cueSpan: Span | null;
  by: string;
  /** The rule behind each decided field; null when not recorded. */
  why: StatementWhy | null;
}

/** A stored document with its claim counts. */
export interface LedgerDocument extends VersionInfo {
  id: string;
  origin: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  dateline: string | null;
  language: string | null;
  /** The rule that gave `published`; null when none did, or when not recorded. */
  publishedBy: string | null;
  /** A date seen without enough to place it ("October 31"). */
  publishedPartial: string | null;
  /** The news agency the dateline names. */
  agency: string | null;
  /** The version this one replaced, or null. */
  previousId: string | null;
  /** The version that replaced this one, or null for the latest. */
  supersededBy: string | null;
  ingestedAt: string;
  figures: number;
  statements: number;
}

/** One name as one outlet uses it: how often, in how many documents, over which dates. */
export interface LedgerEntity {
  name: string;
  type: EntityType;
  outlet: string | null;
  documents: number;
  mentions: number;
  /** Earliest and latest publication date among those documents. */
  first: string | null;
  last: string | null;
}

/** A finding of the extraction about odd input ("a date without a year"), with its document. */
export interface LedgerMessage extends Message {
  documentId: string;
}

export interface Where {
  sql: string;
  params: Record<string, unknown>;
}

/** The columns a query filters on: the claim table is `c`, its document `d`. */
export interface Columns {
  date: string;
  /** The listing's order, for {@link ClaimFilter.after}. */
  order?: readonly OrderTerm<never>[];
  /** How many of the order's first terms are columns of the join's outer table (see `afterKey`). */
  outer?: number;
  source?: string;
  role?: string;
  metric?: boolean;
  who?: boolean;
  kind?: boolean;
  entity?: boolean;
}

// One place turns filters into SQL, so every query filters the same way. A filter that does not
// apply to a query is an error here: the command line offers a command only the filters it applies.
export function where(f: ClaimFilter, cols: Columns): Where {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  const like = (key: string, col: string, value: string) => {
    parts.push(`${col} LIKE @${key} ESCAPE '\\'`);
    params[key] = `%${value.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  };
  const refuse = (name: string): never => {
    throw new Error(`the ${name} filter does not apply here`);
  };
  if (f.metric) {
    if (!cols.metric) refuse('metric');
    parts.push('c.metric = @metric');
    params.metric = f.metric;
  }
  if (f.source) {
    const col = cols.source ?? refuse('source');
    if (f.source === 'none') parts.push(`${col} IS NULL`);
    else like('source', col, f.source);
  }
  if (f.role) like('role', cols.role ?? refuse('role'), f.role);
  if (f.who) {
    if (!cols.who) refuse('who');
    like('who', 'c.who', f.who);
  }
  if (f.kind) {
    if (!cols.kind) refuse('kind');
    parts.push('c.kind = @kind');
    params.kind = f.kind;
  }
  if ((f.type || f.name) && !cols.entity) refuse('type and name');
  if (f.type) {
    parts.push('c.type = @type');
    params.type = f.type;
  }
  if (f.name) like('name', 'c.name', f.name);
  if (f.outlet) like('outlet', 'd.outlet', f.outlet);
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
  // A document asked for by id is shown whichever version it is.
  if (!f.allVersions && !f.document) parts.push('d.superseded_by IS NULL');
  if (f.after) parts.push(afterKey(cols.order ?? refuse('after'), f.after, params, cols.outer));
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function limit(f: ClaimFilter): string {
  return f.limit && f.limit > 0 ? `LIMIT ${Math.floor(f.limit)}` : '';
}

const span = (start: number | null, end: number | null): Span | null =>
  start === null || end === null ? null : { start, end };

/** Maps each row of an iterator as it is read, so a long result is never held whole. */
function* mapRows<T>(rows: Iterable<unknown>, f: (r: Record<string, unknown>) => T): IterableIterator<T> {
  for (const r of rows) yield f(r as Record<string, unknown>);
}

const VERSION_COLUMNS = 'd.version, d.superseded_by IS NULL AS latest';

// The document's date and id as copied onto the figure (doc_published, doc_id): the order is then
// the whole of figures_metric_order and figures_order, and a page a walk of one of them. c.doc:
// one document per id, as in those indexes.
const FIGURE_ORDER: readonly OrderTerm<LedgerFigure>[] = [
  { sql: 'c.as_of', get: (r) => r.asOf, desc: true, nullable: true },
  { sql: 'c.doc_published', get: (r) => r.published, desc: true, nullable: true },
  { sql: 'c.doc_id', get: (r) => r.documentId, then: 'c.doc' },
  { sql: 'c.span_start', get: (r) => r.span.start },
  { sql: 'c.id', get: (r) => r.id },
];
const STATEMENT_ORDER: readonly OrderTerm<LedgerStatement>[] = [
  { sql: 'd.published', get: (r) => r.published, desc: true, nullable: true },
  // d.seq: one document per id, so SQLite takes each document's statements in the order of
  // statements_doc_span instead of sorting them.
  { sql: 'd.id', get: (r) => r.documentId, then: 'd.seq' },
  { sql: 'c.span_start', get: (r) => r.span.start },
  { sql: 'c.id', get: (r) => r.id },
];
const DOCUMENT_ORDER: readonly OrderTerm<LedgerDocument>[] = [
  { sql: 'd.published', get: (r) => r.published, desc: true, nullable: true },
  { sql: 'd.id', get: (r) => r.id },
];

const keyOf = <R>(order: readonly OrderTerm<R>[], row: R): SortKey => order.map((t) => t.get(row) ?? null);

/** Where a figure stands in {@link queryFigures}' order (for {@link ClaimFilter.after}). */
export const figureKey = (row: LedgerFigure): SortKey => keyOf(FIGURE_ORDER, row);
/** Where a statement stands in {@link queryStatements}' order. */
export const statementKey = (row: LedgerStatement): SortKey => keyOf(STATEMENT_ORDER, row);
/** Where a document stands in {@link queryDocuments}' order. */
export const documentKey = (row: LedgerDocument): SortKey => keyOf(DOCUMENT_ORDER, row);

/** The SQL and parameters of {@link queryFigures}, for callers that explain or time the query. */
export function figuresQuery(f: ClaimFilter = {}): { sql: string; params: Record<string, unknown> } {
  const w = where(f, { date: 'c.as_of', source: 'c.source', metric: true, who: true, order: FIGURE_ORDER });
  // Without a metric or a document, SQLite would sort every figure rather than walk figures_order
  // (200 ms against 1 ms on 72,048 figures). With a metric, figures_metric_order serves.
  const byAsOf = f.metric || f.document ? '' : 'INDEXED BY figures_order';
  return {
    sql: `SELECT c.id, d.id AS documentId, d.outlet, d.published, ${VERSION_COLUMNS}, c.metric, c.value, c.high, c.unit,
                 c.qualifier, c.vague, c.who, c.as_of AS asOf, c.as_of_basis AS asOfBasis, c.since, c.source, c.cue, c.evidence,
                 c.span_start, c.span_end, c.sentence_start, c.sentence_end, c.source_start, c.source_end, c.as_of_start,
                 c.as_of_end, c.cue_start, c.cue_end, c.by, c.why, c.via
          FROM figures c ${byAsOf} JOIN documents d ON d.seq = c.doc ${w.sql}
          ORDER BY ${orderBy(FIGURE_ORDER)} ${limit(f)}`,
    params: w.params,
  };
}

// `why` and `via` are stored as JSON text, NULL when not recorded.
const json = (text: unknown) => (typeof text === 'string' ? JSON.parse(text) : null);

/** A row of {@link figuresQuery} as an array (raw mode): its columns in the order selected. */
type FigureRow = [
  id: number,
  documentId: string,
  outlet: string | null,
  published: string | null,
  version: number,
  latest: number,
  metric: LedgerFigure['metric'],
  value: number,
  high: number | null,
  unit: LedgerFigure['unit'],
  qualifier: LedgerFigure['qualifier'],
  vague: number,
  who: string | null,
  asOf: string | null,
  asOfBasis: LedgerFigure['asOfBasis'],
  since: string | null,
  source: string | null,
  cue: string | null,
  evidence: string,
  spanStart: number,
  spanEnd: number,
  sentenceStart: number,
  sentenceEnd: number,
  sourceStart: number | null,
  sourceEnd: number | null,
  asOfStart: number | null,
  asOfEnd: number | null,
  cueStart: number | null,
  cueEnd: number | null,
  by: string,
  why: string | null,
  via: string | null,
];

// Rows as arrays, and the figure built field by field in the order the API has always given: an
// object per row from SQLite and a rest pattern (`{ span_start, ...rest }`, V8's slow path) to
// reshape it made a page of 51 cost 1.8 ms of CPU where the query itself took 0.3 ms.
function toFigure(r: FigureRow): LedgerFigure {
  const [
    id,
    documentId,
    outlet,
    published,
    version,
    latest,
    metric,
    value,
    high,
    unit,
    qualifier,
    vague,
    who,
    asOf,
    asOfBasis,
    since,
    source,
    cue,
    evidence,
    spanStart,
    spanEnd,
    sentenceStart,
    sentenceEnd,
    sourceStart,
    sourceEnd,
    asOfStart,
    asOfEnd,
    cueStart,
    cueEnd,
    by,
    why,
    via,
  ] = r;
  return {
    id,
    documentId,
    outlet,
    published,
    version,
    latest: latest === 1,
    metric,
    value,
    high,
    unit,
    qualifier,
    vague: vague === 1,
    who,
    asOf,
    asOfBasis,
    since,
    source,
    cue,
    evidence,
    by,
    why: json(why),
    via: json(via),
    span: { start: spanStart, end: spanEnd },
    sentence: { start: sentenceStart, end: sentenceEnd },
    sourceSpan: span(sourceStart, sourceEnd),
    asOfSpan: span(asOfStart, asOfEnd),
    cueSpan: span(cueStart, cueEnd),
  };
}

/** Figures with their document's outlet, date and version, newest `asOf` first. */
export function queryFigures(ledger: Ledger, f: ClaimFilter = {}): IterableIterator<LedgerFigure> {
  const q = figuresQuery(f);
  return mapRows(ledger.prepared(q.sql).raw(true).iterate(q.params), (r) => toFigure(r as unknown as FigureRow));
}

/**
 * The SQL and parameters of {@link queryStatements}. It walks the documents newest first
 * (documents_published_id) and each one's statements in text order (statements_doc_span): a page
 * reads its own rows, where sorting by the documents' date sorted every statement. CROSS JOIN keeps
 * SQLite from putting statements in the outer loop.
 */
export function statementsQuery(f: ClaimFilter = {}): { sql: string; params: Record<string, unknown> } {
  const w = where(f, { date: 'd.published', source: 'c.speaker', kind: true, order: STATEMENT_ORDER, outer: 2 });
  return {
    sql: `SELECT c.id, d.id AS documentId, d.outlet, d.published, ${VERSION_COLUMNS}, c.kind, c.speaker, c.speaker_role AS speakerRole,
                 c.cue, c.text, c.span_start, c.span_end, c.speaker_start, c.speaker_end, c.cue_start, c.cue_end, c.by, c.why
          FROM documents d CROSS JOIN statements c ON c.doc = d.seq ${w.sql}
          ORDER BY ${orderBy(STATEMENT_ORDER)} ${limit(f)}`,
    params: w.params,
  };
}

/** Statements with their document's outlet, date and version, newest document first. */
export function queryStatements(ledger: Ledger, f: ClaimFilter = {}): IterableIterator<LedgerStatement> {
  const q = statementsQuery(f);
  const rows = ledger.db.prepare(q.sql).iterate(q.params);
  return mapRows(rows, (r) => {
    const { span_start, span_end, speaker_start, speaker_end, cue_start, cue_end, ...rest } = r;
    return {
      ...(rest as unknown as LedgerStatement),
      latest: r.latest === 1,
      span: span(span_start as number, span_end as number)!,
      speakerSpan: span(speaker_start as number | null, speaker_end as number | null),
      cueSpan: span(cue_start as number | null, cue_end as number | null),
      why: json(r.why),
    };
  });
}

/** The SQL and parameters of {@link queryDocuments}: a walk of documents_published_id. */
export function documentsQuery(f: ClaimFilter = {}): { sql: string; params: Record<string, unknown> } {
  const w = where(f, { date: 'd.published', order: DOCUMENT_ORDER });
  return {
    sql: `SELECT d.id, d.origin, d.url, d.title, d.outlet, d.published, d.dateline, d.language, d.published_by AS publishedBy,
              d.published_partial AS publishedPartial, d.agency, ${VERSION_COLUMNS},
              d.previous_id AS previousId, d.superseded_by AS supersededBy, d.ingested_at AS ingestedAt,
              (SELECT count(*) FROM figures WHERE doc = d.seq) AS figures,
              (SELECT count(*) FROM statements WHERE doc = d.seq) AS statements
       FROM documents d ${w.sql} ORDER BY ${orderBy(DOCUMENT_ORDER)} ${limit(f)}`,
    params: w.params,
  };
}

/** Documents with their claim counts, newest first. */
export function queryDocuments(ledger: Ledger, f: ClaimFilter = {}): IterableIterator<LedgerDocument> {
  const q = documentsQuery(f);
  const rows = ledger.db.prepare(q.sql).iterate(q.params);
  return mapRows(rows, (r) => ({ ...(r as unknown as LedgerDocument), latest: r.latest === 1 }));
}

/** The extraction's messages, document by document (newest first), in the order they were found. */
export function queryMessages(ledger: Ledger, f: ClaimFilter = {}): IterableIterator<LedgerMessage> {
  const w = where(f, { date: 'd.published' });
  const rows = ledger.db
    .prepare(
      `SELECT d.id AS documentId, m.rule, m.level, m.reason, m.span_start, m.span_end
       FROM messages m JOIN documents d ON d.seq = m.doc ${w.sql}
       ORDER BY d.published DESC, d.seq, m.rowid ${limit(f)}`,
    )
    .iterate(w.params);
  return mapRows(rows, (r) => {
    const { span_start, span_end, ...rest } = r;
    const at = span(span_start as number | null, span_end as number | null);
    return { ...(rest as unknown as LedgerMessage), ...(at ? { span: at } : {}) };
  });
}

/**
 * Every name each outlet uses, with the number of documents and mentions: "the occupation forces"
 * in one outlet, "our Defence Forces" in another. Most documents first.
 */
export function queryEntities(ledger: Ledger, f: ClaimFilter = {}): IterableIterator<LedgerEntity> {
  const w = where(f, { date: 'd.published', entity: true });
  const rows = ledger.db
    .prepare(
      `SELECT c.name, c.type, d.outlet, count(DISTINCT d.seq) AS documents,
              sum((SELECT count(*) FROM mentions m WHERE m.entity_id = c.id)) AS mentions,
              min(d.published) AS first, max(d.published) AS last
       FROM entities c JOIN documents d ON d.seq = c.doc ${w.sql}
       GROUP BY c.name, c.type, d.outlet
       ORDER BY documents DESC, mentions DESC, c.name, d.outlet ${limit(f)}`,
    )
    .iterate(w.params);
  return mapRows(rows, (r) => r as unknown as LedgerEntity);
}

export interface SearchHit extends VersionInfo {
  kind: 'document' | 'statement';
  documentId: string;
  /** The statement matched, for `statement` hits; null for `document` hits. */
  statementId: number | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** A statement's speaker; null for a document. */
  speaker: string | null;
  /** Words around the matches, as plain text ("…" where it was cut). */
  snippet: string;
  /** Where each match is in `snippet`. */
  matches: Span[];
  /** Where `snippet` (without its "…") is in the document's text, when it could be placed. */
  snippetSpan: Span | null;
}

/**
 * Turns user words into an FTS5 query of quoted terms, so punctuation in them cannot break the
 * syntax; a word ending in `*` matches as a prefix ("conv*": convoy, convoys, convention). A word
 * given twice is looked for once.
 */
export function ftsQuery(words: string): string {
  return ftsPhrases(words).join(' ');
}

/** {@link ftsQuery}'s phrases, in its order. */
export function ftsPhrases(words: string): string[] {
  // Keyed by lower case: FTS5 matches without case, so "The the THE" is one word to look for.
  const terms = new Map(
    (words.match(/[\p{L}\p{N}'’-]+\*?/gu) ?? []).map((w) => [
      w.toLowerCase(),
      w.endsWith('*') ? `"${w.slice(0, -1).replace(/"/g, '""')}"*` : `"${w.replace(/"/g, '""')}"`,
    ]),
  );
  assertSearchSize(words, terms.size);
  return [...terms.values()];
}

// Marks FTS5 puts around matches in a snippet: control characters no text of ours contains.
const OPEN = '\u0002';
const CLOSE = '\u0003';
const ELLIPSIS = '…';

/** Takes the marks out of an FTS5 snippet and returns the plain snippet with where each match was. */
function unmark(marked: string): { snippet: string; matches: Span[] } {
  let snippet = '';
  const matches: Span[] = [];
  let open = -1;
  let from = 0;
  // Slices between the marks: a string built a character at a time cost more than the rest of the hit.
  for (const m of marked.matchAll(MARKS)) {
    snippet += marked.slice(from, m.index);
    from = m.index + 1;
    if (m[0] === OPEN) open = snippet.length;
    else if (open >= 0) {
      matches.push({ start: open, end: snippet.length });
      open = -1;
    }
  }
  return { snippet: snippet + marked.slice(from), matches };
}

const MARKS = new RegExp(`[${OPEN}${CLOSE}]`, 'g');

/** How {@link search} pages and bounds its hits. */
export interface SearchOptions {
  /** Hits of each kind to skip (paging). Default 0. */
  offset?: number;
  /** How long the search may run before it throws a `SearchError` (see search-bounds.ts). Default 5 s. */
  timeoutMs?: number;
  /** Matches of each kind ranked: the most recently stored ones. Default {@link SEARCH_RANK_AMONG}; `Infinity` ranks all. */
  rankAmong?: number;
}

/**
 * How many matches of each kind a search ranks by relevance (bm25): the most recently stored ones.
 * Ranking every match made a common word cost what the ledger holds: on 100,000 documents "said"
 * took 105 ms of CPU a search, ranking the newest 500 of each kind 18 ms.
 */
export const SEARCH_RANK_AMONG = 500;

/** Hits, and how many matches of each kind were ranked when more matched than were ranked. */
export interface SearchResult {
  hits: SearchHit[];
  /** Null when every match was ranked; else the number ranked of each kind ({@link SearchOptions.rankAmong}). */
  rankedAmong: number | null;
}

/**
 * Full-text search over document text and statements, best matches first, with the filters of the
 * other queries: `f.limit` hits of each kind (default 20), documents first. A search of too many
 * words, or one that runs longer than `o.timeoutMs`, throws a `SearchError`. Only the
 * `o.rankAmong` most recently stored matches of each kind are ranked (see {@link SEARCH_RANK_AMONG}).
 */
export function searchRanked(ledger: Ledger, words: string, f: ClaimFilter = {}, o: SearchOptions = {}): SearchResult {
  const phrases = ftsPhrases(words);
  const q = phrases.join(' ');
  if (!q) return { hits: [], rankedAmong: null };
  const n = f.limit && f.limit > 0 ? Math.floor(f.limit) : 20;
  // SQLite's LIMIT -1: no limit.
  const cap = o.rankAmong === Infinity ? -1 : Math.max(1, Math.floor(o.rankAmong ?? SEARCH_RANK_AMONG));
  const offset = o.offset ?? 0;
  const docFilter = where({ ...f, source: undefined, kind: undefined }, { date: 'd.published' });
  const stmtFilter = where({ ...f, kind: undefined }, { date: 'd.published', source: 's.speaker' });
  const and = (w: Where) => (w.sql ? `AND ${w.sql.slice('WHERE '.length)}` : '');
  const wantDocs = (!f.kind || f.kind === 'document') && !f.source;
  const wantStatements = !f.kind || f.kind === 'statement';
  const run = withinDeadline(ledger.db, o.timeoutMs ?? DEFAULT_SEARCH_TIMEOUT_MS);
  let capped = false;
  // Three steps for each kind, in one read transaction:
  // 1. the newest `cap` matches, ranked, from the full-text index alone (FTS5 yields them by rowid
  //    and stops: `ORDER BY rowid DESC LIMIT`; walked up the index when they are every match);
  // 2. best first, the rows of the content table that pass the filters, until the page is full:
  //    read a batch of ranked ids at a time (the page and its offset, then twice as many), since a
  //    look-up of every match cost more than ranking them, and one query per hit cost more than
  //    the look-ups;
  // 3. the page's snippets, in one more walk of the index up from the page's oldest hit, with
  //    snippet() (or the extension's copy of it, which reads only the tokens it needs) computed for
  //    the page's rows only. A look-up of each hit by rowid with MATCH made FTS5 seek the words'
  //    entries in every segment of the index again: 0.1–0.5 ms a hit for a word in 8,000 of
  //    100,000 documents, most of a search's time.
  // A walk of at most `cap` matches is checked against the deadline once, before it (a call into
  // JavaScript on every row was 9% of a search's instructions); a walk of every match, on each row.
  const deadline = cap < 0 ? WITHIN_DEADLINE : '1';
  const checkDeadline = ledger.prepared(`SELECT ${WITHIN_DEADLINE}`).pluck();
  const ordered = extensionLoaded(ledger);
  const best = (table: string, column: number, hit: string, key: string, w: Where): Found[] => {
    checkDeadline.get();
    const rank = rankExpression(ledger, table, phrases);
    // The LIMITs are written into the SQL, not bound: SQLite prepares a statement again whenever a
    // value bound to its LIMIT changes (it may plan with it), and did so 5 times a search. With the
    // extension, `crosscheck_order` orders the matches as `ORDER BY r, id` does, in C, and gives
    // them as one JSON array (native/rank.c).
    const walk = (order: 'ASC' | 'DESC', limit: number) => {
      const matches = `SELECT rowid AS id, ${rank.sql} AS r FROM ${table}
         WHERE ${table} MATCH @q AND ${deadline} ORDER BY rowid ${order} LIMIT ${limit}`;
      const params = { q, ...rank.params };
      return ordered
        ? (JSON.parse(
            ledger.prepared(`SELECT crosscheck_order(id, r) FROM (${matches})`).pluck().get(params) as string,
          ) as number[])
        : (ledger.prepared(`SELECT id FROM (${matches}) ORDER BY r, id`).pluck().all(params) as number[]);
    };
    // When the newest `cap` matches are every match (the rarest phrase's count says they may be),
    // the walk goes up the index: FTS5 reads a page of a word's list backwards by parsing all of it
    // first, and a rare word and a common one ("the Alzate": 32 matches) cost 0.56 ms walked down,
    // 0.03 ms walked up. More matches than `cap` after all: walked down, as always.
    const up = cap < 0 || (rank.fewest !== null && rank.fewest <= cap) ? walk('ASC', cap < 0 ? -1 : cap + 1) : null;
    const ranked = up && (cap < 0 || up.length <= cap) ? up : walk('DESC', cap);
    if (cap > 0 && ranked.length >= cap) capped = true;
    const some = ledger.prepared(`${hit} WHERE ${key} IN (SELECT value FROM json_each(@ids)) ${and(w)}`).raw();
    const rows: unknown[][] = [];
    let skip = offset;
    for (let from = 0, size = offset + n + 8; from < ranked.length && rows.length < n; from += size, size *= 2) {
      const batch = ranked.slice(from, from + size);
      const passed = new Map(
        (some.all({ ...w.params, ids: JSON.stringify(batch) }) as unknown[][]).map((r) => [r[0] as number, r]),
      );
      for (const id of batch) {
        const row = passed.get(id);
        if (!row || skip-- > 0) continue;
        rows.push(row);
        if (rows.length === n) break;
      }
    }
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r[0] as number);
    const oldest = ids.reduce((a, b) => Math.min(a, b));
    // Up the index from the page's oldest hit (see the walk above). `CAST`: FTS5 uses a rowid bound
    // only given an integer, and better-sqlite3 binds a JavaScript number as a real. `+rowid`: the
    // list filters the walk, it is not a look-up of each rowid.
    const marked = new Map(
      ledger
        .prepared(
          `SELECT rowid, ${snippetFunction(ledger)}(${table}, ${column}, '${OPEN}', '${CLOSE}', '${ELLIPSIS}', 16) FROM ${table}
           WHERE ${table} MATCH @q AND rowid >= CAST(@oldest AS INTEGER) AND +rowid IN (SELECT value FROM json_each(@ids)) AND ${deadline}
           ORDER BY rowid LIMIT ${ids.length}`,
        )
        .raw()
        .all({ q, oldest, ids: JSON.stringify(ids) }) as Array<[number, string]>,
    );
    return rows.map((r) => ({ row: r, marked: marked.get(r[0] as number) ?? '' }));
  };
  const [docs, stmts] = run(() =>
    ledger.db.transaction((): [Found[], Found[]] => [
      wantDocs
        ? best(
            'documents_fts',
            1,
            `SELECT d.seq, d.id, d.title, d.outlet, d.published, ${VERSION_COLUMNS} FROM documents d`,
            'd.seq',
            docFilter,
          )
        : [],
      wantStatements
        ? best(
            'statements_fts',
            0,
            `SELECT s.id, d.id, d.title, d.outlet, d.published, ${VERSION_COLUMNS}, s.speaker, s.text, s.span_start
             FROM statements s JOIN documents d ON d.seq = s.doc`,
            's.id',
            stmtFilter,
          )
        : [],
    ])(),
  );
  const place = placeInDocuments(
    ledger,
    docs.map((f) => [f.row[0] as number, snippetCore(f.marked)]),
  );
  const hits = [
    ...docs.map((f, i) => toHit('document', f, null, null, place[i]!)),
    ...stmts.map((f) => {
      const [id, speaker, whole, base] = [f.row[0], ...f.row.slice(7)] as [number, string | null, string, number];
      const at = whole.indexOf(snippetCore(f.marked));
      return toHit('statement', f, id, speaker, at < 0 ? null : base + at);
    }),
  ];
  return { hits, rankedAmong: capped ? cap : null };
}

/**
 * A row of step 2 of {@link searchRanked}, raw: the full-text rowid, the document's id, title,
 * outlet, date, version and whether it is the latest (then a statement's speaker, text and offset),
 * with its marked snippet.
 */
interface Found {
  row: unknown[];
  marked: string;
}

/** {@link searchRanked}'s hits alone. */
export function search(ledger: Ledger, words: string, f: ClaimFilter = {}, o: SearchOptions = {}): SearchHit[] {
  return searchRanked(ledger, words, f, o).hits;
}

/** A search hit from its row; `at`: where the snippet (without "…") starts in the document's text. */
function toHit(
  kind: SearchHit['kind'],
  { row, marked }: Found,
  statementId: number | null,
  speaker: string | null,
  at: number | null,
): SearchHit {
  const { snippet, matches } = unmark(marked);
  const core = snippet.replace(/^…/, '').replace(/…$/, '');
  return {
    kind,
    documentId: row[1] as string,
    statementId,
    title: row[2] as string | null,
    outlet: row[3] as string | null,
    published: row[4] as string | null,
    version: row[5] as number,
    latest: row[6] === 1,
    speaker,
    snippet,
    matches,
    snippetSpan: at === null ? null : { start: at, end: at + core.length },
  };
}

/** A marked snippet's words without the marks and the "…" at its ends: the text's own, to place in it. */
function snippetCore(marked: string): string {
  return marked.replace(MARKS, '').replace(/^…/, '').replace(/…$/, '');
}

/**
 * Where each `core` first stands in its document's text, as a UTF-16 offset, for `[seq, core]`
 * pairs, in one query. With the extension, `crosscheck_place` counts the units in SQLite
 * (native/snippet.c). Without it, SQLite finds the core, and the text before it (not the whole
 * text) is read into JavaScript, whose length counts UTF-16 units (SQLite counts code points, one
 * fewer for each character beyond the Basic Multilingual Plane, an emoji). Reading the prefix took
 * half the time of testing it for such characters in SQL.
 */
function placeInDocuments(ledger: Ledger, pairs: Array<[number, string]>): Array<number | null> {
  if (pairs.length === 0) return [];
  const params = { pairs: JSON.stringify(pairs) };
  if (extensionLoaded(ledger))
    return ledger
      .prepared(
        `SELECT crosscheck_place(d.text, p.value ->> 1)
         FROM json_each(@pairs) p JOIN documents d ON d.seq = p.value ->> 0 ORDER BY p.key`,
      )
      .pluck()
      .all(params) as Array<number | null>;
  const found = ledger
    .prepared(
      `SELECT at, substr(text, 1, at - 1) FROM (
         SELECT p.key, d.text, instr(d.text, p.value ->> 1) AS at
         FROM json_each(@pairs) p JOIN documents d ON d.seq = p.value ->> 0)
       ORDER BY key`,
    )
    .raw()
    .all(params) as Array<[number, string]>;
  return found.map(([at, before]) => (at === 0 ? null : before.length));
}

/** A stored document with every claim made from it: the shape of `crosscheck extract`'s output, and more. */
export interface StoredDocument {
  /** The document with its text, which every span points into, and every origin it was read from. */
  document: LedgerDocument & { text: string; origins: string[]; htmlMap: OffsetSegment[] | null };
  figures: LedgerFigure[];
  statements: LedgerStatement[];
  entities: Array<{ name: string; type: EntityType; mentions: Span[]; by: string }>;
  messages: LedgerMessage[];
}

/** The one document an id or unique id prefix names: null when none does; throws when several do. */
export function findDocument(ledger: Ledger, idOrPrefix: string): { seq: number; id: string } | null {
  const prefix = idOrPrefix.toLowerCase();
  const found = ledger.db
    .prepare('SELECT seq, id FROM documents WHERE id >= ? AND id < ? LIMIT 2')
    .all(prefix, `${prefix}\uffff`) as Array<{ seq: number; id: string }>;
  if (found.length === 0) return null;
  if (found.length > 1) throw new Error(`"${idOrPrefix}" matches more than one document; give more of the id`);
  return found[0]!;
}

/**
 * Loads one document by id or unique id prefix. Returns null when none matches; throws when the
 * prefix is ambiguous, naming how many match.
 */
export function loadDocument(ledger: Ledger, idOrPrefix: string): StoredDocument | null {
  const found = findDocument(ledger, idOrPrefix);
  if (!found) return null;
  const { seq, id } = found;
  const [document] = [...queryDocuments(ledger, { document: id })];
  const { text, html_map } = ledger.db.prepare('SELECT text, html_map FROM documents WHERE seq = ?').get(seq) as {
    text: string;
    html_map: string | null;
  };
  const origins = ledger.db
    .prepare('SELECT origin FROM document_origins WHERE doc = ? ORDER BY origin')
    .pluck()
    .all(seq) as string[];
  return {
    document: { ...document!, text, origins, htmlMap: html_map === null ? null : JSON.parse(html_map) },
    figures: [...queryFigures(ledger, { document: id })].sort((a, b) => a.span.start - b.span.start || a.id - b.id),
    statements: [...queryStatements(ledger, { document: id })],
    entities: documentEntities(ledger, seq),
    messages: [...queryMessages(ledger, { document: id })],
  };
}

/** A document's entities with their mentions, by name. */
export function documentEntities(ledger: Ledger, seq: number): StoredDocument['entities'] {
  const mentions = ledger.db.prepare(
    'SELECT span_start AS start, span_end AS end FROM mentions WHERE entity_id = ? ORDER BY span_start',
  );
  return (
    ledger.db.prepare('SELECT id, name, type, by FROM entities WHERE doc = ? ORDER BY name').all(seq) as Array<{
      id: number;
      name: string;
      type: EntityType;
      by: string;
    }>
  ).map((e) => ({ name: e.name, type: e.type, mentions: mentions.all(e.id) as Span[], by: e.by }));
}

/** The sentence each figure was read from, as text (for a table that shows the evidence in context). */
export function figureSentences(ledger: Ledger, figures: readonly LedgerFigure[]): string[] {
  const text = ledger.db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  const texts = new Map<string, string>();
  return figures.map((f) => {
    let t = texts.get(f.documentId);
    if (t === undefined) texts.set(f.documentId, (t = text.get(f.documentId) as string));
    return t.slice(f.sentence.start, f.sentence.end);
  });
}

/** Every stored document, every version, in the order stored, each with all its claims (see {@link loadDocument}). */
export function* exportDocuments(ledger: Ledger): IterableIterator<StoredDocument> {
  const ids = ledger.db.prepare('SELECT id FROM documents ORDER BY seq').pluck().all() as string[];
  for (const id of ids) yield loadDocument(ledger, id)!;
}

/** One entity of one document with its mentions: a row of `crosscheck export --what entities`. */
export interface LedgerEntityMentions {
  documentId: string;
  name: string;
  type: EntityType;
  mentions: Span[];
  by: string;
}

/** Every entity of every document with its mentions, document by document in the order stored. */
export function* queryEntityMentions(ledger: Ledger): IterableIterator<LedgerEntityMentions> {
  const mentions = ledger.db.prepare(
    'SELECT span_start AS start, span_end AS end FROM mentions WHERE entity_id = ? ORDER BY span_start',
  );
  const rows = ledger.db
    .prepare(
      'SELECT e.id, d.id AS documentId, e.name, e.type, e.by FROM entities e JOIN documents d ON d.seq = e.doc ORDER BY d.seq, e.name',
    )
    .iterate() as IterableIterator<{ id: number; documentId: string; name: string; type: EntityType; by: string }>;
  for (const { id, ...e } of rows)
    yield { documentId: e.documentId, name: e.name, type: e.type, mentions: mentions.all(id) as Span[], by: e.by };
}
