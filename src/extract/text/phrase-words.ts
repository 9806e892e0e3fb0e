import { isLeadSurrogate, isTrailSurrogate, lowerCaseOf } from './chars.js';
import type { Token } from './token.js';

// The phrase view: a word is letters and digits with inner apostrophes and hyphens, and inner dots
// ("U.N", "al-Quds"), as the regex `[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’\-]|\.(?=[\p{L}\p{N}]))*` reads
// it. ASCII characters are classed by their code; only other characters are asked of the two
// sticky regexes below (a sticky test per word was the largest cost of reading phrases, and most
// words are ASCII).
const WORD_START = /[\p{L}\p{N}]/uy;
const WORD_PART = /[\p{L}\p{N}\p{M}]/uy;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const CURLY_APOSTROPHE = 0x2019;

/**
 * The phrase view of `text[start, end)`: its words in order, at most `limit` of them (default: all),
 * each a {@link Token} of kind `word` (digits and letters alike) whose `lower` keeps the apostrophes
 * as written. A word running past `end` is cut there. The reporting frames read claimant
 * phrases this way ("Saleh al-Arouri", "the U.N. agency"), where the scan view would split a name
 * at every hyphen; `text` may be any string (a claimant's name read again).
 */
export function phraseWords(text: string, start: number, end: number, limit = Infinity): Token[] {
  const out: Token[] = [];
  // A start inside a surrogate pair ("𝐀" is two code units) reads the whole letter, as a search would.
  let k =
    start > 0 &&
    start < text.length &&
    isTrailSurrogate(text.charCodeAt(start)) &&
    isLeadSurrogate(text.charCodeAt(start - 1))
      ? start - 1
      : start;
  // Nothing is read past the text's end (chars.ts says why).
  const stop = Math.min(end, text.length);
  while (out.length < limit) {
    k = _wordStart(text, k, stop);
    if (k < 0) break;
    const wordEnd = _wordEnd(text, _afterLetterOrDigit(text, k));
    const cut = Math.min(end, wordEnd);
    const t = text.slice(k, cut);
    out.push({ start: k, end: cut, text: t, lower: lowerCaseOf(text, k, cut, t), kind: 'word' });
    k = wordEnd;
  }
  return out;
}

// An ASCII letter or digit: the ASCII part of `[\p{L}\p{N}]`.
function _isAsciiLetterOrDigit(c: number): boolean {
  const lower = c | 32;
  return (lower >= 97 && lower <= 122) || (c >= 48 && c <= 57);
}

/** The offset of the first letter or digit in `text[from, end)`, or -1. */
function _wordStart(text: string, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if (_isAsciiLetterOrDigit(c)) return k;
      continue;
    }
    WORD_START.lastIndex = k;
    if (WORD_START.test(text)) return k;
  }
  return -1;
}

/** The offset after the letter or digit at `k` (two code units for a letter outside the BMP, "𝐀"). */
function _afterLetterOrDigit(text: string, k: number): number {
  if (text.charCodeAt(k) < 128) return k + 1;
  WORD_START.lastIndex = k;
  WORD_START.test(text);
  return WORD_START.lastIndex;
}

/**
 * The offset where a word that goes on at `k` ends: after its letters, digits, marks, apostrophes
 * and hyphens, and dots followed by a letter or digit ("U.N." ends before the last dot).
 */
function _wordEnd(text: string, k: number): number {
  const n = text.length;
  for (;;) {
    if (k >= n) return k;
    const c = text.charCodeAt(k);
    if (c < 128) {
      if (_isAsciiLetterOrDigit(c) || c === APOSTROPHE || c === HYPHEN) k++;
      else if (c === DOT && _isLetterOrDigitAt(text, k + 1)) k++;
      else return k;
    } else if (c === CURLY_APOSTROPHE) {
      k++;
    } else {
      WORD_PART.lastIndex = k;
      if (!WORD_PART.test(text)) return k;
      k = WORD_PART.lastIndex;
    }
  }
}

function _isLetterOrDigitAt(text: string, k: number): boolean {
  if (k >= text.length) return false;
  const c = text.charCodeAt(k);
  if (c < 128) return _isAsciiLetterOrDigit(c);
  WORD_START.lastIndex = k;
  return WORD_START.test(text);
}
