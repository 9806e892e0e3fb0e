import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin/crosscheck.js');

const REPORT =
  'Two medics killed in Khan Younis\n\nTwo medics were killed on Monday when their ambulance was hit, the Red Crescent said.\n';

let dir: string;
const path = (name: string): string => join(dir, name);

function run(args: string[], input?: string | Buffer): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, 'extract', ...args], { cwd: dir, input: input ?? '', encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function lines(s: string): string[] {
  return s.split('\n').filter((l) => l !== '');
}

/** Newest modification time under a folder, in ms. */
function newest(folder: string): number {
  let t = 0;
  for (const e of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

beforeAll(() => {
  // The CLI runs from dist/: rebuild when the sources it runs are newer (tsc still emits when
  // someone else's file has a type error, so that is not fatal here).
  const built = join(root, 'dist/cli/main.js');
  if (!existsSync(built) || newest(join(root, 'src')) > statSync(built).mtimeMs) {
    try {
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')],
        { cwd: root, stdio: 'pipe' },
      );
    } catch {
      // Type errors elsewhere; the emitted JavaScript is what the tests below check.
    }
  }
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
  writeFileSync(path('good.txt'), REPORT);
  copyFileSync(join(root, 'test/cases/html/news-page/input.html'), path('page.html'));
  writeFileSync(path('binary.bin'), Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
  writeFileSync(path('empty.txt'), '');
  mkdirSync(path('folder'));
  const fd = openSync(path('huge.txt'), 'w');
  ftruncateSync(fd, 100_000_000);
  closeSync(fd);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crosscheck extract (built CLI)', () => {
  it('prints good files in order, one error line per bad file, and exits 1', () => {
    const r = run(['good.txt', 'missing.txt', 'page.html', 'binary.bin', 'folder', 'empty.txt']);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([
      'crosscheck: missing.txt: no such file',
      'crosscheck: binary.bin: binary file: contains NUL bytes (or is UTF-16 without a byte-order mark), not text or HTML',
      'crosscheck: folder: is a directory, not a file',
      'crosscheck: empty.txt: empty file: nothing to read',
    ]);
    const out = lines(r.stdout).map((l) => JSON.parse(l) as Extraction);
    expect(out.map((x) => x.document.origin)).toEqual(['good.txt', 'page.html']);
    expect(out[0]!.document.text).toBe(REPORT);
    const page = out[1]!.document;
    expect(
      page.text.startsWith('Shelling hits market in Novarsk as both sides trade blame\n\nNOVARSK — At least 14 people'),
    ).toBe(true);
    expect([page.title, page.outlet, page.published, page.language]).toEqual([
      'Shelling hits market in Novarsk as both sides trade blame',
      'The Northern Ledger',
      '2024-03-06',
      'en',
    ]);
    for (const x of out) {
      expect(Object.keys(x)).toEqual(expect.arrayContaining(['document', 'figures', 'statements', 'entities']));
      expect(x.document.id).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('exits 0 when every file is read, and prints the same bytes every time', () => {
    const a = run(['good.txt', 'page.html']);
    const b = run(['good.txt', 'page.html']);
    expect([a.status, a.stderr]).toEqual([0, '']);
    expect(lines(a.stdout)).toHaveLength(2);
    expect(b.stdout).toBe(a.stdout);
  });

  it('gives with --jobs 2 the same output lines and error lines, in the same order, as one thread', () => {
    // 45 arguments: more than one batch of tasks per thread, good and bad files interleaved.
    const args = Array.from({ length: 15 }, () => ['good.txt', 'missing.txt', 'page.html']).flat();
    const one = run(['--jobs', '1', ...args]);
    const two = run(['--jobs', '2', ...args]);
    expect(one.status).toBe(1);
    expect(lines(one.stdout)).toHaveLength(30);
    expect(lines(one.stderr)).toEqual(Array.from({ length: 15 }, () => 'crosscheck: missing.txt: no such file'));
    expect([two.status, two.stdout, two.stderr]).toEqual([one.status, one.stdout, one.stderr]);
    expect(run(['--jobs', 'two', 'good.txt']).stderr).toMatch(
      /^crosscheck extract: --jobs takes a whole number of threads of at least 1, not "two"/,
    );
  });

  it('reads standard input with no file or "-"', () => {
    for (const args of [[], ['-']]) {
      const r = run(args, REPORT);
      expect(r.status).toBe(0);
      const x = JSON.parse(r.stdout) as Extraction;
      expect([x.document.origin, x.document.text]).toEqual(['-', REPORT]);
    }
    const empty = run([]);
    expect([empty.status, empty.stdout, empty.stderr]).toEqual([
      1,
      '',
      'crosscheck: <stdin>: empty input: nothing to read\n',
    ]);
  });

  it('uses a valid --published and refuses an invalid one as a usage error', () => {
    const ok = run(['--published', '2024-02-12', 'good.txt']);
    expect((JSON.parse(ok.stdout) as Extraction).document.published).toBe('2024-02-12');
    for (const bad of ['12/02/2024', '2024-02-30']) {
      const r = run(['--published', bad, 'good.txt']);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toBe(
        bad === '12/02/2024'
          ? `crosscheck extract: --published: "${bad}" is not a date written YYYY-MM-DD`
          : `crosscheck extract: --published: "${bad}" is no calendar day (February 2024 has 29 days); expected YYYY-MM-DD`,
      );
      expect(r.stderr).toContain('Usage: crosscheck extract');
    }
  });

  it('applies --max-bytes and checks its value', () => {
    const r = run(['--max-bytes', '1000', 'good.txt', 'page.html']);
    expect(r.status).toBe(1);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(lines(r.stderr)).toEqual([
      `crosscheck: page.html: file is ${statSync(path('page.html')).size} bytes, over the size limit of 1000 bytes (raise it with --max-bytes, or the maxBytes option)`,
    ]);
    expect(run(['--max-bytes', '20MB', 'good.txt']).stderr.split('\n')[0]).toBe(
      'crosscheck extract: --max-bytes takes a whole number of at least 1, not "20MB"',
    );
  });

  it('refuses a 100 MB file by its size, without a stack trace', () => {
    const r = run(['huge.txt', 'good.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'crosscheck: huge.txt: file is 100 MB, over the size limit of 20 MB (raise it with --max-bytes, or the maxBytes option)\n',
    );
    expect(lines(r.stdout)).toHaveLength(1);
  });

  it('answers an unknown option with usage, not a stack trace', () => {
    const r = run(['--jsn', 'good.txt']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^crosscheck extract: unknown option --jsn; did you mean --json\?\n/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
