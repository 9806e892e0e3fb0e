import { Piscina } from 'piscina';
import { SearchError } from './search-bounds.js';
import { CursorError, StoreClosedError, type PageRequest, type SearchFilter } from './store.js';

/** What a search thread is started with: the ledger's file, and its searches' time limit. */
export interface SearchThreadData {
  path: string;
  timeoutMs?: number;
}

/** One search, as sent to a search thread. */
export interface SearchTask {
  words: string;
  filter: SearchFilter;
  page: PageRequest;
}

/**
 * A search thread's answer: the results as JSON text (one string to hand over, where the results'
 * objects were copied field by field, and the text is what the API sends), or the refusal's class
 * and message.
 */
export type SearchReply =
  { ok: true; json: string } | { ok: false; kind: 'search' | 'cursor' | 'other'; name: string; message: string };

/**
 * Searches run on `threads` worker threads, each with its own read-only connection to the ledger
 * file at `path` (WAL mode lets them read beside the writer and one another), so that the thread
 * answering HTTP only parses and serialises: a search costs milliseconds of CPU, and on one thread
 * 50 concurrent searches waited for one another (p99 519 ms on 100,000 documents, 2 cores).
 * A search waits in a queue when every thread is busy. Refusals come back as the same classes
 * ({@link SearchError}, {@link CursorError}) the store throws in this thread.
 */
export class SearchThreads {
  private readonly pool: Piscina<SearchTask, SearchReply>;
  private closing = false;

  /** `options.timeoutMs`: how long one search may run once a thread has begun it (default 5 s). */
  constructor(path: string, threads: number, options: { timeoutMs?: number } = {}) {
    this.pool = new Piscina({
      ...workerScript(),
      minThreads: threads,
      maxThreads: threads,
      // Kept for the life of the server: a thread's first search opens the ledger and compiles its queries.
      idleTimeout: Infinity,
      workerData: { path, timeoutMs: options.timeoutMs } satisfies SearchThreadData,
    });
  }

  /** The search's results as JSON text (see {@link SearchReply}). */
  async search(words: string, filter: SearchFilter, page: PageRequest): Promise<string> {
    // (Piscina would start threads anew for a search asked after destroy().)
    if (this.closing) throw new StoreClosedError();
    let reply: SearchReply;
    try {
      reply = await this.pool.run({ words, filter, page });
    } catch (e) {
      // Cut short by close(): the server is stopping (Ctrl-C with searches queued), not failing.
      if (this.closing) throw new StoreClosedError();
      throw e;
    }
    if (reply.ok) return reply.json;
    if (reply.kind === 'search') throw new SearchError(reply.message);
    if (reply.kind === 'cursor') throw new CursorError(reply.message);
    const e = new Error(reply.message);
    e.name = reply.name;
    throw e;
  }

  /** Ends the threads: a search still queued or running is stopped with a {@link StoreClosedError}. */
  async close(): Promise<void> {
    this.closing = true;
    await this.pool.destroy();
  }
}

/**
 * The thread's script. Run from the TypeScript sources (tests, scripts under tsx), the thread first
 * registers tsx's loader (a development dependency), which threads do not inherit.
 */
function workerScript(): { filename: string; execArgv?: string[] } {
  if (!import.meta.url.endsWith('.ts')) return { filename: new URL('./search-worker.js', import.meta.url).href };
  return {
    filename: new URL('./search-worker.ts', import.meta.url).href,
    execArgv: ['--import', import.meta.resolve('tsx')],
  };
}
