import { workerData } from 'node:worker_threads';
import { openLedger } from './ledger.js';
import { SearchError } from './search-bounds.js';
import type { SearchReply, SearchTask, SearchThreadData } from './search-threads.js';
import { SqliteStore } from './sqlite-store.js';
import { CursorError } from './store.js';

// A search thread (see search-threads.ts): its own read-only connection to the ledger, which in
// WAL mode sees every commit made before each search's read transaction began.
const { path, timeoutMs } = workerData as SearchThreadData;
// Answers are kept by the store that sent the search, not in each thread.
const ledger = openLedger(path, { readonly: true });
// The ledger's pages read through a memory map of the file (up to SQLite's 2 GB cap) instead of
// copied into this connection's page cache one read() at a time: searches that are all different
// touch far more pages than the 16 MB cache holds, and the copies were 0.4-0.6 ms of system CPU of
// an uncached search's 4 on 100,000 documents. The map is of the operating system's own cache, so
// the threads share one copy. Read-only, so no write goes through it.
ledger.db.pragma(`mmap_size = ${2 ** 31}`);
const store = new SqliteStore(ledger, { searchTimeoutMs: timeoutMs, searchCache: false });

/** Answers one search; a refusal comes back as a value, so that its class survives the trip. */
export default async function answer(task: SearchTask): Promise<SearchReply> {
  try {
    return { ok: true, json: await store.searchJson(task.words, task.filter, task.page) };
  } catch (e) {
    const error = e as Error;
    const kind = e instanceof SearchError ? 'search' : e instanceof CursorError ? 'cursor' : 'other';
    return { ok: false, kind, name: error.name, message: error.message };
  }
}
