import { describe, expect, it } from 'vitest';
import { mapOrdered } from './ordered-pool.js';

// A worker as a data: URL, so the test needs no built file: it doubles a number after a delay that
// makes later tasks finish first, and dies on a negative number (an uncaught exception).
const WORKER = new URL(
  'data:text/javascript,' +
    encodeURIComponent(`
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (n) => {
  if (n < 0) throw new Error('cannot double ' + n);
  setTimeout(() => parentPort.postMessage(n * 2), (7 - (n % 7)) * 3);
});`),
);

// The same, answering its messages in the order they came (as a worker given `depth` > 1 must):
// each answer waits for the one before it.
const FIFO_WORKER = new URL(
  'data:text/javascript,' +
    encodeURIComponent(`
import { parentPort } from 'node:worker_threads';
let last = Promise.resolve();
parentPort.on('message', (n) => {
  if (n < 0) throw new Error('cannot double ' + n);
  last = last.then(() => new Promise((ok) => setTimeout(ok, (7 - (n % 7)) * 3))).then(() => parentPort.postMessage(n * 2));
});`),
);

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('mapOrdered', () => {
  it('yields results in input order although later tasks finish first', async () => {
    const input = Array.from({ length: 40 }, (_, i) => i);
    expect(await collect(mapOrdered<number, number>(input, WORKER, { jobs: 2 }))).toEqual(input.map((n) => n * 2));
  });

  it('turns a crashed worker into an Error for its task and goes on with a new worker', async () => {
    const out = await collect(mapOrdered<number, number>([1, -1, 2, 3, -2, 4, 5, 6], WORKER, { jobs: 2 }));
    expect(out.map((r) => (r instanceof Error ? r.message : r))).toEqual([
      2,
      'cannot double -1',
      4,
      6,
      'cannot double -2',
      8,
      10,
      12,
    ]);
  });

  it('with two tasks per worker, keeps the input order and fails both tasks a crashed worker held', async () => {
    const input = Array.from({ length: 40 }, (_, i) => i);
    expect(await collect(mapOrdered<number, number>(input, FIFO_WORKER, { jobs: 2, depth: 2 }))).toEqual(
      input.map((n) => n * 2),
    );
    // Tasks go to the worker holding the fewest: 6 and 5 start on different workers, -1 joins 6's
    // and kills that worker at once, before it answers 6 (due 3 ms later): both fail.
    const out = await collect(mapOrdered<number, number>([6, 5, -1, 3, 4, 2], FIFO_WORKER, { jobs: 2, depth: 2 }));
    expect(out.map((r) => (r instanceof Error ? r.message : r))).toEqual([
      'cannot double -1',
      10,
      'cannot double -1',
      6,
      8,
      4,
    ]);
  });

  it('reads ahead no more than the window allows, by count and by size', async () => {
    let read = 0;
    let emitted = 0;
    let most = 0;
    async function* tasks(sizes: number[]) {
      for (const s of sizes) {
        read++;
        most = Math.max(most, read - emitted);
        yield s;
      }
    }
    const run = async (sizes: number[], options: Parameters<typeof mapOrdered<number, number>>[2]) => {
      read = emitted = most = 0;
      for await (const _ of mapOrdered<number, number>(tasks(sizes), WORKER, options)) emitted++;
      return most;
    };
    expect(await run(Array(30).fill(5), { jobs: 2, window: 6 })).toBe(6);
    // Tasks of size 5 under a size window of 12: a third task is read only once the total is below 12.
    expect(await run(Array(30).fill(5), { jobs: 2, window: 6, sizeOf: (n) => n, windowSize: 12 })).toBe(3);
    // A task larger than the whole window still runs, alone: the next is read once it is done.
    expect(await run([100, 1, 1], { jobs: 2, sizeOf: (n) => n, windowSize: 12 })).toBe(2);
    expect(await run([100, 1, 1], { jobs: 2 })).toBe(3);
  });
});
