/**
 * The README's examples run from a clone (issue 11, item 16): none needs ../shared, and every
 * sample session ("    $ crosscheck …" followed by its output) prints what the example corpus
 * really prints, at 100 columns.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale } from '../hostile/cli-harness.js';
import {
  exampleLedger,
  parseSessions,
  README_PATH,
  shownOutput,
  type ExampleLedger,
} from '../helpers/readme-sessions.js';

const README = readFileSync(README_PATH, 'utf8');
let ledger: ExampleLedger;
const run = (args: string[]) => ledger.run(args);

beforeAll(async () => {
  buildIfStale();
  // What `npm start` does in a fresh clone.
  ledger = await exampleLedger();
}, 120_000);

afterAll(() => ledger?.close());

describe('the README', () => {
  it('has no command example that needs ../shared', () => {
    const examples = README.split('\n').filter((l) => /^\s*(\$ |npx )crosscheck /.test(l));
    expect(examples.length).toBeGreaterThan(3);
    expect(examples.filter((l) => l.includes('../shared'))).toEqual([]);
  });

  it('shows what the example corpus prints for each sample session', async () => {
    const all = parseSessions(README);
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const { args, output } of all) {
      // A usage error's sample is its first line; a listing's is the whole table (npm run readme:sessions remakes them).
      const shown = shownOutput(await run(args), output.length);
      expect({ args: args.join(' '), lines: shown }).toEqual({ args: args.join(' '), lines: output });
    }
  });

  it('runs `npm start`’s listing: three clean lines from `figures --metric killed | head -3`', async () => {
    const r = await run(['figures', '--metric', 'killed']);
    const [header, rule, first] = r.stdout.split('\n');
    expect(header).toMatch(/^as of\s+(since\s+)?metric\s+value\s+who\s+source\s+outlet\s+document$/);
    expect(rule).toMatch(/^─+( {2}─+)+$/);
    expect(first).toMatch(/^2025-\d\d-\d\d.*\s[0-9a-f]{10}$/);
    for (const l of [header, rule, first]) expect(l!.length).toBeLessThanOrEqual(100);
  });
});
