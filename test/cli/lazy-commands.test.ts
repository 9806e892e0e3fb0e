/**
 * A command loads only what it needs: `crosscheck figures` or `--help` must not wait for the
 * extractor, the HTML readers and their dictionaries, which take most of a second to load.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  it("--help, a query, a slip of a name and the extracting commands' help and usage errors load no extractor", () => {
    for (const args of [
      ['--help'],
      ['figures', '--db', join(dir, 'none.db')],
      ['figuers'],
      ['extract', '--help'],
      ['ingest', '--help'],
      ['redate', '--help'],
      ['eval', '--help'],
      ['extract', '--explain', '--json', 'a.txt'],
      ['ingest', '--jbos', '2', 'a.txt'],
    ]) {
      const urls = loaded(args);
      expect(urls.some((u) => u.endsWith('/dist/cli/main.js'))).toBe(true);
      expect(extractor(urls), args.join(' ')).toEqual([]);
    }
  });

  it('extract and eval load the extractor when they run (the checks above can see it)', () => {
    writeFileSync(join(dir, 'a.txt'), 'Two people were hurt on Monday, the police said.\n');
    expect(extractor(loaded(['extract', join(dir, 'a.txt')])).length).toBeGreaterThan(0);
    expect(extractor(loaded(['eval', dir])).length).toBeGreaterThan(0);
  });
});
