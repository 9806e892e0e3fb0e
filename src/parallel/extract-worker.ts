import { parentPort } from 'node:worker_threads';
import { runTask, type ExtractTask } from './extract-task.js';

// One extraction per message; the result goes back as a ready JSON line so the main thread only writes.
parentPort!.on('message', async (task: ExtractTask) => {
  parentPort!.postMessage(await runTask(task));
});
