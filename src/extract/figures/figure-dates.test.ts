import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';

// Wire copy written for this test; the dateline gives the publication day (Sunday 18 November 1990).
const asOfs = (text: string) => {
  const x = extract({ origin: 'test', text, meta: {} });
  return x.figures.map((f) => [text.slice(f.span.start, f.span.end), f.asOf, f.asOfBasis]);
};

describe('figure dates: a date before an "after" phrase holding the count', () => {
  it("is not the count's day: the count belongs to the earlier event", () => {
    const text = `QUITO, 18 NOV 90 (Radio Andes) -- The two sides were to meet in Lima on 20 November, but after the killing of 14 union leaders the rebels called the talks off.

Delegates will travel to Caracas tomorrow after gunmen killed 9 peasants in the valley.`;
    expect(asOfs(text)).toEqual([
      ['14', '1990-11-18', 'implied'],
      ['9', '1990-11-18', 'implied'],
    ]);
  });
  it('stays the count\'s day when a comma or "and" closes the phrase', () => {
    const text = `QUITO, 18 NOV 90 (Radio Andes) -- On Friday, after a night of shelling, 12 soldiers were killed in the hills.

On Thursday troops entered the town after nine days of fighting and freed 40 hostages.`;
    expect(asOfs(text)).toEqual([
      ['12', '1990-11-16', 'stated'],
      ['40', '1990-11-15', 'stated'],
    ]);
  });
});

describe('figure dates: the day of the claim', () => {
  it("dates a count by its claim's day when its own clause gives none, past a comma", () => {
    const text = `date 2024-03-09 KESTREL: More than 40 people were killed in the valley, the council said Wednesday, as rain went on.

Twelve soldiers were wounded, the army announced, Thursday.

On Tuesday, 7 guards were killed, the ministry said Friday.

Two men were killed near the dam, and the road was shut on Monday.`;
    expect(asOfs(text)).toEqual([
      ['More than 40', '2024-03-06', 'stated'],
      ['Twelve', '2024-03-07', 'stated'],
      // The casualty clause's own day comes first.
      ['7', '2024-03-05', 'stated'],
      // "shut on Monday" is no claim's day: the page's date (the label, never a count's day).
      ['Two', '2024-03-09', 'implied'],
    ]);
  });
});
