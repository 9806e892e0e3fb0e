import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandKeys, BANDS, estimateJaccard, signature, SIGNATURE_SIZE } from './minhash.js';

describe('MinHash', () => {
  it('gives identical sets identical signatures and one key per band', () => {
    const a = signature([1, 2, 3, 4]);
    expect(signature([4, 3, 2, 1, 1])).toEqual(a);
    expect(a).toHaveLength(SIGNATURE_SIZE);
    expect(bandKeys(a)).toHaveLength(BANDS);
    expect(bandKeys(a).every((k) => Number.isSafeInteger(k) && k >= 0)).toBe(true);
    expect(bandKeys(signature([]))).toEqual([]);
  });

  it('estimates the Jaccard similarity of two sets', () => {
    // |A ∩ B| = 500, |A ∪ B| = 1500: J = 1/3; the estimate's standard error with 64 hashes is 0.06.
    const a = Array.from({ length: 1000 }, (_, i) => i * 7919);
    const b = Array.from({ length: 1000 }, (_, i) => (i + 500) * 7919);
    expect(estimateJaccard(signature(a), signature(b))).toBeGreaterThan(1 / 3 - 0.18);
    expect(estimateJaccard(signature(a), signature(b))).toBeLessThan(1 / 3 + 0.18);
    expect(estimateJaccard(signature(a), signature(Array.from({ length: 1000 }, (_, i) => -i - 1)))).toBeLessThan(0.1);
  });

  it('does not depend on the order of the elements', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { minLength: 1, maxLength: 50 }), (xs) => {
        expect(signature([...xs].reverse())).toEqual(signature(xs));
      }),
    );
  });
});
