import { runIngest } from '../batch/ingest-run.js';
import { defaultReaders } from '../batch/readers.js';
import type { Ingest } from '../server/deps.js';
import { openLedger, type Ledger } from '../store/ledger.js';
import { SqliteStore } from '../store/sqlite-store.js';

/** Uploads smaller than this are extracted in the server's own thread: starting workers costs more. */
const WORKER_BYTES = 256 * 1024;

/** The SQLite ledger as the server's back end: a store to read, and an ingest function to write. */
export interface SqliteBackend {
  store: SqliteStore;
  /** Absent when opened read-only. */
  ingest?: Ingest;
  /** The writer's connection, absent when read-only. */
  writer: Ledger | null;
  close(): Promise<void>;
}

/**
 * Opens the ledger at `path` for the server: one connection that writes (ingest runs one at a
 * time through it, with the readers, extraction and writer of `crosscheck ingest`) and one that
 * reads, which in WAL mode sees only what is committed. `jobs` extraction threads serve uploads of
 * 256 KB or more; smaller ones are extracted in this thread.
 */
export function openSqliteBackend(
  path: string,
  options: { readOnly?: boolean; jobs?: number; maxBytes?: number } = {},
): SqliteBackend {
  const writer = options.readOnly ? null : openLedger(path);
  const store = new SqliteStore(openLedger(path, { readonly: true }));
  let queue: Promise<unknown> = Promise.resolve();
  const ingest: Ingest | undefined = writer
    ? (items, hint) => {
        const run = queue.then(() =>
          runIngest(items, writer, {
            readers: defaultReaders({ maxBytes: options.maxBytes }),
            jobs: hint.bytes < WORKER_BYTES ? 1 : (options.jobs ?? 1),
          }),
        );
        queue = run.catch(() => undefined);
        return run;
      }
    : undefined;
  return {
    store,
    ingest,
    writer,
    async close() {
      await queue;
      await store.close();
      writer?.close();
    },
  };
}
