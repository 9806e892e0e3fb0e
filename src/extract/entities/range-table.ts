/**
 * A hash table keyed by stretches of a string (`source[start, end)`), so a word of a document is
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
 * Keys are stretches of one source string (a document, or a list of words joined by blanks),
 * values are bit sets (numbers); asked with a stretch of any string. Open addressing, linear
 * probing, all in one Int32Array (four numbers a slot: hash, length, start, value), which doubles
 * when half full. Keys are compared unit by unit, so two words with one hash stay apart.
 */
export class RangeTable {
  private slots: Int32Array;
  private mask: number;
  /** Number of keys stored. */
  size = 0;

  /** `source`: the string every key is a stretch of; `capacity`: initial number of slots, a power of two (default 64). */
  constructor(
    private readonly source: string,
    capacity = 64,
  ) {
    this.slots = new Int32Array(capacity * SLOT);
    this.mask = capacity - 1;
  }

  /** The bits stored for `s[start, end)` (hash `h` from hashRange), or 0 when the key is absent. */
  get(s: string, start: number, end: number, h: number): number {
    const at = this.find(s, start, end, h, false);
    return at < 0 ? 0 : this.slots[at + VALUE]!;
  }

  /** Whether `s[start, end)` lower-cased (hash `h` from hashRangeLowerAscii, ASCII keys only) is stored exactly. */
  hasLowerAscii(s: string, start: number, end: number, h: number): boolean {
    return this.find(s, start, end, h, true) >= 0;
  }

  /** Adds `bits` to the value of the key `source[start, end)` (not empty; hash `h` from hashRange), storing it when new. */
  add(start: number, end: number, h: number, bits: number): void {
    const at = this.find(this.source, start, end, h, false);
    if (at >= 0) {
      this.slots[at + VALUE]! |= bits;
      return;
    }
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    this.put(h, end - start, start, bits);
    this.size++;
  }

  /** Offset in `slots` of the key equal to `s[start, end)` (ASCII-lower-cased first when `lower`), or -1. */
  private find(s: string, start: number, end: number, h: number, lower: boolean): number {
    const { slots, mask } = this;
    const len = end - start;
    for (let i = h & mask; slots[i * SLOT + LENGTH] !== 0; i = (i + 1) & mask) {
      const at = i * SLOT;
      if (
        slots[at + HASH] === h &&
        slots[at + LENGTH] === len &&
        _sameUnits(this.source, slots[at + START]!, s, start, len, lower)
      )
        return at;
    }
    return -1;
  }

  /** Stores a key in the first free slot of its probe sequence. */
  private put(h: number, len: number, start: number, value: number): void {
    const { slots, mask } = this;
    let i = h & mask;
    while (slots[i * SLOT + LENGTH] !== 0) i = (i + 1) & mask;
    const at = i * SLOT;
    slots[at + HASH] = h;
    slots[at + LENGTH] = len;
    slots[at + START] = start;
    slots[at + VALUE] = value;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + LENGTH] !== 0) this.put(old[at + HASH]!, old[at + LENGTH]!, old[at + START]!, old[at + VALUE]!);
    }
  }
}

// The four numbers of a slot; a length of 0 marks a free slot (keys are never empty).
const SLOT = 4;
const HASH = 0;
const LENGTH = 1;
const START = 2;
const VALUE = 3;

/** Whether `a[aStart, aStart + len)` equals `b[bStart, bStart + len)`, with b's ASCII capitals lower-cased when `lowerB`. */
function _sameUnits(a: string, aStart: number, b: string, bStart: number, len: number, lowerB: boolean): boolean {
  for (let k = 0; k < len; k++) {
    let c = b.charCodeAt(bStart + k);
    if (lowerB && c >= 0x41 && c <= 0x5a) c += 32;
    if (a.charCodeAt(aStart + k) !== c) return false;
  }
  return true;
}
