import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { extract } from '../extract/index.js';
import type { Extraction, SourceDocument } from '../model.js';
import { explainExtraction } from './explain.js';
import { colorFlag, terminalOf } from './terminal.js';
import { runTasks } from '../parallel/run-tasks.js';
import { LINE_WORKER_LIMITS, runJsonl } from './extract-jsonl.js';
import {
  DEFAULT_MAX_BYTES,
  InputError,
  isIsoDay,
  readDocument,
  readDocumentFromBytes,
  readStreamBytes,
} from '../ingest/index.js';

/**
 * Number of FILE arguments from which extraction runs in one thread per core unless --jobs says
 * otherwise. Each thread compiles the pipeline anew, which costs a few seconds of CPU before it
 * runs at full speed: on the benchmark's short articles two threads only beat one from about
 * 10,000 texts on (30,000 JSONL records: 15.6 s against 19.5 s wall on 2 cores).
 */
const THREADS_FROM_FILES = 5000;

/** Help text of `crosscheck extract`, printed by `--help` and after a usage error. */
export const usage = `Usage: crosscheck extract [FILE ...] --json [--published YYYY-MM-DD] [--max-bytes N]
       crosscheck extract FILE ... --explain
       crosscheck extract --jsonl < articles.jsonl > claims.jsonl

Extracts attributed figures, statements and entities from news reports.
FILE may be plain text (UTF-8 or a detected legacy encoding), Markdown, or an HTML page.
With no FILE, or FILE "-", reads one document from standard input.

Options:
  --json                 one JSON object per document, one per line (JSON Lines; the default)
  --jsonl                batch mode: JSON Lines in, one output line per input line
  --explain              for people: each figure and statement with its words underlined in its
                         sentence and the rule that decided each field
  --color, --no-color    colour --explain's marks (default: on a terminal, unless NO_COLOR is set)
  --published DATE       publication date (YYYY-MM-DD) when the document gives none
  --max-bytes N          largest input read, in bytes (default ${DEFAULT_MAX_BYTES}, i.e. 20 MB)
  --jobs N               extraction threads; output order is kept (default 1, or one per core
                         when given ${THREADS_FROM_FILES} files or more)
  -h, --help             show this help`;

/** How standard input is named in error lines; its documents keep the origin "-". */
const STDIN = '-';
const STDIN_LABEL = '<stdin>';
const BYTE_COUNT = /^[1-9]\d*$/;

/**
 * `crosscheck extract`: reads each FILE (or standard input) in order and prints one contract
 * JSON object per document. A file that cannot be read gets one line `crosscheck: PATH: reason`
 * on standard error and the others go on; the exit status is then 1. Resolves to the exit status.
 */
export async function run(argv: string[]): Promise<number> {
  let values: {
    json?: boolean;
    jsonl?: boolean;
    explain?: boolean;
    color?: boolean;
    'no-color'?: boolean;
    published?: string;
    'max-bytes'?: string;
    jobs?: string;
    help?: boolean;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        explain: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        published: { type: 'string' },
        'max-bytes': { type: 'string' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return _usageError((e as Error).message);
  }
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const published = values.published ?? null;
  if (published !== null && !isIsoDay(published)) {
    return _usageError(`--published must be a date written YYYY-MM-DD, got "${published}"`);
  }
  const maxBytesFlag = values['max-bytes'];
  if (maxBytesFlag !== undefined && !BYTE_COUNT.test(maxBytesFlag)) {
    return _usageError(`--max-bytes must be a whole number of bytes, got "${maxBytesFlag}"`);
  }
  const maxBytes = maxBytesFlag === undefined ? DEFAULT_MAX_BYTES : Number(maxBytesFlag);
  const jobs = values.jobs === undefined ? null : Number(values.jobs);
  if (jobs !== null && (!Number.isInteger(jobs) || jobs < 1))
    return _usageError(`--jobs must be a whole number of at least 1, got "${values.jobs}"`);
  if (values.explain && (values.json || values.jsonl))
    return _usageError(`--explain prints for people and --${values.json ? 'json' : 'jsonl'} for programs: choose one`);
  // One document is printed as one string: JSON, or the explanation laid out for this terminal.
  const terminal = terminalOf(process.stdout, process.env, colorFlag(values));
  const show = values.explain
    ? (x: Extraction) => explainExtraction(x, terminal).trimEnd() + '\n'
    : (x: Extraction) => JSON.stringify(x);
  if (values.jsonl) {
    if (positionals.length > 0) return _usageError('--jsonl reads standard input only; give no FILE');
    await runJsonl(process.stdin, process.stdout, jobs ?? 1, { published });
    return 0;
  }

  const files = positionals.length > 0 ? positionals : [STDIN];
  const threads = files.includes(STDIN)
    ? 1
    : (jobs ?? (files.length >= THREADS_FROM_FILES ? availableParallelism() : 1));
  let status = 0;
  // "crosscheck extract *.html | head -1": the reader left; stop quietly instead of a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(status);
  });
  if (threads > 1) return _extractInThreads(files, threads, published, maxBytes, values.explain ? show : null);
  for (const file of files) {
    let doc: SourceDocument;
    try {
      doc =
        file === STDIN
          ? readDocumentFromBytes(await readStreamBytes(process.stdin, maxBytes), STDIN, { maxBytes })
          : await readDocument(file, { maxBytes });
    } catch (e) {
      // Only a user's input problem becomes a one-line message; anything else is a bug to show.
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`crosscheck: ${file === STDIN ? STDIN_LABEL : file}: ${e.message}\n`);
      status = 1;
      continue;
    }
    await _writeLine(show(extract(doc, { published })));
  }
  return status;
}

/**
 * The files read and extracted in `threads` worker threads, output in the order given: a file
 * that cannot be read gets its one line on standard error, as in one thread. Resolves to the exit status.
 */
async function _extractInThreads(
  files: readonly string[],
  threads: number,
  published: string | null,
  maxBytes: number,
  explain: ((x: Extraction) => string) | null,
): Promise<number> {
  let status = 0;
  let i = 0;
  const tasks = files.map((path) => ({ kind: 'file' as const, path, options: { published }, maxBytes }));
  for await (const r of runTasks(tasks, threads, { resourceLimits: LINE_WORKER_LIMITS })) {
    const file = files[i++]!;
    if (r instanceof Error || !r.ok) {
      process.stderr.write(`crosscheck: ${file}: ${r instanceof Error ? r.message : r.error}\n`);
      status = 1;
    } else await _writeLine(explain ? explain(JSON.parse(r.value as string) as Extraction) : (r.value as string));
  }
  return status;
}

function _usageError(reason: string): number {
  process.stderr.write(`crosscheck extract: ${reason}\n\n${usage}\n`);
  return 1;
}

/** Writes one line, waiting when the reader is slower than we are, so output never piles up in memory. */
function _writeLine(line: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(line + '\n')) resolve();
    else process.stdout.once('drain', resolve);
  });
}
