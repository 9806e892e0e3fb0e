import { LOWER_MONTH_WORDS, PRONOUN_BEFORE_ONE } from '../lexicon/index.js';
import { glued, isCapitalised, type Token } from '../text/index.js';
import type { RuleId } from '../../model.js';
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

/** The number an exclusion rule looks at, with the tokens around it. */
interface NumberAt {
  tokens: readonly Token[];
  /** The number's tokens, `core.first..core.last`. */
  core: Core;
  /** The first token of the qualifier in front ("more than $40"), or `core.first`. */
  before: number;
  /** The tokens before `before` and after the number. */
  prev: Token | undefined;
  prev2: Token | undefined;
  first: Token;
  next: Token | undefined;
  next2: Token | undefined;
}

/** One exclusion: the reason it gives, and whether it reads digits only (a word number is never a date or a phone). */
interface ExclusionRule {
  id: RuleId;
  reason: Exclude<Exclusion, null>;
  digitsOnly: boolean;
  test(at: NumberAt): boolean;
}

/**
 * The exclusions of the numbers stage, in the order they are tried: the first that holds decides
 * the reason. Money and the pronoun read any number; the rest read digits only.
 */
export const EXCLUSION_RULES: readonly ExclusionRule[] = [
  {
    /** "$1.2 million", "US$3bn", "USD 40", "more than $40": a currency sign or word before. */
    id: 'numbers/not-money-before',
    reason: 'money',
    digitsOnly: false,
    test: ({ prev, prev2, next }) =>
      (!!prev && (CURRENCY_SIGN.has(prev.text) || CURRENCY_WORDS.has(prev.lower))) ||
      (prev?.lower === 'us' && next?.text === '$') ||
      (!!prev && prev.kind === 'word' && !!prev2 && CURRENCY_SIGN.has(prev2.text) && glued(prev2, prev)),
  },
  {
    /** "40 shekels", "1.2 million dollars": a currency word after. */
    id: 'numbers/not-money-after',
    reason: 'money',
    digitsOnly: false,
    test: ({ next }) => !!next && CURRENCY_WORDS.has(next.lower),
  },
  {
    /** "No one was injured", "every one of them": a pronoun, not a count of one. */
    id: 'numbers/not-pronoun-one',
    reason: 'pronoun',
    digitsOnly: false,
    test: ({ first, core, before, prev }) =>
      first.lower === 'one' &&
      core.first === core.last &&
      before === core.first &&
      !!prev &&
      PRONOUN_BEFORE_ONE.has(prev.lower),
  },
  {
    /** "October 7", "Oct. 7", "7 October" (ordinals, "the 7th of October", never reach here). */
    id: 'numbers/not-day-of-month',
    reason: 'date',
    digitsOnly: true,
    test: ({ prev, prev2, next, core }) =>
      (!!prev && LOWER_MONTH_WORDS.has(prev.lower)) ||
      (prev?.text === '.' && !!prev2 && LOWER_MONTH_WORDS.has(prev2.lower)) ||
      (!!next && LOWER_MONTH_WORDS.has(next.lower) && core.first === core.last && !core.percent),
  },
  {
    /** "10/11/2023", "24/7", "10:28", "3 pm", "0300 GMT", "3 p.m.": a time or a slashed date. */
    id: 'numbers/not-time',
    reason: 'time',
    digitsOnly: true,
    test: ({ tokens, core, first, prev, next, next2 }) =>
      (!!next && (next.text === '/' || next.text === ':') && glued(first, next) && next2?.kind === 'digits') ||
      (!!prev && (prev.text === '/' || prev.text === ':') && glued(prev, first)) ||
      (!!next && TIME_SUFFIXES.has(next.lower)) ||
      (!!next &&
        (next.lower === 'a' || next.lower === 'p') &&
        tokens[core.last + 2]?.text === '.' &&
        tokens[core.last + 3]?.lower === 'm'),
  },
  {
    /** "+972 3 555 1234", "(02) 555-1234", "1-800-555-0199", "555-1234": a phone number. */
    id: 'numbers/not-phone',
    reason: 'phone',
    digitsOnly: true,
    test: ({ tokens, core, first, prev, prev2, next, next2 }) =>
      (prev?.text === '+' && glued(prev, first)) ||
      (prev?.text === ')' && prev2?.kind === 'digits') ||
      (next?.text === '-' &&
        glued(first, next) &&
        next2?.kind === 'digits' &&
        glued(next, next2) &&
        (tokens[core.last + 3]?.text === '-' || (first.text.length === 3 && next2.text.length === 4))) ||
      (prev?.text === '-' &&
        glued(prev, first) &&
        prev2?.kind === 'digits' &&
        glued(prev2, prev) &&
        prev2.text.length === 3 &&
        first.text.length === 4),
  },
  {
    /**
     * "F-16", "T-72", "MH17", "Resolution 2334", "flight 17": a name's number (the tokenizer keeps
     * the letters of "MH17" apart, glued to the digits).
     */
    id: 'numbers/not-label',
    reason: 'label',
    digitsOnly: true,
    test: ({ first, prev, prev2, core, before }) =>
      (!!prev && prev.kind === 'word' && glued(prev, first)) ||
      (prev?.text === '-' && glued(prev, first) && prev2?.kind === 'word' && glued(prev2, prev)) ||
      (!!prev && IDENTIFIER_NOUNS.has(prev.lower) && before === core.first),
  },
  {
    /** "126 Harbour Road was evacuated": a house number (see isAddress). */
    id: 'numbers/not-address',
    reason: 'label',
    digitsOnly: true,
    test: ({ tokens, core }) => isAddress(tokens, core),
  },
  {
    /** "in 1948", "the 2014 war", "October 7, 2023" (see isYear); "2000 people fled" is a count. */
    id: 'numbers/not-year',
    reason: 'year',
    digitsOnly: true,
    test: ({ tokens, core, before }) => isYear(tokens, core, before),
  },
];

/**
 * The first exclusion rule that holds for the digits or words at `core` (tokens
 * `core.first..core.last`), or null when the number is a quantity. `before` is the index of the
 * first token of the qualifier in front, when there is one ("more than $40" is money too).
 */
export function excludedBy(tokens: readonly Token[], core: Core, before: number): ExclusionRule | null {
  const first = tokens[core.first]!;
  const at: NumberAt = {
    tokens,
    core,
    before,
    prev: tokens[before - 1],
    prev2: tokens[before - 2],
    first,
    next: tokens[core.last + 1],
    next2: tokens[core.last + 2],
  };
  const digits = first.kind === 'digits';
  for (const rule of EXCLUSION_RULES) if ((digits || !rule.digitsOnly) && rule.test(at)) return rule;
  return null;
}

/** Why the number at `core` is not a quantity (see excludedBy), or null when it is one. */
export function exclusion(tokens: readonly Token[], core: Core, before: number): Exclusion {
  return excludedBy(tokens, core, before)?.reason ?? null;
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
