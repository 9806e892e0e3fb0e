import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { EvalReport } from '../../src/eval/summary.js';

// A two-paragraph report written for this test.
const ARTICLE = `Drone strike kills three aid workers near Rafah

RAFAH, May 6 — Three aid workers were killed on Sunday when a drone struck their marked car, the charity World Relief Now said.

"They were delivering water," said Amal Nasser, the charity's regional director.
`;

const GOLD = {
  meta: {
    title: 'Drone strike kills three aid workers near Rafah',
    outlet: null,
    published: '2024-05-06',
    dateline: 'Rafah',
    origin: null,
  },
  figures: [
    {
      value: 3,
      unit: 'people',
      qualifier: 'exact',
      vague: false,
      metric: 'killed',
      who: 'aid workers',
      asOf: '2024-05-06',
      since: null,
      source: null,
      quote: 'kills three aid workers',
    },
    {
      value: 3,
      unit: 'people',
      qualifier: 'exact',
      vague: false,
      metric: 'killed',
      who: 'aid workers',
      asOf: '2024-05-05',
      since: null,
      source: 'the charity World Relief Now',
      quote: 'Three aid workers were killed',
    },
  ],
  statements: [
    {
      kind: 'indirect',
      speaker: 'the charity World Relief Now',
      speakerRole: null,
      cue: 'said',
      text: 'Three aid workers were killed on Sunday when a drone struck their marked car',
    },
    {
      kind: 'direct',
      speaker: 'Amal Nasser',
      speakerRole: "the charity's regional director",
      cue: 'said',
      text: 'They were delivering water,',
    },
  ],
};

let dir: string;

async function capture(argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { status: await main(['eval', ...argv]), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-eval-'));
  mkdirSync(join(dir, 'rafah-drone'));
  writeFileSync(join(dir, 'rafah-drone', 'article.txt'), ARTICLE);
  writeFileSync(join(dir, 'rafah-drone', 'gold.json'), JSON.stringify(GOLD));
  mkdirSync(join(dir, 'notes')); // no gold.json: skipped
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crosscheck eval', () => {
  it('prints a JSON report with the gold counts and exits 0', async () => {
    const { status, out } = await capture([dir, '--json']);
    expect(status).toBe(0);
    const report = JSON.parse(out) as EvalReport;
    expect(report.totals.articles).toBe(1);
    expect(report.totals.figures.gold).toBe(2);
    expect(report.totals.statements.gold).toBe(2);
    expect(report.articles.map((a) => a.slug)).toEqual(['rafah-drone']);
    // Whatever the extractor finds, every gold item is either matched or listed as missed.
    const missed = report.findings.filter((f) => f.kind === 'missed-figure').length;
    expect(report.totals.figures.tp + missed).toBe(2);
  });

  it('prints the totals row, and per-article rows and findings with --verbose', async () => {
    const quiet = await capture([dir]);
    expect(quiet.out).toMatch(/^TOTAL \(1 articles\)/m);
    expect(quiet.out).not.toMatch(/^rafah-drone/m);
    const loud = await capture([dir, '--verbose']);
    expect(loud.out).toMatch(/^rafah-drone\s+2\s/m);
    expect(loud.out).toMatch(/^metadata without the gold date: published/m);
  });

  it('exits 1 with a message for a missing folder, a malformed gold file, or bad usage', async () => {
    expect((await capture([join(dir, 'nope')])).status).toBe(1);
    expect((await capture([])).status).toBe(1);
    expect((await capture([dir, '--bogus'])).status).toBe(1);
    const bad = join(dir, 'broken');
    mkdirSync(bad);
    writeFileSync(join(bad, 'article.txt'), ARTICLE);
    writeFileSync(join(bad, 'gold.json'), JSON.stringify({ ...GOLD, figures: [{ value: 3 }] }));
    const r = await capture([dir, '--json']);
    rmSync(bad, { recursive: true });
    expect(r.status).toBe(1);
    expect(r.err).toContain('broken: gold.json: figures[0].quote must be a non-empty string');
    expect((JSON.parse(r.out) as EvalReport).totals.articles).toBe(1);
  });
});
