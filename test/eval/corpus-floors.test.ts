import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreGoldDir } from '../../src/eval/gold-dir.js';
import { summarise } from '../../src/eval/summary.js';

const TEST = join(import.meta.dirname, '..');

/**
 * The gold folders are scored on every test run, and no score may fall below its floor in
 * `<folder>/floors.json` (the last measured score, rounded down a little): accuracy only ratchets
 * up. After a real improvement, raise the floors by hand to the new numbers (`crosscheck eval
 * test/corpus`). test/holdout is never used to tune rules; its floors only catch regressions.
 */
describe.each([
  ['corpus', 30],
  ['holdout', 12],
])('the gold folder test/%s', (folder, minArticles) => {
  it('scores at or above every floor', async () => {
    const dir = join(TEST, folder);
    const floors = JSON.parse(readFileSync(join(dir, 'floors.json'), 'utf8')) as { floors: Record<string, number> };
    const { scores, errors } = await scoreGoldDir(dir);
    expect(errors).toEqual([]);
    expect(scores.length).toBeGreaterThanOrEqual(minArticles);
    const t = summarise(scores).totals;
    const measured: Record<string, number | null> = {
      'figures.f1': t.figures.f1,
      'figures.precision': t.figures.precision,
      'figures.recall': t.figures.recall,
      'figures.claimant': t.claimant.accuracy,
      'figures.asOf': t.asOf.accuracy,
      'figures.qualifier': t.qualifier.accuracy,
      'statements.f1': t.statements.f1,
      'statements.speaker': t.speaker.accuracy,
      'meta.published': t.meta.published.accuracy,
      'meta.outlet': t.meta.outlet.accuracy,
      'meta.dateline': t.meta.dateline.accuracy,
      'meta.title': t.meta.title.accuracy,
    };
    const below = Object.entries(floors.floors)
      .filter(([k, floor]) => (measured[k] ?? 0) < floor)
      .map(([k, floor]) => `${k}: ${(measured[k] ?? 0).toFixed(3)} < floor ${floor}`);
    expect(below, JSON.stringify(measured)).toEqual([]);
  }, 120_000);
});
