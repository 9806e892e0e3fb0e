import { createReadStream } from 'node:fs';
import { expandInputs, type Readers } from './inputs.js';

/** Extensions of files that hold one article per line. */
const LINE_PER_ARTICLE = ['.jsonl'];
/** Extensions of containers whose article count is only known after parsing them (feeds, archives). */
const UNCOUNTED = ['.xml', '.rss', '.atom', '.warc', '.warc.gz'];

const NEWLINE = 0x0a;

/** Non-empty lines of a file, counted over raw bytes (a 300 MB file takes a fraction of a second). */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  let blank = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] === NEWLINE) {
        if (!blank) lines++;
        blank = true;
      } else blank = false;
    }
  }
  return blank ? lines : lines + 1;
}

/**
 * How many items an ingest of `args` will process (documents plus inputs that fail to open), for a
 * progress bar's total and ETA. Null when it cannot be known cheaply: URLs, feeds and WARC
 * archives, whose items are only known after reading them. Lists the inputs again rather than
 * buffering them, so the ingest itself still streams.
 */
export async function countInputs(args: string[], readers: Readers): Promise<number | null> {
  let total = 0;
  for await (const src of expandInputs(args, readers)) {
    if (src.kind === 'url') return null;
    if (src.kind === 'skipped') continue;
    if (src.kind === 'error') {
      total++;
      continue;
    }
    const lower = src.path.toLowerCase();
    if (UNCOUNTED.some((ext) => lower.endsWith(ext))) return null;
    total += LINE_PER_ARTICLE.some((ext) => lower.endsWith(ext)) ? await countLines(src.path).catch(() => 1) : 1;
  }
  return total;
}
