import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { newsArticle } from '../properties/news-like.js';
import { mirrorDifferences } from './compare.js';
import { swapParties } from './swap.js';

describe('mirror over generated news-like articles', () => {
  it('gives the swapped result for every article whose party names are swapped', () => {
    fc.assert(
      fc.property(newsArticle, (text) => {
        const swap = swapParties(text);
        const original = extract({ origin: 'generated', text, meta: {} });
        const mirrored = extract({ origin: 'generated', text: swap.text, meta: {} });
        expect(mirrorDifferences(original, mirrored, swap).slice(0, 10)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});
