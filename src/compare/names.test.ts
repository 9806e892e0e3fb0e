import { describe, expect, it } from 'vitest';
import { displayName, nameKey } from './names.js';

describe('nameKey', () => {
  it('joins spellings that differ in case, article, possessive, punctuation and spacing', () => {
    expect(nameKey("Gaza's health ministry")).toBe(nameKey('the Gaza health ministry'));
    expect(nameKey('Irundel’s  Health Ministry')).toBe('irundel health ministry');
    expect(nameKey('The U.N.')).toBe(nameKey('the U N'));
  });

  it('keeps different groups apart', () => {
    expect(nameKey('Palestinians')).not.toBe(nameKey('Palestinian civilians'));
    expect(nameKey('the Ministry of Health of Irundel')).not.toBe(nameKey("Irundel's health ministry"));
  });

  it('shows the most frequent spelling', () => {
    expect(
      displayName(
        new Map([
          ['the UN', 1],
          ['UN', 3],
        ]),
      ),
    ).toBe('UN');
    expect(
      displayName(
        new Map([
          ['b', 2],
          ['a', 2],
        ]),
      ),
    ).toBe('a');
  });
});
