import type { Readable, Writable } from 'node:stream';
import type { ResourceLimits } from 'node:worker_threads';
import type { ExtractOptions } from '../model.js';
import type { ExtractTask } from '../parallel/extract-task.js';
import { readLines } from '../batch/read-lines.js';
import { runTasks } from '../parallel/run-tasks.js';
import { write } from './format.js';
import { DEFAULT_MAX_BYTES } from '../ingest/read-document.js';

/**
 * V8 limits of each extraction thread of `extract` (`--jsonl` and files): a larger old generation than `ingest`'s 32 MB.
 * A record's result is its whole output line (a JSON string often several times the text), and a
 * batch's results are held until the batch is answered: under 32 MB the threads spent a third of
 * their time collecting garbage and ran out of memory on batches of long records, which were then
 * extracted again in the main thread (10,000 bench texts, 2 threads: 29 s of CPU against 10 s in
 * one thread). With 64 MB none ran out and the run took 14 s of CPU; 128 MB was no faster.
 */
export const LINE_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 };

/** Counts of a batch run: lines read and lines answered with an error record. */
export interface JsonlCounts {
  lines: number;
  errors: number;
}

/**
 * The batch interface of CONTRACT.md: JSON Lines in, exactly one line out per line in, in order.
 * A line that cannot be parsed or processed gets `{"error": reason, "line": N}` (N counts from 1)
 * and the stream goes on; so does a line over `maxBytes` (default 20 MB). Input is read as it is consumed and output honours back-pressure, so
 * memory stays flat however long the stream.
 */
export async function runJsonl(
  input: Readable,
  output: Writable,
  jobs: number,
  options: ExtractOptions = {},
  maxBytes: number = DEFAULT_MAX_BYTES,
): Promise<JsonlCounts> {
  const counts: JsonlCounts = { lines: 0, errors: 0 };
  async function* tasks(): AsyncGenerator<ExtractTask> {
    // A line over maxBytes is never held in memory: its task only carries its length.
    for await (const line of readLines(input, { maxBytes }))
      yield { kind: 'record', line, lineNo: ++counts.lines, options, maxBytes };
  }
  let n = 0;
  for await (const r of runTasks(tasks(), jobs, { resourceLimits: LINE_WORKER_LIMITS })) {
    n++;
    // Records never fail their task (a bad record is an error line), so only a crashed worker lands here.
    const out =
      r instanceof Error || !r.ok
        ? JSON.stringify({ error: r instanceof Error ? r.message : r.error, line: n })
        : (r.value as string);
    if (out.startsWith('{"error"')) counts.errors++;
    await write(output, out + '\n');
  }
  return counts;
}
