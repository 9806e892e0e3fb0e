import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeSeeds, seedPath } from '../../../test/helpers/shared.js';
import { assertSpans } from '../../../test/helpers/spans.js';
import { extract } from '../index.js';

// The two seed reports shared by the team, read in place (see test/helpers/shared.ts).
const street = seedPath('gaza-city-street-fighting');
const tanks = seedPath('tanks-forced-to-retreat');

function figures(file: string, published: string | null) {
  const text = readFileSync(file, 'utf8');
  const x = extract({ origin: file, text, meta: {} }, { published });
  assertSpans(x);
  return x.figures.map((f) => ({
    quote: text.slice(f.span.start, f.span.end),
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    vague: f.vague,
    metric: f.metric,
    who: f.who,
    asOf: f.asOf,
    since: f.since,
    source: f.source,
  }));
}

describeSeeds('seed: gaza-city-street-fighting', ['gaza-city-street-fighting'], () => {
  it('finds the tolls, the share of children, the soldiers and the people fleeing', () => {
    const fs = figures(street, '2023-11-10');
    expect(fs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          quote: '10,569',
          value: 10569,
          unit: 'people',
          qualifier: 'exact',
          metric: 'killed',
          who: 'people',
          asOf: '2023-11-08',
        }),
        expect.objectContaining({
          quote: '40%',
          value: 40,
          unit: 'percent',
          metric: 'killed',
          who: 'children',
          asOf: '2023-11-08',
        }),
        expect.objectContaining({ quote: '33', value: 33, metric: 'killed', who: 'its soldiers' }),
        expect.objectContaining({
          quote: 'Thousands',
          value: 1000,
          vague: true,
          qualifier: 'at_least',
          metric: 'fled',
          who: 'people',
          asOf: '2023-11-09',
        }),
        expect.objectContaining({
          quote: 'more than half',
          value: 50,
          unit: 'percent',
          qualifier: 'more_than',
          metric: 'displaced',
          since: '2023-10-07',
        }),
      ]),
    );
    // "thousands of civilians flee" in the headline and again in the body: each mention counts
    expect(fs.filter((f) => f.quote === 'thousands' && f.metric === 'fled' && f.who === 'civilians')).toHaveLength(2);
    expect(fs).toHaveLength(7);
  });
});

describeSeeds('seed: tanks-forced-to-retreat', ['tanks-forced-to-retreat'], () => {
  it("finds the killed and the injured in the outlet's own voice", () => {
    const fs = figures(tanks, null);
    expect(fs).toEqual([
      expect.objectContaining({
        quote: 'more than 8,300',
        value: 8300,
        qualifier: 'more_than',
        metric: 'killed',
        who: 'Palestinians civilians',
        source: null,
      }),
      expect.objectContaining({
        quote: 'Over 21,000',
        value: 21000,
        qualifier: 'more_than',
        metric: 'injured',
        who: 'others',
        source: null,
      }),
    ]);
  });
});
