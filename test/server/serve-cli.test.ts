import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../browser/harness.js';
import { buildIfStale, cli } from '../hostile/cli-harness.js';
import { TEXTS } from './helpers.js';

const TOKEN = 'a-token-for-the-newsroom';

beforeAll(() => buildIfStale());

/** A usage error: one line naming the reason, then the usage, status 1, no stack trace. */
function expectUsageError(r: { status: number; stderr: string }, reason: RegExp) {
  expect(r.status).toBe(1);
  const [first, blank, usage] = r.stderr.split('\n');
  expect(first).toMatch(/^crosscheck serve: /);
  expect(first).toMatch(reason);
  expect([blank, usage]).toEqual(['', expect.stringMatching(/^Usage: crosscheck serve/)]);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('crosscheck serve', () => {
  it('will not listen beyond this machine without a token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-serve-'));
    try {
      expectUsageError(await cli(['serve', '--db', join(dir, 'l.db'), '--host', '0.0.0.0'], dir), /--token/);
      expectUsageError(await cli(['serve', '--db', join(dir, 'l.db'), '--token', 'short'], dir), /at least 12/);
      expectUsageError(await cli(['serve', '--db', join(dir, 'l.db'), '--port', '99999'], dir), /--port/);
      expectUsageError(
        await cli(['serve', '--db', join(dir, 'l.db')], dir, { ...process.env, PORT: 'http' }),
        /the PORT environment variable takes a whole number from 0 to 65535, not "http"/,
      );
      expectUsageError(
        await cli(['serve', '--db', join(dir, 'l.db'), '--fetch-allow', '10.20.0.0/16'], dir),
        /--fetch-allow .*give --allow-fetch too/,
      );
      expectUsageError(
        await cli(['serve', '--db', join(dir, 'l.db'), '--allow-fetch', '--fetch-allow', 'intranet'], dir),
        /--fetch-allow takes an address range \(10\.20\.0\.0\/16\) or an address, not "intranet"/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('listening beyond loopback, answers 401 to a request without the token', async () => {
    const s = await serve(['--host', '0.0.0.0', join(TEXTS, 'harbour-siege.txt')], { CROSSCHECK_TOKEN: TOKEN });
    try {
      const local = s.url.replace('0.0.0.0', '127.0.0.1');
      const bare = await fetch(`${local}api/overview`);
      expect(bare.status).toBe(401);
      expect(await bare.json()).toMatchObject({ error: { code: 'unauthorized' } });
      const page = await fetch(`${local}figures`, { redirect: 'manual' });
      expect(page.status).toBe(303);
      const ok = await fetch(`${local}api/overview`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { documents: number }).documents).toBe(1);
    } finally {
      await s.stop();
    }
    expect(s.child.exitCode).toBe(0);
  });

  it('ingests the paths it is given into a new ledger only, and says when the port is taken', async () => {
    const first = await serve([join(TEXTS, 'harbour-siege.txt')]);
    try {
      const o = (await (await fetch(`${first.url}api/overview`)).json()) as { documents: number };
      expect(o.documents).toBe(1);
      const port = new URL(first.url).port;
      const taken = await cli(
        ['serve', '--db', join(first.dir, 'ledger.db'), '--port', port, join(TEXTS, 'hostile.txt')],
        first.dir,
      );
      expect(taken.status).toBe(1);
      expect(taken.stderr).toMatch(
        new RegExp(`^crosscheck serve: port ${port} is in use; choose another with --port`, 'm'),
      );
      expect(taken.stderr).not.toMatch(/ingesting/);
      // $PORT names the port when --port is not given.
      const fromEnv = await cli(['serve', '--db', join(first.dir, 'ledger.db')], first.dir, {
        ...process.env,
        PORT: port,
      });
      expect(fromEnv.stderr).toMatch(new RegExp(`^crosscheck serve: port ${port} is in use`, 'm'));
    } finally {
      await first.stop();
    }
  });
});
