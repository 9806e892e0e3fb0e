import { parentPort } from 'node:worker_threads';
import { runTask, type ExtractTask, type TaskResult } from './extract-task.js';

// A batch of tasks per message, their results back in one message, in the same order (see
// run-tasks.ts). The pool may post the next batch before this one is answered, and a file task
// awaits its read: batches are chained so that they are answered in the order they came.
let previous: Promise<void> = Promise.resolve();
parentPort!.on('message', (batch: ExtractTask[]) => {
  previous = previous.then(async () => {
    const results: TaskResult[] = [];
    for (const task of batch) results.push(await runTask(task));
    parentPort!.postMessage(results);
  });
});
