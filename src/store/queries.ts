import type { FigureWhy, OffsetSegment, StatementWhy } from '../model.js';
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
}

export interface FigureRow {
  id: number;
  document_id: string;
  outlet: string | null;
  published: string | null;
  metric: string;
  value: number;
  high: number | null;
  unit: string;
  qualifier: string;
  vague: number;
  who: string | null;
  as_of: string | null;
  as_of_basis: string | null;
  since: string | null;
  source: string | null;
  cue: string | null;
  evidence: string;
  span_start: number;
  span_end: number;
  sentence_start: number;
  sentence_end: number;
  /** The claimant's words, when attributed. */
  source_start: number | null;
  source_end: number | null;
  /** The date expression `as_of` came from, when stated. */
  as_of_start: number | null;
  as_of_end: number | null;
  /** The reporting cue, when attributed. */
  cue_start: number | null;
  cue_end: number | null;
  by: string;
  /** The rule behind each decided field; null when not recorded (stored before provenance was kept). */
  why: FigureWhy | null;
}

export interface StatementRow {
  id: number;
  document_id: string;
  outlet: string | null;
  published: string | null;
  kind: string;
  speaker: string | null;
  speaker_role: string | null;
  cue: string | null;
  text: string;
  span_start: number;
  span_end: number;
  /** Where the speaker is named (for "he said", the mention it resolves to). */
  speaker_start: number | null;
  speaker_end: number | null;
  cue_start: number | null;
  cue_end: number | null;
  by: string;
  /** The rule behind each decided field; null when not recorded. */
  why: StatementWhy | null;
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
  /** The rule that gave `published`; null when none did or when not recorded. */
  published_by: string | null;
  /** A date seen without enough to place it ("October 31"). */
  published_partial: string | null;
  /** The news agency the dateline names. */
  agency: string | null;
  version: number;
  previous_id: string | null;
  ingested_at: string;
  figures: number;
  statements: number;
}

/** A finding of the extraction about odd input ("a date without a year"), with its document. */
export interface MessageRow {
  document_id: string;
  rule: string;
  level: string;
  reason: string;
  span_start: number | null;
  span_end: number | null;
}

interface Where {
  sql: string;
  params: Record<string, unknown>;
}

// One place turns filters into SQL, so every query command filters the same way.
function where(f: ClaimFilter, cols: { date: string; source?: string; metric?: boolean; who?: boolean }): Where {
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
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function limit(f: ClaimFilter): string {
  return f.limit && f.limit > 0 ? `LIMIT ${Math.floor(f.limit)}` : '';
}

/** The SQL and parameters of {@link queryFigures}, for callers that explain or time the query. */
export function figuresQuery(f: ClaimFilter = {}): { sql: string; params: Record<string, unknown> } {
  const w = where(f, { date: 'c.as_of', source: 'c.source', metric: true, who: true });
  return {
    sql: `SELECT c.id, d.id AS document_id, d.outlet, d.published, c.metric, c.value, c.high, c.unit, c.qualifier, c.vague, c.who, c.as_of,
                 c.as_of_basis, c.since, c.source, c.cue, c.evidence, c.span_start, c.span_end, c.sentence_start, c.sentence_end,
                 c.source_start, c.source_end, c.as_of_start, c.as_of_end, c.cue_start, c.cue_end, c.by, c.why
          FROM figures c JOIN documents d ON d.seq = c.doc ${w.sql}
          ORDER BY c.as_of DESC, d.published DESC, d.id, c.span_start ${limit(f)}`,
    params: w.params,
  };
}

/** Figures with their document's outlet and date, newest `as_of` first. */
export function queryFigures(ledger: Ledger, f: ClaimFilter = {}): IterableIterator<FigureRow> {
  const q = figuresQuery(f);
  return parseWhy(ledger.db.prepare(q.sql).iterate(q.params) as IterableIterator<FigureRow & { why: unknown }>);
}

// `why` is stored as JSON text (NULL when not recorded) and handed out as the object it was.
function* parseWhy<R extends { why: unknown }>(rows: IterableIterator<R>): IterableIterator<R> {
  for (const r of rows) {
    if (typeof r.why === 'string') r.why = JSON.parse(r.why);
    yield r;
  }
}

/** Statements with their document's outlet and date. */
export function queryStatements(ledger: Ledger, f: ClaimFilter = {}): IterableIterator<StatementRow> {
  const w = where(f, { date: 'd.published', source: 'c.speaker' });
  return parseWhy(
    ledger.db
      .prepare(
        `SELECT c.id, d.id AS document_id, d.outlet, d.published, c.kind, c.speaker, c.speaker_role, c.cue, c.text, c.span_start, c.span_end,
                c.speaker_start, c.speaker_end, c.cue_start, c.cue_end, c.by, c.why
         FROM statements c JOIN documents d ON d.seq = c.doc ${w.sql}
         ORDER BY d.published DESC, d.id, c.span_start, c.id ${limit(f)}`,
      )
      .iterate(w.params) as IterableIterator<StatementRow & { why: unknown }>,
  );
}

/** Documents with their claim counts, newest first. */
export function queryDocuments(ledger: Ledger, f: ClaimFilter = {}): IterableIterator<DocumentRow> {
  const w = where(f, { date: 'd.published' });
  return ledger.db
    .prepare(
      `SELECT d.id, d.origin, d.url, d.title, d.outlet, d.published, d.dateline, d.language, d.published_by, d.published_partial,
                     d.agency, d.version, d.previous_id, d.ingested_at,
                     (SELECT count(*) FROM figures WHERE doc = d.seq) AS figures,
                     (SELECT count(*) FROM statements WHERE doc = d.seq) AS statements
              FROM documents d ${w.sql} ORDER BY d.published DESC, d.seq ${limit(f)}`,
    )
    .iterate(w.params) as IterableIterator<DocumentRow>;
}

/** The extraction's messages, document by document (newest first), in the order they were found. */
export function queryMessages(ledger: Ledger, f: ClaimFilter = {}): IterableIterator<MessageRow> {
  const w = where(f, { date: 'd.published' });
  return ledger.db
    .prepare(
      `SELECT d.id AS document_id, m.rule, m.level, m.reason, m.span_start, m.span_end
              FROM messages m JOIN documents d ON d.seq = m.doc ${w.sql}
              ORDER BY d.published DESC, d.seq, m.rowid ${limit(f)}`,
    )
    .iterate(w.params) as IterableIterator<MessageRow>;
}

export interface SearchHit {
  kind: 'document' | 'statement';
  document_id: string;
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

/** Full-text search over document text and statements, best matches first. */
export function search(ledger: Ledger, words: string, f: ClaimFilter = {}): SearchHit[] {
  const q = ftsQuery(words);
  if (!q) return [];
  const n = f.limit && f.limit > 0 ? Math.floor(f.limit) : 20;
  const docs = ledger.db
    .prepare(
      `SELECT 'document' AS kind, d.id AS document_id, d.title, d.outlet, d.published,
                     snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet
              FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
              WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(q, n) as SearchHit[];
  const stmts = ledger.db
    .prepare(
      `SELECT 'statement' AS kind, d.id AS document_id, d.title, d.outlet, d.published,
                     coalesce(s.speaker, '?') || ': ' || snippet(statements_fts, 0, '[', ']', '…', 16) AS snippet
              FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid JOIN documents d ON d.seq = s.doc
              WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(q, n) as SearchHit[];
  return [...docs, ...stmts];
}

/** A stored document with every claim made from it. */
export interface StoredDocument {
  /** The document's row with its text and, for a page read from HTML, the offset map back into it. */
  document: DocumentRow & { text: string; html_map: OffsetSegment[] | null };
  figures: FigureRow[];
  statements: StatementRow[];
  entities: Array<{ name: string; type: string; by: string; mentions: Array<{ start: number; end: number }> }>;
  messages: MessageRow[];
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
  const { text, html_map } = ledger.db.prepare('SELECT text, html_map FROM documents WHERE seq = ?').get(seq) as {
    text: string;
    html_map: string | null;
  };
  const mentions = ledger.db.prepare(
    'SELECT span_start AS start, span_end AS end FROM mentions WHERE entity_id = ? ORDER BY span_start',
  );
  const entities = (
    ledger.db.prepare('SELECT id, name, type, by FROM entities WHERE doc = ? ORDER BY name').all(seq) as Array<{
      id: number;
      name: string;
      type: string;
      by: string;
    }>
  ).map((e) => ({
    name: e.name,
    type: e.type,
    by: e.by,
    mentions: mentions.all(e.id) as Array<{ start: number; end: number }>,
  }));
  return {
    document: { ...document!, text, html_map: html_map === null ? null : JSON.parse(html_map) },
    figures: [...queryFigures(ledger, { document: id })].sort((a, b) => a.span_start - b.span_start || a.id - b.id),
    statements: [...queryStatements(ledger, { document: id })],
    entities,
    messages: [...queryMessages(ledger, { document: id })],
  };
}
