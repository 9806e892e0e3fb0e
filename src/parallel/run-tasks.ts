import type { ResourceLimits } from 'node:worker_threads';
import { mapOrdered } from './ordered-pool.js';
import { runTask, type ExtractTask, type TaskResult } from './extract-task.js';

const WORKER = new URL('./extract-worker.js', import.meta.url);

/**
 * Most characters of input text read ahead of the writer (16 M characters, about 16–32 MB). Short
 * articles never reach it (the window of batches comes first); a run of very long documents
 * does, and is then let through fewer at a time.
 */
const WINDOW_CHARS = 16 * 1024 * 1024;

/**
 * Tasks go to the worker threads in batches: one message carries up to BATCH_TASKS tasks or
 * BATCH_CHARS characters of input, and one message brings their results back. One message per
 * task cost more than extracting a one-line record, and left each worker idle between its answer
 * and its next task whenever this thread was busy storing results. Not larger: a task's input
 * stays in this thread until its batch is answered (for a retry, and for the writer), and with
 * 64-task batches the 512 documents in flight lived long enough for V8 to move them to the old
 * generation, which then grew by some 5 MB a second of dead texts between full collections.
 */
const BATCH_TASKS = 32;
const BATCH_CHARS = 128 * 1024;
/**
 * A batch is sent unfilled when the next task takes longer than this (ms) to read, so a slow
 * stream (a feed, a pipe fed line by line) is never held back waiting for a full batch.
 */
const BATCH_WAIT_MS = 20;

/**
 * V8 limits of each extraction thread, by default (what `ingest` uses). Node sizes a thread's
 * young generation like the main thread's (up to 16 MB semi-spaces), and extraction's short-lived
 * objects fill it: capped at 8 MB, a worker's heap peaks lower at the same speed. The old
 * generation is capped at 32 MB, which kept `ingest` of 100,000 articles at 307 MB peak and
 * 768 articles/s; 64 and 128 MB gave 328–332 MB and 648–701/s in the same benchmark. Since the
 * main thread's heap shrank (see read-lines.ts), 48 MB cut the CPU of a 100,000-article ingest by
 * about a fifth (fewer full collections; 265–281 MB peak against 228–289 MB) but one
 * 20,000-article run under load peaked at 299 MB with it. A document
 * too big for the cap (a 1 MB text) runs a worker out of memory; its batch is then extracted again
 * in this thread, which has no cap.
 */
const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 32 };

/** Where and how {@link runTasks} runs its worker threads; the defaults serve the CLI. */
export interface WorkerOptions {
  /** The worker script: it answers each message (an array of tasks) with the array of their results. Default: extract-worker.js. */
  workerUrl?: URL;
  /** V8 heap limits of each worker thread. Default {@link WORKER_LIMITS}. */
  resourceLimits?: ResourceLimits;
  /** Called with each task a worker ran out of memory on, before it is run again in this thread. */
  onRetry?: (task: ExtractTask) => void;
}

/** Characters of input a task carries; a file is read inside the worker, so it counts as none. */
function taskChars(t: ExtractTask): number {
  return t.kind === 'doc' ? t.doc.text.length : t.kind === 'record' && typeof t.line === 'string' ? t.line.length : 0;
}

const batchChars = (batch: ExtractTask[]) => batch.reduce((n, t) => n + taskChars(t), 0);

/**
 * Runs extraction tasks in input order: in `jobs` worker threads, or in this thread when `jobs`
 * is 1 (no start-up cost, for small inputs and tests). A worker that dies yields an `Error` for each
 * task it held, except out of memory: those tasks are run again here.
 */
export function runTasks(
  tasks: AsyncIterable<ExtractTask> | Iterable<ExtractTask>,
  jobs: number,
  options: WorkerOptions = {},
): AsyncIterable<TaskResult | Error> {
  if (jobs > 1) return inWorkers(tasks, jobs, options);
  return (async function* () {
    for await (const t of tasks) yield await runTask(t);
  })();
}

const LATE = Symbol('late');

/**
 * Groups tasks into batches of up to BATCH_TASKS tasks and BATCH_CHARS characters, sending a
 * batch early when the next task is not read within BATCH_WAIT_MS of the batch's first.
 */
async function* batches(tasks: AsyncIterable<ExtractTask> | Iterable<ExtractTask>): AsyncGenerator<ExtractTask[]> {
  const it = (async function* () {
    yield* tasks;
  })();
  // A read that outlived its batch's wait becomes the first read of the next batch.
  let reading: Promise<IteratorResult<ExtractTask>> | null = null;
  for (;;) {
    const batch: ExtractTask[] = [];
    let chars = 0;
    let timer: NodeJS.Timeout | undefined;
    let late: Promise<typeof LATE> | null = null;
    let done = false;
    while (batch.length < BATCH_TASKS && chars < BATCH_CHARS) {
      reading ??= it.next();
      const r = late ? await Promise.race([reading, late]) : await reading;
      if (r === LATE) break;
      reading = null;
      if (r.done) {
        done = true;
        break;
      }
      batch.push(r.value);
      chars += taskChars(r.value);
      late ??= new Promise((resolve) => (timer = setTimeout(resolve, BATCH_WAIT_MS, LATE)));
    }
    clearTimeout(timer);
    if (batch.length > 0) yield batch;
    if (done) return;
  }
}

async function* inWorkers(
  tasks: AsyncIterable<ExtractTask> | Iterable<ExtractTask>,
  jobs: number,
  options: WorkerOptions,
): AsyncGenerator<TaskResult | Error> {
  // Batches handed to the pool and not yet answered, oldest first: results come back in this order.
  const issued: ExtractTask[][] = [];
  async function* remembered(): AsyncGenerator<ExtractTask[]> {
    for await (const b of batches(tasks)) {
      issued.push(b);
      yield b;
    }
  }
  const pool = {
    jobs,
    // Two batches per worker: it starts the second as soon as it has posted the first's results.
    depth: 2,
    window: jobs * 4,
    sizeOf: batchChars,
    windowSize: WINDOW_CHARS,
    resourceLimits: options.resourceLimits ?? WORKER_LIMITS,
  };
  for await (const r of mapOrdered<ExtractTask[], TaskResult[]>(remembered(), options.workerUrl ?? WORKER, pool)) {
    const batch = issued.shift()!;
    if (!(r instanceof Error)) yield* r;
    else if ((r as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') for (const _ of batch) yield r;
    else {
      for (const t of batch) {
        options.onRetry?.(t);
        yield await runTask(t);
      }
    }
  }
}
