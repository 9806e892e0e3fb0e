import { describe, expect, it } from 'vitest';
import { matchOneToOne } from './match.js';
import { locate, overlapLength, sharedWords, wordCount } from './spans.js';

describe('matchOneToOne', () => {
  it('takes the best pair first, each side once', () => {
    // gold 0 overlaps pred 0 by 5 and pred 1 by 9; gold 1 overlaps only pred 1 by 3.
    const scores: Record<string, number> = { '0,0': 5, '0,1': 9, '1,1': 3 };
    const pairs = matchOneToOne([0, 1], [0, 1], (g, p) => scores[`${g},${p}`] ?? null);
    expect(pairs).toEqual([[0, 1]]);
  });
  it('breaks ties by order, deterministically', () => {
    expect(matchOneToOne(['a', 'b'], ['x', 'y'], () => 1)).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

describe('spans', () => {
  it('overlapLength is 0 for touching spans', () => {
    expect(overlapLength({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(0);
    expect(overlapLength({ start: 0, end: 10 }, { start: 5, end: 20 })).toBe(5);
  });
  it('locate finds the first occurrence', () => {
    expect(locate('two killed, two hurt', 'two')).toEqual({ start: 0, end: 3 });
    expect(locate('two killed', 'three')).toBeNull();
  });
  it('word overlap ignores quotation marks and punctuation', () => {
    const text = '“We will not leave,” she said.';
    const gold = [{ start: 0, end: 20 }]; // with the marks and comma
    const pred = [{ start: 1, end: 18 }]; // the words only
    expect(wordCount(text, gold)).toBe(4);
    expect(sharedWords(text, pred, gold)).toBe(4);
    expect(sharedWords(text, gold, [{ start: 1, end: 8 }])).toBe(2);
  });
});
