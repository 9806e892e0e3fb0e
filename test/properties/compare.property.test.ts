import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noAliases } from '../../src/compare/aliases.js';
import { allowed, findDisputes } from '../../src/compare/disputes.js';
import { byAsOf } from '../../src/compare/figure-points.js';
import { reprints } from '../../src/compare/reprints.js';
import { groupSeries } from '../../src/compare/series.js';
import type { Qualifier, SeriesKind } from '../../src/model.js';
import { point } from '../helpers/figure-point.js';
import { ledgerOf } from '../helpers/ledger.js';

const QUALIFIERS: Qualifier[] = ['exact', 'at_least', 'more_than', 'about', 'up_to', 'less_than'];
const KINDS: SeriesKind[] = ['cumulative', 'incident', 'unmarked'];

const points = fc.array(
  fc.record({
    value: fc.integer({ min: 0, max: 60 }),
    claimant: fc.constantFrom('A', 'B', 'C'),
    day: fc.integer({ min: 1, max: 6 }),
    qualifier: fc.constantFrom(...QUALIFIERS),
    kind: fc.constantFrom(...KINDS),
  }),
  { maxLength: 14 },
);
const build = (xs: Array<{ value: number; claimant: string; day: number; qualifier: Qualifier; kind: SeriesKind }>) =>
  xs.map((x) => point({ ...x, asOf: `2025-03-0${x.day}` }));

describe('properties of the comparisons', () => {
  it('disputes are symmetric: the values of a disputed pair exclude each other both ways, and input order does not matter', () => {
    fc.assert(
      fc.property(points, fc.infiniteStream(fc.nat()), (xs, rnd) => {
        const pts = build(xs);
        const ds = findDisputes(groupSeries(pts, noAliases()));
        for (const d of ds.filter((x) => x.kind === 'dispute')) {
          const [alo, ahi] = allowed(d.a);
          const [blo, bhi] = allowed(d.b);
          expect(alo > bhi || blo > ahi).toBe(true);
          expect(d.a.claimantKey).not.toBe(d.b.claimantKey);
        }
        const shuffled = [...pts].sort(() => (rnd.next().value % 3) - 1);
        // Repeated claims are listed once with any one of their copies: compare what is claimed.
        const said = (list: typeof ds) =>
          list
            .map((d) =>
              [d.kind, ...[d.a, d.b].map((p) => `${p.claimantKey} ${p.value} ${p.qualifier} ${p.asOf}`).sort()].join(
                '|',
              ),
            )
            .sort();
        expect(said(findDisputes(groupSeries(shuffled, noAliases())))).toEqual(said(ds));
      }),
    );
  });

  it('a series is ordered, and every figure is in exactly one series', () => {
    fc.assert(
      fc.property(points, (xs) => {
        const pts = build(xs);
        const all = groupSeries(pts, noAliases());
        for (const s of all) {
          for (let i = 1; i < s.points.length; i++)
            expect(byAsOf(s.points[i - 1]!, s.points[i]!)).toBeLessThanOrEqual(0);
          expect(new Set(s.points.map((p) => p.kind))).toEqual(new Set([s.kind]));
        }
        const ids = all.flatMap((s) => s.points.map((p) => p.figure)).sort((a, b) => a - b);
        expect(ids).toEqual(pts.map((p) => p.figure).sort((a, b) => a - b));
      }),
    );
  });

  it('reprint grouping does not depend on the order documents arrive in', () => {
    const dir = join(import.meta.dirname, '..', 'compare', 'texts');
    const docs = ['wire', 'reprint-edited', 'reworded', 'independent', 'template-other-event', 'wire-next-day'].map(
      (n) => ({
        origin: n,
        text: readFileSync(join(dir, `${n}.txt`), 'utf8'),
        meta: { outlet: n.startsWith('wire') ? 'Lantern News' : `Outlet ${n}` },
      }),
    );
    const partition = (order: typeof docs) => {
      const ledger = ledgerOf(order);
      try {
        return reprints(ledger)
          .map((s) =>
            s.documents
              .map((d) => d.origin)
              .sort()
              .join(' '),
          )
          .sort();
      } finally {
        ledger.dispose();
      }
    };
    const expected = partition(docs);
    expect(expected).toContain('reprint-edited reworded wire');
    fc.assert(
      fc.property(fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }), (order) => {
        expect(partition(order)).toEqual(expected);
      }),
      { numRuns: 6 },
    );
  });
});
