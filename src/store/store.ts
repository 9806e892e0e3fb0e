import type { EntityType, Metric } from '../model.js';
import type {
  ClaimFilter,
  LedgerDocument,
  LedgerFigure,
  LedgerStatement,
  SearchHit,
  StoredDocument,
} from './queries.js';

/**
 * What a front end (the HTTP server) reads from a ledger, whatever holds it. The SQLite ledger
 * implements it in {@link SqliteStore}; a shared back end for teams (PostgreSQL) implements the
 * same methods, and the server's handlers do not change. Every method is asynchronous because a
 * networked back end is; rows have the shapes of `queries.ts` (the contract's field names).
 */
export interface LedgerStore {
  /**
   * A number that changes whenever the ledger's content does (a commit by any writer, in this
   * process or another): the key under which callers may cache what they computed from it.
   */
  version(): Promise<number>;
  /** Counts, date range and the largest outlets and metrics: what the overview shows. */
  overview(): Promise<LedgerOverview>;
  documents(filter: ClaimFilter, page: PageRequest): Promise<Page<LedgerDocument>>;
  /** One document with every claim made from it, by id or unique id prefix; null when none matches. */
  document(idOrPrefix: string): Promise<StoredDocument | null>;
  figures(filter: ClaimFilter, page: PageRequest): Promise<Page<LedgerFigure>>;
  /** The sentence each of these figures is stated in, by figure id (for tooltips and quotes). */
  figureSentences(ids: number[]): Promise<Map<number, string>>;
  /** Statements; `filter.source` is the speaker. */
  statements(filter: ClaimFilter, page: PageRequest): Promise<Page<LedgerStatement>>;
  /** Speakers with how often and where they are quoted, most quoted first. */
  speakers(filter: SpeakerFilter, page: PageRequest): Promise<Page<SpeakerRow>>;
  /** Named actors, places and people, each with its mentions in one document. */
  entities(filter: EntityFilter, page: PageRequest): Promise<Page<EntityRow>>;
  /** Full-text search; `kind` picks document or statement hits (default both, documents first). */
  search(words: string, filter: SearchFilter, page: PageRequest): Promise<SearchResults>;
  /**
   * {@link LedgerStore.search}'s answer as JSON text, what the API sends: a store that searches
   * elsewhere (threads, another process) hands one string over instead of objects to copy.
   */
  searchJson(words: string, filter: SearchFilter, page: PageRequest): Promise<string>;
  close(): Promise<void>;
}

/** Which page of a listing: at most `limit` rows, after the position `cursor` names. */
export interface PageRequest {
  limit: number;
  /** The `next` of the previous page; absent for the first page. */
  cursor?: string;
}

/** Rows of a listing, and the cursor of the next page (null on the last one). */
export interface Page<T> {
  items: T[];
  next: string | null;
}

/** A page of search hits. */
export interface SearchResults extends Page<SearchHit> {
  /**
   * Null when every match was ranked. Else only this many matches of each kind were (the most
   * recently stored), and the hits are the best of those: a common word matches too many to rank all.
   */
  rankedAmong: number | null;
}

/** A cursor the store did not make, or made for another listing: the caller's mistake. */
export class CursorError extends Error {
  override name = 'CursorError';
}

/** A request the store could not finish because it was being closed (the server is stopping): no fault. */
export class StoreClosedError extends Error {
  override name = 'StoreClosedError';
  constructor() {
    super('the server is stopping; ask again when it is back');
  }
}

export interface LedgerOverview {
  documents: number;
  figures: number;
  statements: number;
  entities: number;
  outlets: number;
  /** Earliest and latest publication date, `YYYY-MM-DD`; null in an empty ledger. */
  firstPublished: string | null;
  lastPublished: string | null;
  /** The outlets with the most documents, largest first (at most 12). */
  topOutlets: Array<{ outlet: string | null; documents: number }>;
  /** Figures per metric, most first. */
  metrics: Array<{ metric: Metric; figures: number }>;
  /** Documents per publication day, oldest first (days without documents left out). */
  timeline: Array<{ day: string; documents: number }>;
}

export interface SpeakerFilter {
  /** Speaker contains, case-insensitive. */
  speaker?: string;
  /** Role contains, case-insensitive. */
  role?: string;
  outlet?: string;
}

/** One speaker as the ledger names them, with one of the roles given to them. */
export interface SpeakerRow {
  speaker: string;
  /** The role most often given with this name, e.g. "the army's spokesman"; null when none. */
  role: string | null;
  statements: number;
  documents: number;
  outlets: number;
  /** Publication dates of the first and last document quoting them. */
  first: string | null;
  last: string | null;
}

export interface EntityFilter {
  type?: EntityType;
  /** Name contains, case-insensitive. */
  name?: string;
  outlet?: string;
  /** Document id or id prefix. */
  document?: string;
}

export interface EntityRow {
  id: number;
  documentId: string;
  outlet: string | null;
  published: string | null;
  name: string;
  type: EntityType;
  mentions: Array<{ start: number; end: number }>;
  by: string;
}

export interface SearchFilter {
  kind?: SearchHit['kind'];
}
