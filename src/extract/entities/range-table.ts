/**
 * A hash table keyed by stretches of strings (`source[start, end)`), so a word of a document is
 * looked up or stored by its offsets, without slicing a string for it and without the engine
 * hashing that new string: the name finder reads about one word in two of every text.
 */

/**
 * FNV-1a hash (32 bits) of the UTF-16 code units `s[start, end)`; the same for the same units in
 * any string ("Gaza" in a list and at offset 120 of a document).
 */
export function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}

/**
 * FNV-1a hash of `s[start, end)` lower-cased, or 0 when a code unit is outside ASCII: ASCII
 * lower-cases letter by letter ("OFFICE" → "office"), the rest needs `toLowerCase` ("İ" → "i̇").
 */
export function hashRangeLowerAscii(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return 0;
    h = Math.imul(h ^ (c >= 0x41 && c <= 0x5a ? c + 32 : c), 0x01000193);
  }
  return h;
}

/**
 * Keys are stretches of strings, values are bit sets (numbers). Open addressing, linear probing;
 * the table doubles when half full. Keys are compared unit by unit, so two words with one hash
 * stay apart. A stored key keeps a reference to its source string and its offset.
 */
export class RangeTable {
  private hashes: Int32Array;
  /** Key lengths; 0 marks an empty slot (keys are never empty). */
  private lengths: Int32Array;
  private starts: Int32Array;
  private values: Int32Array;
  private sources: string[];
  private mask: number;
  /** Number of keys stored. */
  size = 0;

  /** `capacity`: initial number of slots, a power of two (default 64). */
  constructor(capacity = 64) {
    this.hashes = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.sources = new Array<string>(capacity);
    this.mask = capacity - 1;
  }

  /** The bits stored for `s[start, end)` (hash `h` from hashRange), or 0 when the key is absent. */
  get(s: string, start: number, end: number, h: number): number {
    const slot = this.find(s, start, end, h, false);
    return slot < 0 ? 0 : this.values[slot]!;
  }

  /** Whether `s[start, end)` lower-cased (hash `h` from hashRangeLowerAscii, ASCII keys only) is stored exactly. */
  hasLowerAscii(s: string, start: number, end: number, h: number): boolean {
    return this.find(s, start, end, h, true) >= 0;
  }

  /** Adds `bits` to the value of `s[start, end)` (hash `h` from hashRange), storing the key when new. */
  add(s: string, start: number, end: number, h: number, bits: number): void {
    const slot = this.find(s, start, end, h, false);
    if (slot >= 0) {
      this.values[slot]! |= bits;
      return;
    }
    if ((this.size + 1) * 2 > this.lengths.length) this.grow();
    let i = h & this.mask;
    while (this.lengths[i] !== 0) i = (i + 1) & this.mask;
    this.hashes[i] = h;
    this.lengths[i] = end - start;
    this.starts[i] = start;
    this.values[i] = bits;
    this.sources[i] = s;
    this.size++;
  }

  /** Slot of the key equal to `s[start, end)` (ASCII-lower-cased first when `lower`), or -1. */
  private find(s: string, start: number, end: number, h: number, lower: boolean): number {
    const len = end - start;
    for (let i = h & this.mask; this.lengths[i] !== 0; i = (i + 1) & this.mask) {
      if (this.hashes[i] === h && this.lengths[i] === len && _sameUnits(this.sources[i]!, this.starts[i]!, s, start, len, lower)) return i;
    }
    return -1;
  }

  private grow(): void {
    const { hashes, lengths, starts, values, sources } = this;
    const capacity = lengths.length * 2;
    this.hashes = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.sources = new Array<string>(capacity);
    this.mask = capacity - 1;
    for (let j = 0; j < lengths.length; j++) {
      if (lengths[j] === 0) continue;
      let i = hashes[j]! & this.mask;
      while (this.lengths[i] !== 0) i = (i + 1) & this.mask;
      this.hashes[i] = hashes[j]!;
      this.lengths[i] = lengths[j]!;
      this.starts[i] = starts[j]!;
      this.values[i] = values[j]!;
      this.sources[i] = sources[j]!;
    }
  }
}

/** Whether `a[aStart, aStart + len)` equals `b[bStart, bStart + len)`, with b's ASCII capitals lower-cased when `lowerB`. */
function _sameUnits(a: string, aStart: number, b: string, bStart: number, len: number, lowerB: boolean): boolean {
  for (let k = 0; k < len; k++) {
    let c = b.charCodeAt(bStart + k);
    if (lowerB && c >= 0x41 && c <= 0x5a) c += 32;
    if (a.charCodeAt(aStart + k) !== c) return false;
  }
  return true;
}
