import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, cli, type Summary } from '../hostile/cli-harness.js';

let dir: string;

beforeAll(() => {
  buildIfStale();
  dir = mkdtempSync(join(tmpdir(), 'cc-ledger-large-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A long running file of daily bulletins (about 2 MB), next to a short report: stored whole however
// it is extracted (a document too big for an extraction thread's heap is extracted again in the main
// thread; src/parallel/ordered-pool.test.ts tests that a crashed worker fails only its own task).
function bulletins(days: number): string {
  const parts = ['Daily situation bulletins from the Dornwick corridor', 'Harbour Ledger', ''];
  for (let d = 0; d < days; d++) {
    parts.push(
      `Bulletin ${d + 1}. At least ${3 + (d % 40)} people were killed and ${10 + (d % 23)} wounded in shelling of Kelmar overnight, the regional health department said.`,
      `"We are still pulling people out of the rubble," said Ilse Varnholt, a surgeon at the city hospital, as crews searched the market district for survivors.`,
      `More than ${200 + d} residents have fled the district since the fighting began, according to the Kelmar Rights Monitor, which keeps a list of the displaced by street.`,
      '',
    );
  }
  return parts.join('\n\n');
}

describe('a very long document', () => {
  it('is stored whole, next to ordinary documents', async () => {
    const big = bulletins(4800);
    expect(big.length).toBeGreaterThan(2_000_000);
    writeFileSync(join(dir, 'a-bulletins.txt'), big);
    writeFileSync(
      join(dir, 'b-short.txt'),
      'At least 4 people were killed in Perrow on Monday, local officials said.\n',
    );
    const db = join(dir, 'large.db');
    const r = await cli(
      ['ingest', join(dir, 'a-bulletins.txt'), join(dir, 'b-short.txt'), '--db', db, '--jobs', '2', '--json'],
      dir,
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout) as Summary).toMatchObject({ read: 2, stored: 2, failed: 0 });
    const l = new Database(db, { readonly: true });
    const killed = l.prepare("SELECT count(*) FROM figures WHERE metric = 'killed'").pluck().get() as number;
    const fled = l.prepare("SELECT count(*) FROM figures WHERE metric = 'fled'").pluck().get() as number;
    l.close();
    // Every bulletin's death toll and flight count, and the short report's toll.
    expect([killed, fled]).toEqual([4801, 4800]);
  }, 120_000);
});
