/**
 * `npx tsx scripts/bench/search-costs.ts --db LEDGER [--count 20000] [--top 40] [--json FILE]`
 *
 * The CPU cost of each of bench:api's different searches (search-mix.ts), one after another on one
 * connection as a search thread runs them (`searchJson`, no cache): how the costs are spread (a
 * p99 under load is set by the slowest searches as much as by the mean), and the costliest ones
 * with the number of matches of each of their words, to see what makes the tail. CPU time from
 * `process.cpuUsage` (microseconds), so a loaded machine changes it less than wall-clock time; the
 * first `--warm` searches (default 1,000, a thread's start: compiling, each word's first count) are
 * run first and not counted.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openLedger } from '../../src/store/ledger.js';
import { ftsPhrases } from '../../src/store/queries.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { distinctSearches } from './search-mix.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    count: { type: 'string', default: '20000' },
    warm: { type: 'string', default: '1000' },
    top: { type: 'string', default: '40' },
    json: { type: 'string' },
  },
});
if (!values.db) throw new Error('give --db LEDGER');
const ledger = openLedger(values.db, { readonly: true });
// As the server's search threads read the ledger (search-worker.ts).
ledger.db.pragma(`mmap_size = ${2 ** 31}`);
const store = new SqliteStore(ledger, { searchCache: false });
const searches = distinctSearches(ledger.db, Number(values.count));
const warm = Number(values.warm);

// Other searches than the counted ones, so that no counted search finds its words' pages warmer.
for (const q of distinctSearches(ledger.db, Number(values.count) + warm).slice(-warm))
  await store.searchJson(q, {}, { limit: 20 });

const costs: Array<{ q: string; ms: number; bytes: number }> = [];
for (const q of searches) {
  const t0 = process.cpuUsage();
  const json = await store.searchJson(q, {}, { limit: 20 });
  const t = process.cpuUsage(t0);
  costs.push({ q, ms: (t.user + t.system) / 1000, bytes: Buffer.byteLength(json) });
}

const sorted = costs.map((c) => c.ms).sort((a, b) => a - b);
const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const total = sorted.reduce((a, b) => a + b, 0);
const line = (label: string, x: number) => `${label.padEnd(8)} ${x.toFixed(2).padStart(7)} ms\n`;
process.stdout.write(`${costs.length} searches, CPU ms each (after ${warm} others)\n`);
process.stdout.write(line('mean', total / sorted.length));
for (const p of [0.5, 0.9, 0.99, 0.999]) process.stdout.write(line(`p${p * 100}`, at(p)));
process.stdout.write(line('max', sorted.at(-1)!));
// In the order asked, a thousand at a time: a thread's first searches count their words first.
const blocks: string[] = [];
for (let i = 0; i < costs.length; i += 1000) {
  const block = costs.slice(i, i + 1000);
  blocks.push((block.reduce((a, c) => a + c.ms, 0) / block.length).toFixed(2));
}
process.stdout.write(`mean of each thousand, in order: ${blocks.join(' ')}\n`);
const slowest = [...costs].sort((a, b) => b.ms - a.ms);
const share = slowest.slice(0, Math.ceil(costs.length / 10)).reduce((a, c) => a + c.ms, 0) / total;
process.stdout.write(`the costliest tenth: ${(share * 100).toFixed(0)}% of the CPU\n`);
process.stdout.write(
  `answer bytes: mean ${Math.round(costs.reduce((a, c) => a + c.bytes, 0) / costs.length)}, max ${Math.max(...costs.map((c) => c.bytes))}\n`,
);

// Each word's matches, documents and statements, for the costliest searches.
const matches = (table: string) => ledger.db.prepare(`SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`).pluck();
const [docs, stmts] = [matches('documents_fts'), matches('statements_fts')];
process.stdout.write(`\nthe costliest ${values.top}: ms, then each word's matching documents/statements\n`);
for (const c of slowest.slice(0, Number(values.top))) {
  const words = ftsPhrases(c.q).map((p) => `${p} ${docs.get(p) as number}/${stmts.get(p) as number}`);
  process.stdout.write(`${c.ms.toFixed(2).padStart(7)}  ${words.join(', ')}\n`);
}
if (values.json) writeFileSync(values.json, JSON.stringify(costs));
