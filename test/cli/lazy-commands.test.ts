/**
 * A command loads only what it needs: `crosscheck figures` or `--help` must not wait for the
 * extractor, the HTML readers and their dictionaries, which take most of a second to load.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, root } from '../hostile/cli-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => buildIfStale(), 120_000);

/** The module URLs `crosscheck ARGS` loaded. */
function loaded(args: string[]): string[] {
  const log = join(dir, `${args.join('-').replace(/\W/g, '_')}.log`);
  try {
    execFileSync(
      process.execPath,
      ['--import', join(root, 'test/helpers/record-imports.mjs'), join(root, 'bin/crosscheck.js'), ...args],
      { cwd: dir, env: { ...process.env, RECORD_IMPORTS: log }, stdio: 'pipe' },
    );
  } catch {
    // A usage error still loaded what it loaded.
  }
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const extractor = (urls: string[]) => urls.filter((u) => /\/dist\/extract\/|chrono-node|wink-|linkedom/.test(u));

describe('lazy commands', () => {
  it('--help, a query and a slip of a command name load no extractor', () => {
    for (const args of [['--help'], ['figures', '--db', join(dir, 'none.db')], ['figuers']]) {
      const urls = loaded(args);
      expect(urls.some((u) => u.endsWith('/dist/cli/main.js'))).toBe(true);
      expect(extractor(urls), args.join(' ')).toEqual([]);
    }
  });

  it('extract loads the extractor (the check above can see it)', () => {
    expect(extractor(loaded(['extract', '--help'])).length).toBeGreaterThan(0);
  });
});
