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
 * 8 MB, a worker's heap peaks about 25 MB lower at the same speed (measured over 1,500 bench
 * articles). No old-generation cap: a huge document must still go through.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

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
  if (jobs > 1) return mapOrdered<ExtractTask, TaskResult>(tasks, WORKER, { jobs, sizeOf: taskChars, windowSize: WINDOW_CHARS, resourceLimits: WORKER_LIMITS });
  return (async function* () {
    for await (const t of tasks) yield await runTask(t);
  })();
}
