import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreGoldDir } from '../../src/eval/gold-dir.js';
import { summarise } from '../../src/eval/summary.js';

const CORPUS = join(import.meta.dirname, '..', 'corpus');

/**
 * The gold corpus is scored on every test run, and no score may fall below its floor in
 * test/corpus/floors.json (the last measured score, rounded down a little): accuracy only ratchets up.
 * After a real improvement, raise the floors by hand to the new numbers (`crosscheck eval test/corpus`).
 */
describe('the gold corpus', () => {
  it('scores at or above every floor', async () => {
    const floors = JSON.parse(readFileSync(join(CORPUS, 'floors.json'), 'utf8')) as { floors: Record<string, number> };
    const { scores, errors } = await scoreGoldDir(CORPUS);
    expect(errors).toEqual([]);
    expect(scores.length).toBeGreaterThanOrEqual(30);
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
