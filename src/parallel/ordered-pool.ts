import { cpus } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** Options for {@link mapOrdered}. */
export interface PoolOptions<T> {
  /** Worker threads; default one per core. */
  jobs?: number;
  /** Most tasks in flight or waiting to be emitted; bounds memory. Default 8 per worker. */
  window?: number;
  /**
   * Size of a task in any unit (e.g. characters of text), for {@link PoolOptions.windowSize}.
   * Default: every task has size 0, so only the count bounds the window.
   */
  sizeOf?: (task: T) => number;
  /**
   * Most total size of the tasks in flight or waiting to be emitted. A task larger than this still
   * runs, alone. Default: no limit. With `window` it keeps a run of long documents from filling
   * memory the way a run of short ones would not.
   */
  windowSize?: number;
  /**
   * Tasks posted to a worker before its first answer comes back (default 1). With 2, a worker
   * finds its next task already waiting when it finishes one, instead of idling until this
   * thread, busy with the results, posts it. The worker must answer its tasks in the order they
   * came; when it crashes, every task it holds yields the `Error`.
   */
  depth?: number;
  /** V8 heap limits of each worker thread (see `node:worker_threads`); default Node's own. */
  resourceLimits?: ResourceLimits;
}

interface Slot<R> {
  done: boolean;
  size: number;
  value?: R;
  error?: Error;
}

/** Default worker count: one per core. */
export function defaultJobs(): number {
  return Math.max(1, cpus().length);
}

/**
 * Runs `workerUrl` in `jobs` threads over `tasks` and yields the results in input order. At most
 * `window` tasks are read ahead, so memory stays flat however many tasks there are. The worker
 * receives each task as a message and posts back exactly one result message. A task whose worker
 * crashes yields an `Error` and the worker is replaced: the stream never stops for one task.
 */
export async function* mapOrdered<T, R>(
  tasks: AsyncIterable<T> | Iterable<T>,
  workerUrl: URL,
  options: PoolOptions<T> = {},
): AsyncGenerator<R | Error> {
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  const depth = Math.max(1, options.depth ?? 1);
  const window = Math.max(jobs * depth, options.window ?? jobs * 8);
  const windowSize = options.windowSize ?? Infinity;
  const sizeOf = options.sizeOf ?? (() => 0);
  const idle: Worker[] = [];
  const slots = new Map<number, Slot<R>>();
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const queue: Array<{ seq: number; task: T }> = [];
  // The tasks each worker holds, oldest first: it answers them in this order.
  const current = new Map<Worker, number[]>();

  // `idle` lists a worker once per task it can still take (up to `depth`); a task goes to the
  // worker holding the fewest, so that with 2 workers of depth 2 the first two tasks start at once.
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      let pick = 0;
      for (let i = 1; i < idle.length; i++)
        if (current.get(idle[i]!)!.length < current.get(idle[pick]!)!.length) pick = i;
      const worker = idle.splice(pick, 1)[0]!;
      const { seq, task } = queue.shift()!;
      current.get(worker)!.push(seq);
      worker.postMessage(task);
    }
  };
  const finish = (seq: number | undefined, fill: (slot: Slot<R>) => void) => {
    const slot = seq === undefined ? undefined : slots.get(seq);
    if (slot) {
      slot.done = true;
      fill(slot);
    }
  };
  // Every worker, first or replacement, gets the same listeners.
  const hire = (): Worker => {
    const worker = new Worker(workerUrl, options.resourceLimits ? { resourceLimits: options.resourceLimits } : {});
    current.set(worker, []);
    worker.on('message', (msg: R) => {
      finish(current.get(worker)!.shift(), (slot) => (slot.value = msg));
      idle.push(worker);
      dispatch();
      notify();
    });
    worker.on('error', (err) => {
      // A crashed worker (an exception, or out of memory under `resourceLimits`) fails the tasks
      // it holds; the pool replaces it so the stream goes on.
      const error = err instanceof Error ? err : new Error(String(err));
      for (const seq of current.get(worker)!) finish(seq, (slot) => (slot.error = error));
      current.delete(worker);
      for (let i = idle.indexOf(worker); i >= 0; i = idle.indexOf(worker)) idle.splice(i, 1);
      workers[workers.indexOf(worker)] = hire();
      dispatch();
      notify();
    });
    for (let i = 0; i < depth; i++) idle.push(worker);
    return worker;
  };
  const workers: Worker[] = [];
  for (let i = 0; i < jobs; i++) workers.push(hire());

  let next = 0;
  let read = 0;
  // Total size of the tasks read and not yet emitted.
  let size = 0;
  const iterator = (
    Symbol.asyncIterator in Object(tasks)
      ? (tasks as AsyncIterable<T>)[Symbol.asyncIterator]()
      : (tasks as Iterable<T>)[Symbol.iterator]()
  ) as AsyncIterator<T> | Iterator<T>;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && read - next < window && (read === next || size < windowSize)) {
        const r = await iterator.next();
        if (r.done) {
          exhausted = true;
          break;
        }
        const taskSize = sizeOf(r.value);
        size += taskSize;
        slots.set(read, { done: false, size: taskSize });
        queue.push({ seq: read++, task: r.value });
        dispatch();
      }
      if (next === read && exhausted) return;
      const slot = slots.get(next)!;
      if (!slot.done) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      slots.delete(next++);
      size -= slot.size;
      yield slot.error ?? (slot.value as R);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
