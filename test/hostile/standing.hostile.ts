// The standing hostile-input suite (`npm run test:hostile`, run by CI): inputs made by
// scripts/hostile/inputs.ts, each run through the built CLI in its own process. Each must finish
// within its stated bound, name every bad input with its one-line reason, and store the rest.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCases, writeHostileInputs } from '../../scripts/hostile/inputs.js';
import { runCase } from '../../scripts/hostile/run.js';
import { buildIfStale } from './cli-harness.js';

/** Peak memory allowed to any run, in MB. */
const PEAK_MB = 500;

let dir: string;

beforeAll(() => {
  buildIfStale();
  dir = mkdtempSync(join(tmpdir(), 'cc-standing-hostile-'));
  writeHostileInputs(dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('standing hostile inputs (crosscheck ingest, built CLI)', () => {
  for (const [i, c] of hostileCases().entries()) {
    it(`${c.name}: within ${c.seconds} s and ${PEAK_MB} MB, each bad input named, the rest stored`, async () => {
      const r = await runCase(dir, c, join(dir, `ledger-${i}.db`));
      expect(r.stderr).toBe('');
      expect(r.summary).not.toBeNull();
      const s = r.summary!;
      expect(Object.keys(Object.fromEntries(s.failures.map((f) => [f.origin, 1]))).sort()).toEqual(
        Object.keys(c.failures).sort(),
      );
      for (const f of s.failures) expect(f.reason).toMatch(c.failures[f.origin]!);
      const skips = Object.fromEntries(s.skips.map((f) => [f.origin, f.reason]));
      expect(Object.keys(skips).sort()).toEqual(Object.keys(c.skips ?? {}).sort());
      for (const [origin, reason] of Object.entries(skips)) expect(reason).toMatch(c.skips![origin]!);
      expect(s.stored + s.versions).toBe(c.stored);
      expect(r.status).toBe(Object.keys(c.failures).length > 0 ? 1 : 0);
      expect(r.seconds).toBeLessThan(c.seconds);
      expect(r.peakMB).toBeLessThan(PEAK_MB);
    }, 180_000);
  }
});
