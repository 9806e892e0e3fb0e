/**
 * `npm run bench:api -- [--db PATH] [--n 100000] [--datasets PATH] [--duration 30] [--connections 50] [--json]`
 *
 * The HTTP API and the pages under load, on a ledger of `--n` documents (default 100,000): the
 * ledger of `npm run bench:ingest` (built by it into `.bench/api-N.db` the first time, then
 * reused; or `--db PATH`). Starts `crosscheck serve --read-only` on 127.0.0.1 and:
 *
 * 1. times every page, and the API behind the cross-check pages, one request at a time: the first
 *    (cold) and the median of ten after it, and how long the server took to start listening;
 * 2. drives each measured endpoint with autocannon, `--connections` at once for `--duration`
 *    seconds, and prints requests/s with the p50 and p99 latency. The figures requests vary (every
 *    metric). Search is driven twice: with the eight words it has always repeated, which the
 *    server's cache of answers serves after their first request, and with 20,000 different
 *    searches drawn from the ledger's own words (scripts/bench/search-mix.ts: common and rare
 *    words, pairs), each asked once, which the cache does not help.
 *
 * The load average before and after is printed: the machine may be shared. Targets: p99 < 100 ms
 * under load, every page < 200 ms. The server is started read-only: it serves the ledger as it is,
 * its cross-check index included (bench:ingest builds it as crosscheck ingest does). A ledger built
 * by an older version is migrated when the server opens it (even `--read-only`, it opens the file for
 * writing once: migration 031's indexes took 4.9 s on 100,000 documents); to keep the original, give
 * `--db` a copy. `--endpoints search` and `--pages none` (names or prefixes, comma-separated) run a
 * subset, for quick A/B loops; `--checkout PATH` serves with the build of another checkout (its
 * dist/), to compare two branches with the same load; `--server-node-args="--cpu-prof …"` gives the
 * server's node options (a profile of the server under the load).
 *
 * Each load's line ends with the CPU time a request took: the server's HTTP thread, its other
 * threads (searches, the garbage collector's helpers), and this process (autocannon), which shares
 * the cores with the server: what a loaded machine changes less than the latencies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { BENCH_WORDS, distinctSearches } from './bench/search-mix.js';

const ROOT = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    n: { type: 'string', default: '100000' },
    datasets: { type: 'string' },
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    json: { type: 'boolean' },
    endpoints: { type: 'string' },
    pages: { type: 'string' },
    checkout: { type: 'string' },
    'server-node-args': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(
    'Usage: npm run bench:api -- [--db PATH] [--n 100000] [--datasets ../shared/datasets] [--duration 30] [--connections 50]\n' +
      '                           [--endpoints series,figures,disputes,search] [--pages NAME,…|none] [--json]\n' +
      '                           [--checkout PATH: serve with the crosscheck built there, for A/B]\n' +
      '                           [--server-node-args="--cpu-prof --cpu-prof-dir=DIR": options for the server\'s node]\n',
  );
  process.exit(0);
}
const n = Number(values.n);
const duration = Number(values.duration);
const connections = Number(values.connections);
const db = resolve(values.db ?? join(ROOT, '.bench', `api-${n}.db`));
// Subsets for quick A/B loops: `--endpoints search --pages none`.
const chosen = (list: string | undefined) => (name: string) =>
  list === undefined || list.split(',').some((x) => name.startsWith(x.trim()));

const loadBefore = loadavg();
if (!existsSync(db)) {
  if (values.db) throw new Error(`no ledger at ${db}`);
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  log(`building a ledger of ${n} documents with bench:ingest into ${db} (once; later runs reuse it)…`);
  await run(process.execPath, [
    '--import',
    'tsx',
    join(ROOT, 'scripts', 'bench-ingest.ts'),
    '--n',
    String(n),
    '--db',
    db,
    '--no-store',
    ...(values.datasets ? ['--datasets', values.datasets] : []),
  ]);
}

const server = await serve(db);
const base = server.url.replace(/\/$/, '');
try {
  const api = async <T>(path: string): Promise<T> => (await (await fetch(base + path)).json()) as T;
  const overview = await api<{ documents: number; figures: number; statements: number }>('/api/overview');
  const firstDoc = (await api<{ items: Array<{ id: string }> }>('/api/figures?metric=killed&limit=1')).items;
  const docId = (firstDoc[0] as unknown as { documentId: string } | undefined)?.documentId;
  const firstSeries = (await api<{ items: Array<{ id: string }> }>('/api/series?limit=1')).items[0]?.id;
  const metrics = ['killed', 'injured', 'displaced', 'detained', 'captive', 'missing', 'fled'];

  log('timing pages…');
  const pages: Array<[string, string]> = [
    ['overview', '/'],
    ['documents', '/documents'],
    ['figures (killed, with chart)', '/figures?metric=killed'],
    ['statements', '/statements'],
    ['search', '/search?q=hospital'],
    ['ingest', '/ingest'],
    ['series list', '/series'],
    ['disputes', '/disputes'],
    ['outlets', '/outlets'],
    ...(firstSeries
      ? ([['series (busiest)', `/series/${encodeURIComponent(firstSeries)}`]] as Array<[string, string]>)
      : []),
    ...(docId ? ([['document', `/documents/${docId}`]] as Array<[string, string]>) : []),
    // The API behind the pages whose first request once computed the cross-checks, and the two
    // comparisons no page shows (made on their first request).
    ['api speakers', '/api/speakers'],
    ['api disputes', '/api/disputes'],
    ['api accounts', '/api/accounts'],
    ['api outlets', '/api/outlets'],
    ['api wording', '/api/wording'],
    ['api chains', '/api/chains'],
    ['api reprints', '/api/reprints'],
  ];
  const pageTimes = [];
  for (const [name, path] of pages.filter(([name]) => chosen(values.pages)(name))) {
    const times: number[] = [];
    for (let i = 0; i < 11; i++) {
      const t0 = performance.now();
      const res = await fetch(base + path);
      await res.text();
      if (!res.ok) throw new Error(`${path} answered ${res.status}`);
      times.push(performance.now() - t0);
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    pageTimes.push({ name, path, coldMs: times[0]!, medianMs: warm[5]!, maxMs: warm.at(-1)! });
  }

  // Each load's paths, made when it runs (the different searches read the ledger's words).
  const loads: Array<[string, () => string[]]> = [
    ['series', () => ['', ...metrics.map((m) => `metric=${m}&`)].map((f) => `/api/series?${f}limit=50`)],
    ['figures', () => metrics.map((m) => `/api/figures?metric=${m}&limit=50`)],
    [
      'disputes',
      () => ['', 'type=dispute&', 'type=update&', 'type=revision&'].map((f) => `/api/disputes?${f}limit=50`),
    ],
    ['search (8 words, repeated)', () => BENCH_WORDS.map((w) => `/api/search?q=${w}&limit=20`)],
    ['search (20,000 different)', distinctPaths],
  ];
  const endpoints = [];
  for (const [name, makePaths] of loads.filter(([name]) => chosen(values.endpoints)(name))) {
    const paths = makePaths();
    log(`load: ${name}, ${connections} connections for ${duration} s…`);
    let i = 0;
    const cpu0 = serverCpu(server.child.pid!);
    const client0 = process.cpuUsage();
    const r = await autocannon({
      url: base,
      connections,
      duration,
      requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
    });
    const client = process.cpuUsage(client0);
    const cpu1 = serverCpu(server.child.pid!);
    const done = r.requests.total;
    endpoints.push({
      name,
      paths: paths.length > 1 ? `${paths[0]} … (${paths.length} kinds)` : paths[0]!,
      requestsPerSecond: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      max: r.latency.max,
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
      // CPU a request, ms: the server's HTTP thread, its other threads (searches, GC helpers), and
      // this process (autocannon), which shares the machine's cores with the server.
      cpuMs: {
        http: (cpu1.main - cpu0.main) / done,
        otherThreads: (cpu1.others - cpu0.others) / done,
        client: (client.user + client.system) / 1000 / done,
      },
    });
  }
  const result = {
    ledger: { path: db, ...overview },
    connections,
    duration,
    loadBefore,
    loadAfter: loadavg(),
    startSeconds: server.startSeconds,
    pages: pageTimes,
    endpoints,
  };
  if (values.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else {
    const f = (x: number) => x.toFixed(x < 10 ? 1 : 0);
    const lines = [
      `ledger      ${overview.documents.toLocaleString('en-US')} documents, ${overview.figures.toLocaleString('en-US')} figures, ${overview.statements.toLocaleString('en-US')} statements (${db})`,
      `start-up    ${server.startSeconds.toFixed(1)} s to listening (migrations, cross-check index, the pages' cross-checks and the summary)`,
      `load avg    ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${result.loadAfter.map((l) => l.toFixed(2)).join(' ')} after (2 cores)`,
      '',
      'page                           cold ms   median ms   max ms   (target < 200)',
      ...pageTimes.map(
        (p) =>
          `${p.name.padEnd(30)} ${f(p.coldMs).padStart(7)}   ${f(p.medianMs).padStart(9)}   ${f(p.maxMs).padStart(6)}`,
      ),
      '',
      `endpoint     ${connections} connections, ${duration} s    req/s    p50 ms   p99 ms   max ms   errors   non-2xx   (target p99 < 100)   CPU ms a request: HTTP thread, other threads, client`,
      ...endpoints.map(
        (e) =>
          `${e.name.padEnd(35)} ${f(e.requestsPerSecond).padStart(7)}   ${f(e.p50).padStart(6)}   ${f(e.p99).padStart(6)}   ${f(e.max).padStart(6)}   ${String(e.errors).padStart(6)}   ${String(e.non2xx).padStart(7)}   ${[e.cpuMs.http, e.cpuMs.otherThreads, e.cpuMs.client].map((x) => x.toFixed(2)).join('  ')}`,
      ),
    ];
    process.stdout.write(lines.join('\n') + '\n');
  }
} finally {
  server.child.kill('SIGTERM');
}

/** 20,000 different searches from the ledger's words (read here, before the load starts). */
function distinctPaths(): string[] {
  const ledger = new Database(db, { readonly: true });
  try {
    return distinctSearches(ledger, 20_000).map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=20`);
  } finally {
    ledger.close();
  }
}

/**
 * The CPU time a process has used, ms: its main thread (which answers HTTP) and its other threads,
 * from /proc (Linux; zero elsewhere). utime and stime are fields 14 and 15 of a thread's stat, in
 * clock ticks (Linux's USER_HZ, 100 a second on every architecture Node runs on: 10 ms steps, fine
 * against the thousands of requests of a load).
 */
function serverCpu(pid: number): { main: number; others: number } {
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return { main: 0, others: 0 };
  let main = 0;
  let others = 0;
  for (const tid of readdirSync(tasks)) {
    let stat: string;
    try {
      stat = readFileSync(`${tasks}/${tid}/stat`, 'utf8');
    } catch {
      continue; // a thread that ended meanwhile
    }
    // After the command's name in parentheses, which may hold spaces: state is field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    if (Number(tid) === pid) main += ms;
    else others += ms;
  }
  return { main, others };
}

/** Starts `crosscheck serve --read-only` on a free port of 127.0.0.1. */
function serve(path: string): Promise<{ url: string; child: ChildProcess; startSeconds: number }> {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...(values['server-node-args']?.split(/\s+/).filter(Boolean) ?? []),
      join(resolve(values.checkout ?? ROOT), 'bin', 'crosscheck.js'),
      'serve',
      '--db',
      path,
      '--port',
      '0',
      '--read-only',
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  return new Promise((ok, fail) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving .* at (http:\/\/\S+?\/)[\s;]/.exec(out);
      if (m) ok({ url: m[1]!, child, startSeconds: (performance.now() - t0) / 1000 });
    });
    child.once('exit', (code) => fail(new Error(`crosscheck serve exited ${code}: ${out}`)));
  });
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const p = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    p.on('close', (code) => (code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

function log(s: string) {
  process.stderr.write(s + '\n');
}
