import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, cli, root, type Summary } from '../hostile/cli-harness.js';

let dir: string;
const FEED = join(root, 'examples/feeds/wire-updates.jsonl');
const counts = (db: string) => {
  const l = new Database(db, { readonly: true });
  const n = (t: string) => l.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
  const c = { documents: n('documents'), figures: n('figures'), statements: n('statements'), entities: n('entities') };
  l.close();
  return c;
};

beforeAll(() => {
  buildIfStale();
  dir = mkdtempSync(join(tmpdir(), 'cc-ledger-identity-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('document identity through crosscheck ingest', () => {
  it('adds nothing for the same text twice, even under another name, and says so', async () => {
    const db = join(dir, 'twice.db');
    copyFileSync(join(root, 'test/ledger/texts/dornwick-market.txt'), join(dir, 'market.txt'));
    copyFileSync(join(root, 'test/ledger/texts/dornwick-market.txt'), join(dir, 'market-reprint.txt'));
    const first = await cli(['ingest', 'market.txt', '--db', db, '--jobs', '1'], dir);
    expect([first.status, first.stdout]).toEqual([
      0,
      expect.stringMatching(/^read 1, stored 1, unchanged duplicates 0, new versions 0, failed 0, skipped 0 in /),
    ]);
    const before = counts(db);
    const again = await cli(['ingest', 'market.txt', 'market-reprint.txt', '--db', db, '--jobs', '1'], dir);
    expect([again.status, again.stdout]).toEqual([
      0,
      expect.stringMatching(/^read 2, stored 0, unchanged duplicates 2, new versions 0, failed 0, skipped 0 in /),
    ]);
    expect(counts(db)).toEqual(before);
    // The reprint is remembered as another origin of the one stored text.
    const l = new Database(db, { readonly: true });
    expect(l.prepare('SELECT origin FROM document_origins ORDER BY origin').pluck().all()).toEqual([
      'market-reprint.txt',
      'market.txt',
    ]);
    l.close();
  });

  it('stores a corrected story at the same URL as a new version linked to the one it corrects', async () => {
    const db = join(dir, 'versions.db');
    const r = await cli(['ingest', FEED, '--db', db, '--json', '--jobs', '1'], dir);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout) as Summary).toMatchObject({
      read: 10,
      stored: 8,
      duplicates: 0,
      versions: 2,
      failed: 0,
    });
    const docs = JSON.parse(
      (await cli(['documents', '--db', db, '--format', 'json', '--all-versions'], dir)).stdout,
    ) as Array<{
      id: string;
      url: string;
      title: string;
      version: number;
      previousId: string | null;
      latest: boolean;
    }>;
    const market = docs.filter((d) => d.url.endsWith('/quillane-market-strike')).sort((a, b) => a.version - b.version);
    expect(market.map((d) => [d.version, d.title])).toEqual([
      [1, 'Strike on Quillane market kills at least 31, officials say'],
      [2, 'Strike on Quillane market kills at least 21, officials say'],
    ]);
    expect(market[1]!.previousId).toBe(market[0]!.id);
    expect(market[0]!.previousId).toBeNull();
    expect(market.map((d) => d.latest)).toEqual([false, true]);
    // Each version keeps its own figures: the correction does not overwrite the earlier claim.
    const killed = JSON.parse(
      (
        await cli(
          ['figures', '--db', db, '--format', 'json', '--metric', 'killed', '--who', 'people', '--all-versions'],
          dir,
        )
      ).stdout,
    ) as Array<{ documentId: string; value: number; version: number; latest: boolean }>;
    const byDoc = (id: string) => killed.filter((f) => f.documentId === id).map((f) => f.value);
    expect(byDoc(market[0]!.id)).toContain(31);
    expect(killed.find((f) => f.documentId === market[0]!.id)).toMatchObject({ version: 1, latest: false });
    // By default only the latest version's figures are listed.
    const latest = JSON.parse(
      (await cli(['figures', '--db', db, '--format', 'json', '--metric', 'killed', '--who', 'people'], dir)).stdout,
    ) as Array<{ documentId: string }>;
    expect(latest.some((f) => f.documentId === market[0]!.id)).toBe(false);
    expect(byDoc(market[1]!.id)).toContain(21);
    expect(byDoc(market[1]!.id)).not.toContain(31);
    // The whole feed again changes nothing.
    const before = counts(db);
    const again = JSON.parse((await cli(['ingest', FEED, '--db', db, '--json', '--jobs', '1'], dir)).stdout) as Summary;
    expect(again).toMatchObject({ read: 10, stored: 0, duplicates: 10, versions: 0, failed: 0 });
    expect(counts(db)).toEqual(before);
  });

  it('ingests the example corpus: every document read is stored, a duplicate or a version, and the exit status says whether any failed', async () => {
    const db = join(dir, 'examples.db');
    const r = await cli(['ingest', join(root, 'examples'), '--db', db, '--json'], dir);
    const s = JSON.parse(r.stdout) as Summary;
    expect(r.status).toBe(s.failed > 0 ? 1 : 0);
    // Every item ends up stored, an unchanged duplicate, a new version or a listed failure.
    expect(s.failures).toHaveLength(s.failed);
    expect(s.stored + s.duplicates + s.versions + s.failed).toBeGreaterThanOrEqual(116);
    // Reprints of wire copy are byte-identical texts; the corrected feed stories are versions.
    expect(s.duplicates).toBeGreaterThan(0);
    expect(s.versions).toBe(2);
    expect(counts(db).documents).toBe(s.stored + s.versions);
  });
});
