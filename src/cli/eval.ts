import { statSync } from 'node:fs';
import { formatReport } from '../eval/format.js';
import { summarise } from '../eval/summary.js';
import { defineCommand, UsageError } from './options.js';

/** `crosscheck eval`; resolves to the exit status (1 for usage or I/O errors, or a folder with no gold). */
export const { usage, run } = defineCommand({
  name: 'eval',
  synopsis: 'GOLD_DIR [--verbose] [--json]',
  summary: `Scores extraction against a gold folder: one sub-folder per article holding article.txt (or
source.html) and gold.json (the format is in test/corpus/GUIDELINES.md). Prints figure and
statement precision/recall/F1, claimant, date, qualifier, speaker and kind accuracy among
matches, and metadata accuracy.`,
  options: {
    verbose: {
      kind: 'flag',
      help: 'a row per article, and every miss, spurious claim and wrong field with its evidence',
    },
    json: { kind: 'flag', help: 'the whole report as one JSON object' },
  },
  positionals: { min: 1, max: 1, name: 'a gold folder (e.g. test/corpus)' },
  async run(values, [dir]) {
    let isDir: boolean;
    try {
      isDir = statSync(dir!).isDirectory();
    } catch {
      throw new UsageError(`${dir}: no such folder`);
    }
    if (!isDir) throw new UsageError(`${dir}: not a folder; give a folder of annotated articles`);
    // The extractor loads here, not for --help or a mistyped option.
    const { scoreGoldDir } = await import('../eval/gold-dir.js');
    const result = await scoreGoldDir(dir!);
    for (const err of result.errors) process.stderr.write(`crosscheck eval: ${dir}/${err}\n`);
    if (result.scores.length === 0 && result.errors.length === 0)
      throw new UsageError(
        `${dir}: no annotated articles here (sub-folders holding gold.json and article.txt or source.html)`,
      );
    const report = summarise(result.scores);
    process.stdout.write(values.json ? JSON.stringify(report) + '\n' : formatReport(report, values.verbose ?? false));
    return result.errors.length ? 1 : 0;
  },
});
