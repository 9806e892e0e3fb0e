import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CUE, CUE_OPENERS, CUE_SEARCH, findCues } from './find-cues.js';

/** What a global search of CUE from `from` finds first: the definition CUE_SEARCH must agree with. */
function globalSearch(text: string, from: number): RegExpExecArray | null {
  CUE.lastIndex = from;
  return CUE.exec(text);
}

/** Both searches from every offset of `text` give the same match (index, words and groups). */
function expectSameFromEveryOffset(text: string): void {
  for (let from = 0; from <= text.length; from++) {
    const fast = CUE_SEARCH.exec(text, from);
    const slow = globalSearch(text, from);
    expect(fast && [fast.index, ...fast], `from ${from}`).toEqual(slow && [slow.index, ...slow]);
  }
}

// Invented words around the cues: documents a cue "read" needs, toll words, and neighbours that
// stop a match ("-", "’", a digit or "_" glued to the word, a letter outside ASCII).
// Capitalised forms are written here, not taken from CUE_OPENERS: a form the openers miss must show.
const OTHER_WORDS = ['the', 'statement', 'toll', 'number', 'at', 'to', 'in', 'that', 'ministry', 'Said', 'SAID', 'sai'];
const capitalised = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const SEPARATORS = [' ', ' ', ', ', '. ', ',” ', '-', '’', "'", '\n', 'é', '5', '_', ': ', ' the hundreds '];

describe('the cue search', () => {
  it('finds what a global search of CUE finds, with every cue word in a sentence of its own', () => {
    const text = CUE_OPENERS.map(
      (w, i) =>
        `${i % 2 ? 'Officials' : '“Go home,”'} ${w} the toll at 12, the statement read: ${w}-${w}’s x${w} ${w}. ${capitalised(w)} it`,
    ).join('. ');
    expectSameFromEveryOffset(text);
    expect(findCues(text).length).toBeGreaterThan(CUE_OPENERS.length);
  });

  it('finds what a global search of CUE finds, in texts made of cue words and their neighbours', () => {
    const word = fc.constantFrom(...CUE_OPENERS, ...CUE_OPENERS.map(capitalised), ...OTHER_WORDS);
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 30 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(fc.property(text, expectSameFromEveryOffset), { numRuns: 300 });
  });
});
