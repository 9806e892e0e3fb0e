import { mapOrdered } from './ordered-pool.js';
import { runTask, type ExtractTask, type TaskResult } from './extract-task.js';

const WORKER = new URL('./extract-worker.js', import.meta.url);

/**
 * Runs extraction tasks in input order: in `jobs` worker threads, or in this thread when `jobs`
 * is 1 (no start-up cost, for small inputs and tests). A worker that dies yields an `Error` for its
 * task; the rest go on.
 */
export function runTasks(tasks: AsyncIterable<ExtractTask> | Iterable<ExtractTask>, jobs: number): AsyncIterable<TaskResult | Error> {
  if (jobs > 1) return mapOrdered<ExtractTask, TaskResult>(tasks, WORKER, { jobs });
  return (async function* () {
    for await (const t of tasks) yield await runTask(t);
  })();
}
