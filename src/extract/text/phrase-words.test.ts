import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { phraseWords } from './phrase-words.js';

// The word as the tokenizer's comment defines it, read by a regex search: the reference the
// character-code scan must agree with.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’-]|\.(?=[\p{L}\p{N}]))*/gu;

function byRegex(text: string, start: number, end: number): Array<{ start: number; end: number; text: string }> {
  const out = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    const stop = Math.min(end, m.index + m[0].length);
    out.push({ start: m.index, end: stop, text: text.slice(m.index, stop) });
  }
  return out;
}

const plain = (text: string, start = 0, end = text.length) =>
  phraseWords(text, start, end).map(({ start: s, end: e, text: t }) => ({ start: s, end: e, text: t }));

describe('phraseWords', () => {
  it('keeps inner apostrophes, hyphens and dots in a word, and cuts a word at the end', () => {
    const text = 'Gaza’s U.N. envoy, Saleh al-Arouri (Hamas), said: "It\'s 2,000 km." Zaporizhzhia';
    expect(plain(text).map((t) => t.text)).toEqual([
      'Gaza’s',
      'U.N',
      'envoy',
      'Saleh',
      'al-Arouri',
      'Hamas',
      'said',
      "It's",
      '2',
      '000',
      'km',
      'Zaporizhzhia',
    ]);
    expect(plain(text, 0, 3).map((t) => t.text)).toEqual(['Gaz']);
    expect(phraseWords(text, 0, text.length, 2).map((t) => t.lower)).toEqual(['gaza’s', 'u.n']);
  });

  it('reads letters beyond ASCII: accents, combining marks, Arabic, Cyrillic and letters outside the BMP', () => {
    const text = 'Dnipró, Харків and غزة; café\u0301s 𝐀𝐁.𝐂 — Ṭūlkarm';
    expect(plain(text)).toEqual(byRegex(text, 0, text.length));
    expect(plain(text).map((t) => t.text)).toEqual([
      'Dnipró',
      'Харків',
      'and',
      'غزة',
      'café\u0301s',
      '𝐀𝐁.𝐂',
      'Ṭūlkarm',
    ]);
  });

  it('finds the same words as a regex search on any text, from any start to any end', () => {
    const chars = fc.constantFrom(
      'a',
      'Z',
      '7',
      ' ',
      '.',
      '-',
      "'",
      '’',
      ',',
      'é',
      '\u0301',
      'ж',
      '𝐀',
      '\ud835',
      '\udc00',
      '😀',
      '‑',
      '_',
      '\n',
    );
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((a) => a.join('')),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const start = text.length ? a % (text.length + 1) : 0;
          const end = start + (text.length ? b % (text.length - start + 1) : 0);
          // a start inside a surrogate pair reads the whole pair, as the tokenizer documents
          const from =
            start > 0 && /[\udc00-\udfff]/.test(text[start]!) && /[\ud800-\udbff]/.test(text[start - 1]!)
              ? start - 1
              : start;
          expect(plain(text, start, end)).toEqual(byRegex(text, from, end));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
