/**
 * `npx tsx scripts/check-identical.ts [--against REF] [--datasets PATH] [--full] [--show N]`
 *
 * Checks that a change keeps `crosscheck extract`'s contract output byte-identical: every text the
 * project can reach (test corpus and holdout, examples, the seeds and the public datasets under
 * --datasets) goes through `crosscheck extract --jsonl` of this checkout and of REF (default HEAD,
 * built in a temporary worktree), and the contract fields of CONTRACT.md are compared line by line.
 * Fields a change may add are ignored unless --full, which compares every field and reports the
 * differing ones (for a refactor that must not move a rule's output at all).
 *
 * Exits 0 when identical, 1 with the first differences when not, 2 on a usage error. Both sides go
 * through the command line, the contract's stable interface, so REF may be any commit.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetsDir, loadBenchTexts } from './bench/texts.js';

const ROOT = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    against: { type: 'string', default: 'HEAD' },
    datasets: { type: 'string' },
    full: { type: 'boolean', default: false },
    show: { type: 'string', default: '10' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(
    'Usage: npx tsx scripts/check-identical.ts [--against REF] [--datasets ../shared/datasets] [--full] [--show 10]\n',
  );
  process.exit(0);
}

const datasets = datasetsDir(values.datasets, ROOT);

interface Input {
  origin: string;
  record: { text?: string; html?: string; url?: string };
}

function* filesUnder(dir: string, name: RegExp): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* filesUnder(path, name);
    else if (name.test(entry)) yield path;
  }
}

/** Every text the project can reach, as `extract --jsonl` records. */
function inputs(): Input[] {
  const out: Input[] = loadBenchTexts(datasets, ROOT).map((t) => ({ origin: t.origin, record: { text: t.text } }));
  const dirs = [join(ROOT, 'test', 'holdout'), join(ROOT, 'examples')];
  if (datasets) {
    dirs.push(join(datasets, 'news-dev'), join(datasets, 'reprints-dev'), join(datasets, '..', 'seeds'));
    dirs.push(join(datasets, 'idmc-displacement-kili'), join(datasets, 'wikievents'));
  }
  for (const dir of dirs) {
    for (const f of filesUnder(dir, /\.(txt|html?)$/)) {
      if (f.startsWith(join(ROOT, 'examples')) && f.endsWith('.txt')) continue; // already in the bench texts
      const content = readFileSync(f, 'utf8');
      out.push({ origin: f, record: /\.html?$/.test(f) ? { html: content, url: `file://${f}` } : { text: content } });
    }
  }
  for (const f of filesUnder(join(ROOT, 'test', 'corpus'), /^source\.html$/))
    out.push({ origin: f, record: { html: readFileSync(f, 'utf8'), url: `file://${f}` } });
  return out;
}

const CONTRACT = {
  document: ['id', 'origin', 'title', 'outlet', 'published', 'dateline', 'language', 'text'],
  figures: ['value', 'unit', 'qualifier', 'vague', 'metric', 'who', 'asOf', 'since', 'source', 'span', 'sentence'],
  statements: ['kind', 'speaker', 'speakerRole', 'cue', 'text', 'span'],
  entities: ['name', 'type', 'mentions'],
} as const;

type Json = Record<string, unknown>;

function pick(o: Json, keys: readonly string[]): Json {
  const out: Json = {};
  for (const k of keys) out[k] = o[k];
  return out;
}

/** The contract projection of one output line (an error line stays whole). */
function contract(line: string): string {
  const o = JSON.parse(line) as Json;
  if (!('document' in o)) return line;
  return JSON.stringify({
    document: pick(o.document as Json, CONTRACT.document),
    figures: (o.figures as Json[]).map((f) => pick(f, CONTRACT.figures)),
    statements: (o.statements as Json[]).map((s) => pick(s, CONTRACT.statements)),
    entities: (o.entities as Json[]).map((e) => pick(e, CONTRACT.entities)),
  });
}

function run(checkout: string, input: string): Promise<string[]> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [join(checkout, 'bin', 'crosscheck.js'), 'extract', '--jsonl'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) fail(new Error(`${checkout}: extract --jsonl exited with ${code}`));
      else ok(Buffer.concat(chunks).toString('utf8').split('\n').slice(0, -1));
    });
    child.stdin.end(input);
  });
}

/** A worktree of REF with this checkout's node_modules, built; removed on exit. */
function checkoutOf(ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-identical-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { cwd: ROOT, stdio: 'ignore' });
  process.on('exit', () => {
    try {
      execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
    } catch {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: dir,
      stdio: 'inherit',
    },
  );
  return dir;
}

function firstDifference(a: Json, b: Json, path = ''): string {
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[k];
    const y = b[k];
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    if (x && y && typeof x === 'object' && typeof y === 'object')
      return firstDifference(x as Json, y as Json, `${path}${k}.`);
    return `${path}${k}: ${JSON.stringify(y)?.slice(0, 120)} -> ${JSON.stringify(x)?.slice(0, 120)}`;
  }
  return '(order)';
}

const list = inputs();
const input = list.map((i) => JSON.stringify(i.record)).join('\n') + '\n';
const scratch = mkdtempSync(join(tmpdir(), 'cc-identical-in-'));
writeFileSync(join(scratch, 'inputs.jsonl'), input);
process.stderr.write(
  `${list.length} texts${datasets ? '' : ' (no datasets: pass --datasets for the public ones)'}; building ${values.against}\n`,
);
const base = checkoutOf(values.against);
const [now, before] = await Promise.all([run(ROOT, input), run(base, input)]);
const project = values.full ? (l: string) => l : contract;
let differing = 0;
const show = Number(values.show);
for (let i = 0; i < list.length; i++) {
  const a = now[i] ?? '';
  const b = before[i] ?? '';
  if (a === b || project(a) === project(b)) continue;
  differing++;
  if (differing <= show) {
    const where = firstDifference(JSON.parse(a || '{}') as Json, JSON.parse(b || '{}') as Json);
    process.stdout.write(`${list[i]!.origin}\n  ${where}\n`);
  }
}
rmSync(scratch, { recursive: true, force: true });
const what = values.full ? 'full output' : 'contract output';
if (differing > 0) {
  process.stdout.write(`${differing} of ${list.length} texts differ from ${values.against} in their ${what}\n`);
  process.exit(1);
}
process.stdout.write(`identical: ${list.length} texts, ${what} the same as ${values.against}\n`);
