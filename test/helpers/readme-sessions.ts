/**
 * The README's sample sessions: each indented "    $ crosscheck ARGS" line and the indented lines
 * after it (its output), and how to run them as a reader of a fresh clone would. One parser for
 * test/cli/readme.test.ts, which checks them, and scripts/readme-sessions.ts, which rewrites them.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, type CliResult } from '../hostile/cli-harness.js';

export const README_PATH = join(root, 'README.md');

/** One session: the command's words, its output as shown, and where that output stands in the README. */
export interface Session {
  args: string[];
  output: string[];
  /** Index (0-based) of the "$ crosscheck" line; the output is the lines after it. */
  line: number;
}

const COMMAND = /^ {4}\$ crosscheck (.+)$/;

/** Each "    $ crosscheck ARGS" line of `readme` with the indented lines after it, up to a blank line or the next "$". */
export function parseSessions(readme: string): Session[] {
  const lines = readme.split('\n');
  const found: Session[] = [];
  lines.forEach((line, i) => {
    const m = COMMAND.exec(line);
    if (!m) return;
    const output: string[] = [];
    for (let k = i + 1; k < lines.length && lines[k]!.startsWith('    ') && !/^ {4}\$ /.test(lines[k]!); k++)
      output.push(lines[k]!.slice(4));
    // Words as a shell splits them: "Velmora health" is one argument.
    const args = (m[1]!.match(/"[^"]*"|\S+/g) ?? []).map((a) => a.replace(/^"(.*)"$/, '$1'));
    found.push({ args, output, line: i });
  });
  return found;
}

/**
 * What a session shows of a run: a listing's whole standard output; for a failure (a usage error),
 * the first `lines` lines of standard error (its reason, without the usage after it).
 */
export function shownOutput(r: CliResult, lines: number): string[] {
  return r.status === 0 ? r.stdout.trimEnd().split('\n') : r.stderr.split('\n').slice(0, lines);
}

/** A ledger of the example corpus, made as `npm start` makes it, and the CLI run over it at 100 columns. */
export interface ExampleLedger {
  run(args: string[]): Promise<CliResult>;
  close(): void;
}

/** Ingests examples/ into a ledger in a temporary folder (`crosscheck ingest examples/`, from the clone). */
export async function exampleLedger(): Promise<ExampleLedger> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-readme-'));
  const db = join(dir, 'examples.db');
  const run = (args: string[]) =>
    new Promise<CliResult>((resolve) =>
      execFile(
        process.execPath,
        [join(root, 'bin/crosscheck.js'), ...args],
        { cwd: root, encoding: 'utf8', env: { ...process.env, CROSSCHECK_DB: db, COLUMNS: '100' } },
        (err, stdout, stderr) =>
          resolve({ status: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      ),
    );
  const r = await run(['ingest', 'examples/']);
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`crosscheck ingest examples/ failed (${r.status}): ${r.stderr.split('\n')[0]}`);
  }
  return { run, close: () => rmSync(dir, { recursive: true, force: true }) };
}
