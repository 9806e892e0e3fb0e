/**
 * Small, fast, deterministic hashes for reprint detection: 32-bit FNV-1a over strings, a 32-bit
 * mix (MurmurHash3's finaliser) for deriving many hash functions from one value, and keys that fit
 * SQLite's INTEGER and JavaScript's safe integers (52 bits).
 */

/** FNV-1a, 32-bit, over UTF-16 code units. "a" → 0xe40c292c. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's 32-bit finaliser: every input bit affects every output bit. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines two 32-bit values in order: combine(a, b) ≠ combine(b, a). */
export function combine(a: number, b: number): number {
  return mix32((Math.imul(a ^ 0x9e3779b9, 0x01000193) + b) >>> 0);
}

/** A 52-bit key from 32-bit values (two differently seeded hashes of them): a safe integer, and an SQLite INTEGER. */
export function key52(values: Iterable<number>, tag: number): number {
  let h1 = mix32(tag ^ 0x2545f491);
  let h2 = mix32(tag ^ 0x68e31da4);
  for (const v of values) {
    h1 = combine(h1, v);
    h2 = combine(h2, v ^ 0x5bd1e995);
  }
  return (h1 & 0xfffff) * 0x100000000 + h2;
}
