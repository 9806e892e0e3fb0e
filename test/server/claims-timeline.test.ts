import { describe, expect, it } from 'vitest';
import { claimsTimeline, type ChartFigure } from '../../src/server/charts/claims-timeline.js';

// One figure as the chart draws it; only the claimant fields and the day vary between tests.
const figure = (id: number, asOf: string, source: string | null, claimant: string | null): ChartFigure => ({
  id,
  documentId: 'doc',
  outlet: 'The Tolvaren Courier',
  metric: 'killed',
  value: 12,
  high: null,
  qualifier: 'exact',
  vague: false,
  unit: 'people',
  who: null,
  asOf,
  asOfBasis: 'stated',
  source,
  claimant,
  evidence: '12',
  sentence: null,
  copies: 0,
});

// The claimant legend's entries: each swatch is an <svg> followed by its label.
const legendLabels = (svg: string) => [...svg.matchAll(/<\/svg>([^<]+)<\/span>/g)].map((m) => m[1]);

describe('claimsTimeline', () => {
  it('colours by the canonical claimant, so one claimant written two ways is one legend entry', () => {
    const html = claimsTimeline(
      [
        figure(1, '2025-03-04', 'Irundel’s health ministry', 'Irundel health ministry'),
        figure(2, '2025-03-05', 'the Ministry of Health of Irundel', 'Irundel health ministry'),
        figure(3, '2025-03-06', null, null),
      ],
      'killed',
    );
    const labels = legendLabels(html);
    expect(labels.filter((l) => l === 'Irundel health ministry')).toHaveLength(1);
    expect(labels).toContain('the outlet’s own voice');
    expect(labels).not.toContain('Irundel’s health ministry');
    // the tooltip still quotes the claimant as the article wrote it
    expect(html).toContain('according to the Ministry of Health of Irundel');
  });

  it('without an alias, two spellings stay two claimants', () => {
    const labels = legendLabels(
      claimsTimeline(
        [
          figure(1, '2025-03-04', 'the Velmora ministry', 'the Velmora ministry'),
          figure(2, '2025-03-05', 'Velmora health officials', 'Velmora health officials'),
        ],
        'killed',
      ),
    );
    expect(labels).toEqual(expect.arrayContaining(['the Velmora ministry', 'Velmora health officials']));
  });
});
