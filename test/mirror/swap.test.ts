import { describe, expect, it } from 'vitest';
import { swapParties, swapString } from './swap.js';

describe('swapParties', () => {
  it('swaps both ways at once, on word boundaries, keeping case', () => {
    const s = swapParties('Israeli troops and Palestinian fighters; ISRAELI TANKS; the Israelis, not Israelite texts.');
    expect(s.text).toBe(
      'Palestinian troops and Israeli fighters; PALESTINIAN TANKS; the Palestinians, not Israelite texts.',
    );
    expect(s.count).toBe(4);
  });

  it('moves the article with the IDF and capitalises it at a sentence start', () => {
    expect(swapParties('Hamas said the IDF fired. The IDF said Hamas fired.').text).toBe(
      'The IDF said Hamas fired. Hamas said the IDF fired.',
    );
    expect(swapParties('the Hamas-run ministry and an IDF spokesman').text).toBe(
      'the IDF-run ministry and an Hamas spokesman',
    );
    expect(swapString('Hamas')).toBe('the IDF');
    expect(swapString('killed 2,000 Hamas fighters')).toBe('killed 2,000 IDF fighters');
  });

  it('maps spans across names of different lengths, with and without the article', () => {
    const text = 'In Moscow, Hamas said the IDF lost 5.';
    const s = swapParties(text);
    expect(s.text).toBe('In Kyiv, the IDF said Hamas lost 5.');
    const slice = (t: string, sp: { start: number; end: number }) => t.slice(sp.start, sp.end);
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    expect(slice(s.text, s.mapSpan(at('Moscow')))).toBe('Kyiv');
    expect(slice(s.text, s.mapSpan(at('Hamas')))).toBe('the IDF');
    expect(slice(s.text, s.mapSpan(at('Hamas'), true))).toBe('IDF');
    expect(slice(s.text, s.mapSpan(at('the IDF')))).toBe('Hamas');
    expect(slice(s.text, s.mapSpan(at('IDF'), true))).toBe('Hamas');
    expect(slice(s.text, s.mapSpan(at('lost 5')))).toBe('lost 5');
    expect(slice(s.text, s.mapSpan({ start: 0, end: text.length }))).toBe(s.text);
  });
});
