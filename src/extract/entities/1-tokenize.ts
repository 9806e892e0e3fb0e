import type { Span } from '../../model.js';
import { HYPHEN_PREFIXES, NAME_ABBREVIATIONS } from './data/name-particles.js';
import { isKnownWord, PLACE_NAMES } from './lexicon.js';

/** A word of a sentence, with what the name finder needs to know about its shape and neighbours. */
export interface NameToken {
  /** Offsets into the document text (UTF-16); a possessive "'s" is outside `end`. */
  start: number;
  end: number;
  text: string;
  /** Can be part of a name: starts upper case ("Gaza"), or is a prefixed name ("al-Quds"). */
  cap: boolean;
  /** Every letter upper case and at least two letters ("GAZA", "UN"). */
  allCaps: boolean;
  /** Only blanks separate it from the previous token (or the full stop of "Gen."): names may run on. */
  joinPrev: boolean;
  /** Opens the sentence, a quotation, a parenthesis or a clause after a colon: capitalised anyway. */
  initial: boolean;
  /** Written with "'s": the name ends here ("Israel's borders"). */
  possessive: boolean;
}

// One alternation, tried in order: a URL (skipped whole, so "www.Example.com" yields no name), an
// acronym with stops ("U.S."), a word with inner apostrophes ("O'Brien", "Sana'a", "Israel's").
const TOKEN_RE = /(https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+)|((?:\p{Lu}\.){2,})|([\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*)/gu;
// The same without the e-mail and acronym alternatives, twice as fast to search (every capital
// no longer opens an acronym attempt). Used for sentences without "@", where no e-mail can match;
// an acronym is then read by ACRONYM_AT where a word of one letter stops at a full stop ("U" of
// "U.S."), which is where TOKEN_RE would have taken it.
const FAST_TOKEN_RE = /(https?:\/\/\S+|www\.\S+)|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const ACRONYM_AT = /(?:\p{Lu}\.){2,}/uy;
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
      case 0x22: case 0x201c: case 0x2018: case 0xab: case 0x28: case 0x3a: case 0x2014: case 0x2013:
      case 0x2a: case 0x23: case 0x3e: case 0x0a:
        return true;
    }
  }
  return false;
}

function _isUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(word);
}

function _isLower(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_RE.test(word);
}

function _endsPossessive(word: string): boolean {
  const n = word.length;
  if (n <= 2 || word.charCodeAt(n - 1) !== 0x73) return false;
  const q = word.charCodeAt(n - 2);
  return q === 0x27 || q === 0x2019;
}

/**
 * Splits one sentence into word tokens, carrying offsets from the start (never recomputed from
 * split strings). Lower-case words are added to `lowerVocabulary`, which later tells a capitalised
 * sentence opener that is a common word ("Displaced", also written "displaced") from a name.
 * `mayHoldEmail` false says no "@" lies in the sentence or the word running on past its end, so
 * the faster search without e-mail addresses gives the same tokens (default true: always safe).
 */
export function tokenizeSentence(text: string, span: Span, lowerVocabulary: Set<string>, mayHoldEmail = true): NameToken[] {
  const out: NameToken[] = [];
  const re = mayHoldEmail ? TOKEN_RE : FAST_TOKEN_RE;
  re.lastIndex = span.start;
  let prevEnd = span.start;
  let afterUrl = false;
  for (let m = re.exec(text); m && m.index < span.end; m = re.exec(text)) {
    const start = m.index;
    let raw = m[0];
    if (!mayHoldEmail && raw.length <= 2 && text.charCodeAt(start + raw.length) === 0x2e) {
      ACRONYM_AT.lastIndex = start;
      const acronym = ACRONYM_AT.exec(text);
      if (acronym) {
        raw = acronym[0];
        re.lastIndex = start + raw.length;
      }
    }
    let end = Math.min(start + raw.length, span.end);
    const gapFrom = prevEnd;
    prevEnd = end;
    if (m[1] !== undefined) {
      afterUrl = true;
      continue;
    }
    let word = end === start + raw.length ? raw : text.slice(start, end);
    const possessive = _endsPossessive(word);
    if (possessive) {
      end -= 2;
      word = word.slice(0, -2);
    }
    const prev = out[out.length - 1];
    const gap = prev && !afterUrl ? _gapKind(text, gapFrom, start) : GAP_OTHER;
    if (prev && gap === GAP_HYPHEN && _joinsByHyphen(prev.text, word)) {
      // "al-Quds", "Al-Aqsa", "Secretary-General": one token. "Hamas-affiliated", "Israel-Hamas": two.
      prev.end = end;
      prev.text = text.slice(prev.start, end);
      prev.cap = true;
      prev.allCaps = false;
      prev.possessive = possessive;
      continue;
    }
    // "the Palestinian Prisoners' Society": a plural possessive, which may still run on into an organization word.
    const pluralPossessive = gap === GAP_APOSTROPHE_BLANKS && prev!.text.endsWith('s');
    if (pluralPossessive) prev!.possessive = true;
    const cap = _isUpper(word);
    if (!cap && _isLower(word)) lowerVocabulary.add(word);
    out.push({
      start,
      end,
      text: word,
      cap,
      allCaps: cap && word.length > 1 && ALL_CAPS_RE.test(word),
      joinPrev: gap === GAP_BLANKS || pluralPossessive || (gap === GAP_STOP_BLANKS && NAME_ABBREVIATIONS.has(prev!.text)),
      initial: !prev || _opensClause(text, gapFrom, start),
      possessive,
    });
    afterUrl = false;
  }
  return out;
}

/** Whether "left-right" is one name word: a name prefix ("al-Quds"), a listed place, or two capitalised words no list knows apart. */
function _joinsByHyphen(left: string, right: string): boolean {
  if (!_isUpper(right)) return false;
  if (HYPHEN_PREFIXES.has(left.toLowerCase()) && !left.includes('-')) return true;
  if (PLACE_NAMES.has(`${left}-${right}`)) return true;
  return _isUpper(left) && !isKnownWord(left) && !isKnownWord(right);
}
