import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ExtractOptions } from '../model.js';
import type { ExtractTask } from '../parallel/extract-task.js';
import { runTasks } from '../parallel/run-tasks.js';
import { write } from './format.js';

/** Counts of a batch run: lines read and lines answered with an error record. */
export interface JsonlCounts {
  lines: number;
  errors: number;
}

/**
 * The batch interface of CONTRACT.md: JSON Lines in, exactly one line out per line in, in order.
 * A line that cannot be parsed or processed gets `{"error": reason, "line": N}` (N counts from 1)
 * and the stream goes on. Input is read as it is consumed and output honours back-pressure, so
 * memory stays flat however long the stream.
 */
export async function runJsonl(input: Readable, output: Writable, jobs: number, options: ExtractOptions = {}): Promise<JsonlCounts> {
  const counts: JsonlCounts = { lines: 0, errors: 0 };
  async function* tasks(): AsyncGenerator<ExtractTask> {
    const rl = createInterface({ input, crlfDelay: Infinity });
    for await (const line of rl) yield { kind: 'record', line, lineNo: ++counts.lines, options };
  }
  let n = 0;
  for await (const r of runTasks(tasks(), jobs)) {
    n++;
    // Records never fail their task (a bad record is an error line), so only a crashed worker lands here.
    const out = r instanceof Error || !r.ok ? JSON.stringify({ error: r instanceof Error ? r.message : r.error, line: n }) : (r.value as string);
    if (out.startsWith('{"error"')) counts.errors++;
    await write(output, out + '\n');
  }
  return counts;
}
