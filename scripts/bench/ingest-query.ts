/**
 * Times the ledger query behind `crosscheck figures --metric killed --from X --to Y`, in this
 * process through the library: `tsx ingest-query.ts DB [RUNS]`. The date window is taken from the
 * ledger itself (the 45th to 55th percentile of the killed figures' as-of dates, so about a tenth of
 * them match). Prints `{ from, to, rows, tableMs, allMs, plan }`: the median over RUNS of the first
 * 50 rows (what the table shows) and of every matching row (what --format jsonl streams).
 */
import { openLedger } from '../../src/store/ledger.js';
import { figuresQuery, queryFigures, type ClaimFilter } from '../../src/store/queries.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(run: () => number, runs: number): { ms: number; rows: number } {
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    rows = run();
    ms.push(performance.now() - t0);
  }
  return { ms: median(ms), rows };
}

const [path, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 7);
const ledger = openLedger(path!, { readonly: true });
const dates = ledger.db
  .prepare("SELECT as_of FROM figures WHERE metric = 'killed' AND as_of IS NOT NULL ORDER BY as_of")
  .pluck()
  .all() as string[];
const from = dates[Math.floor(dates.length * 0.45)] ?? '2000-01-01';
const to = dates[Math.floor(dates.length * 0.55)] ?? '2000-01-01';
const filter: ClaimFilter = { metric: 'killed', from, to };
const count = (f: ClaimFilter) => () => {
  let n = 0;
  for (const _ of queryFigures(ledger, f)) n++;
  return n;
};
const table = time(count({ ...filter, limit: 50 }), runs);
const all = time(count(filter), runs);
const probe = figuresQuery({ ...filter, limit: 50 });
const plan = (ledger.db.prepare('EXPLAIN QUERY PLAN ' + probe.sql).all(probe.params) as Array<{ detail: string }>).map(
  (r) => r.detail,
);
ledger.close();
process.stdout.write(JSON.stringify({ from, to, rows: all.rows, tableMs: table.ms, allMs: all.ms, plan }) + '\n');
