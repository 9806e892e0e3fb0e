/**
 * A search for a regular expression that can only match at the start of a listed word, run only
 * there. A large alternation of words (the reporting cues: several hundred verbs) has no prefix a
 * regex engine can skip ahead by, so a global search tries its alternatives at every word boundary
 * of the text (the cue search was 6.7% of the extract's instructions); a look at the first two
 * characters of each word, and the regex tried (sticky) only at words that open like a listed one,
 * finds the same matches.
 */

// 1 for ASCII letters, digits and "_": the class `\w` of a regex without the `u` and `i` flags,
// which decides its `\b`.
const WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f ? 1 : 0,
);
const isAsciiLetterCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/**
 * The regex `pattern` (its flags kept, made sticky) tried only at word starts (an ASCII letter with
 * no `\w` character before it) whose first two characters are those of one of `openers`, as
 * written (case counts). Every match of `pattern` must open at a word start with one of `openers`:
 * then a search finds every match a global search of `pattern` finds, the same, at the same place
 * (find-cues.test.ts holds the cue search to it).
 */
export class WordStartSearch {
  private readonly sticky: RegExp;
  /**
   * 1 at `first * 128 + second` for the first two characters of an opener; a second character
   * outside ASCII is kept at 0, and a one-letter opener marks every second character.
   */
  private readonly pairs = new Uint8Array(128 * 128);

  constructor(pattern: RegExp, openers: Iterable<string>) {
    this.sticky = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
    for (const w of openers) {
      const first = w.charCodeAt(0);
      if (!isAsciiLetterCode(first)) throw new Error(`WordStartSearch: opener "${w}" opens with no ASCII letter`);
      if (w.length === 1) this.pairs.fill(1, first * 128, first * 128 + 128);
      else this.pairs[first * 128 + _pairIndex(w.charCodeAt(1))] = 1;
    }
  }

  /** The first match of the pattern starting at or after `from`, as a global search from `from` finds it, or null. */
  exec(text: string, from: number): RegExpExecArray | null {
    const { pairs, sticky } = this;
    const length = text.length;
    let k = from;
    while (k < length) {
      const c = text.charCodeAt(k);
      if (!isAsciiLetterCode(c)) {
        k++;
        continue;
      }
      const before = k > 0 ? text.charCodeAt(k - 1) : 0x20;
      const second = k + 1 < length ? _pairIndex(text.charCodeAt(k + 1)) : 0;
      if ((before >= 128 || WORD[before] === 0) && pairs[c * 128 + second] === 1) {
        sticky.lastIndex = k;
        const m = sticky.exec(text);
        if (m) return m;
      }
      // No match opens inside a run of letters (a letter stands before each): the next word start lies past it.
      k++;
      while (k < length && isAsciiLetterCode(text.charCodeAt(k))) k++;
    }
    return null;
  }
}

/** The place of a second character in a row of `pairs`: itself in ASCII, 0 beyond. */
function _pairIndex(c: number): number {
  return c < 128 ? c : 0;
}
