import { availableParallelism } from 'node:os';
import { isMainThread, Worker, type ResourceLimits } from 'node:worker_threads';
import type { HtmlArticle } from './html.js';
import { InputError, type InputErrorCode } from './input-error.js';

/** Default time one HTML page may take to read, in ms: 30 s (a normal 100 KB page takes 10–50 ms). */
export const DEFAULT_HTML_TIMEOUT_MS = 30_000;

/** A reading thread's answer to one page. */
export type HtmlReply = { ok: true; article: HtmlArticle } | { ok: false; code: InputErrorCode; message: string };

/**
 * Heap limits of a reading thread. A page's DOM takes some 20–40 times its size in linkedom (a
 * 20 MB page of short paragraphs: about 500 MB); a page that needs more fails alone, as out of memory.
 */
const LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 768 };

interface Job {
  html: string;
  timeoutMs: number;
  resolve: (a: HtmlArticle) => void;
  reject: (e: InputError) => void;
}

interface Thread {
  worker: Worker;
  /** Its modules are loaded: it answers pages now. */
  ready: boolean;
  job: Job | null;
  timer?: NodeJS.Timeout;
}

const threads: Thread[] = [];
const queue: Job[] = [];
// Inside a worker thread (an extraction thread of `extract --jobs`) one reading thread is enough:
// the extraction threads already use the cores.
const MAX_THREADS = isMainThread ? Math.max(1, availableParallelism()) : 1;

/**
 * Reads an HTML page (see `readHtml`) in a reading thread, so that no page can hold up the thread
 * that asked: a page that takes longer than `timeoutMs` has its thread stopped and fails alone with
 * a `timeout` InputError; a page that crashes its thread or runs it out of memory fails alone too.
 * Threads start on demand (at most one per core), and an idle one does not keep the process alive.
 *
 * @throws InputError the page's own reason (`no-text`, `too-deep`), `timeout`, or `unreadable`
 */
export function readHtmlInThread(html: string, timeoutMs: number = DEFAULT_HTML_TIMEOUT_MS): Promise<HtmlArticle> {
  return new Promise((resolve, reject) => {
    queue.push({ html, timeoutMs, resolve, reject });
    _dispatch();
  });
}

function _dispatch(): void {
  while (queue.length > 0) {
    const thread = threads.find((t) => t.ready && t.job === null);
    if (!thread) {
      // A page waits for a thread that is free, or that is still starting (its deadline starts
      // once the thread is ready); another thread starts while fewer than one per core run.
      let starting = threads.filter((t) => !t.ready).length;
      while (threads.length < MAX_THREADS && starting < queue.length) {
        _start();
        starting++;
      }
      return;
    }
    const job = queue.shift()!;
    thread.job = job;
    thread.worker.ref();
    thread.timer = setTimeout(() => {
      _fail(
        thread!,
        new InputError(
          'timeout',
          `reading the page took longer than ${job.timeoutMs / 1000} s and was stopped (raise the limit with --html-timeout)`,
        ),
      );
    }, job.timeoutMs);
    thread.worker.postMessage(job.html);
  }
}

/**
 * The reading thread's script. Run from the TypeScript sources (tests, scripts under tsx), the
 * thread first registers tsx's loader (a development dependency), which threads do not inherit.
 */
function _script(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./html-worker.js', import.meta.url);
  const worker = new URL('./html-worker.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

function _start(): Thread {
  const worker = new Worker(_script(), { resourceLimits: LIMITS });
  const thread: Thread = { worker, ready: false, job: null };
  worker.on('message', (reply: HtmlReply | 'ready') => {
    if (reply === 'ready') {
      thread.ready = true;
      worker.unref();
      _dispatch();
      return;
    }
    const job = thread.job;
    if (!job) return;
    clearTimeout(thread.timer);
    thread.job = null;
    worker.unref();
    if (reply.ok) job.resolve(reply.article);
    else job.reject(new InputError(reply.code, reply.message));
    _dispatch();
  });
  worker.on('error', (e: Error & { code?: string }) => {
    const reason =
      e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `reading the page needs more than ${LIMITS.maxOldGenerationSizeMb} MB of memory`
        : `cannot read the page: ${e.message}`;
    _fail(thread, new InputError('unreadable', reason));
  });
  worker.on('exit', () => _fail(thread, new InputError('unreadable', 'cannot read the page: its thread stopped')));
  threads.push(thread);
  return thread;
}

/** Fails the thread's page, stops and forgets the thread, and goes on with the queue. */
function _fail(thread: Thread, error: InputError): void {
  const at = threads.indexOf(thread);
  if (at < 0) return;
  threads.splice(at, 1);
  clearTimeout(thread.timer);
  const job = thread.job;
  thread.job = null;
  void thread.worker.terminate();
  job?.reject(error);
  // A thread that could not even start would fail again: the pages waiting fail with it.
  if (!thread.ready) for (const waiting of queue.splice(0)) waiting.reject(error);
  _dispatch();
}
