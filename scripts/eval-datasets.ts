/**
 * Scores the extractor on public datasets and on the two seed articles.
 *
 *   npm run eval:datasets -- PATH [--json] [--seeds DIR] [--floors eval-floors.json [--check | --write-floors]]
 *
 * PATH is the datasets folder (e.g. ../shared/datasets). Each adapter in scripts/datasets/ documents
 * its protocol at the top and reads only from PATH; an absent dataset is skipped with a message.
 * Prints a table (dataset, task, n, predicted, P, R, F1, published reference) and the throughput.
 * `--check` exits 1 when a score is below its floor; `--write-floors` rewrites the floors file
 * from this run (the ratchet). Exit 1 also for usage errors.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scriptArgs } from './script-args.js';
import { formatTable, percent } from '../src/eval/format.js';
import { checkFloors, type FloorsFile, floorsFrom } from './datasets/floors.js';
import { runIdmc } from './datasets/idmc.js';
import { runMuc4 } from './datasets/muc4.js';
import { runNewsDev } from './datasets/news-dev.js';
import { runPolnear } from './datasets/polnear.js';
import { runNewsDevDisputes } from './datasets/news-dev-disputes.js';
import { runReprints } from './datasets/reprints.js';
import type { AdapterResult, ResultRow } from './datasets/result.js';
import { runSeeds } from './datasets/seeds.js';
import { runTempeval3 } from './datasets/tempeval3.js';
import { runWikievents } from './datasets/wikievents.js';

/** Dataset, task and reference are text; the rest are numbers. */
const TEXT_COLUMNS: ReadonlySet<number> = new Set([0, 1, 7]);

const USAGE = 'Usage: npm run eval:datasets -- PATH [--json] [--seeds DIR] [--floors FILE [--check | --write-floors]]';

async function main(argv: string[]): Promise<number> {
  const parsed = scriptArgs(
    argv,
    {
      json: { type: 'boolean' },
      seeds: { type: 'string' },
      floors: { type: 'string' },
      check: { type: 'boolean' },
      'write-floors': { type: 'boolean' },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (
    positionals.length !== 1 ||
    ((values.check || values['write-floors']) && !values.floors) ||
    (values.check && values['write-floors'])
  ) {
    process.stderr.write(USAGE + '\n');
    return 1;
  }
  const root = resolve(positionals[0]!);
  if (!existsSync(root)) {
    process.stderr.write(`eval-datasets: ${root} not found: nothing to score\n`);
    return 1;
  }

  const adapters: Array<[string, () => AdapterResult | Promise<AdapterResult>]> = [
    ['news-dev', () => runNewsDev(root)],
    ['muc4', () => runMuc4(root)],
    ['wikievents', () => runWikievents(root)],
    ['idmc', () => runIdmc(root)],
    ['polnear', () => runPolnear(root)],
    ['tempeval3', () => runTempeval3(root)],
    ['reprints', () => runReprints(root)],
    ['news-dev disputes', () => runNewsDevDisputes(root)],
    ['seeds', () => runSeeds(values.seeds ? resolve(values.seeds) : join(root, '..', 'seeds'))],
  ];
  const rows: ResultRow[] = [];
  const notes: string[] = [];
  const timing: Array<{ adapter: string; seconds: number; chars: number }> = [];
  for (const [name, run] of adapters) {
    const t0 = performance.now();
    const r = await run();
    const seconds = (performance.now() - t0) / 1000;
    rows.push(...r.rows);
    if (r.skipped) notes.push(`skipped: ${r.skipped}`);
    timing.push({ adapter: name, seconds, chars: r.chars });
  }

  let status = 0;
  let check: ReturnType<typeof checkFloors> | null = null;
  if (values.floors && values['write-floors']) {
    writeFileSync(values.floors, JSON.stringify(floorsFrom(rows), null, 2) + '\n');
    notes.push(`floors written to ${values.floors}`);
  } else if (values.floors && values.check) {
    if (!existsSync(values.floors)) {
      process.stderr.write(`eval-datasets: ${values.floors} not found\n`);
      return 1;
    }
    check = checkFloors(rows, JSON.parse(readFileSync(values.floors, 'utf8')) as FloorsFile);
    if (check.failures.length) status = 1;
  }

  if (values.json) {
    process.stdout.write(JSON.stringify({ rows, timing, notes, check }) + '\n');
  } else {
    const table = rows.map((r) => [
      r.dataset,
      r.task,
      String(r.n),
      r.predicted === null ? '' : String(r.predicted),
      percent(r.precision),
      percent(r.recall),
      percent(r.f1),
      r.reference ?? '',
    ]);
    process.stdout.write(
      formatTable(['dataset', 'task', 'n', 'pred', 'P', 'R', 'F1', 'published reference'], table, TEXT_COLUMNS) +
        '\n\n',
    );
    for (const t of timing) {
      const mbps = t.seconds > 0 ? t.chars / 1e6 / t.seconds : 0;
      process.stdout.write(
        `${t.adapter}: ${(t.chars / 1e6).toFixed(2)} M chars in ${t.seconds.toFixed(1)} s (${mbps.toFixed(2)} M chars/s, scoring included)\n`,
      );
    }
    for (const n of notes) process.stdout.write(n + '\n');
    if (check) {
      for (const w of check.warnings) process.stdout.write(`floor warning: ${w}\n`);
      for (const f of check.failures) process.stdout.write(`BELOW FLOOR: ${f}\n`);
      process.stdout.write(check.failures.length ? `floors: ${check.failures.length} below\n` : 'floors: all met\n');
    }
  }
  return status;
}

process.exitCode = await main(process.argv.slice(2));
