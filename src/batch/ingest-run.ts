import type { ExtractOptions } from '../model.js';
import { documentId, languageNote } from '../extract/index.js';
import type { ExtractTask } from '../parallel/extract-task.js';
import { runTasks } from '../parallel/run-tasks.js';
import type { Ledger } from '../store/ledger.js';
import type { DocumentRows } from '../store/rows.js';
import { BatchWriter, type WriteOutcome } from './batch-writer.js';
import { readInputs, type InputItem, type Readers } from './inputs.js';

/** What an ingest run did. `read` counts documents read successfully. */
export interface IngestSummary {
  read: number;
  stored: number;
  duplicates: number;
  versions: number;
  /** Stored texts that had no publication date and took the one given with `--published`. */
  redated: number;
  failed: number;
  failures: Array<{ origin: string; reason: string }>;
  /** Files in folders and patterns left out: no articles (README, LICENSE, dot-files) or excluded. */
  skipped: number;
  skips: Array<{ origin: string; reason: string }>;
  /** Documents stored with a note the user should see: a language the rules do not cover. */
  warnings: Array<{ origin: string; reason: string }>;
  seconds: number;
}

export interface IngestOptions {
  readers: Readers;
  /** Worker threads for extraction; 1 runs in this thread. */
  jobs: number;
  extract?: ExtractOptions;
  /** Most documents per transaction (default {@link DEFAULT_BATCH_SIZE}). Each document is stored with all its claims or not at all. */
  batchSize?: number;
  /**
   * Most characters of document text per transaction (default 4 M, about 4–8 MB of text): bounds
   * what one commit writes and a kill loses when documents are long.
   */
  batchChars?: number;
  /**
   * Longest a finished document waits for its transaction, in ms (default 1000): on a slow stream
   * a batch is committed early, so a crash or kill loses at most about this much work.
   */
  batchMs?: number;
  /**
   * Called after each item with the summary so far and how many items are done: documents
   * extracted (stored or failed) plus inputs that could not be read.
   */
  onProgress?: (s: IngestSummary, done: number) => void;
}

/** Most documents per transaction unless {@link IngestOptions.batchSize} says otherwise. */
export const DEFAULT_BATCH_SIZE = 200;

interface Pending {
  id: string;
  origin: string;
  url: string | null;
  path?: string;
  text: string;
  /** Set when the text is stored already without a date, and is extracted again to take `--published`. */
  redate?: string;
}

/**
 * Reads every input (paths, globs and URLs as the command line gives them, or items already read,
 * e.g. an upload's), extracts each document (in worker threads when `jobs` > 1) and stores the
 * results through one writer in batched transactions (see {@link BatchWriter}). Failures are
 * collected, never thrown; the rest of the batch goes on. Memory stays flat: inputs are streamed
 * and at most a window of documents is in flight. Throws only for the ledger itself (a
 * `LedgerError`: locked by another process for longer than the busy timeout).
 */
export async function runIngest(
  inputs: string[] | AsyncIterable<InputItem>,
  ledger: Ledger,
  options: IngestOptions,
): Promise<IngestSummary> {
  const started = Date.now();
  const summary: IngestSummary = {
    read: 0,
    stored: 0,
    duplicates: 0,
    versions: 0,
    redated: 0,
    failed: 0,
    failures: [],
    skipped: 0,
    skips: [],
    warnings: [],
    seconds: 0,
  };
  const fail = (origin: string, reason: string) => {
    summary.failed++;
    summary.failures.push({ origin, reason });
  };
  const count: Record<WriteOutcome, 'stored' | 'duplicates' | 'versions' | 'redated'> = {
    stored: 'stored',
    duplicate: 'duplicates',
    version: 'versions',
    redated: 'redated',
  };
  const writer = new BatchWriter(
    ledger,
    {
      size: options.batchSize ?? DEFAULT_BATCH_SIZE,
      chars: options.batchChars ?? 4 * 1024 * 1024,
      ms: options.batchMs ?? 1000,
    },
    (outcome) => summary[count[outcome]]++,
  );
  // Pending documents in the order their tasks were issued; results come back in that order.
  const pending: Pending[] = [];
  // Items done: documents extracted (stored or failed), known texts skipped, inputs that could not be read.
  let finished = 0;
  async function* tasks(): AsyncGenerator<ExtractTask> {
    const items = Array.isArray(inputs) ? readInputs(inputs, options.readers) : inputs;
    for await (const item of items as AsyncIterable<InputItem>) {
      if (item.kind === 'skipped') {
        summary.skipped++;
        summary.skips.push({ origin: item.origin, reason: item.reason });
        continue;
      }
      if (item.kind === 'error') {
        fail(item.origin, item.reason);
        options.onProgress?.(summary, ++finished);
        continue;
      }
      summary.read++;
      // A text stored before (e.g. by an interrupted run of the same command) is not extracted
      // again, unless it has no date and one is given now: then its claims are made again with it.
      const id = documentId(item.doc.text);
      const published = options.extract?.published;
      const redate = published && ledger.publishedOf(id) === null ? published : undefined;
      // Its new origin is written with the next batch.
      if (!redate && ledger.has(id)) {
        writer.add({ id, rows: null, text: '', origin: item.doc.origin, url: null });
        options.onProgress?.(summary, ++finished);
        continue;
      }
      pending.push({ id, origin: item.doc.origin, url: item.url, path: item.path, text: item.doc.text, redate });
      yield { kind: 'doc', doc: item.doc, options: options.extract ?? {} };
    }
  }
  const results = runTasks(tasks(), options.jobs)[Symbol.asyncIterator]();
  try {
    for (;;) {
      const r = await results.next();
      // A batch committed on the timer may have failed (the ledger locked by another process for
      // longer than the busy timeout): that ends the run.
      writer.throwIfFailed();
      if (r.done) break;
      const p = pending.shift()!;
      const value = r.value;
      if (value instanceof Error) fail(p.origin, `extraction failed: ${value.message}`);
      else if (!value.ok) fail(p.origin, value.error);
      else {
        const rows = value.value as DocumentRows;
        const note = languageNote(rows.language);
        if (note) summary.warnings.push({ origin: p.origin, reason: note.reason });
        writer.add({
          id: p.id,
          rows,
          text: p.text,
          origin: p.origin,
          url: p.url,
          path: p.path,
          redate: p.redate && rows.published === p.redate ? p.redate : undefined,
        });
      }
      options.onProgress?.(summary, ++finished);
    }
    writer.flush();
    // A bulk run leaves the full-text index in many segments, which every search walks.
    ledger.mergeSearchIndexAfter(summary.stored);
  } catch (e) {
    writer.discard();
    await results.return?.(undefined);
    throw e;
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
