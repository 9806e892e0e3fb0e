import { describe, expect, it } from 'vitest';
import { extract } from '../extract/index.js';
import { documentRows } from '../store/rows.js';
import type { ExtractTask, TaskResult } from './extract-task.js';
import { runTasks } from './run-tasks.js';

// A stand-in for the extraction worker, as a data: URL so the test needs no built file. It answers
// a batch the way the real worker does (one result per task, in order), except that a batch holding
// the document "oom" allocates until V8 stops the thread (ERR_WORKER_OUT_OF_MEMORY), and one
// holding "crash" throws.
const WORKER = new URL(
  'data:text/javascript,' +
    encodeURIComponent(`
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (batch) => {
  const origins = batch.map((t) => t.doc.origin);
  if (origins.includes('oom')) {
    const hog = [];
    for (;;) hog.push(new Array(100000).fill(hog.length));
  }
  if (origins.includes('crash')) throw new Error('the worker crashed');
  parentPort.postMessage(batch.map((t) => ({ ok: true, value: 'worker: ' + t.doc.origin })));
});`),
);
const LIMITS = { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 };

const REPORTS: Record<string, string> = {
  oom: 'Shelling of the Dornwick market killed at least 14 people on Tuesday, the regional health department said.\n',
  crash: 'More than 2,000 residents have fled Kelmar since Sunday, according to the district council.\n',
  plain: 'Three aid workers were detained at the Perrow crossing on Monday, the Northern Command said.\n',
};

function task(origin: string): ExtractTask {
  return {
    kind: 'doc',
    doc: { origin, text: REPORTS[origin] ?? REPORTS.plain!, meta: { published: '2025-04-10' } },
    options: {},
  };
}

async function collect(tasks: ExtractTask[], onRetry?: (t: ExtractTask) => void): Promise<Array<TaskResult | Error>> {
  const out: Array<TaskResult | Error> = [];
  for await (const r of runTasks(tasks, 2, { workerUrl: WORKER, resourceLimits: LIMITS, onRetry })) out.push(r);
  return out;
}

describe('runTasks in worker threads', () => {
  it('passes the workers’ results through, in order', async () => {
    const out = await collect(['a', 'b', 'c'].map(task));
    expect(out).toEqual(['a', 'b', 'c'].map((o) => ({ ok: true, value: `worker: ${o}` })));
  });

  it('extracts again in this thread every task of a batch whose worker ran out of memory', async () => {
    const retried: string[] = [];
    const tasks = ['before', 'oom', 'after'].map(task);
    const out = await collect(tasks, (t) => retried.push((t as { doc: { origin: string } }).doc.origin));
    // Read together, the three tasks went as one batch: all three are extracted here, in order.
    expect(retried).toEqual(['before', 'oom', 'after']);
    expect(out).toHaveLength(3);
    for (const [i, r] of out.entries()) {
      const t = tasks[i] as Extract<ExtractTask, { kind: 'doc' }>;
      expect(r).toEqual({ ok: true, value: documentRows(extract(t.doc)) });
    }
    // The document that ran the worker out of memory is stored with its claim: 14 killed, attributed.
    const rows = (out[1] as { value: ReturnType<typeof documentRows> }).value;
    expect(rows.figures.slice(0, 2)).toEqual(['killed', 14]);
    expect(rows.figures).toContain('the regional health department');
  });

  it('fails every task of a batch whose worker crashed otherwise, and goes on', async () => {
    const retried: ExtractTask[] = [];
    const out = await collect(['crash', 'plain'].map(task), (t) => retried.push(t));
    expect(retried).toEqual([]);
    expect(out.map((r) => (r instanceof Error ? r.message : r))).toEqual(['the worker crashed', 'the worker crashed']);
    expect(await collect(['later'].map(task))).toEqual([{ ok: true, value: 'worker: later' }]);
  });
});
