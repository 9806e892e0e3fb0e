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
const store = new SqliteStore(openLedger(path, { readonly: true }), { searchTimeoutMs: timeoutMs, searchCache: false });

/** Answers one search; a refusal comes back as a value, so that its class survives the trip. */
export default async function answer(task: SearchTask): Promise<SearchReply> {
  try {
    return { ok: true, results: await store.search(task.words, task.filter, task.page) };
  } catch (e) {
    const error = e as Error;
    const kind = e instanceof SearchError ? 'search' : e instanceof CursorError ? 'cursor' : 'other';
    return { ok: false, kind, name: error.name, message: error.message };
  }
}
