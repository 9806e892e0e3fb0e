/**
 * The README's examples run from a clone (issue 11, item 16): none needs ../shared, and every
 * sample session ("    $ crosscheck …" followed by its output) prints what the example corpus
 * really prints, at 100 columns.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, root, type CliResult } from '../hostile/cli-harness.js';

const README = readFileSync(join(root, 'README.md'), 'utf8');
let dir: string;
let db: string;

function run(args: string[]): Promise<CliResult> {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [join(root, 'bin/crosscheck.js'), ...args],
      { cwd: root, encoding: 'utf8', env: { ...process.env, CROSSCHECK_DB: db, COLUMNS: '100' } },
      (err, stdout, stderr) =>
        resolve({ status: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

/** Each "    $ crosscheck ARGS" line with the indented lines after it, up to a blank line. */
function sessions(): Array<{ args: string[]; output: string[] }> {
  const lines = README.split('\n');
  const found: Array<{ args: string[]; output: string[] }> = [];
  lines.forEach((line, i) => {
    const m = /^ {4}\$ crosscheck (.+)$/.exec(line);
    if (!m) return;
    const output: string[] = [];
    for (let k = i + 1; k < lines.length && lines[k]!.startsWith('    ') && !/^ {4}\$ /.test(lines[k]!); k++)
      output.push(lines[k]!.slice(4));
    // Words as a shell splits them: "Velmora health" is one argument.
    const args = (m[1]!.match(/"[^"]*"|\S+/g) ?? []).map((a) => a.replace(/^"(.*)"$/, '$1'));
    found.push({ args, output });
  });
  return found;
}

beforeAll(async () => {
  buildIfStale();
  dir = mkdtempSync(join(tmpdir(), 'cc-readme-'));
  db = join(dir, 'examples.db');
  // What `npm start` does in a fresh clone.
  const r = await run(['ingest', 'examples/']);
  expect(r.status).toBe(0);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the README', () => {
  it('has no command example that needs ../shared', () => {
    const examples = README.split('\n').filter((l) => /^\s*(\$ |npx )crosscheck /.test(l));
    expect(examples.length).toBeGreaterThan(3);
    expect(examples.filter((l) => l.includes('../shared'))).toEqual([]);
  });

  it('shows what the example corpus prints for each sample session', async () => {
    const all = sessions();
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const { args, output } of all) {
      const r = await run(args);
      // A usage error's sample is its first line; a listing's is the whole table.
      const shown = r.status === 0 ? r.stdout.trimEnd().split('\n') : r.stderr.split('\n').slice(0, output.length);
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
