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
   * `text`: the document; its length sizes the table so that it seldom grows (news text holds
   * about one distinct lower-case word per 32 UTF-16 units; the table takes half as many as slots).
   */
  constructor(private readonly text: string) {
    let capacity = 64;
    while (capacity * 16 < text.length) capacity *= 2;
    this.table = new RangeTable(text, capacity);
  }

  /** Number of distinct words stored. */
  get size(): number {
    return this.table.size;
  }

  /** Stores the word `text[start, end)` of the document as written (tokenizeSentence calls it for words opening in lower case); `h` is its hashRange. */
  add(start: number, end: number, h: number): void {
    this.table.add(start, end, h, 1);
  }

  /**
   * Whether the word `s[start, end)` (of the document or any string), lower-cased, is one of the
   * stored words ("Office" when "office" occurs). Asked only once every word of the document is stored.
   */
  hasLowerOf(s: string, start: number, end: number): boolean {
    // An ALL CAPS wire ("GUERRILLAS ATTACKED …") writes no word in lower case: nothing to look up.
    if (this.table.size === 0) return false;
    const h = hashRangeLowerAscii(s, start, end);
    if (h !== 0) return this.table.hasLowerAscii(s, start, end, h);
    // A hash of 0 is returned for words outside ASCII (and, rarely, as the hash of an ASCII word):
    // both are lower-cased by toLowerCase and asked as written, which is always right.
    const lower = s.slice(start, end).toLowerCase();
    return this.table.get(lower, 0, lower.length, hashRange(lower, 0, lower.length)) !== 0;
  }
}
