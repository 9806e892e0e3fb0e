import type { IngestSummary } from '../../src/batch/ingest-run.js';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin/crosscheck.js');

/** Newest modification time under a folder, in ms. */
function newest(folder: string): number {
  let t = 0;
  for (const e of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

/** Rebuilds dist/ when src/ is newer: the CLI runs from dist. Type errors elsewhere are not fatal. */
export function buildIfStale(): void {
  const built = join(root, 'dist/cli/main.js');
  if (existsSync(built) && newest(join(root, 'src')) <= statSync(built).mtimeMs) return;
  try {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')],
      { cwd: root, stdio: 'pipe' },
    );
  } catch {
    // Someone else's file has a type error; tsc still emitted the JavaScript.
  }
}

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `crosscheck ARGS` in a child process without blocking this one, so that a server started
 * by the test can answer the CLI's requests. `env` replaces the environment (default: this one's).
 */
export function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const status = err ? ((err as { code?: number }).code ?? 1) : 0;
        resolve({ status: typeof status === 'number' ? status : 1, stdout, stderr });
      },
    );
  });
}

/** The summary `crosscheck ingest --json` prints. */
export type Summary = IngestSummary;

/** A stored document's row, as a test compares it. */
export interface Row {
  id: string;
  origin: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
}

/** Every document in the ledger at `path`, in storage order, read with a separate connection. */
export function documents(path: string): Row[] {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare('SELECT id, origin, url, title, outlet, published, text FROM documents ORDER BY seq')
      .all() as Row[];
  } finally {
    db.close();
  }
}
