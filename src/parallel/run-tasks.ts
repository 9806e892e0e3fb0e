import { mapOrdered } from './ordered-pool.js';
import { runTask, type ExtractTask, type TaskResult } from './extract-task.js';

const WORKER = new URL('./extract-worker.js', import.meta.url);

/**
 * Most characters of input text read ahead of the writer (16 M characters, about 16–32 MB). Short
 * articles never reach it (the pool's default of 8 tasks per worker comes first); a run of very
 * long documents does, and is then let through fewer at a time.
 */
const WINDOW_CHARS = 16 * 1024 * 1024;

/**
 * V8 limits of each extraction thread. Node sizes a thread's young generation like the main
 * thread's (up to 16 MB semi-spaces), and extraction's short-lived objects fill it: capped at
 * 8 MB, a worker's heap peaks lower at the same speed. The old generation is capped at 32 MB,
 * which kept `ingest` of 100,000 articles at 307 MB peak and 768 articles/s; 64 and 128 MB gave
 * 328–332 MB and 648–701/s in the same benchmark. The cap costs `extract --jsonl --jobs 2` on
 * short texts: V8 collects so often that two threads spend more CPU than one. A document too big
 * for the cap (a 1 MB text) runs out of a worker's memory and is extracted again in this thread,
 * which has no cap.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 32 };

/** Characters of input a task carries; a file is read inside the worker, so it counts as none. */
function taskChars(t: ExtractTask): number {
  return t.kind === 'doc' ? t.doc.text.length : t.kind === 'record' ? t.line.length : 0;
}

/**
 * Runs extraction tasks in input order: in `jobs` worker threads, or in this thread when `jobs`
 * is 1 (no start-up cost, for small inputs and tests). A worker that dies yields an `Error` for its
 * task; the rest go on.
 */
export function runTasks(tasks: AsyncIterable<ExtractTask> | Iterable<ExtractTask>, jobs: number): AsyncIterable<TaskResult | Error> {
  if (jobs > 1) return inWorkers(tasks, jobs);
  return (async function* () {
    for await (const t of tasks) yield await runTask(t);
  })();
}

async function* inWorkers(tasks: AsyncIterable<ExtractTask> | Iterable<ExtractTask>, jobs: number): AsyncGenerator<TaskResult | Error> {
  // Tasks handed to the pool and not yet answered, oldest first: results come back in this order.
  const issued: ExtractTask[] = [];
  async function* remembered(): AsyncGenerator<ExtractTask> {
    for await (const t of tasks) {
      issued.push(t);
      yield t;
    }
  }
  const options = { jobs, sizeOf: taskChars, windowSize: WINDOW_CHARS, resourceLimits: WORKER_LIMITS };
  for await (const r of mapOrdered<ExtractTask, TaskResult>(remembered(), WORKER, options)) {
    const task = issued.shift()!;
    yield r instanceof Error && (r as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? await runTask(task) : r;
  }
}
