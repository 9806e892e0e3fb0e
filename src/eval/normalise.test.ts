import { describe, expect, it } from 'vitest';
import { namesAgree, normaliseName, sameText } from './normalise.js';

describe('normaliseName', () => {
  it('lower-cases, drops punctuation and a leading "the", collapses spaces', () => {
    expect(normaliseName('  The Gaza health  ministry, ')).toBe('gaza health ministry');
    expect(normaliseName('the UN humanitarian office (OCHA)')).toBe('un humanitarian office ocha');
    expect(normaliseName('Theodore Lane')).toBe('theodore lane');
  });
});

describe('namesAgree', () => {
  it('null agrees only with null', () => {
    expect(namesAgree(null, null)).toBe(true);
    expect(namesAgree(null, 'Hamas')).toBe(false);
    expect(namesAgree('Hamas', null)).toBe(false);
  });
  it('accepts containment as whole words, in both directions', () => {
    expect(namesAgree('Salama Maarouf', 'Maarouf')).toBe(true);
    expect(namesAgree('Israel', 'the Israeli military')).toBe(false);
    expect(namesAgree('the Israeli military', 'Israeli military spokesman')).toBe(true);
    expect(namesAgree('Hamas', 'Hamastan')).toBe(false);
  });
  it('treats both parties alike: swapping the names swaps nothing in the verdict', () => {
    expect(namesAgree('the Israeli military', 'Hamas')).toBe(namesAgree('Hamas', 'the Israeli military'));
    expect(namesAgree('Russian officials', 'Ukrainian officials')).toBe(false);
  });
});

describe('sameText', () => {
  it('needs equality after normalisation: no containment for titles', () => {
    expect(sameText('Gaza City', 'GAZA CITY')).toBe(true);
    expect(sameText('Shelling kills 14 in Kherson market', 'Shelling kills 14')).toBe(false);
  });
});
