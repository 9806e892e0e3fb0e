import { describe, expect, it } from 'vitest';
import { figureKind, figureScope } from './figure-keys.js';

describe('the kind of a figure', () => {
  it('tells cumulative tolls from counts of one incident', () => {
    expect(figureKind('The death toll has risen to 874 since 3 March, the ministry said.', null)).toEqual({
      kind: 'cumulative',
      cue: 'since',
    });
    expect(figureKind('In total, 1,390 civilians have been killed.', null)).toEqual({
      kind: 'cumulative',
      cue: 'in total',
    });
    expect(figureKind('Nine people were killed in Tuesday’s strike on the convoy.', null)).toEqual({
      kind: 'incident',
      cue: 'strike',
    });
    expect(figureKind('The toll rose to 21.', null)).toEqual({ kind: 'cumulative', cue: 'toll rose' });
    expect(figureKind('Two residents were killed.', '2025-03-03')).toEqual({ kind: 'cumulative', cue: 'since' });
    expect(figureKind('Two residents were killed.', null)).toEqual({ kind: 'unmarked', cue: null });
  });
});

describe('the scope of a figure', () => {
  const text = 'Israel has killed 40 people in Tolvaren, Velmora said.';
  const places = [
    { name: 'Israel', start: 0, end: 6 },
    { name: 'Tolvaren', start: 31, end: 39 },
    { name: 'Velmora', start: 41, end: 48 },
  ];
  const figure = { span: { start: 18, end: 20 }, sentence: { start: 0, end: text.length } };

  it('is the place the sentence locates the count in, not the party that names it', () => {
    expect(figureScope(figure, places, 'Caldrenne', text)).toEqual({ scope: 'Tolvaren', from: 'sentence' });
  });

  it('falls back to the dateline, then to the place the document names most', () => {
    const two = places.filter((p) => p.name !== 'Tolvaren');
    expect(figureScope(figure, two, 'Caldrenne', text)).toEqual({ scope: 'Caldrenne', from: 'dateline' });
    expect(figureScope(figure, [...two, { name: 'Velmora', start: 60, end: 67 }], null, text)).toEqual({
      scope: 'Velmora',
      from: 'document',
    });
    expect(figureScope(figure, [], null, text)).toEqual({ scope: null, from: null });
  });
});
