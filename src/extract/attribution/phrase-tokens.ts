import type { Span } from '../../model.js';
import { isSpace } from '../numbers/tokenize.js';
import { NAME_PARTICLES } from './data/claimant-words.js';

/** A word of a phrase, with its offsets in the document text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

// A word: letters and digits, inner apostrophes and hyphens, inner dots ("U.N", "al-Quds"), as the
// regex `[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’\-]|\.(?=[\p{L}\p{N}]))*` reads it. ASCII characters
// are classed by their code; only other characters are asked of the two sticky regexes below (a
// sticky test per word was the largest cost of tokenizing, and most words are ASCII).
const WORD_START = /[\p{L}\p{N}]/uy;
const WORD_PART = /[\p{L}\p{N}\p{M}]/uy;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const CURLY_APOSTROPHE = 0x2019;
const UPPER_START = /^\p{Lu}/u;
// "al-Arouri", "el-Sisi", "bin-Salman": a particle joined to a capitalised name.
const PARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abd|abu)[-‑]\p{Lu}/u;
const EDGE_JUNK = /[^\p{L}\p{N})]/u;
const OPENING_MARK = /["“«‘]/;
const CLOSING_MARK = /["”»’]/;

/**
 * The words of `text[start, end)`, in order; at most `limit` of them (default: all). A word running
 * past `end` is cut there.
 */
export function tokenize(text: string, start: number, end: number, limit = Infinity): Token[] {
  const out: Token[] = [];
  // A start inside a surrogate pair ("𝐀" is two code units) reads the whole letter, as a search would.
  let k = start > 0 && _isTrail(text.charCodeAt(start)) && _isLead(text.charCodeAt(start - 1)) ? start - 1 : start;
  while (out.length < limit) {
    k = _wordStart(text, k, end);
    if (k < 0) break;
    const wordEnd = _wordEnd(text, _afterLetterOrDigit(text, k));
    const stop = Math.min(end, wordEnd);
    const t = text.slice(k, stop);
    out.push({ start: k, end: stop, text: t, lower: t.toLowerCase() });
    k = wordEnd;
  }
  return out;
}

function _isLead(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function _isTrail(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
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
  for (;;) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if (_isAsciiLetterOrDigit(c) || c === APOSTROPHE || c === HYPHEN) k++;
      else if (c === DOT && _isLetterOrDigitAt(text, k + 1)) k++;
      else return k;
    } else if (c === CURLY_APOSTROPHE) {
      k++;
    } else {
      // Past the end charCodeAt is NaN, which no test above takes, and the regex finds nothing.
      WORD_PART.lastIndex = k;
      if (!WORD_PART.test(text)) return k;
      k = WORD_PART.lastIndex;
    }
  }
}

function _isLetterOrDigitAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return _isAsciiLetterOrDigit(c);
  WORD_START.lastIndex = k;
  return WORD_START.test(text);
}

/** True for a word that can be part of a proper name: "Salama", "al-Arouri", "Abu", "bin". */
export function isNameWord(t: Token): boolean {
  return UPPER_START.test(t.text) || PARTICLE_NAME.test(t.text) || NAME_PARTICLES.has(t.lower);
}

/** True for a capitalised word or a particle-joined name ("al-Quds"), not a bare particle. */
export function isCapitalised(t: Token): boolean {
  return UPPER_START.test(t.text) || PARTICLE_NAME.test(t.text);
}

/**
 * Narrows a span to its first and last letter or digit (a closing bracket may end it): drops
 * Markdown marks, quotes, commas and spaces at the edges ("# *Hamas " → "Hamas").
 */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && EDGE_JUNK.test(text[start]!)) start++;
  while (end > start && EDGE_JUNK.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Widens a span by one quotation mark on each side when marks enclose it (`“barbaric” strikes` keeps its opening mark). */
export function withQuoteMarks(text: string, span: Span): Span {
  const open = OPENING_MARK.test(text[span.start - 1] ?? '') ? span.start - 1 : span.start;
  const close = CLOSING_MARK.test(text[span.end] ?? '') ? span.end + 1 : span.end;
  return { start: open, end: close };
}

/** The span from the first to the last token of a non-empty token list. */
export function tokensSpan(tokens: readonly Token[]): Span {
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
}

/** The first offset at or after `from` that is not white space (the text's length when none is). */
export function firstNonSpace(text: string, from: number): number {
  let k = from;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k;
}
