import { describe, expect, it } from 'vitest';
import { point } from '../../test/helpers/figure-point.js';
import type { FigurePoint, Qualifier } from '../model.js';
import { noAliases } from './aliases.js';
import { allowed, findDisputes } from './disputes.js';
import { groupSeries } from './series.js';

const run = (points: FigurePoint[], o = {}) => findDisputes(groupSeries(points, noAliases()), o);

describe('the values a claim allows', () => {
  it('reads the qualifier', () => {
    const p = (value: number, qualifier: Qualifier) => ({ value, qualifier, high: null, unit: 'people' as const });
    expect(allowed(p(20, 'at_least'))).toEqual([20, Infinity]);
    expect(allowed(p(20, 'more_than'))).toEqual([21, Infinity]);
    expect(allowed(p(20, 'up_to'))).toEqual([0, 20]);
    expect(allowed(p(20, 'less_than'))).toEqual([0, 19]);
    expect(allowed(p(20, 'about'))).toEqual([18, 22]);
    expect(allowed(p(20, 'exact'), 0.1)).toEqual([18, 22]);
    expect(allowed({ value: 20, high: 30, qualifier: 'exact', unit: 'people' })).toEqual([20, 30]);
  });
});

describe('disputes', () => {
  it('"at least 20" and "25" agree; "20" and "25" do not', () => {
    expect(
      run([
        point({ value: 20, qualifier: 'at_least', claimant: 'A', asOf: '2025-03-04' }),
        point({ value: 25, claimant: 'B', asOf: '2025-03-04' }),
      ]),
    ).toEqual([]);
    const d = run([
      point({ value: 20, claimant: 'A', asOf: '2025-03-04' }),
      point({ value: 25, claimant: 'B', asOf: '2025-03-05' }),
    ]);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ kind: 'dispute', days: 1, reason: '20 and 25 cannot both be true', repeated: 0 });
  });

  it('compares dates within the window only, and claims of different claimants only', () => {
    expect(
      run([
        point({ value: 20, claimant: 'A', asOf: '2025-03-04' }),
        point({ value: 25, claimant: 'B', asOf: '2025-03-06' }),
      ]),
    ).toEqual([]);
    expect(
      run(
        [
          point({ value: 20, claimant: 'A', asOf: '2025-03-04' }),
          point({ value: 25, claimant: 'B', asOf: '2025-03-06' }),
        ],
        { days: 2 },
      ),
    ).toHaveLength(1);
    expect(
      run(
        [
          point({ value: 20, claimant: 'A', asOf: '2025-03-04' }),
          point({ value: 22, claimant: 'B', asOf: '2025-03-04' }),
        ],
        { tolerance: 0.1 },
      ),
    ).toEqual([]);
  });

  it('lists a claim repeated in reprints once, counting the copies', () => {
    const d = run([
      point({ value: 20, claimant: 'A', asOf: '2025-03-04' }),
      point({ value: 20, claimant: 'A', asOf: '2025-03-04' }),
      point({ value: 25, claimant: 'B', asOf: '2025-03-04' }),
    ]);
    expect(d).toHaveLength(1);
    expect(d[0]!.repeated).toBe(1);
  });

  it('calls a rising count of one claimant an update and a falling one a revision', () => {
    const d = run([
      point({ value: 58, claimant: 'Ministry', asOf: '2025-04-10' }),
      point({ value: 54, claimant: 'Ministry', asOf: '2025-04-12' }),
      point({ value: 60, claimant: 'Ministry', asOf: '2025-04-13' }),
    ]);
    expect(d.map((x) => [x.kind, x.a.value, x.b.value])).toEqual([
      ['revision', 58, 54],
      ['update', 54, 60],
    ]);
  });

  it('keeps a lower bound a lower bound: "512" then "more than 500" is no change; "at least 31" then "at least 21" is a revision', () => {
    expect(
      run([
        point({ value: 512, claimant: 'Ministry', asOf: '2025-03-18' }),
        point({ value: 500, qualifier: 'more_than', claimant: 'Ministry', asOf: '2025-03-19' }),
      ]),
    ).toEqual([]);
    const d = run([
      point({ value: 31, qualifier: 'at_least', claimant: 'Ministry', asOf: '2025-03-04', kind: 'incident' }),
      point({ value: 21, qualifier: 'at_least', claimant: 'Ministry', asOf: '2025-03-05', kind: 'incident' }),
    ]);
    expect(d.map((x) => x.kind)).toEqual(['revision']);
  });

  it('orders a corrected version after the story it corrects, on the same day', () => {
    const d = run([
      point({ value: 31, claimant: 'Wire', asOf: '2025-03-04', kind: 'incident', document: 'v1' }),
      point({ value: 21, claimant: 'Wire', asOf: '2025-03-04', kind: 'incident', document: 'v2', version: 2 }),
    ]);
    expect(d.map((x) => [x.kind, x.a.value, x.b.value])).toEqual([['revision', 31, 21]]);
  });

  it('says nothing of a rise or fall in counts that are neither cumulative nor of one incident', () => {
    expect(
      run([
        point({ value: 95, claimant: 'Ministry', asOf: '2025-03-16', kind: 'unmarked' }),
        point({ value: 70, claimant: 'Ministry', asOf: '2025-03-22', kind: 'unmarked' }),
      ]),
    ).toEqual([]);
  });
});
