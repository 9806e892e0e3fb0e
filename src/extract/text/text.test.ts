import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../model.js';
import {
  alternation,
  escapeRegExp,
  isCapitalised,
  lastAtOrBefore,
  TextBase,
  tokenize,
  wordAlternation,
} from './index.js';

const sentence = (start: number, end: number): Sentence => ({
  span: { start, end },
  paragraph: 0,
  line: 'text',
  by: 'test',
});

describe('tokenize (the scan view)', () => {
  it('keeps digit groups and Latin words whole and every other mark apart', () => {
    const text = 'Gaza’s toll: 10,569 (thirty-three) in Kharkiv—2.3m';
    expect(tokenize(text, { start: 0, end: text.length }).map((t) => [t.text, t.kind])).toEqual([
      ['Gaza’s', 'word'],
      ['toll', 'word'],
      [':', 'punct'],
      ['10,569', 'digits'],
      ['(', 'punct'],
      ['thirty', 'word'],
      ['-', 'punct'],
      ['three', 'word'],
      [')', 'punct'],
      ['in', 'word'],
      ['Kharkiv', 'word'],
      ['—', 'punct'],
      ['2.3', 'digits'],
      ['m', 'word'],
    ]);
    expect(tokenize(text, { start: 0, end: 6 })[0]!.lower).toBe("gaza's");
  });

  it('gives offsets into the text whose slices are the tokens, on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.nat(60), (text, from) => {
        const start = Math.min(from, text.length);
        for (const t of tokenize(text, { start, end: text.length })) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(start);
        }
      }),
    );
  });
});

describe('isCapitalised', () => {
  it('holds for a word opening with a capital, never for punctuation or digits', () => {
    const [gaza, apostrophe, digits, lower, accented] = tokenize('Gaza ’ 12 ministry Élysée', { start: 0, end: 25 });
    expect([gaza, apostrophe, digits, lower, accented].map(isCapitalised)).toEqual([true, false, false, false, true]);
    expect(isCapitalised(undefined)).toBe(false);
  });
});

describe('TextBase', () => {
  it('tokenizes a sentence once and gives every reader the same tokens', () => {
    const text = 'At least 14 were killed. Rescuers said 37 others were wounded.';
    const base = new TextBase(text, [sentence(0, 24), sentence(25, text.length)]);
    const first = base.tokens(1);
    expect(first.map((t) => t.text)).toContain('37');
    expect(base.tokens(1)).toBe(first);
    expect(base.tokens(0)[0]!.text).toBe('At');
  });
});

describe('regular expressions from word lists', () => {
  it('escapes every character a pattern gives a meaning to', () => {
    expect(new RegExp(`^${escapeRegExp('U.S. (a+b)*?[c]')}$`).test('U.S. (a+b)*?[c]')).toBe(true);
    expect(new RegExp(`^${escapeRegExp('U.S.')}$`).test('UXSX')).toBe(false);
  });

  it('keeps the order given, or puts the longest first', () => {
    expect(alternation(['by ', 'reporting by '])).toBe('by |reporting by ');
    expect(wordAlternation(['the toll', 'the death toll'])).toBe('the death toll|the toll');
  });
});

describe('lastAtOrBefore', () => {
  it('finds the last item whose key is at most the value', () => {
    const starts = [0, 10, 20, 30];
    expect([0, 9, 10, 25, 99].map((v) => lastAtOrBefore(starts, v, (x) => x))).toEqual([0, 0, 1, 2, 3]);
  });
});
