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
const BLANKS_RE = /^[ \t\u00a0]+$/;
const ABBREVIATION_GAP_RE = /^\.[ \t\u00a0]+$/;
const HYPHEN_GAP_RE = /^[-‐‑]$/;
const OPENER_RE = /["“‘«(:—–]|^\s*[-*#>]/;
const UPPER_RE = /^\p{Lu}/u;
const LOWER_RE = /^\p{Ll}/u;
const ALL_CAPS_RE = /^[\p{Lu}.]{2,}$/u;
const POSSESSIVE_RE = /['’]s$/;

/**
 * Splits one sentence into word tokens, carrying offsets from the start (never recomputed from
 * split strings). Lower-case words are added to `lowerVocabulary`, which later tells a capitalised
 * sentence opener that is a common word ("Displaced", also written "displaced") from a name.
 */
export function tokenizeSentence(text: string, span: Span, lowerVocabulary: Set<string>): NameToken[] {
  const out: NameToken[] = [];
  TOKEN_RE.lastIndex = span.start;
  let prevEnd = span.start;
  let afterUrl = false;
  for (let m = TOKEN_RE.exec(text); m && m.index < span.end; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    let end = Math.min(start + m[0].length, span.end);
    const gap = text.slice(prevEnd, start);
    prevEnd = end;
    if (m[1] !== undefined) {
      afterUrl = true;
      continue;
    }
    let word = text.slice(start, end);
    const possessive = word.length > 2 && POSSESSIVE_RE.test(word);
    if (possessive) {
      end -= 2;
      word = word.slice(0, -2);
    }
    const prev = out[out.length - 1];
    if (prev && !afterUrl && HYPHEN_GAP_RE.test(gap) && _joinsByHyphen(prev.text, word)) {
      // "al-Quds", "Al-Aqsa", "Secretary-General": one token. "Hamas-affiliated", "Israel-Hamas": two.
      prev.end = end;
      prev.text = text.slice(prev.start, end);
      prev.cap = true;
      prev.allCaps = false;
      prev.possessive = possessive;
      continue;
    }
    if (LOWER_RE.test(word)) lowerVocabulary.add(word);
    const joinPrev = !!prev && !afterUrl && (BLANKS_RE.test(gap) || (NAME_ABBREVIATIONS.has(prev.text) && ABBREVIATION_GAP_RE.test(gap)));
    out.push({
      start,
      end,
      text: word,
      cap: UPPER_RE.test(word),
      allCaps: ALL_CAPS_RE.test(word),
      joinPrev,
      initial: !prev || OPENER_RE.test(gap),
      possessive,
    });
    afterUrl = false;
  }
  return out;
}

/** Whether "left-right" is one name word: a name prefix ("al-Quds"), a listed place, or two capitalised words no list knows apart. */
function _joinsByHyphen(left: string, right: string): boolean {
  if (!UPPER_RE.test(right)) return false;
  if (HYPHEN_PREFIXES.has(left.toLowerCase()) && !left.includes('-')) return true;
  if (PLACE_NAMES.has(`${left}-${right}`)) return true;
  return UPPER_RE.test(left) && !isKnownWord(left) && !isKnownWord(right);
}
