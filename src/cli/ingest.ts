import type { IngestSummary } from '../batch/ingest-run.js';
import { Progress } from '../batch/progress.js';
import { write } from './format.js';
import { defaultThreads, ledgerOf, OPTION } from './ledger-options.js';
import { defineCommand } from './options.js';

export const { usage, run } = defineCommand({
  name: 'ingest',
  synopsis: 'PATH|GLOB|URL ... [options]',
  summary: `Reads reports and stores every document with its claims in the ledger. PATH may be a file or a
folder (read recursively): .txt, .md, .html, .htm, RSS/Atom feeds (.xml, .rss, .atom), WARC
archives (.warc, .warc.gz) and JSON Lines (.jsonl: one article per line, "text" or "html", with
optional "url", "title", "outlet", "published"). Quote a GLOB to let crosscheck expand it. URLs
(http, https) are fetched; a feed's items are stored one by one. In folders and patterns, files
that are no articles (README, LICENSE, CHANGELOG and the like, and hidden files) are skipped and
counted as skipped.

The same text twice is stored once; the same URL or the same file with changed text is stored as
a new version, and the version before it is marked superseded. A stored text that has no
publication date takes the one given with --published. Each document is stored with all its
claims or not at all, so an interrupted run can simply be run again.`,
  options: {
    db: OPTION.db,
    jobs: OPTION.jobs,
    published: OPTION.published,
    'max-bytes': OPTION['max-bytes'],
    timeout: {
      kind: 'seconds',
      arg: 'SECONDS',
      help: "give up on a URL after this long, redirects included (default 15); a feed's\nlinked pages are fetched 4 at a time, all within 4 times this",
    },
    'allow-private-urls': {
      kind: 'flag',
      help: 'let links in feeds reach loopback and private addresses (127.0.0.1, 10.x,\n192.168.x …); by default they may only on the host of a feed URL given here',
    },
    'html-timeout': {
      kind: 'seconds',
      arg: 'SECONDS',
      help: 'give up reading one HTML page after this long (default 30)',
    },
    exclude: {
      kind: 'text',
      arg: 'GLOB',
      multiple: true,
      help: 'leave out files matching GLOB in folders and patterns (a name: "*.draft.md";\na path inside the folder: "drafts/**"); may be repeated',
    },
    json: { kind: 'flag', help: 'print the summary as JSON' },
  },
  positionals: { min: 1, name: 'at least one file, folder, pattern or URL' },
  epilogue: 'Exit status: 0 when every input was read and stored, 1 when any failed (each is listed).',
  async run(values, inputs) {
    // The readers and the extractor load here, not for --help or a mistyped option.
    const [{ runIngest }, { countInputs }, { defaultReaders }, { updateCrossCheck }] = await Promise.all([
      import('../batch/ingest-run.js'),
      import('../batch/count-inputs.js'),
      import('../batch/readers.js'),
      import('../compare/index-update.js'),
    ]);
    const ledger = ledgerOf(values, false);
    const readers = {
      ...defaultReaders({
        maxBytes: values['max-bytes'],
        ...(values.timeout ? { timeoutMs: values.timeout * 1000 } : {}),
        ...(values['html-timeout'] ? { htmlTimeoutMs: values['html-timeout'] * 1000 } : {}),
        allowPrivateUrls: values['allow-private-urls'] ?? false,
      }),
      exclude: values.exclude,
    };
    const progress = new Progress(process.stderr, 'ingesting');
    // The total (for the bar and ETA) is counted alongside the run, and only when someone watches.
    if (process.stderr.isTTY)
      void countInputs(inputs, readers).then(
        (n) => n !== null && progress.setTotal(n),
        () => undefined,
      );
    let summary: IngestSummary;
    try {
      summary = await runIngest(inputs, ledger, {
        readers,
        jobs: values.jobs ?? defaultThreads(null),
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
  },
});

/** Skipped files and warnings named in the summary for people; the rest are counted (--json lists all). */
const NAMED = 5;

/** The summary for people: counts on one line, then each failure with its reason, then what was skipped. */
export function formatSummary(s: IngestSummary): string {
  const rate = s.seconds > 0 ? ` in ${s.seconds.toFixed(1)}s (${Math.round(s.read / s.seconds)}/s)` : '';
  const lines = [
    `read ${s.read}, stored ${s.stored}, unchanged duplicates ${s.duplicates}, new versions ${s.versions}, ` +
      `${s.redated ? `re-dated ${s.redated}, ` : ''}failed ${s.failed}, skipped ${s.skipped}${rate}`,
  ];
  for (const f of s.failures) lines.push(`  failed: ${f.origin}: ${f.reason}`);
  for (const [label, items] of [
    ['warning', s.warnings],
    ['skipped', s.skips],
  ] as const) {
    for (const k of items.slice(0, NAMED)) lines.push(`  ${label}: ${k.origin}: ${k.reason}`);
    if (items.length > NAMED) lines.push(`  ${label}: … and ${items.length - NAMED} more (--json lists them all)`);
  }
  return lines.join('\n') + '\n';
}
