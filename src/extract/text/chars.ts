/**
 * Character classes read by UTF-16 code, shared by every tokenizer and scanner of the pipeline: a
 * code comparison is cheaper than a regex test of a one-character string, and one definition keeps
 * the views of the text agreeing on what a space or a digit is.
 *
 * The scanners never call `charCodeAt` at an offset outside the string, though it would answer NaN,
 * which no class takes: V8 compiles `charCodeAt` inline, and the first read past the end (one text
 * ending in a letter is enough) throws that code away and marks the call site, which from then on
 * calls the library function for every character (the entities tokenizer made 788,000 such calls
 * in two passes over 105 texts).
 */

/** An ASCII digit, 0-9. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** An ASCII letter, A-Z or a-z. */
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A letter of the Latin script as the scan tokens read it: ASCII letters and U+00C0–U+024F ("é", "ł", "ș"). */
export const isLatinLetter = (c: number): boolean => isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f);

/**
 * Whether the UTF-16 code `c` is one of exactly the characters of the regex class `\s` ("1 200"
 * with a no-break space still splits): cheaper than a regex test of a one-character string.
 */
export const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c > 127 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/** The first half of a surrogate pair (a letter outside the BMP, "𝐀", is two code units). */
export const isLeadSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** The second half of a surrogate pair. */
export const isTrailSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The first offset at or after `from` that is not white space (the text's length when none is). */
export function firstNonSpace(text: string, from: number): number {
  let k = from;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k;
}

/**
 * `text[start, end)` (already cut as `written`) in lower case. A stretch of ASCII without a capital
 * is its own lower case and is returned as it is; only the rest calls `toLowerCase`, which for a
 * stretch of a text holding any character beyond Latin-1 ("“", "’") goes through ICU.
 */
export function lowerCaseOf(text: string, start: number, end: number, written: string): string {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return written.toLowerCase();
  }
  return written;
}
