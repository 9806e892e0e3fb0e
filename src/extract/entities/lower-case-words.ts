import { hashRange, hashRangeLowerAscii, RangeTable } from './range-table.js';

/**
 * The words a document writes in lower case, asked about capitalised words: "Displaced" opening a
 * sentence is a common word when "displaced" occurs elsewhere, and "Office" in "the Office said"
 * when "office" does. Words are stored and asked by their offsets in the text, so no string is cut
 * or hashed by the engine for any of them.
 */
export class LowerCaseWords {
  private readonly table: RangeTable;

  /**
   * `textLength`: length of the document in UTF-16 units, which sizes the table so that it rarely
   * grows (about one distinct lower-case word per 16 units of news text; default 0: smallest table).
   */
  constructor(textLength = 0) {
    let capacity = 64;
    while (capacity * 8 < textLength) capacity *= 2;
    this.table = new RangeTable(capacity);
  }

  /** Number of distinct words stored. */
  get size(): number {
    return this.table.size;
  }

  /** Stores the word `text[start, end)` as written (tokenizeSentence calls it for words opening in lower case); `h` is its hashRange. */
  add(text: string, start: number, end: number, h: number): void {
    this.table.add(text, start, end, h, 1);
  }

  /**
   * Whether the word `text[start, end)`, lower-cased, is one of the stored words ("Office" when
   * "office" occurs). Asked only once every word of the document is stored.
   */
  hasLowerOf(text: string, start: number, end: number): boolean {
    // An ALL CAPS wire ("GUERRILLAS ATTACKED …") writes no word in lower case: nothing to look up.
    if (this.table.size === 0) return false;
    const h = hashRangeLowerAscii(text, start, end);
    if (h !== 0) return this.table.hasLowerAscii(text, start, end, h);
    // A hash of 0 is returned for words outside ASCII (and, rarely, as the hash of an ASCII word):
    // both are lower-cased by toLowerCase and asked as written, which is always right.
    const lower = text.slice(start, end).toLowerCase();
    return this.table.get(lower, 0, lower.length, hashRange(lower, 0, lower.length)) !== 0;
  }
}
