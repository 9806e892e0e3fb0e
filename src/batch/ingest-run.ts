import type { ExtractOptions } from '../model.js';
import { documentId } from '../extract/index.js';
import type { ExtractTask } from '../parallel/extract-task.js';
import { runTasks } from '../parallel/run-tasks.js';
import type { Ledger, StoreOutcome } from '../store/ledger.js';
import type { DocumentRows } from '../store/rows.js';
import { BatchWriter } from './batch-writer.js';
import { readInputs, type InputItem, type Readers } from './inputs.js';

/** What an ingest run did. `read` counts documents read successfully. */
export interface IngestSummary {
  read: number;
  stored: number;
  duplicates: number;
  versions: number;
  failed: number;
  failures: Array<{ origin: string; reason: string }>;
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
  text: string;
}

/**
 * Reads every input, extracts each document (in worker threads when `jobs` > 1) and stores the
 * results through one writer in batched transactions (see {@link BatchWriter}). Failures are
 * collected, never thrown; the rest of the batch goes on. Memory stays flat: inputs are streamed
 * and at most a window of documents is in flight. Throws only for the ledger itself (a
 * `LedgerError`: locked by another process for longer than the busy timeout).
 */
export async function runIngest(args: string[], ledger: Ledger, options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const summary: IngestSummary = {
    read: 0,
    stored: 0,
    duplicates: 0,
    versions: 0,
    failed: 0,
    failures: [],
    seconds: 0,
  };
  const fail = (origin: string, reason: string) => {
    summary.failed++;
    summary.failures.push({ origin, reason });
  };
  const count: Record<StoreOutcome, 'stored' | 'duplicates' | 'versions'> = {
    stored: 'stored',
    duplicate: 'duplicates',
    version: 'versions',
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
    for await (const item of readInputs(args, options.readers) as AsyncIterable<InputItem>) {
      if (item.kind === 'error') {
        fail(item.origin, item.reason);
        options.onProgress?.(summary, ++finished);
        continue;
      }
      summary.read++;
      const id = documentId(item.doc.text);
      // A text stored before (e.g. by an interrupted run of the same command) is not extracted
      // again; its origin is written with the next batch.
      if (ledger.has(id)) {
        writer.add({ id, rows: null, text: '', origin: item.doc.origin, url: null });
        options.onProgress?.(summary, ++finished);
        continue;
      }
      pending.push({ id, origin: item.doc.origin, url: item.url, text: item.doc.text });
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
      else writer.add({ id: p.id, rows: value.value as DocumentRows, text: p.text, origin: p.origin, url: p.url });
      options.onProgress?.(summary, ++finished);
    }
    writer.flush();
  } catch (e) {
    writer.discard();
    await results.return?.(undefined);
    throw e;
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
