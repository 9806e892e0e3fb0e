import { combine, key52, mix32 } from './hash.js';

/**
 * MinHash signatures and LSH band keys (Broder 1997; Leskovec, Rajaraman & Ullman, "Mining of
 * Massive Datasets", ch. 3). Written here rather than taken from npm: the one MinHash package on the
 * registry (`minhash` 0.0.9) computes `(a * h + b) % p` with 32-bit `a` and 33-bit `h` in doubles,
 * past 2^53, so its permutations lose their low bits; it has no types either.
 */

/** Hash functions per signature. */
export const SIGNATURE_SIZE = 64;
/** LSH bands × rows = {@link SIGNATURE_SIZE}: two texts share a band key with probability 1 − (1 − J^4)^16 (J = Jaccard similarity of their shingles): 0.64 at J = 0.5, 0.98 at 0.7, 0.0015 at 0.1. */
export const BANDS = 16;
export const ROWS = SIGNATURE_SIZE / BANDS;

// One seed per hash function, fixed: signatures stored in a ledger stay comparable across runs.
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(0x3c6ef372 + i * 0x9e3779b9));

/** The MinHash signature of a set of 32-bit element hashes; all 0xffffffff for an empty set. */
export function signature(elements: Iterable<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const e of elements) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix32(e ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two sets: the share of positions where the signatures agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** One key per band (52-bit integers); none for the signature of an empty set. */
export function bandKeys(sig: Uint32Array): number[] {
  if (sig[0] === 0xffffffff && sig.every((v) => v === 0xffffffff)) return [];
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(key52(sig.subarray(b * ROWS, (b + 1) * ROWS), b));
  return keys;
}

/** Hash of a run of word hashes (a shingle). */
export function shingleHash(words: readonly number[], from: number, length: number): number {
  let h = 0x12345678;
  for (let i = from; i < from + length; i++) h = combine(h, words[i]!);
  return h;
}
