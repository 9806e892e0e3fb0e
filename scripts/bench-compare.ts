/**
 * `npm run bench:compare -- [--n 100000] [--datasets PATH] [--db PATH] [--keep] [--json]`
 *
 * Cross-checking on a large ledger. Builds a ledger of --n documents the way the ingest benchmark's
 * store-alone step does (scripts/bench/ingest-store.ts: the bench texts repeated, each copy made
 * distinct by an index line, claims precomputed), unless --db names one already built. Then:
 *
 * 1. Reprint detection and series keys, grown the way ingest grows them: the index is brought up to
 *    25%, 50% and 100% of the documents in turn, each step indexing only the documents added
 *    since (`updateCrossCheck`, incremental). Each row gives the documents indexed so far, that
 *    step's time, its time per 1,000 documents (flat when the work is linear), the candidate keys
 *    and the stories found. The cumulative time is what indexing that many documents from nothing costs.
 * 2. Each comparison over the whole ledger, as the commands run them: reprints, series, disputes,
 *    competing accounts, chains, outlets, wording (with a small actor table), the summary.
 * Each row gives wall-clock and CPU seconds (the machine is shared: CPU seconds say what the work
 * costs) and the peak resident memory of that step alone (VmHWM, reset before each step through
 * /proc/self/clear_refs after a garbage collection: run with --expose-gc, as npm run does).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseAliases } from '../src/compare/aliases.js';
import { chains } from '../src/compare/chains.js';
import { competingAccounts } from '../src/compare/competing.js';
import { disputes } from '../src/compare/disputes.js';
import { updateCrossCheck } from '../src/compare/index-update.js';
import { outlets } from '../src/compare/outlets.js';
import { reprints } from '../src/compare/reprints.js';
import { series } from '../src/compare/series.js';
import { crossCheckSummary } from '../src/compare/summary.js';
import { wording } from '../src/compare/wording.js';
import { openLedger } from '../src/store/ledger.js';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    datasets: { type: 'string' },
    db: { type: 'string' },
    keep: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(
    'Usage: npm run bench:compare -- [--n 100000] [--datasets ../shared/datasets] [--db PATH] [--keep] [--json]\n',
  );
  process.exit(0);
}
const n = Number(values.n);
const datasets =
  values.datasets ??
  (existsSync(join(ROOT, '..', 'shared', 'datasets')) ? join(ROOT, '..', 'shared', 'datasets') : null);
const dir = values.db ? null : mkdtempSync(join(tmpdir(), 'cc-bench-compare-'));
const db = values.db ?? join(dir!, 'ledger.db');
const load0 = loadavg()
  .map((x) => x.toFixed(1))
  .join(' ');

const log = (s: string) => process.stderr.write(`${s}\n`);
/** Starts a step: collects garbage and resets the peak resident size, so each step's peak is its own. */
const resetPeak = () => {
  (globalThis as { gc?: () => void }).gc?.();
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux: the peak is the process's so far.
  }
};
const cpuSeconds = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;
const peakMb = () => {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : process.memoryUsage().rss / 1048576;
};

if (!values.db) {
  log(`building a ledger of ${n} documents (claims precomputed) at ${db}…`);
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'scripts', 'bench', 'ingest-store.ts'),
      db,
      String(n),
      ...(datasets ? [datasets] : []),
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

const ledger = openLedger(db);
const total = ledger.db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
const seqs = ledger.db.prepare('SELECT seq FROM documents ORDER BY seq').pluck().all() as number[];
ledger.db.exec(
  'DELETE FROM reprint_docs; DELETE FROM reprint_keys; DELETE FROM reprint_links; DELETE FROM figure_keys; DELETE FROM cross_check_state;',
);

interface Step {
  documents: number;
  seconds: number;
  cpu: number;
  msPer1000: number;
  keys: number;
  stories: number;
  peakMb: number;
}
const steps: Step[] = [];
let done = 0;
for (const share of [0.25, 0.5, 1]) {
  const upTo = Math.round(total * share);
  const until = seqs[upTo - 1]!;
  log(`indexing documents ${done + 1}–${upTo}…`);
  resetPeak();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  updateCrossCheck(ledger, { until });
  const cpu = cpuSeconds(process.cpuUsage(c0));
  const seconds = (performance.now() - t0) / 1000;
  const stories = ledger.db.prepare('SELECT count(DISTINCT story) FROM reprint_docs').pluck().get() as number;
  const keys = ledger.db.prepare('SELECT count(*) FROM reprint_keys').pluck().get() as number;
  steps.push({
    documents: upTo,
    seconds,
    cpu,
    msPer1000: (cpu * 1000 * 1000) / (upTo - done),
    keys,
    stories,
    peakMb: peakMb(),
  });
  done = upTo;
}

// A small actor table in the bench texts' words (MUC-4 and wire copy): what a user would write.
const aliases = parseAliases(
  JSON.stringify({
    actors: {
      army: ['the army', 'armed forces', 'troops', 'soldiers'],
      rebels: ['rebels', 'guerrillas', 'insurgents', 'terrorists'],
      police: ['the police', 'police officers'],
    },
  }),
);
const queries: Array<[string, () => number]> = [
  ['reprints (every story)', () => reprints(ledger).length],
  ['series (all metrics)', () => series(ledger, { aliases }).length],
  ['disputes (1 day)', () => disputes(ledger, { aliases }).length],
  ['competing accounts', () => competingAccounts(ledger, { aliases }).length],
  ['chains (relayed claims)', () => chains(ledger, { aliases }).length],
  ['outlets', () => outlets(ledger, { aliases }).length],
  ['wording (actor table + organisations)', () => wording(ledger, { aliases }).terms.length],
  ['summary', () => crossCheckSummary(ledger, { aliases }).documents],
];
const timings: Array<{ name: string; seconds: number; cpu: number; results: number; peakMb: number }> = [];
for (const [name, q] of queries) {
  log(`${name}…`);
  resetPeak();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const results = q();
  const cpu = cpuSeconds(process.cpuUsage(c0));
  timings.push({ name, seconds: (performance.now() - t0) / 1000, cpu, results, peakMb: peakMb() });
}
ledger.close();
if (dir && !values.keep) rmSync(dir, { recursive: true, force: true });
const load1 = loadavg()
  .map((x) => x.toFixed(1))
  .join(' ');

if (values.json) {
  process.stdout.write(JSON.stringify({ documents: total, steps, timings, load: [load0, load1] }, null, 2) + '\n');
} else {
  const out: string[] = [];
  out.push(
    `ledger: ${total.toLocaleString('en-US')} documents; ${cpus().length} cores; load average ${load0} → ${load1}`,
  );
  out.push('');
  out.push('reprint detection + series keys, grown incrementally');
  out.push('documents  step wall s  CPU ms per 1,000 new documents  candidate keys  stories  peak MB');
  for (const s of steps)
    out.push(
      `${s.documents.toLocaleString('en-US').padStart(9)}  ${s.seconds.toFixed(1).padStart(11)}  ${s.msPer1000.toFixed(0).padStart(31)}  ${s.keys.toLocaleString('en-US').padStart(14)}  ${s.stories.toLocaleString('en-US').padStart(7)}  ${s.peakMb.toFixed(0).padStart(7)}`,
    );
  out.push(
    `from nothing to ${total.toLocaleString('en-US')}: ${steps.reduce((a, s) => a + s.seconds, 0).toFixed(1)} s wall; ${steps.reduce((a, s) => a + s.cpu, 0).toFixed(1)} s of CPU`,
  );
  out.push('');
  out.push('comparison over the whole ledger          wall s   CPU s  results  peak MB');
  for (const t of timings)
    out.push(
      `${t.name.padEnd(40)}  ${t.seconds.toFixed(2).padStart(6)}  ${t.cpu.toFixed(2).padStart(6)}  ${String(t.results).padStart(7)}  ${t.peakMb.toFixed(0).padStart(7)}`,
    );
  process.stdout.write(out.join('\n') + '\n');
}
