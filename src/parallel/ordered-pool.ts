import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Options for {@link mapOrdered}. */
export interface PoolOptions {
  /** Worker threads; default one per core. */
  jobs?: number;
  /** Most tasks in flight or waiting to be emitted; bounds memory. Default 8 per worker. */
  window?: number;
}

interface Slot<R> {
  done: boolean;
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
export async function* mapOrdered<T, R>(tasks: AsyncIterable<T> | Iterable<T>, workerUrl: URL, options: PoolOptions = {}): AsyncGenerator<R | Error> {
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  const window = Math.max(jobs, options.window ?? jobs * 8);
  const workers = Array.from({ length: jobs }, () => new Worker(workerUrl));
  const idle: Worker[] = [...workers];
  const slots = new Map<number, Slot<R>>();
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const queue: Array<{ seq: number; task: T }> = [];
  const current = new Map<Worker, number>();

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const { seq, task } = queue.shift()!;
      current.set(worker, seq);
      worker.postMessage(task);
    }
  };
  for (const worker of workers) {
    worker.on('message', (msg: R) => {
      const seq = current.get(worker)!;
      current.delete(worker);
      slots.set(seq, { done: true, value: msg });
      idle.push(worker);
      dispatch();
      notify();
    });
    worker.on('error', (err) => {
      // A crashed worker fails its task; the pool replaces it so the stream goes on.
      const seq = current.get(worker);
      current.delete(worker);
      if (seq !== undefined) slots.set(seq, { done: true, error: err instanceof Error ? err : new Error(String(err)) });
      const i = workers.indexOf(worker);
      const fresh = new Worker(workerUrl);
      workers[i] = fresh;
      idle.push(fresh);
      dispatch();
      notify();
    });
  }

  let next = 0;
  let read = 0;
  const iterator = (Symbol.asyncIterator in Object(tasks) ? (tasks as AsyncIterable<T>)[Symbol.asyncIterator]() : (tasks as Iterable<T>)[Symbol.iterator]()) as AsyncIterator<T> | Iterator<T>;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && read - next < window) {
        const r = await iterator.next();
        if (r.done) {
          exhausted = true;
          break;
        }
        slots.set(read, { done: false });
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
      yield slot.error ?? (slot.value as R);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
