import type { IngestSummary } from '../batch/ingest-run.js';
import type { InputItem } from '../batch/inputs.js';
import type { LedgerStore } from '../store/store.js';

/**
 * Stores documents read from anywhere, as `crosscheck ingest` does. `bytes` is the size of what
 * was sent: a large upload is worth extraction threads, a pasted article is not.
 */
export type Ingest = (items: AsyncIterable<InputItem>, hint: { bytes: number }) => Promise<IngestSummary>;

/** What the server is made of: the back end it reads and writes through, and its settings. */
export interface ServerDeps {
  store: LedgerStore;
  /** Absent: the server is read-only (no Ingest page, POST /api/documents answers 403). */
  ingest?: Ingest;
  /**
   * A bearer token every request must carry (`Authorization: Bearer TOKEN`, or the cookie the
   * sign-in page sets). Required when the server listens beyond the loopback interface.
   */
  token?: string | null;
  /** Largest request body accepted by the ingest endpoints, in bytes. Default 20 MB. */
  maxUploadBytes?: number;
  /** Writes one line per refused or failed request (default: standard error). */
  log?: (line: string) => void;
}

/** Hono's environment of this app: what middleware leaves for handlers. */
export interface AppEnv {
  Variables: {
    /** How this request proved it may be served: by its Authorization header, a session cookie, or no token is needed. */
    auth: 'bearer' | 'cookie' | 'open';
  };
}
