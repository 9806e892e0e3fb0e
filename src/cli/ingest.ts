import { runIngest, type IngestSummary } from '../batch/ingest-run.js';
import { Progress } from '../batch/progress.js';
import { countInputs } from '../batch/count-inputs.js';
import { defaultReaders } from '../batch/readers.js';
import { updateCrossCheck } from '../compare/index-update.js';
import { defaultJobs } from '../parallel/ordered-pool.js';
import { write } from './format.js';
import { LEDGER_HELP, ledgerOf, parseLedgerArgs, UsageError } from './ledger-options.js';

export const usage = `Usage: crosscheck ingest PATH|GLOB|URL ... [options]

Reads reports and stores every document with its claims in the ledger. PATH may be a file or a
folder (read recursively): .txt, .md, .html, .htm, RSS/Atom feeds (.xml, .rss, .atom), WARC
archives (.warc, .warc.gz) and JSON Lines (.jsonl: one article per line, "text" or "html", with
optional "url", "title", "outlet", "published"). Quote a GLOB to let crosscheck expand it. URLs
(http, https) are fetched; a feed's items are stored one by one.

The same text twice is stored once; the same URL with changed text is stored as a new version
linked to the previous one. Each document is stored with all its claims or not at all, so an
interrupted run can simply be run again.

Options:
${LEDGER_HELP.split('\n')[0]}
  --jobs N               extraction threads (default: one per core, ${defaultJobs()} here)
  --published DATE       publication date (YYYY-MM-DD) for documents that give none
  --max-bytes N          largest file, download, feed, JSONL line or WARC record (default 20000000)
  --timeout SECONDS      give up on a URL after this long, redirects included (default 15)
  --json                 print the summary as JSON
  -h, --help             show this help

Exit status: 0 when every input was read and stored, 1 when any failed (each is listed).`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseLedgerArgs(argv, {
    jobs: { type: 'string' },
    published: { type: 'string' },
    'max-bytes': { type: 'string' },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('ingest needs at least one file, folder, pattern or URL');
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs takes a whole number of at least 1');
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published))
    throw new UsageError('--published takes a date as YYYY-MM-DD');
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0))
    throw new UsageError('--max-bytes takes a positive whole number');
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) throw new UsageError('--timeout takes a positive number of seconds');

  const ledger = ledgerOf(values, false);
  const readers = defaultReaders({ maxBytes, ...(timeout ? { timeoutMs: timeout * 1000 } : {}) });
  const progress = new Progress(process.stderr, 'ingesting');
  // The total (for the bar and ETA) is counted alongside the run, and only when someone watches.
  if (process.stderr.isTTY)
    void countInputs(positionals, readers).then(
      (n) => n !== null && progress.setTotal(n),
      () => undefined,
    );
  let summary: IngestSummary;
  try {
    summary = await runIngest(positionals, ledger, {
      readers,
      jobs,
      extract: { published: values.published ?? null },
      onProgress: (s, done) => progress.update(done, s.failed),
    });
    // Reprint stories and series keys for the documents just stored (only those: see index-update.ts).
    updateCrossCheck(ledger);
  } finally {
    progress.done();
    ledger.close();
  }
  await write(process.stdout, values.json ? JSON.stringify(summary) + '\n' : formatSummary(summary));
  return summary.failed > 0 ? 1 : 0;
}

/** The summary for people: counts on one line, then each failure with its reason. */
export function formatSummary(s: IngestSummary): string {
  const rate = s.seconds > 0 ? ` in ${s.seconds.toFixed(1)}s (${Math.round(s.read / s.seconds)}/s)` : '';
  const lines = [
    `read ${s.read}, stored ${s.stored}, unchanged duplicates ${s.duplicates}, new versions ${s.versions}, failed ${s.failed}${rate}`,
  ];
  for (const f of s.failures) lines.push(`  failed: ${f.origin}: ${f.reason}`);
  return lines.join('\n') + '\n';
}
