import type { Span } from '../../model.js';
import { isAsciiLetter, isDigit, isLatinLetter, isSpace, lowerCaseOf } from './chars.js';

/**
 * A token of the text with its place in the document: the one token type every stage reads. The
 * scan view (`tokenize`) gives digit runs, Latin words and single punctuation characters; the
 * phrase view (`words`) gives words with their inner hyphens and dots, and keeps `lower` as
 * written (no apostrophe is straightened).
 */
export interface Token {
  /** Offset of the first character in the document text (UTF-16). */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The token as written. */
  text: string;
  /** `text` in lower case; in the scan view also with the curly apostrophe straightened ("Gaza’s" → "gaza's"). */
  lower: string;
  /** What the scan token is made of; every token of the phrase view is a `word`. */
  kind: 'digits' | 'word' | 'punct';
}

// The scan tokens, by their first character: a digit run keeps its separators so "10,569" and
// "10.5" stay one token (`\d+(?:[.,]\d+)*`); a word is a run of Latin letters that keeps inner
// apostrophes followed by ASCII letters and nothing else (`[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*`),
// so "thirty-three" is three tokens (the number reader joins them) and "Gaza’s" one; any other
// character that is not white space is a token of its own. Scanned by character code rather than
// with a regex: tokenizing is the hottest loop of the numbers and figures stages, and the regex's
// match arrays and the slice of the sentence it ran on were most of its cost. No character is read
// at or past `end` (see chars.ts: a read past the text's end costs every later read of the site).
const APOSTROPHE = 0x27;
const CURLY_APOSTROPHE = 0x2019;
const CURLY = /’/g;

/** Splits `text[span.start, span.end)` into scan tokens whose offsets point into `text`. */
export function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const end = span.end;
  let i = span.start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      // "10,569", "10.5", "10.11.2023"; "10," stops before the comma
      i++;
      for (;;) {
        while (i < end && isDigit(text.charCodeAt(i))) i++;
        if (i + 1 >= end) break;
        const sep = text.charCodeAt(i);
        if ((sep === 46 || sep === 44) && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      const t = text.slice(start, i);
      out.push({ start, end: i, text: t, lower: t, kind: 'digits' });
    } else if (isLatinLetter(c)) {
      // "Gaza’s", "rock'n'roll": an apostrophe joins only when ASCII letters follow it
      let curly = false;
      i++;
      while (i < end && isLatinLetter(text.charCodeAt(i))) i++;
      while (i + 1 < end) {
        const q = text.charCodeAt(i);
        if ((q === APOSTROPHE || q === CURLY_APOSTROPHE) && isAsciiLetter(text.charCodeAt(i + 1))) {
          if (q === CURLY_APOSTROPHE) curly = true;
          i += 2;
          while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
        } else break;
      }
      const t = text.slice(start, i);
      const lower = lowerCaseOf(text, start, i, t);
      out.push({ start, end: i, text: t, lower: curly ? lower.replace(CURLY, "'") : lower, kind: 'word' });
    } else {
      i++;
      const t = text.slice(start, i);
      out.push({ start, end: i, text: t, lower: c === CURLY_APOSTROPHE ? "'" : t, kind: 'punct' });
    }
  }
  return out;
}

/** Whether two tokens touch, with nothing between them ("2.3" "m", "F" "-" "16"). */
export const glued = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
