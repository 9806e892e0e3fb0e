import type { Extraction, ExtractOptions } from '../model.js';
import type { ExtractTask } from '../parallel/extract-task.js';
import { runTasks } from '../parallel/run-tasks.js';
import type { Ledger, StoreOutcome } from '../store/ledger.js';
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
  /** Documents per transaction. Each document is stored with all its claims or not at all. */
  batchSize?: number;
  /**
   * Called after each item with the summary so far and how many items are done: documents
   * extracted (stored or failed) plus inputs that could not be read.
   */
  onProgress?: (s: IngestSummary, done: number) => void;
}

interface Pending {
  origin: string;
  url: string | null;
}

/**
 * Reads every input, extracts each document (in worker threads when `jobs` > 1) and stores the
 * results through one writer in batched transactions. Failures are collected, never thrown; the
 * rest of the batch goes on. Memory stays flat: inputs are streamed and at most a window of
 * documents is in flight.
 */
export async function runIngest(args: string[], ledger: Ledger, options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const summary: IngestSummary = { read: 0, stored: 0, duplicates: 0, versions: 0, failed: 0, failures: [], seconds: 0 };
  const fail = (origin: string, reason: string) => {
    summary.failed++;
    summary.failures.push({ origin, reason });
  };
  // Pending documents in the order their tasks were issued; results come back in that order.
  const pending: Pending[] = [];
  let unreadable = 0;
  async function* tasks(): AsyncGenerator<ExtractTask> {
    for await (const item of readInputs(args, options.readers) as AsyncIterable<InputItem>) {
      if (item.kind === 'error') {
        fail(item.origin, item.reason);
        unreadable++;
        continue;
      }
      summary.read++;
      pending.push({ origin: item.doc.origin, url: item.url });
      yield { kind: 'doc', doc: item.doc, options: options.extract ?? {} };
    }
  }
  const results = runTasks(tasks(), options.jobs);

  const batchSize = options.batchSize ?? 200;
  let batch: Array<{ x: Extraction; url: string | null }> = [];
  const count: Record<StoreOutcome, keyof IngestSummary> = { stored: 'stored', duplicate: 'duplicates', version: 'versions' };
  const flush = () => {
    if (batch.length === 0) return;
    const outcomes = ledger.transaction(() => batch.map(({ x, url }) => ledger.store(x, { url })));
    for (const o of outcomes) (summary[count[o]] as number)++;
    batch = [];
  };
  let done = 0;
  for await (const r of results) {
    const p = pending.shift()!;
    if (r instanceof Error) fail(p.origin, `extraction failed: ${r.message}`);
    else if (!r.ok) fail(p.origin, r.error);
    else batch.push({ x: r.value as Extraction, url: p.url });
    if (batch.length >= batchSize) flush();
    options.onProgress?.(summary, ++done + unreadable);
  }
  flush();
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
