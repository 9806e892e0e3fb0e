import type { EntityType, Metric } from '../model.js';
import type { Ledger } from './ledger.js';
import {
  documentKey,
  figureKey,
  ftsQuery,
  loadDocument,
  queryDocuments,
  queryFigures,
  queryStatements,
  searchRanked,
  statementKey,
  where,
  type ClaimFilter,
  type OrderTerm,
  type SortKey,
} from './queries.js';
import {
  CursorError,
  StoreClosedError,
  type EntityFilter,
  type EntityRow,
  type LedgerOverview,
  type LedgerStore,
  type Page,
  type PageRequest,
  type SearchFilter,
  type SearchResults,
  type SpeakerFilter,
  type SpeakerRow,
} from './store.js';
import { SEARCH_CACHE_LIMITS, SearchCache, type SearchCacheLimits } from './search-cache.js';
import { SearchThreads } from './search-threads.js';
import { AGGREGATE, keptSpeakers } from './speaker-stats.js';

/** What a cursor carries: the listing it pages, and a sort key or an offset. */
interface CursorData {
  l: string;
  k?: SortKey;
  o?: number;
}

/** Cursors are opaque to clients: base64url of a small JSON object. */
function encodeCursor(c: CursorData): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(listing: string, cursor: string | undefined): CursorData | null {
  if (cursor === undefined) return null;
  let c: unknown;
  try {
    c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError('the cursor is not one this server made; start again from the first page');
  }
  const d = c as CursorData;
  if (typeof c !== 'object' || c === null || d.l !== listing)
    throw new CursorError(`the cursor belongs to another listing than ${listing}; start again from the first page`);
  if (d.o !== undefined && !(Number.isInteger(d.o) && d.o >= 0))
    throw new CursorError('the cursor is damaged; start again from the first page');
  return d;
}

/** The order of the entity listing, for its cursor. */
const ENTITY_ORDER: readonly OrderTerm<EntityRow>[] = [{ sql: 'c.id', get: (r) => r.id }];

/**
 * {@link LedgerStore} over the SQLite ledger. Give it a connection of its own (open the file a
 * second time, read-only, beside the writer's): in WAL mode it then reads committed data only while
 * an ingest writes. Aggregates that scan the whole ledger (the overview, the speakers) are kept
 * until the ledger changes.
 */
export class SqliteStore implements LedgerStore {
  private readonly memo = new Map<string, unknown>();
  private memoVersion = -1;

  // Asked on every request: prepared once (db.pragma() prepares anew each call).
  private readonly dataVersion;
  private readonly searchThreads: SearchThreads | null;
  private readonly searchCache: SearchCache | null;

  /**
   * `options.searchThreads`: run searches on that many worker threads, each with its own
   * read-only connection to the ledger's file (see search-threads.ts); 0 (the default), or a
   * ledger in memory, searches on this connection. `options.searchTimeoutMs`: how long one search
   * may run (default 5 s; see search-bounds.ts). `options.searchCache`: how many answers to keep
   * for the ledger's version (see search-cache.ts; default {@link SEARCH_CACHE_LIMITS}), or false;
   * only on a read-only connection.
   */
  constructor(
    readonly ledger: Ledger,
    private readonly options: {
      searchThreads?: number;
      searchTimeoutMs?: number;
      searchCache?: SearchCacheLimits | false;
    } = {},
  ) {
    this.dataVersion = ledger.db.prepare('PRAGMA data_version').pluck();
    const threads = Math.floor(options.searchThreads ?? 0);
    this.searchThreads =
      threads > 0 && !ledger.db.memory
        ? new SearchThreads(ledger.db.name, threads, { timeoutMs: options.searchTimeoutMs })
        : null;
    // Read-only: every change is then another connection's commit, which `version()` sees (a
    // connection's own commits do not change its data_version).
    this.searchCache =
      options.searchCache === false || !ledger.db.readonly
        ? null
        : new SearchCache(options.searchCache ?? SEARCH_CACHE_LIMITS);
  }

  async version(): Promise<number> {
    // Asked by a request that was in flight when the server began to stop.
    if (!this.ledger.db.open) throw new StoreClosedError();
    return this.dataVersion.get() as number;
  }

  /** `compute()`, or its result from before if the ledger has not changed since. */
  private async remember<T>(key: string, compute: () => T): Promise<T> {
    const v = await this.version();
    if (v !== this.memoVersion) {
      this.memo.clear();
      this.memoVersion = v;
    }
    if (!this.memo.has(key)) {
      // A small bound: the keys are a few aggregates and the filters people type.
      if (this.memo.size >= 256) this.memo.clear();
      this.memo.set(key, compute());
    }
    return this.memo.get(key) as T;
  }

  async overview(): Promise<LedgerOverview> {
    return this.remember('overview', () => {
      const db = this.ledger.db;
      const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      const range = db.prepare('SELECT min(published) AS first, max(published) AS last FROM documents').get() as {
        first: string | null;
        last: string | null;
      };
      return {
        documents: count('documents'),
        figures: count('figures'),
        statements: count('statements'),
        entities: count('entities'),
        outlets: db.prepare('SELECT count(DISTINCT outlet) FROM documents').pluck().get() as number,
        firstPublished: range.first,
        lastPublished: range.last,
        topOutlets: db
          .prepare(
            'SELECT outlet, count(*) AS documents FROM documents GROUP BY outlet ORDER BY documents DESC, outlet LIMIT 12',
          )
          .all() as Array<{ outlet: string | null; documents: number }>,
        metrics: db
          .prepare('SELECT metric, count(*) AS figures FROM figures GROUP BY metric ORDER BY figures DESC, metric')
          .all() as Array<{ metric: Metric; figures: number }>,
        timeline: db
          .prepare(
            'SELECT published AS day, count(*) AS documents FROM documents WHERE published IS NOT NULL GROUP BY published ORDER BY published',
          )
          .all() as Array<{ day: string; documents: number }>,
      };
    });
  }

  async documents(filter: ClaimFilter, page: PageRequest) {
    return this.keyset('documents', page, (after) => queryDocuments(this.ledger, { ...filter, after }), documentKey);
  }

  async document(idOrPrefix: string) {
    return loadDocument(this.ledger, idOrPrefix);
  }

  async figures(filter: ClaimFilter, page: PageRequest) {
    return this.keyset('figures', page, (after) => queryFigures(this.ledger, { ...filter, after }), figureKey);
  }

  async figureSentences(ids: number[]): Promise<Map<number, string>> {
    const out = new Map<number, string>();
    // SQLite binds at most 32,766 parameters; the ids go in as one JSON array instead.
    const rows = this.ledger.db
      .prepare(
        `SELECT f.id, substr(d.text, f.sentence_start + 1, f.sentence_end - f.sentence_start) AS sentence
         FROM figures f JOIN documents d ON d.seq = f.doc WHERE f.id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ids)) as Array<{ id: number; sentence: string }>;
    for (const r of rows) out.set(r.id, r.sentence);
    return out;
  }

  async statements(filter: ClaimFilter, page: PageRequest) {
    return this.keyset('statements', page, (after) => queryStatements(this.ledger, { ...filter, after }), statementKey);
  }

  /** Reads one row more than the page holds: it says whether there is a next page. */
  private keyset<R>(
    listing: string,
    page: PageRequest,
    rows: (after: SortKey | undefined) => Iterable<R>,
    keyOf: (row: R) => SortKey,
  ): Page<R> {
    const after = decodeCursor(listing, page.cursor)?.k;
    const items: R[] = [];
    try {
      for (const r of rows(after)) {
        if (items.length === page.limit) return { items, next: encodeCursor({ l: listing, k: keyOf(items.at(-1)!) }) };
        items.push(r);
      }
    } catch (e) {
      if (e instanceof RangeError) throw new CursorError(`${e.message}; start again from the first page`);
      throw e;
    }
    return { items, next: null };
  }

  async speakers(filter: SpeakerFilter, page: PageRequest): Promise<Page<SpeakerRow>> {
    const offset = decodeCursor('speakers', page.cursor)?.o ?? 0;
    // Every version of a document counts here, as it always has for speakers and names.
    const w = where(
      { source: filter.speaker, role: filter.role, outlet: filter.outlet, allVersions: true },
      { date: 'd.published', source: 'c.speaker', role: 'c.speaker_role' },
    );
    const params = { ...w.params, n: page.limit + 1, offset };
    // The listing and a part of a name are read from the kept table; a role or an outlet groups the
    // statements that have it.
    const kept = !filter.role && !filter.outlet && filter.speaker !== 'none';
    const rows = await this.remember(`speakers ${JSON.stringify(params)}`, () =>
      kept
        ? keptSpeakers(this.ledger.db, (w.params.source as string | undefined) ?? null, params.n, offset)
        : (this.ledger.db
            .prepare(
              `${AGGREGATE} ${w.sql.replace(/^WHERE/, 'AND')}
               GROUP BY c.speaker ORDER BY statements DESC, c.speaker LIMIT @n OFFSET @offset`,
            )
            .all(params) as SpeakerRow[]),
    );
    return this.offsetPage('speakers', rows, page.limit, offset);
  }

  async entities(filter: EntityFilter, page: PageRequest): Promise<Page<EntityRow>> {
    const after = decodeCursor('entities', page.cursor)?.k?.[0];
    if (after !== undefined && typeof after !== 'number') throw new CursorError('the cursor is damaged');
    const w = where(
      { ...filter, allVersions: true, ...(after !== undefined ? { after: [after] } : {}) },
      { date: 'd.published', entity: true, order: ENTITY_ORDER },
    );
    const rows = (
      this.ledger.db
        .prepare(
          `SELECT c.id, d.id AS documentId, d.outlet, d.published, c.name, c.type, c.by,
                  (SELECT json_group_array(json_object('start', m.span_start, 'end', m.span_end))
                     FROM (SELECT span_start, span_end FROM mentions WHERE entity_id = c.id ORDER BY span_start) m) AS mentions
           FROM entities c JOIN documents d ON d.seq = c.doc
           ${w.sql} ORDER BY c.id LIMIT @n`,
        )
        .all({ ...w.params, n: page.limit + 1 }) as Array<
        Omit<EntityRow, 'mentions' | 'type'> & { type: string; mentions: string }
      >
    ).map((r) => ({ ...r, type: r.type as EntityType, mentions: JSON.parse(r.mentions) as EntityRow['mentions'] }));
    const more = rows.length > page.limit;
    const items = more ? rows.slice(0, page.limit) : rows;
    return { items, next: more ? encodeCursor({ l: 'entities', k: [items.at(-1)!.id] }) : null };
  }

  async search(words: string, filter: SearchFilter, page: PageRequest): Promise<SearchResults> {
    if (!this.searchCache && !this.searchThreads) return this.searchHere(words, filter, page);
    return JSON.parse(await this.searchJson(words, filter, page)) as SearchResults;
  }

  async searchJson(words: string, filter: SearchFilter, page: PageRequest): Promise<string> {
    if (!this.searchCache) return this.searchJsonNow(words, filter, page);
    // The same words, however spaced or repeated ("convoy  convoy"), share an answer.
    const key = JSON.stringify([ftsQuery(words), filter, page.limit, page.cursor ?? null]);
    return this.searchCache.answer(
      key,
      () => this.version(),
      () => this.searchJsonNow(words, filter, page),
    );
  }

  private async searchJsonNow(words: string, filter: SearchFilter, page: PageRequest): Promise<string> {
    if (this.searchThreads) return this.searchThreads.search(words, filter, page);
    return JSON.stringify(this.searchHere(words, filter, page));
  }

  /** A search on this connection. */
  private searchHere(words: string, filter: SearchFilter, page: PageRequest): SearchResults {
    // Paging goes through one kind at a time; without a kind, a page holds both (documents first)
    // and the next page continues each.
    const offset = decodeCursor(`search:${filter.kind ?? 'all'}`, page.cursor)?.o ?? 0;
    const { hits, rankedAmong } = searchRanked(
      this.ledger,
      words,
      { limit: page.limit + 1, kind: filter.kind },
      { offset, timeoutMs: this.options.searchTimeoutMs },
    );
    const more = (['document', 'statement'] as const).some((k) => hits.filter((h) => h.kind === k).length > page.limit);
    const items = (['document', 'statement'] as const).flatMap((k) =>
      hits.filter((h) => h.kind === k).slice(0, page.limit),
    );
    return {
      items,
      next: more ? encodeCursor({ l: `search:${filter.kind ?? 'all'}`, o: offset + page.limit }) : null,
      rankedAmong,
    };
  }

  private offsetPage<R>(listing: string, rows: R[], limit: number, offset: number): Page<R> {
    const more = rows.length > limit;
    return {
      items: more ? rows.slice(0, limit) : rows,
      next: more ? encodeCursor({ l: listing, o: offset + limit }) : null,
    };
  }

  async close(): Promise<void> {
    await this.searchThreads?.close();
    this.ledger.close();
  }
}
