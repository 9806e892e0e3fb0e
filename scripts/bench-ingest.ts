/**
 * `npm run bench:ingest -- [--datasets PATH] [--n 100000] [--jobs N] [--json] [--keep] [--no-store] [--db PATH]`
 *
 * End-to-end ingest benchmark through the real CLI. Takes the real article texts of
 * `loadBenchTexts` (public datasets plus the project's corpus and examples) and repeats them up to
 * --n; each repetition gets a last line with its index ("[bench copy 4711]") so that every record is
 * a distinct text and none is dropped as a duplicate. The records go to a temporary JSONL file that
 * `crosscheck ingest` stores into a fresh ledger. Reports articles/s, MB/s of text, peak memory of
 * the ingest process (max RSS, worker threads included, and the resident size sampled over the run
 * to show it stays flat), database bytes per article, and the median time of the figures query
 * filtered by metric and date (see bench/ingest-query.ts). Then, unless --no-store, the ledger side
 * alone stores the same n documents with their claims precomputed (see bench/ingest-store.ts): what
 * ingest could do if extraction cost nothing. `--db PATH` writes the ledger there and keeps it (the
 * API benchmark serves it).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchCopy } from './bench/ingest-records.js';
import { datasetsDir, loadBenchTexts } from './bench/texts.js';

const ROOT = resolve(import.meta.dirname, '..');
/** Linux clock ticks per second, the unit of /proc/PID/stat times. */
const CLOCK_TICKS = 100;

const { values } = parseArgs({
  options: {
    datasets: { type: 'string' },
    n: { type: 'string', default: '100000' },
    jobs: { type: 'string' },
    json: { type: 'boolean' },
    keep: { type: 'boolean' },
    db: { type: 'string' },
    'no-store': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(
    'Usage: npm run bench:ingest -- [--datasets ../shared/datasets] [--n 100000] [--jobs N] [--json] [--keep] [--no-store]\n',
  );
  process.exit(0);
}
const datasets = datasetsDir(values.datasets, ROOT);
const n = Number(values.n);
const unique = loadBenchTexts(datasets, ROOT);
if (unique.length === 0) throw new Error('no texts found: give --datasets PATH');

const dir = mkdtempSync(join(tmpdir(), 'cc-bench-ingest-'));
const input = join(dir, 'articles.jsonl');
const db = values.db ? resolve(values.db) : join(dir, 'ledger.db');
if (values.db && existsSync(db)) throw new Error(`${db} exists already: the benchmark ingests into a new ledger`);
const bytes = await writeRecords(input);
log(
  `${n} articles (${unique.length} unique texts, each repetition made distinct by an index line), ${(bytes / 1e6).toFixed(1)} MB of text → ${input}`,
);

const ingest = await runIngest();
const dbBytes = statSync(db).size + (existsSync(db + '-wal') ? statSync(db + '-wal').size : 0);
log('timing the figures query…');
const query = JSON.parse(
  (await run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'bench', 'ingest-query.ts'), db, '9'])).out,
) as {
  from: string;
  to: string;
  rows: number;
  tableMs: number;
  allMs: number;
  plan: string[];
};
let store: StoreRun | null = null;
if (!values['no-store']) {
  log('storing the same documents with their claims precomputed…');
  const args = [
    join(ROOT, 'scripts', 'bench', 'ingest-store.ts'),
    join(dir, 'store-only.db'),
    String(n),
    ...(datasets ? [datasets] : []),
  ];
  store = JSON.parse((await run(process.execPath, ['--import', 'tsx', ...args])).out) as StoreRun;
}
if (!values.keep) rmSync(dir, { recursive: true, force: true });

const result = {
  articles: n,
  unique: unique.length,
  mb: bytes / 1e6,
  seconds: ingest.seconds,
  articlesPerSecond: n / ingest.seconds,
  mbPerSecond: bytes / 1e6 / ingest.seconds,
  cpuSeconds: ingest.cpuSeconds,
  cpuCores: ingest.cpuSeconds / ingest.seconds,
  peakMb: ingest.maxRssKb / 1024,
  rssMb: ingest.rssMb,
  summary: ingest.summary,
  dbBytes,
  dbBytesPerArticle: dbBytes / n,
  query,
  store,
};
if (values.json) {
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
} else {
  const s = ingest.summary;
  const lines = [
    `articles          ${n.toLocaleString('en-US')} (${unique.length} unique texts), ${result.mb.toFixed(1)} MB of text`,
    `ingest            ${result.seconds.toFixed(1)} s: ${result.articlesPerSecond.toFixed(0)} articles/s, ${result.mbPerSecond.toFixed(2)} MB/s (target ≥ 1,000 articles/s)`,
    `CPU               ${ingest.cpuSeconds.toFixed(0)} s of CPU, ${result.cpuCores.toFixed(2)} cores busy on average: ${(n / ingest.cpuSeconds).toFixed(0)} articles per CPU-second`,
    `stored            ${s.stored} stored, ${s.duplicates} duplicates, ${s.versions} versions, ${s.failed} failed`,
    `peak memory       ${result.peakMb.toFixed(0)} MB max RSS incl. workers (target ≤ 300 MB)`,
    `resident over run ${result.rssMb.map((m) => m.toFixed(0)).join(' → ')} MB (at each tenth of the run)`,
    `database          ${(dbBytes / 1e6).toFixed(1)} MB, ${result.dbBytesPerArticle.toFixed(0)} bytes per article`,
    `figures query     --metric killed --from ${query.from} --to ${query.to}: ${query.rows} rows; first 50 (table) ${query.tableMs.toFixed(2)} ms, all rows ${query.allMs.toFixed(1)} ms (median; target < 50 ms)`,
    `query plan        ${query.plan.join(' | ')}`,
  ];
  if (store) {
    lines.push(
      `store alone       ${store.perSecond.toFixed(0)} articles/s wall clock, ${store.perCpuSecond.toFixed(0)} per CPU-second (${store.seconds.toFixed(1)} s, ${store.cpuSeconds.toFixed(1)} s CPU; claims precomputed), peak ${(store.maxRssKb / 1024).toFixed(0)} MB`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
}

/** Writes the n records as JSON Lines, streaming; returns the bytes of article text written. */
async function writeRecords(path: string): Promise<number> {
  const out = createWriteStream(path);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const text = benchCopy(unique[i % unique.length]!.text, i);
    total += Buffer.byteLength(text);
    if (!out.write(JSON.stringify({ text }) + '\n')) await new Promise<void>((ok) => out.once('drain', () => ok()));
  }
  await new Promise<void>((ok, fail) => out.end((e?: Error | null) => (e ? fail(e) : ok())));
  return total;
}

/** What bench/ingest-store.ts prints. */
interface StoreRun {
  docs: number;
  seconds: number;
  cpuSeconds: number;
  perSecond: number;
  perCpuSecond: number;
  dbBytes: number;
  maxRssKb: number;
}

interface IngestRun {
  seconds: number;
  /** CPU time of the ingest process, all threads, to the last sample (within 250 ms of its end). */
  cpuSeconds: number;
  maxRssKb: number;
  /** Resident size at each tenth of the run, MB. */
  rssMb: number[];
  summary: { read: number; stored: number; duplicates: number; versions: number; failed: number };
}

/** Runs `crosscheck ingest INPUT --db DB --json` through bench/run-cli.mjs, sampling its resident size. */
async function runIngest(): Promise<IngestRun> {
  log('ingesting through the CLI…');
  const args = [
    join(ROOT, 'scripts', 'bench', 'run-cli.mjs'),
    'ingest',
    input,
    '--db',
    db,
    '--json',
    ...(values.jobs ? ['--jobs', values.jobs] : []),
  ];
  const samples: number[] = [];
  let cpuTicks = 0;
  const t0 = performance.now();
  const { out, err } = await run(process.execPath, args, (pid) => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (kb) samples.push(Number(kb[1]) / 1024);
      // utime and stime, all threads: the 14th and 15th fields, counted after the ")" closing the name.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpuTicks = Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process has just ended; the last sample stands.
    }
  });
  const seconds = (performance.now() - t0) / 1000;
  const usage = JSON.parse(err.trim().split('\n').pop()!) as { maxRSS: number };
  const tenths = Array.from(
    { length: 10 },
    (_, i) => samples[Math.min(samples.length - 1, Math.floor(((i + 1) * samples.length) / 10) - 1)] ?? 0,
  );
  return {
    seconds,
    cpuSeconds: cpuTicks / CLOCK_TICKS,
    maxRssKb: usage.maxRSS,
    rssMb: tenths,
    summary: JSON.parse(out),
  };
}

/** Runs a command to completion; `sample` is called with its pid every 250 ms while it runs. */
function run(cmd: string, args: string[], sample?: (pid: number) => void): Promise<{ out: string; err: string }> {
  return new Promise((ok, fail) => {
    const p = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    const timer = sample ? setInterval(() => sample(p.pid!), 250) : undefined;
    p.on('close', (code) => {
      clearInterval(timer);
      if (code === 0 || (code === 1 && out.includes('"failed"'))) ok({ out, err });
      else fail(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err}`));
    });
  });
}

function log(s: string) {
  process.stderr.write(s + '\n');
}
