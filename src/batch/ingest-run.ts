import type { ExtractOptions } from '../model.js';
import { documentId, languageNote } from '../extract/index.js';
import type { ExtractTask } from '../parallel/extract-task.js';
import { runTasks } from '../parallel/run-tasks.js';
import type { Ledger, StoreOutcome } from '../store/ledger.js';
import type { DocumentRows } from '../store/rows.js';
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
 * results through one writer in batched transactions. Failures are collected, never thrown; the
 * rest of the batch goes on. Memory stays flat: inputs are streamed and at most a window of
 * documents is in flight.
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
      if (!redate && ledger.seen(id, item.doc.origin)) {
        summary.duplicates++;
        options.onProgress?.(summary, ++finished);
        continue;
      }
      pending.push({ origin: item.doc.origin, url: item.url, path: item.path, text: item.doc.text, redate });
      yield { kind: 'doc', doc: item.doc, options: options.extract ?? {} };
    }
  }
  const results = runTasks(tasks(), options.jobs);

  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const batchMs = options.batchMs ?? 1000;
  const batchChars = options.batchChars ?? 4 * 1024 * 1024;
  // Documents are stored as their results arrive, into a transaction left open until the batch is
  // full, so no result waits in memory for its commit (200 long documents would) and memory does
  // not grow with the batch size. A kill still loses only the open transaction.
  let open = 0;
  let chars = 0;
  let batchStarted = 0;
  const count: Record<StoreOutcome, keyof IngestSummary> = {
    stored: 'stored',
    duplicate: 'duplicates',
    version: 'versions',
  };
  const commit = () => {
    if (open === 0) return;
    ledger.commit();
    open = chars = 0;
  };
  try {
    for await (const r of results) {
      const p = pending.shift()!;
      if (r instanceof Error) fail(p.origin, `extraction failed: ${r.message}`);
      else if (!r.ok) fail(p.origin, r.error);
      else {
        if (open++ === 0) {
          ledger.begin();
          batchStarted = Date.now();
        }
        const rows = r.value as DocumentRows;
        const note = languageNote(rows.language);
        if (note) summary.warnings.push({ origin: p.origin, reason: note.reason });
        if (p.redate && rows.published === p.redate) {
          ledger.seen(rows.id, p.origin);
          ledger.redate(rows.id, p.redate, rows);
          summary.redated++;
        } else (summary[count[ledger.storeRows(rows, p.text, p.origin, { url: p.url, path: p.path })]] as number)++;
        chars += p.text.length;
      }
      if (open >= batchSize || chars >= batchChars || (open > 0 && Date.now() - batchStarted >= batchMs)) commit();
      options.onProgress?.(summary, ++finished);
    }
    commit();
  } catch (e) {
    ledger.rollback();
    throw e;
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
