/**
 * `npm run bench -- [--datasets PATH] [--n 10000] [--json]`
 *
 * Throughput and peak memory of each extraction stage and of the whole, single thread, on real
 * article texts (the public datasets plus the project's corpus and examples, cycled up to --n), with
 * wink-nlp's bare tokenisation and compromise's parse measured on the same texts as reference points.
 * Each measurement runs in its own process so that its peak memory (max RSS) is its own. Then the
 * `crosscheck extract --jsonl` batch interface streams the same texts, once with a tenth of them and
 * once with all, to show that memory does not grow with the input, and once more with worker threads.
 */
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetsDir, loadBenchTexts } from './bench/texts.js';
import { MEASUREMENTS } from './bench/measurements.js';

const ROOT = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    datasets: { type: 'string' },
    n: { type: 'string', default: '10000' },
    'compromise-sample': { type: 'string', default: '400' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(
    'Usage: npm run bench -- [--datasets ../shared/datasets] [--n 10000] [--compromise-sample 400] [--json]\n',
  );
  process.exit(0);
}
const datasets = datasetsDir(values.datasets, ROOT);
const n = Number(values.n);
const unique = loadBenchTexts(datasets, ROOT);
if (unique.length === 0) throw new Error('no texts found: give --datasets PATH');
const texts = Array.from({ length: n }, (_, i) => unique[i % unique.length]!);
const dir = mkdtempSync(join(tmpdir(), 'cc-bench-'));
const input = join(dir, 'texts.jsonl');
writeFileSync(input, texts.map((t) => JSON.stringify({ text: t.text })).join('\n') + '\n');
const tenth = join(dir, 'texts-tenth.jsonl');
writeFileSync(
  tenth,
  texts
    .slice(0, Math.ceil(n / 10))
    .map((t) => JSON.stringify({ text: t.text }))
    .join('\n') + '\n',
);
const byteLength = (list: typeof texts) => list.reduce((s, t) => s + Buffer.byteLength(t.text), 0);
const bytes = byteLength(texts);
const tenthBytes = byteLength(texts.slice(0, Math.ceil(n / 10)));
log(
  `${n} texts (${unique.length} unique${datasets ? `, from ${datasets} and the project` : ', project only: pass --datasets for the public ones'}), ${(bytes / 1e6).toFixed(1)} MB`,
);

interface Row {
  name: string;
  docs: number;
  mb: number;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of the process (all its threads). */
  cpuSeconds: number;
  peakMb: number;
}

function run(cmd: string, args: string[], stdinFile?: string): Promise<{ out: string; err: string }> {
  return new Promise((ok, fail) => {
    const p = spawn(cmd, args, { cwd: ROOT, stdio: [stdinFile ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout!.on('data', (d) => (out += d));
    p.stderr!.on('data', (d) => (err += d));
    if (stdinFile) createReadStream(stdinFile).pipe(p.stdin!);
    p.on('close', (code) =>
      code === 0 ? ok({ out, err }) : fail(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err}`)),
    );
  });
}

const rows: Row[] = [];
/** Runs one measurement of scripts/bench/measure.ts in its own process and adds its row. */
async function measure(name: string, what: string, limit: number, warmUp: number): Promise<Row> {
  const { out } = await run(process.execPath, [
    '--import',
    'tsx',
    join(ROOT, 'scripts', 'bench', 'measure.ts'),
    what,
    input,
    String(limit),
    String(warmUp),
  ]);
  const r = JSON.parse(out) as { docs: number; bytes: number; ms: number; cpuMs: number; maxRssKb: number };
  const row = {
    name,
    docs: r.docs,
    mb: r.bytes / 1e6,
    seconds: r.ms / 1000,
    cpuSeconds: r.cpuMs / 1000,
    peakMb: r.maxRssKb / 1024,
  };
  rows.push(row);
  return row;
}

// Steady state: each measurement first runs untimed over the distinct texts once (compromise, at
// 0.15 MB/s, over 50), so what is timed is the rate of a long run, not V8 compiling the code.
const STEADY_WARM_UP = Math.min(unique.length, n);
const COLD_WARM_UP = 50;
for (const m of MEASUREMENTS) {
  const limit = m === 'compromise' ? Number(values['compromise-sample']) : n;
  log(`measuring ${m} on ${limit} texts…`);
  await measure(m, m, limit, m === 'compromise' ? COLD_WARM_UP : STEADY_WARM_UP);
}
// Cold: the same after only 50 texts, which is closer to what a short run of a few files pays.
const cold = (m: 'extract' | 'wink-tokenise') => `${m} (cold: ${COLD_WARM_UP}-text warm-up)`;
for (const m of ['extract', 'wink-tokenise'] as const) {
  log(`measuring ${cold(m)}…`);
  await measure(cold(m), m, n, COLD_WARM_UP);
}

// One long document: its cost must grow in proportion to its length, not faster.
const LONG_MB = [1, 4] as const;
const long: Row[] = [];
for (const mb of LONG_MB) {
  log(`measuring one ${mb} MB document…`);
  long.push(await measure(`extract, one ${mb} MB document`, 'long-document', mb, COLD_WARM_UP));
}

// The batch interface, through the real CLI: memory with a tenth of the input and with all of it.
const cli = join(ROOT, 'scripts', 'bench', 'run-cli.mjs');
for (const [name, file, jobs, mb] of [
  ['extract --jsonl (1 thread, n/10)', tenth, '1', tenthBytes / 1e6],
  ['extract --jsonl (1 thread, n)', input, '1', bytes / 1e6],
  ['extract --jsonl (--jobs 2, n)', input, '2', bytes / 1e6],
] as const) {
  log(`measuring ${name}…`);
  const t0 = performance.now();
  const { err } = await run(process.execPath, [cli, 'extract', '--jsonl', '--jobs', jobs], file);
  const seconds = (performance.now() - t0) / 1000;
  const usage = JSON.parse(err.trim().split('\n').pop()!) as { maxRSS: number; lines: number; cpuMicros: number };
  rows.push({ name, docs: usage.lines, mb, seconds, cpuSeconds: usage.cpuMicros / 1e6, peakMb: usage.maxRSS / 1024 });
}

// Rates are per CPU second: on a shared machine wall time measures the neighbours too. For the
// threaded CLI row that is per core; its wall rate is the throughput a user sees.
const rate = (r: Row) => r.mb / r.cpuSeconds;
const wallRate = (r: Row) => r.mb / r.seconds;
const byName = (name: string) => rows.find((r) => r.name === name)!;
const whole = byName('extract');
const ratios = {
  vsWinkTokenise: rate(whole) / rate(byName('wink-tokenise')),
  vsWinkTokeniseWall: wallRate(whole) / wallRate(byName('wink-tokenise')),
  coldVsWinkTokenise: rate(byName(cold('extract'))) / rate(byName(cold('wink-tokenise'))),
  coldVsWinkTokeniseWall: wallRate(byName(cold('extract'))) / wallRate(byName(cold('wink-tokenise'))),
  vsCompromise: rate(whole) / rate(byName('compromise')),
};
if (values.json) {
  process.stdout.write(
    JSON.stringify({ texts: n, unique: unique.length, mb: bytes / 1e6, rows, ratios }, null, 2) + '\n',
  );
} else {
  const table = rows.map((r) => [
    r.name,
    String(r.docs),
    (r.docs / r.cpuSeconds).toFixed(0),
    rate(r).toFixed(2),
    (r.mb / r.seconds).toFixed(2),
    r.peakMb.toFixed(0),
  ]);
  const head = ['measurement', 'articles', 'articles/CPU s', 'MB/CPU s', 'MB/s wall', 'peak MB'];
  const w = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  process.stdout.write([line(head), line(w.map((x) => '-'.repeat(x))), ...table.map(line)].join('\n') + '\n\n');
  process.stdout.write(
    `load average during the run: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} (2 cores: above 2, wall rates count the neighbours too)\n`,
  );
  process.stdout.write(
    `whole pipeline vs wink-nlp bare tokenisation: ${ratios.vsWinkTokenise.toFixed(2)}× per CPU second, ${ratios.vsWinkTokeniseWall.toFixed(2)}× wall (target ≥ 0.6×, issue 8)\n`,
  );
  process.stdout.write(
    `  the same, cold (${COLD_WARM_UP}-text warm-up):     ${ratios.coldVsWinkTokenise.toFixed(2)}× per CPU second, ${ratios.coldVsWinkTokeniseWall.toFixed(2)}× wall\n`,
  );
  process.stdout.write(
    `whole pipeline vs compromise parse:           ${ratios.vsCompromise.toFixed(1)}× (target ≥ 10×)\n`,
  );
  const [small, large] = long;
  process.stdout.write(
    `one long document: ${LONG_MB[1] / LONG_MB[0]}× the text took ${(large!.cpuSeconds / small!.cpuSeconds).toFixed(1)}× the CPU time (proportional: ${LONG_MB[1] / LONG_MB[0]}×)\n`,
  );
}

function log(s: string) {
  process.stderr.write(s + '\n');
}
