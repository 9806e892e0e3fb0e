import { HYPHEN_PREFIXES } from '../lexicon/index.js';
import type { Span } from '../../model.js';
import { isSpace, lastOf } from '../text/index.js';
import { PLACE_NAMES } from './known-names.js';
import type { LowerCaseWords } from './lower-case-words.js';
import { hashRange } from './range-table.js';
import { KNOWN_WORD, NAME_ABBREVIATION, wordClasses } from './word-classes.js';

/** A word of a sentence, with what the name finder needs to know about its shape and neighbours. */
export interface NameToken {
  /** Offsets into the document text (UTF-16); a possessive "'s" is outside `end`. */
  start: number;
  end: number;
  /** The lists holding the word `text[start, end)`: word-classes bits ("Gaza" → PLACE_NAME), 0 for none. */
  classes: number;
  /** Can be part of a name: starts upper case ("Gaza"), or is a prefixed name ("al-Quds"). */
  cap: boolean;
  /** Only blanks separate it from the previous token (or the full stop of "Gen."): names may run on. */
  joinPrev: boolean;
  /** Opens the sentence, a quotation, a parenthesis or a clause after a colon: capitalised anyway. */
  initial: boolean;
  /** Written with "'s": the name ends here ("Israel's borders"). */
  possessive: boolean;
}

// One alternation, tried in order: a URL (skipped whole, so "www.Example.com" yields no name), an
// e-mail address, an acronym with stops ("U.S."), a word with inner apostrophes ("O'Brien",
// "Sana'a", "Israel's"). Used for sentences that may hold an e-mail address ("@" in or just after
// them); every other sentence is read by the scanner below, which gives the same tokens.
const TOKEN_RE =
  /(https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+)|((?:\p{Lu}\.){2,})|([\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*)/gu;
// Where the scanner finds a word of one or two letters before a full stop ("U" of "U.S."), the
// acronym is read here, which is where TOKEN_RE would have taken it.
const ACRONYM_AT = /(?:\p{Lu}\.){2,}/uy;
// A word character outside ASCII (Unicode letters, marks and digits: "é", "ع", "٣"), one code point.
const WORD_CHAR_AT = /[\p{L}\p{M}\p{N}]/uy;
const UPPER_RE = /^\p{Lu}/u;
const LOWER_RE = /^\p{Ll}/u;
const ALL_CAPS_RE = /^[\p{Lu}.]{2,}$/u;

// What separates two tokens, read char by char (no slice): blanks only; a stop then blanks ("Gen. ");
// an apostrophe then blanks ("Prisoners' Society"); a single hyphen ("al-Quds"); or something that opens a quotation or clause ("“", "(", ":", "—").
const GAP_BLANKS = 1;
const GAP_STOP_BLANKS = 2;
const GAP_HYPHEN = 3;
const GAP_APOSTROPHE_BLANKS = 4;
const GAP_OTHER = 0;

function _gapKind(text: string, from: number, to: number): number {
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    if (c === 0x2d || c === 0x2010 || c === 0x2011) return GAP_HYPHEN;
  }
  let k = from;
  const first = text.charCodeAt(k);
  if (first === 0x2e || first === 0x27 || first === 0x2019) k++;
  if (k === to) return GAP_OTHER;
  for (; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return GAP_OTHER;
  }
  return first === 0x2e ? GAP_STOP_BLANKS : first === 0x27 || first === 0x2019 ? GAP_APOSTROPHE_BLANKS : GAP_BLANKS;
}

/** Whether a gap holds a quotation mark, parenthesis, colon or dash, or is a list/heading marker at a line start. */
function _opensClause(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    switch (text.charCodeAt(k)) {
      case 0x22:
      case 0x201c:
      case 0x2018:
      case 0xab:
      case 0x28:
      case 0x3a:
      case 0x2014:
      case 0x2013:
      case 0x2a:
      case 0x23:
      case 0x3e:
      case 0x0a:
        return true;
    }
  }
  return false;
}

/**
 * Whether the word `text[start, end)` (first code unit `c`) opens with an upper-case letter: ASCII
 * by code, the rest by UPPER_RE on the word as cut (a sentence end may cut a surrogate pair in two).
 */
function _isUpper(c: number, text: string, start: number, end: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(text.slice(start, end));
}

/**
 * Whether a token of `text` is written in capitals, at least two letters ("GAZA", "UN", "U.N."; not
 * "Gaza", "A", "al-QUDS"). Asked only by the list look-up of ALL CAPS runs, so it is not stored.
 */
export function isAllCapsWord(text: string, t: NameToken): boolean {
  return t.cap && t.end - t.start > 1 && _isAllCaps(text, t.start, t.end);
}

/** Every character of `text[start, end)` an upper-case letter or a full stop ("GAZA", "U.N."): ASCII read by code, anything else by ALL_CAPS_RE. */
function _isAllCaps(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return ALL_CAPS_RE.test(text.slice(start, end));
    if ((c < 0x41 || c > 0x5a) && c !== 0x2e) return false;
  }
  return end - start >= 2;
}

/** Whether the word `text[start, end)` (first code unit `c`) opens with a lower-case letter, read as _isUpper reads upper case. */
function _isLower(c: number, text: string, start: number, end: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_RE.test(text.slice(start, end));
}

/** Whether the word text[start, end) ends in "'s" or "’s" after at least one letter ("Israel's"). */
function _endsPossessive(text: string, start: number, end: number): boolean {
  if (end - start <= 2 || text.charCodeAt(end - 1) !== 0x73) return false;
  const q = text.charCodeAt(end - 2);
  return q === 0x27 || q === 0x2019;
}

// 1 for the ASCII letters and digits, 0 for every other ASCII code.
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0,
);

/** Length in code units (1 or 2) of the word character ([\p{L}\p{M}\p{N}]) at `i`, or 0: ASCII by its code, the rest by WORD_CHAR_AT. */
function _wordCharAt(text: string, i: number): number {
  // Nothing is read past the text's end (text/chars.ts says why).
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c]!;
  WORD_CHAR_AT.lastIndex = i;
  return WORD_CHAR_AT.test(text) ? WORD_CHAR_AT.lastIndex - i : 0;
}

/** End of the URL starting at `start` ("https://…", "www.…", up to the next white space), or -1 when none starts there. */
function _urlEnd(text: string, start: number): number {
  let k = -1;
  if (text.startsWith('http', start)) {
    const colon = start + 4 < text.length && text.charCodeAt(start + 4) === 0x73 ? start + 5 : start + 4;
    if (text.startsWith('://', colon)) k = colon + 3;
  } else if (text.startsWith('www.', start)) k = start + 4;
  if (k < 0 || k >= text.length || isSpace(text.charCodeAt(k))) return -1;
  while (k < text.length && !isSpace(text.charCodeAt(k))) k++;
  return k;
}

/** End of the word starting at word character `start`: word characters with inner apostrophes ("O'Brien", "Sana’a"), as TOKEN_RE reads it. */
function _wordEnd(text: string, start: number): number {
  const length = text.length;
  let k = start;
  for (;;) {
    // ASCII letters and digits by the table, in this loop: most words hold nothing else.
    let c = 0;
    while (k < length && (c = text.charCodeAt(k)) < 128 && ASCII_WORD[c] === 1) k++;
    if (k >= length) return k;
    if (c >= 128) {
      const n = _wordCharAt(text, k);
      if (n > 0) {
        k += n;
        continue;
      }
    }
    if ((c !== 0x27 && c !== 0x2019) || _wordCharAt(text, k + 1) === 0) return k;
    k++;
  }
}

/** Where the next word character at or after `from` and before `limit` is, or -1; a surrogate pair is passed whole, as a `u` search does. */
function _nextWordStart(text: string, from: number, limit: number): number {
  let k = from;
  while (k < limit) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if (ASCII_WORD[c] === 1) return k;
      k++;
      continue;
    }
    if (_wordCharAt(text, k) > 0) return k;
    k += c >= 0xd800 && c <= 0xdbff && k + 1 < text.length && (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return -1;
}

/**
 * Splits one sentence into word tokens, carrying offsets from the start (never recomputed from
 * split strings). Words opening in lower case are added to `lowerWords` (made for this `text`), which later tells a capitalised
 * sentence opener that is a common word ("Displaced", also written "displaced") from a name.
 * `mayHoldEmail` false says no "@" lies in the sentence or the word running on past its end, so
 * the scanner (no regular expression, ASCII read by code) gives the same tokens (default true: always safe).
 */
export function tokenizeSentence(
  text: string,
  span: Span,
  lowerWords: LowerCaseWords,
  mayHoldEmail = true,
): NameToken[] {
  const out: NameToken[] = [];
  // A span opening inside a surrogate pair is read from the pair's start ("𝐀" whole), as a `u` search does.
  let pos =
    span.start > 0 &&
    span.start < text.length &&
    (text.charCodeAt(span.start) & 0xfc00) === 0xdc00 &&
    (text.charCodeAt(span.start - 1) & 0xfc00) === 0xd800
      ? span.start - 1
      : span.start;
  let prevEnd = span.start;
  let afterUrl = false;
  for (;;) {
    let start: number;
    let rawEnd: number;
    let url: boolean;
    if (mayHoldEmail) {
      TOKEN_RE.lastIndex = pos;
      const m = TOKEN_RE.exec(text);
      if (!m || m.index >= span.end) break;
      start = m.index;
      rawEnd = start + m[0].length;
      url = m[1] !== undefined;
    } else {
      start = _nextWordStart(text, pos, span.end);
      if (start < 0) break;
      const first = text.charCodeAt(start);
      // Only "ht…" and "ww…" may open a URL: "he", "was", "with" are not asked.
      const second = start + 1 < text.length ? text.charCodeAt(start + 1) : 0;
      const urlEnd =
        (first === 0x68 && second === 0x74) || (first === 0x77 && second === 0x77) ? _urlEnd(text, start) : -1;
      url = urlEnd >= 0;
      rawEnd = url ? urlEnd : _wordEnd(text, start);
      if (rawEnd - start <= 2 && rawEnd < text.length && text.charCodeAt(rawEnd) === 0x2e) {
        ACRONYM_AT.lastIndex = start;
        if (ACRONYM_AT.test(text)) rawEnd = ACRONYM_AT.lastIndex;
      }
    }
    pos = rawEnd;
    let end = Math.min(rawEnd, span.end);
    const gapFrom = prevEnd;
    prevEnd = end;
    if (url) {
      afterUrl = true;
      continue;
    }
    const possessive = _endsPossessive(text, start, end);
    if (possessive) end -= 2;
    const h = hashRange(text, start, end);
    const classes = wordClasses(text, start, end, h);
    const prev = lastOf(out);
    // Most words follow one blank: that gap is GAP_BLANKS and opens no clause, read here without
    // the two scans of the gap (4% and 2% of the stage's instructions as calls).
    const oneBlank = start - gapFrom === 1 && text.charCodeAt(gapFrom) === 0x20;
    const gap = prev && !afterUrl ? (oneBlank ? GAP_BLANKS : _gapKind(text, gapFrom, start)) : GAP_OTHER;
    if (prev && gap === GAP_HYPHEN && _joinsByHyphen(text, prev, start, end, classes)) {
      // "al-Quds", "Al-Aqsa", "Secretary-General": one token. "Hamas-affiliated", "Israel-Hamas": two.
      prev.end = end;
      prev.classes = wordClasses(text, prev.start, end, hashRange(text, prev.start, end));
      // A joined token is never ALL CAPS: the hyphen is no capital.
      prev.cap = true;
      prev.possessive = possessive;
      continue;
    }
    // "the Palestinian Prisoners' Society": a plural possessive, which may still run on into an organization word.
    const pluralPossessive = gap === GAP_APOSTROPHE_BLANKS && text.charCodeAt(prev!.end - 1) === 0x73;
    if (pluralPossessive) prev!.possessive = true;
    const first = text.charCodeAt(start);
    const cap = _isUpper(first, text, start, end);
    if (!cap && _isLower(first, text, start, end)) lowerWords.add(start, end, h);
    // Stored at the length rather than pushed: the optimised code called Array.prototype.push
    // for every token (3.5% of the stage's instructions).
    out[out.length] = {
      start,
      end,
      classes,
      cap,
      joinPrev:
        gap === GAP_BLANKS ||
        pluralPossessive ||
        (gap === GAP_STOP_BLANKS && (prev!.classes & NAME_ABBREVIATION) !== 0),
      initial: !prev || (!oneBlank && _opensClause(text, gapFrom, start)),
      possessive,
    };
    afterUrl = false;
  }
  return out;
}

/**
 * Whether "left-right" is one name word, `left` the previous token and `right` the word
 * `text[start, end)` with list bits `classes`: a name prefix ("al-Quds"), a listed place, or two
 * capitalised words no list knows apart. Only hyphen gaps ask, so the words are cut here.
 */
function _joinsByHyphen(text: string, left: NameToken, start: number, end: number, classes: number): boolean {
  if (!_isUpper(text.charCodeAt(start), text, start, end)) return false;
  const leftWord = text.slice(left.start, left.end);
  if (HYPHEN_PREFIXES.has(leftWord.toLowerCase()) && !leftWord.includes('-')) return true;
  if (PLACE_NAMES.has(`${leftWord}-${text.slice(start, end)}`)) return true;
  return (
    _isUpper(text.charCodeAt(left.start), text, left.start, left.end) && ((left.classes | classes) & KNOWN_WORD) === 0
  );
}
