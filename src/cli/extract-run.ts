import { extract } from '../extract/index.js';
import type { Extraction, SourceDocument } from '../model.js';
import type { ExtractOptions } from './extract.js';
import { runTasks } from '../parallel/run-tasks.js';
import { LINE_WORKER_LIMITS, runJsonl } from './extract-jsonl.js';
import { explainExtraction } from './explain.js';
import { write } from './format.js';
import { defaultThreads } from './ledger-options.js';
import { UsageError } from './options.js';
import { terminalFor } from './terminal.js';
import {
  DEFAULT_MAX_BYTES,
  InputError,
  readDocument,
  readDocumentFromBytes,
  readStreamBytes,
} from '../ingest/index.js';

/** How standard input is named in error lines; its documents keep the origin "-". */
const STDIN = '-';
const STDIN_LABEL = '<stdin>';

/** The rule of the note extraction leaves on a document in a language its rules do not cover. */
const LANGUAGE_NOTE = 'metadata/language-not-covered';

/**
 * `crosscheck extract`: reads each FILE (or standard input) in order and prints one contract
 * JSON object per document. A file that cannot be read gets one line `crosscheck: PATH: reason`
 * on standard error and the others go on; the exit status is then 1. Resolves to the exit status.
 */
export async function runExtract(values: ExtractOptions, positionals: string[]): Promise<number> {
  const published = values.published ?? null;
  const maxBytes = values['max-bytes'] ?? DEFAULT_MAX_BYTES;
  const jobs = values.jobs ?? null;
  // One document is printed as one string: its JSON, or its explanation laid out for this terminal.
  const terminal = terminalFor(values);
  let shown = 0;
  const show = (x: Extraction) =>
    values.explain ? `${shown++ ? '\n' : ''}${explainExtraction(x, terminal).trimEnd()}\n` : JSON.stringify(x) + '\n';
  if (values.jsonl) {
    if (positionals.length > 0) throw new UsageError('--jsonl reads standard input only; give no FILE');
    if (process.stdin.isTTY) process.stderr.write(HINT_JSONL);
    await runJsonl(process.stdin, process.stdout, jobs ?? 1, { published }, maxBytes);
    return 0;
  }
  const files = positionals.length > 0 ? positionals : [STDIN];
  const threads = files.includes(STDIN) ? 1 : (jobs ?? defaultThreads(files.length));
  if (threads > 1) return _extractInThreads(files, threads, published, maxBytes, values.explain ? show : null);
  let status = 0;
  for (const file of files) {
    let doc: SourceDocument;
    try {
      if (file === STDIN && process.stdin.isTTY) process.stderr.write(HINT_STDIN);
      doc =
        file === STDIN
          ? await readDocumentFromBytes(await readStreamBytes(process.stdin, maxBytes), STDIN, { maxBytes })
          : await readDocument(file, { maxBytes });
    } catch (e) {
      // Only a user's input problem becomes a one-line message; anything else is a bug to show.
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`crosscheck: ${file === STDIN ? STDIN_LABEL : file}: ${e.message}\n`);
      status = 1;
      continue;
    }
    const x = extract(doc, { published });
    const note = x.messages.find((m) => m.rule === LANGUAGE_NOTE);
    if (note) _warn(file, note.reason);
    await write(process.stdout, show(x));
  }
  return status;
}

/** Said on a terminal when extract waits for a document typed or pasted in. */
const HINT_STDIN = 'crosscheck extract: reading an article from standard input; end with Ctrl-D (or give a FILE)\n';
const HINT_JSONL = 'crosscheck extract: reading JSON Lines from standard input, one article a line; end with Ctrl-D\n';

function _warn(file: string, reason: string): void {
  process.stderr.write(`crosscheck: ${file === STDIN ? STDIN_LABEL : file}: warning: ${reason}\n`);
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
    } else {
      const line = r.value as string;
      // The note is rare: only a line that holds it is parsed again to read it.
      if (line.includes(`"rule":"${LANGUAGE_NOTE}"`))
        _warn(file, (JSON.parse(line) as Extraction).messages.find((m) => m.rule === LANGUAGE_NOTE)!.reason);
      await write(process.stdout, explain ? explain(JSON.parse(line) as Extraction) : line + '\n');
    }
  }
  return status;
}
