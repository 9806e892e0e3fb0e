import type { IngestSummary } from '../batch/ingest-run.js';
import type { InputItem } from '../batch/inputs.js';
import type {
  AttributionChain,
  CompetingAccounts,
  Dispute,
  Metric,
  OutletProfile,
  Series,
  SeriesKind,
  Story,
} from '../model.js';
import type { AddressRange } from '../ingest/public-address.js';
import type { LedgerStore } from '../store/store.js';

/** What the cross-checks are filtered by. Text matches a substring, case-insensitive. */
export interface CrossCheckFilter {
  metric?: Metric;
  kind?: SeriesKind;
  group?: string;
  /** Claimant (canonical or as written). */
  claimant?: string;
  outlet?: string;
  place?: string;
}

/** An actor's terms and the outlets' distinctive words (see `wording` in src/compare). */
export interface WordingTables {
  terms: Array<{
    actor: string;
    outlet: string;
    term: string;
    count: number;
    mentions: Array<{ document: string; span: { start: number; end: number }; text: string }>;
  }>;
  distinctive: Array<{ outlet: string; term: string; actor: string | null; count: number; delta: number; z: number }>;
}

/**
 * The comparisons across documents, whatever computes them (src/compare over the SQLite ledger,
 * with the alias file applied). Each answer covers the whole ledger as it is now; implementations
 * keep it until the ledger changes.
 */
export interface CrossCheck {
  /** Series busiest first (see `busiest` in api/cross-check.ts). */
  series(filter: CrossCheckFilter): Promise<Series[]>;
  disputes(filter: CrossCheckFilter & { kinds?: ReadonlyArray<Dispute['kind']> }): Promise<Dispute[]>;
  competing(filter: { place?: string; speaker?: string }): Promise<CompetingAccounts[]>;
  chains(filter: { source?: string; relay?: string; outlet?: string }): Promise<AttributionChain[]>;
  reprints(filter: { outlet?: string; minSize?: number }): Promise<Story[]>;
  outlets(filter: { outlet?: string }): Promise<OutletProfile[]>;
  wording(filter: { actor?: string; outlet?: string }): Promise<WordingTables>;
}

/**
 * Stores documents read from anywhere, as `crosscheck ingest` does. `bytes` is the size of what
 * was sent: a large upload is worth extraction threads, a pasted article is not.
 */
export type Ingest = (items: AsyncIterable<InputItem>, hint: { bytes: number }) => Promise<IngestSummary>;

/** What the server is made of: the back end it reads and writes through, and its settings. */
export interface ServerDeps {
  store: LedgerStore;
  /** Absent: no Series, Disputes or Outlets pages and their API. */
  crossCheck?: CrossCheck;
  /** Absent: the server is read-only (no Ingest page, POST /api/documents answers 403). */
  ingest?: Ingest;
  /**
   * A bearer token every request must carry (`Authorization: Bearer TOKEN`, or the cookie the
   * sign-in page sets). Required when the server listens beyond the loopback interface.
   */
  token?: string | null;
  /**
   * Absent (the default): the server fetches no URL. Present (`serve --allow-fetch`): POST
   * /api/documents with a `url` alone downloads that page, from public addresses and the ranges
   * of `allowed` (`--fetch-allow`) only.
   */
  fetch?: FetchSettings;
  /** Largest request body accepted by the ingest endpoints, and largest page fetched, in bytes. Default 20 MB. */
  maxUploadBytes?: number;
  /** Writes one line per refused or failed request (default: standard error). */
  log?: (line: string) => void;
}

/** What the server may fetch, when fetching is on. */
export interface FetchSettings {
  /** Ranges admitted besides public addresses (an intranet mirror: 10.20.0.0/16). */
  allowed: readonly AddressRange[];
  /** Time allowed for one download, redirects included. Default 15 s. */
  timeoutMs?: number;
}

/** Hono's environment of this app: what middleware leaves for handlers. */
export interface AppEnv {
  Variables: {
    /** How this request proved it may be served: by its Authorization header, a session cookie, or no token is needed. */
    auth: 'bearer' | 'cookie' | 'open';
  };
}
