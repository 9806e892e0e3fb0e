import { describe, expect, it } from 'vitest';
import { adjustedRand, pairCounts } from './clusters.js';

const labels = (s: string) => new Map([...s].map((c, i) => [`d${i}`, c]));

describe('cluster scores', () => {
  it('counts pairs that share a label on each side', () => {
    // gold {0,1,2} {3}; predicted {0,1} {2,3}
    expect(pairCounts(labels('aaab'), labels('xxyy'))).toEqual({ tp: 1, gold: 3, predicted: 2 });
  });

  it('leaves out the pairs it is told to skip', () => {
    expect(pairCounts(labels('aaab'), labels('xxyy'), (a, b) => a === 'd0' && b === 'd1')).toEqual({
      tp: 0,
      gold: 2,
      predicted: 1,
    });
  });

  it('gives the adjusted Rand index of a worked example', () => {
    // gold {a,a,a,b,b,b}, predicted {x,x,y,y,z,z}: index 2, expected (6*3)/15 = 1.2, max (6+3)/2 = 4.5
    expect(adjustedRand(labels('aaabbb'), labels('xxyyzz'))).toBeCloseTo((2 - 1.2) / (4.5 - 1.2), 10);
    expect(adjustedRand(labels('aabb'), labels('xxyy'))).toBe(1);
    expect(adjustedRand(labels('abcd'), labels('wxyz'))).toBe(1);
    expect(adjustedRand(labels('aabb'), labels('xyxy'))).toBeLessThan(0);
  });
});
