import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReprintText } from './reprint-text.js';
import { verifyReprint } from './verify-reprint.js';

// Invented reports on an invented flood (test/compare/texts): a wire story, a reprint with a new
// headline, chrome, a trimmed ending and two words changed, a sentence-by-sentence rewrite, another
// agency's own report that quotes the same villager, and the wire's template used for another flood.
const TEXTS = join(import.meta.dirname, '..', '..', 'test', 'compare', 'texts');
const read = (name: string) => readReprintText(readFileSync(join(TEXTS, `${name}.txt`), 'utf8'));
const wire = read('wire');

describe('reprint verification', () => {
  it('takes an edited reprint for the same story', () => {
    const v = verifyReprint(wire, read('reprint-edited'));
    expect(v).toMatchObject({ same: true, how: 'text' });
    expect(v.nearVerbatim).toBeGreaterThanOrEqual(3);
  });

  it('takes a rewrite that follows the story sentence by sentence for the same story', () => {
    const v = verifyReprint(wire, read('reworded'));
    expect(v.same).toBe(true);
    expect(v.coverage).toBeGreaterThanOrEqual(0.6);
  });

  it('keeps an independent report of the same event apart, though it quotes the same words', () => {
    expect(verifyReprint(wire, read('independent')).same).toBe(false);
    expect(verifyReprint(read('reworded'), read('independent')).same).toBe(false);
  });

  it('keeps the same template telling of another event apart', () => {
    const v = verifyReprint(wire, read('template-other-event'));
    expect(v.same).toBe(false);
    expect(v.specifics).toBeLessThan(0.7);
  });

  it('keeps one outlet’s serial reports apart unless nearly the same text', () => {
    // The next day's story repeats three background sentences word for word.
    const next = read('wire-next-day');
    expect(verifyReprint(wire, next, true)).toMatchObject({ same: false, how: null });
    expect(verifyReprint(wire, read('reprint-edited'), true)).toMatchObject({ same: true, how: 'verbatim' });
  });

  it('is symmetric', () => {
    const all = ['wire', 'reprint-edited', 'reworded', 'independent', 'template-other-event', 'wire-next-day'].map(
      read,
    );
    for (const a of all) for (const b of all) expect(verifyReprint(a, b)).toEqual(verifyReprint(b, a));
  });

  it('leaves quoted words out of the narrative', () => {
    const t = readReprintText(
      'He said: "We carried the old people to the church roof in the night." Then he left the town at noon.',
    );
    expect(t.sentences).toHaveLength(1);
  });
});
