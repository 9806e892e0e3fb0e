import { parseArgs } from 'node:util';
import { formatReport } from '../eval/format.js';
import { scoreGoldDir } from '../eval/gold-dir.js';
import { summarise } from '../eval/summary.js';

/** Help text of `crosscheck eval`, printed for --help and on usage errors. */
export const usage = `Usage: crosscheck eval GOLD_DIR [--verbose] [--json]

Scores extraction against a gold folder: one sub-folder per article holding article.txt (or
source.html) and gold.json. Prints figure and statement precision/recall/F1, claimant, date,
qualifier, speaker and kind accuracy among matches, and metadata accuracy.

Options:
  --verbose    a row per article, and every miss, spurious claim and wrong field with its evidence
  --json       the whole report as one JSON object
  -h, --help   show this help`;

/** Runs `crosscheck eval`; resolves to the exit status (1 only for usage or I/O errors). */
export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { verbose: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    process.stderr.write(`crosscheck eval: ${(e as Error).message}\n\n${usage}\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`${usage}\n`);
    return 1;
  }
  const dir = positionals[0]!;
  let result;
  try {
    result = await scoreGoldDir(dir);
  } catch (e) {
    process.stderr.write(`crosscheck eval: ${dir}: ${(e as Error).message}\n`);
    return 1;
  }
  for (const err of result.errors) process.stderr.write(`crosscheck eval: ${dir}/${err}\n`);
  const report = summarise(result.scores);
  process.stdout.write(values.json ? JSON.stringify(report) + '\n' : formatReport(report, values.verbose ?? false));
  return result.errors.length ? 1 : 0;
}
