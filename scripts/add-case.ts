/**
 * `npm run add-case -- STAGE SLUG [FILE] [--lines] [--published YYYY-MM-DD] [--seed NAME] [--about TEXT]`
 *
 * Adds a test case: `test/cases/STAGE/SLUG/` with the input (FILE, or standard input), its settings
 * in `case.json`, and `expected.json` written from what the stage gives now, printed for review.
 * Read it line by line: where the stage is wrong, keep the item and mark it
 * `"knownMiss": "why, and what it should be"`; add an item it does not find with `"missing": true`
 * and its `knownMiss`. `npx vitest run test/cases` then checks it. Layout: test/helpers/cases.ts.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDay } from '../src/calendar.js';
import { STAGES, type CaseSpec } from '../test/helpers/case-stages.js';
import { actualOf, CASES_DIR, loadCase, writeExpected } from '../test/helpers/cases.js';
import { haveSeeds, SHARED_DIR } from '../test/helpers/shared.js';

const USAGE = `Usage: npm run add-case -- STAGE SLUG [FILE] [options]

Adds test/cases/STAGE/SLUG/ with FILE (or standard input) as its input and expected.json written from
what the stage gives now, for you to review. STAGE is one of: ${Object.keys(STAGES).join(', ')}.
SLUG names what the case shows, in lower case with hyphens (claimant-after-quote).

Options:
  --lines              FILE holds one short input per line, each read as its own document
  --published DATE     the publication date known before extraction (YYYY-MM-DD)
  --seed NAME          read the seed article NAME from the shared folder instead of a FILE
  --about TEXT         what the case shows, for the reviewer
  -h, --help           show this help

Inputs are texts written for the project: never copy a real article's sentences into a case (the
shared seed articles are read in place with --seed).`;

function fail(reason: string): never {
  process.stderr.write(`add-case: ${reason}\n\n${USAGE}\n`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      lines: { type: 'boolean' },
      published: { type: 'string' },
      seed: { type: 'string' },
      about: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (e) {
  fail((e as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(USAGE + '\n');
  process.exit(0);
}
const [stage, slug, file, ...extra] = positionals;
if (!stage || !slug) fail('give a STAGE and a SLUG');
if (extra.length) fail(`one FILE at most, got ${positionals.length - 2}`);
if (!STAGES[stage]) fail(`no stage "${stage}"`);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) fail(`the slug "${slug}" must be lower case words joined by hyphens`);
if (values.published !== undefined && !isIsoDay(values.published))
  fail(`--published must be a calendar day written YYYY-MM-DD, got "${values.published}"`);
if (values.seed && file) fail('give a FILE or --seed, not both');
if (values.seed && !haveSeeds(values.seed)) fail(`no seed article "${values.seed}" in ${join(SHARED_DIR, 'seeds')}`);
if (file && file !== '-' && resolve(file).startsWith(SHARED_DIR + '/'))
  fail(`${file} is in the shared folder: read a seed article in place with --seed NAME, never copy it`);
if (file && file !== '-' && !existsSync(file)) fail(`${file}: no such file`);

const dir = join(CASES_DIR, stage, slug);
if (existsSync(dir)) fail(`${relative(process.cwd(), dir)} exists already`);

const spec: CaseSpec = {
  ...(values.about ? { about: values.about } : {}),
  ...(values.published ? { published: values.published } : {}),
  ...(values.seed ? { seed: values.seed } : {}),
};
const input = values.seed ? null : readFileSync(file && file !== '-' ? file : 0, 'utf8');
if (input !== null && input.trim() === '') fail('the input is empty');

mkdirSync(dir, { recursive: true });
try {
  if (input !== null) writeFileSync(join(dir, values.lines ? 'lines.txt' : STAGES[stage]!.input), input);
  if (Object.keys(spec).length) writeFileSync(join(dir, 'case.json'), JSON.stringify(spec, null, 2) + '\n');
  const c = loadCase(stage, slug);
  const expected = actualOf(c);
  writeExpected(c, expected);
  process.stdout.write(
    `${JSON.stringify(expected, null, 2)}\n\nwrote ${relative(process.cwd(), dir)}/: review expected.json line by line; mark what is wrong with "knownMiss": "why"\n`,
  );
} catch (e) {
  rmSync(dir, { recursive: true, force: true });
  fail(`the stage could not read the input: ${(e as Error).message}`);
}
