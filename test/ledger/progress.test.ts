import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Progress } from '../../src/batch/progress.js';
import { buildIfStale, cli, root } from '../hostile/cli-harness.js';

let dir: string;
const REPORT = (i: number) =>
  `Aid convoy reaches Corvell district, day ${i}\n\nHarbour Ledger\n\nCORVELL, May ${(i % 28) + 1}, 2025 — At least ${i + 3} people were injured when shells fell near an aid convoy in Corvell, the district council said.\n`;

beforeAll(() => {
  buildIfStale();
  dir = mkdtempSync(join(tmpdir(), 'cc-ledger-progress-'));
  for (let i = 0; i < 40; i++) writeFileSync(join(dir, `report-${String(i).padStart(2, '0')}.txt`), REPORT(i));
  writeFileSync(join(dir, 'broken.html'), Buffer.from([0x00, 0xff, 0x00, 0xfe]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI under `script`, which gives it a pseudo-terminal; resolves to what the terminal showed. */
function onTerminal(args: string[]): Promise<{ status: number; screen: string }> {
  const command = [process.execPath, join(root, 'bin/crosscheck.js'), ...args].map((a) => `'${a}'`).join(' ');
  return new Promise((resolve) => {
    execFile(
      'script',
      ['-qec', command, '/dev/null'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, COLUMNS: '120' } },
      (err, stdout) => {
        resolve({ status: err ? Number((err as { code?: number }).code ?? 1) : 0, screen: stdout });
      },
    );
  });
}

describe('ingest progress and summary', () => {
  it('draws a bar with count, total, ETA and rate on a terminal, then clears it for the summary', async () => {
    const { status, screen } = await onTerminal(['ingest', '.', '--db', 'tty.db', '--jobs', '1']);
    expect(status).toBe(1);
    expect(screen).toMatch(/\ringesting \[[█░]{24}\] \d+\/41  ETA \d+s  [\d.]+\/s/);
    expect(screen).toMatch(
      /\r\x1b\[Kread 40, stored 40, unchanged duplicates 0, new versions 0, failed 1, skipped 0 in [\d.]+s \(\d+\/s\)\r?\n  failed: .*broken\.html: /,
    );
  });

  it('prints only the summary off a terminal, as JSON with --json, and exits 0 only when nothing failed', async () => {
    const bad = await cli(['ingest', '.', '--db', 'pipe.db', '--jobs', '1'], dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('');
    expect(bad.stdout).toMatch(
      /^read 40, stored 40, unchanged duplicates 0, new versions 0, failed 1, skipped 0 in [\d.]+s \(\d+\/s\)\n  failed: .*broken\.html: .+\n$/,
    );
    const good = await cli(
      ['ingest', 'report-00.txt', 'report-01.txt', '--db', 'pipe.db', '--json', '--jobs', '1'],
      dir,
    );
    expect([good.status, good.stderr]).toEqual([0, '']);
    expect(JSON.parse(good.stdout)).toEqual({
      read: 2,
      stored: 0,
      duplicates: 2,
      versions: 0,
      redated: 0,
      failed: 0,
      failures: [],
      skipped: 0,
      skips: [],
      warnings: [],
      seconds: expect.any(Number),
    });
  });
});

describe('Progress', () => {
  const fakeTty = () => ({ isTTY: true, columns: 80, write: vi.fn((_: string) => true) });

  it('shows count and rate until the total is known, then a bar and ETA; redraws at most ten times a second', () => {
    vi.useFakeTimers({ now: 0 });
    const out = fakeTty();
    const p = new Progress(out, 'ingesting');
    vi.setSystemTime(2000);
    p.update(50, 0);
    expect(out.write).toHaveBeenLastCalledWith('\ringesting 50  25/s\x1b[K');
    p.setTotal(200);
    vi.setSystemTime(2050);
    p.update(51, 0);
    expect(out.write).toHaveBeenCalledTimes(1);
    vi.setSystemTime(4000);
    p.update(100, 2);
    expect(out.write).toHaveBeenLastCalledWith(
      `\ringesting [${'█'.repeat(12)}${'░'.repeat(12)}] 100/200  ETA 4s  25/s  2 failed\x1b[K`,
    );
    p.done();
    expect(out.write).toHaveBeenLastCalledWith('\r\x1b[K');
    vi.useRealTimers();
  });

  it('writes nothing off a terminal', () => {
    const out = { ...fakeTty(), isTTY: false };
    const p = new Progress(out, 'ingesting', 10);
    p.update(5, 0, true);
    p.done();
    expect(out.write).not.toHaveBeenCalled();
  });
});
