import { LOWER_MONTH_WORDS, PRONOUN_BEFORE_ONE } from '../lexicon/index.js';
import { glued, isCapitalised, type Token } from '../text/index.js';
import type { Core } from './read-core.js';
import {
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  IDENTIFIER_NOUNS,
  STREET_NOUNS,
  TIME_SUFFIXES,
  YEAR_CUES,
  YEAR_NOUNS,
} from './data/context-words.js';

const CURRENCY_SIGN = new Set(CURRENCY_SIGNS);
const FOUR_DIGITS = /^\d{4}$/;

/** Why a number read from the text is not a quantity, or null when it is one. */
export type Exclusion = 'date' | 'time' | 'year' | 'money' | 'phone' | 'label' | 'pronoun' | null;

/**
 * Decides whether the digits or words at `core` (tokens `core.first..core.last`) are a date, a
 * time, a year, money, a phone number, a label or a pronoun ("no one") instead of a quantity. `before` is the index of
 * the first token of the qualifier in front, when there is one ("more than $40" is money too).
 */
export function exclusion(tokens: readonly Token[], core: Core, before: number): Exclusion {
  const prev = tokens[before - 1];
  const prev2 = tokens[before - 2];
  const first = tokens[core.first]!;
  const next = tokens[core.last + 1];
  const next2 = tokens[core.last + 2];
  // "$1.2 million", "US$3bn", "USD 40", "40 shekels", "1.2 million dollars"
  if (
    (prev && (CURRENCY_SIGN.has(prev.text) || CURRENCY_WORDS.has(prev.lower))) ||
    (prev?.lower === 'us' && next?.text === '$')
  )
    return 'money';
  if (prev && prev.kind === 'word' && prev2 && CURRENCY_SIGN.has(prev2.text) && glued(prev2, prev)) return 'money';
  if (next && CURRENCY_WORDS.has(next.lower)) return 'money';
  // "No one was injured", "every one of them": a pronoun, not a count of one
  if (
    first.lower === 'one' &&
    core.first === core.last &&
    before === core.first &&
    prev &&
    PRONOUN_BEFORE_ONE.has(prev.lower)
  )
    return 'pronoun';
  if (first.kind !== 'digits') return null;
  // "October 7", "Oct. 7", "7 October", "the 7th of October" (ordinals never reach here)
  if (
    (prev && LOWER_MONTH_WORDS.has(prev.lower)) ||
    (prev?.text === '.' && prev2 && LOWER_MONTH_WORDS.has(prev2.lower))
  )
    return 'date';
  if (next && LOWER_MONTH_WORDS.has(next.lower) && core.first === core.last && !core.percent) return 'date';
  // "10/11/2023", "24/7", "10:28", "3 pm", "0300 GMT", "3 p.m."
  if (next && (next.text === '/' || next.text === ':') && glued(first, next) && next2?.kind === 'digits') return 'time';
  if (prev && (prev.text === '/' || prev.text === ':') && glued(prev, first)) return 'time';
  if (next && TIME_SUFFIXES.has(next.lower)) return 'time';
  if (
    next &&
    (next.lower === 'a' || next.lower === 'p') &&
    tokens[core.last + 2]?.text === '.' &&
    tokens[core.last + 3]?.lower === 'm'
  )
    return 'time';
  // "+972 3 555 1234", "(02) 555-1234", "1-800-555-0199"
  if (prev?.text === '+' && glued(prev, first)) return 'phone';
  if (prev?.text === ')' && prev2?.kind === 'digits') return 'phone';
  if (
    next?.text === '-' &&
    glued(first, next) &&
    next2?.kind === 'digits' &&
    glued(next, next2) &&
    (tokens[core.last + 3]?.text === '-' || (first.text.length === 3 && next2.text.length === 4))
  )
    return 'phone';
  if (
    prev?.text === '-' &&
    glued(prev, first) &&
    prev2?.kind === 'digits' &&
    glued(prev2, prev) &&
    prev2.text.length === 3 &&
    first.text.length === 4
  )
    return 'phone';
  // "F-16", "T-72", "MH17" (the last is caught by the tokenizer keeping letters apart: "MH" "17" glued)
  if (prev && prev.kind === 'word' && glued(prev, first)) return 'label';
  if (prev?.text === '-' && glued(prev, first) && prev2?.kind === 'word' && glued(prev2, prev)) return 'label';
  if (prev && IDENTIFIER_NOUNS.has(prev.lower) && before === core.first) return 'label';
  if (isAddress(tokens, core)) return 'label';
  if (isYear(tokens, core, before)) return 'year';
  return null;
}

/**
 * "126 Harbour Road was evacuated": the number is a house number when capitalised words up to a
 * street word follow it and the street word ends the noun phrase (a plural after it, as in "12 Gaza
 * Street residents", makes the name a modifier of the people counted).
 */
function isAddress(tokens: readonly Token[], core: Core): boolean {
  if (core.first !== core.last || core.percent) return false;
  for (let q = core.last + 1; q <= core.last + 3 && isCapitalised(tokens[q]); q++) {
    if (q === core.last + 1 || !STREET_NOUNS.has(tokens[q]!.lower)) continue;
    const after = tokens[q + 1];
    return (
      !after ||
      after.kind === 'punct' ||
      (!isCapitalised(after) && !(after.lower.length > 3 && after.lower.endsWith('s')))
    );
  }
  return false;
}

/**
 * A four-digit number from 1900 to 2100 without separators is a year unless it plainly counts
 * something: "in 1948", "the 2014 war", "October 7, 2023" are years; "2000 people fled" is a count.
 */
function isYear(tokens: readonly Token[], core: Core, before: number): boolean {
  const first = tokens[core.first]!;
  if (core.first !== core.last || core.percent || !FOUR_DIGITS.test(first.text)) return false;
  const v = Number(first.text);
  if (v < 1900 || v > 2100) return false;
  const prev = tokens[before - 1];
  const next = tokens[core.last + 1];
  if (prev && (YEAR_CUES.has(prev.lower) || LOWER_MONTH_WORDS.has(prev.lower))) return true;
  // "7 October, 2023" / "October 7, 2023": a date just before the comma
  if (prev?.text === ',' && tokens[before - 2]?.kind === 'digits') return true;
  if (!next || next.kind !== 'word') return true;
  if (YEAR_NOUNS.has(next.lower)) return true;
  return isCapitalised(next); // followed by a capitalised word: "2023 Gaza war"
}
