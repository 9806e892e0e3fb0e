import {
  DOZEN_WORDS,
  FRACTION_COUNTS,
  FRACTION_FOLLOWERS,
  FRACTION_WORDS,
  INDEFINITE_BEFORE_SCALE,
  PERCENT_WORDS,
  SCALE_SUFFIXES,
  SCALE_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_PHRASES,
} from '../lexicon/index.js';
import type { RuleId } from '../../model.js';
import { glued, matchPhrase, phraseIndex, type Token } from '../text/index.js';
import { READER_RULES, type NumberReader } from './rules.js';

/** One number read from tokens, before qualifiers and ranges are added. */
export interface Core {
  /** Index of the first token of the number. */
  first: number;
  /** Index of the last token of the number (inclusive). */
  last: number;
  value: number;
  vague: boolean;
  percent: boolean;
  /** A fraction whose percentage was rounded ("a third" → 33): read as `about`. */
  rounded: boolean;
  /** Whether a scale word or suffix was applied ("1.2 million"): a range's low end may borrow it. */
  scaled: boolean;
  /** Which reader made it, for the rule id (READER_RULES). */
  rule: NumberReader;
}

const VAGUE = phraseIndex(VAGUE_PHRASES);
const INDEFINITE = phraseIndex([...INDEFINITE_BEFORE_SCALE].map((w) => [w, true] as const));
const PERCENT = phraseIndex(PERCENT_WORDS.map((w) => [w, true] as const));
// "10,569", "10.5", and Indian grouping in twos above the thousands ("3,57,243", "1,20,00,000")
const DIGIT_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\d{1,2}(?:,\d{2})+,\d{3}$/;
const SPACE_GROUP = /^\d{3}$/;
const SHORT_DIGIT_RUN = /^\d{1,3}$/;
// Separators a printed figure may use between thousands: space, no-break space, thin spaces.
const GROUP_GAP = /^[ \u00a0\u202f\u2009]$/;

/**
 * Every word a number can start with, taken from the lists the readers below use: "thousands"
 * (readVague), "a"/"two" before "thirds" (readFraction), "half", "thirty" (readWords). Most words
 * of a sentence ("the", "killed") start none, and are turned away with one lookup.
 */
export const CORE_STARTERS: ReadonlySet<string> = new Set([
  ...VAGUE.byFirst.keys(),
  ...INDEFINITE.byFirst.keys(),
  ...FRACTION_COUNTS.keys(),
  ...[...FRACTION_WORDS.keys()].flatMap((w) => [w, `${w}s`]),
  ...UNIT_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...SCALE_WORDS.keys(),
  ...DOZEN_WORDS.keys(),
  'a',
  'an',
]);

/** The lower-case token at `k`, or '' past the end. */
function _lowerAt(tokens: readonly Token[], k: number): string {
  return tokens[k]?.lower ?? '';
}

/**
 * Reads a digit run at `i`: "10,569", "10.5", "1 200" (thousands separated by a space), with a
 * glued scale ("2.3m") and a scale word ("1.2 million"). Null for digit runs that are not a
 * plain count: "10.11.2023", "1,2", ordinals ("3rd"), measurements ("155mm").
 */
function readDigits(text: string, tokens: readonly Token[], i: number): Core | null {
  const t = tokens[i]!;
  if (!DIGIT_GROUPS.test(t.text)) return null;
  let value = Number(t.text.replaceAll(',', ''));
  let last = i;
  // "1 200": a 1-3 digit run followed by 3-digit runs after one separator character.
  if (SHORT_DIGIT_RUN.test(t.text)) {
    while (
      tokens[last + 1]?.kind === 'digits' &&
      SPACE_GROUP.test(tokens[last + 1]!.text) &&
      GROUP_GAP.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))
    ) {
      value = value * 1000 + Number(tokens[last + 1]!.text);
      last++;
    }
  }
  let scaled = false;
  const next = tokens[last + 1];
  if (next && next.kind === 'word' && glued(tokens[last], next)) {
    const mult = SCALE_SUFFIXES.get(next.lower);
    if (mult === undefined) return null; // "3rd", "155mm", "12km", "MH17"-like runs
    value *= mult;
    last++;
    scaled = true;
  } else if (next) {
    const mult = SCALE_WORDS.get(next.lower);
    if (mult !== undefined && mult >= 1000) {
      value *= mult;
      last++;
      scaled = true;
    }
  }
  return { first: i, last, value: round(value), vague: false, percent: false, rounded: false, scaled, rule: 'digits' };
}

/**
 * Reads cardinal words at `i`: "two", "thirty-three", "one hundred and twelve", "a dozen",
 * "a thousand", "two million". "a" counts only before a scale word or "dozen".
 */
function readWords(tokens: readonly Token[], i: number): Core | null {
  let total = 0;
  let current = 0;
  let j = i;
  let read = false;
  let last = i - 1;
  let scaled = false;
  if (
    (_lowerAt(tokens, j) === 'a' || _lowerAt(tokens, j) === 'an') &&
    (SCALE_WORDS.has(_lowerAt(tokens, j + 1)) || DOZEN_WORDS.has(_lowerAt(tokens, j + 1)))
  ) {
    current = 1;
    j++;
  }
  for (;;) {
    const w = _lowerAt(tokens, j);
    const unit = UNIT_WORDS.get(w);
    const tens = TENS_WORDS.get(w);
    const scale = SCALE_WORDS.get(w);
    const dozen = DOZEN_WORDS.get(w);
    if (unit !== undefined) {
      current += unit;
    } else if (tens !== undefined) {
      current += tens;
      // "thirty-three": the hyphen and the unit are glued to the tens word
      const u = UNIT_WORDS.get(_lowerAt(tokens, j + 2));
      if (
        _lowerAt(tokens, j + 1) === '-' &&
        glued(tokens[j], tokens[j + 1]) &&
        glued(tokens[j + 1], tokens[j + 2]) &&
        u !== undefined &&
        u < 10
      ) {
        current += u;
        j += 2;
      }
    } else if (scale !== undefined && (read || current > 0)) {
      scaled = true;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (dozen !== undefined && current > 0) {
      current *= dozen;
    } else if (
      w === 'and' &&
      read &&
      (UNIT_WORDS.has(_lowerAt(tokens, j + 1)) || TENS_WORDS.has(_lowerAt(tokens, j + 1))) &&
      scaled
    ) {
      // "one hundred and twelve": "and" joins only after a scale word
      j++;
      continue;
    } else {
      break;
    }
    read = true;
    last = j;
    j++;
  }
  if (!read || last < i) return null;
  return {
    first: i,
    last,
    value: total + current,
    vague: false,
    percent: false,
    rounded: false,
    scaled,
    rule: 'words',
  };
}

/** Reads "dozens", "thousands", "tens of thousands", "several thousand", "several dozen" (12). */
function readVague(tokens: readonly Token[], i: number): Core | null {
  const v = matchPhrase(tokens, i, VAGUE);
  if (v)
    return {
      first: i,
      last: i + v.length - 1,
      value: v.value,
      vague: true,
      percent: false,
      rounded: false,
      scaled: true,
      rule: 'vague',
    };
  const ind = matchPhrase(tokens, i, INDEFINITE);
  if (ind) {
    const w = tokens[i + ind.length]?.lower ?? '';
    const scale = SCALE_WORDS.get(w) ?? DOZEN_WORDS.get(w);
    if (scale !== undefined)
      return {
        first: i,
        last: i + ind.length,
        value: scale,
        vague: true,
        percent: false,
        rounded: false,
        scaled: true,
        rule: 'vague',
      };
  }
  return null;
}

/**
 * Reads a fraction of a group as a percentage: "half", "a third", "one-third", "two-thirds",
 * "three quarters" — only when a group follows ("half of them", "half the population",
 * "a third of Gaza's residents"), so "half an hour" and "a third time" are skipped. "half a
 * million" is a count: 500,000.
 */
function readFraction(tokens: readonly Token[], i: number): Core | null {
  let count = 1;
  let j = i;
  const c = FRACTION_COUNTS.get(tokens[i]?.lower ?? '');
  if (c !== undefined) {
    j = tokens[i + 1]?.lower === '-' && glued(tokens[i], tokens[i + 1]) ? i + 2 : i + 1;
    count = c;
  }
  const w = tokens[j]?.lower ?? '';
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  const f = FRACTION_WORDS.get(singular);
  if (!f) return null;
  if (count > 1 !== w.endsWith('s')) return null; // "two thirds", "a third"; not "a thirds"
  if (singular !== 'half' && j === i) return null; // a bare "third" is an ordinal
  if (singular === 'half' && j !== i && tokens[i]!.lower !== 'a' && tokens[i]!.lower !== 'one') return null;
  const next = tokens[j + 1];
  if (!next || (glued(tokens[j], next) && next.lower === '-')) return null; // "half-brother"
  if (singular === 'half' && (next.lower === 'a' || next.lower === 'an')) {
    const scale = SCALE_WORDS.get(tokens[j + 2]?.lower ?? '');
    if (scale !== undefined && scale >= 1000) {
      return {
        first: i,
        last: j + 2,
        value: scale / 2,
        vague: false,
        percent: false,
        rounded: false,
        scaled: true,
        rule: 'fraction',
      };
    }
    return null;
  }
  if (!FRACTION_FOLLOWERS.has(next.lower) && !next.lower.endsWith("'s")) return null;
  const pct = f.percent * count;
  return {
    first: i,
    last: j,
    value: Math.round(pct),
    vague: false,
    percent: true,
    rounded: f.rounded,
    scaled: false,
    rule: 'fraction',
  };
}

/** A reader of a number written in words, at token `i`. */
interface WordReader {
  readonly id: RuleId;
  read(tokens: readonly Token[], i: number): Core | null;
}

/**
 * The readers of a number written in words, in order: the first that reads one decides. A digit
 * run has one reader, readDigits.
 */
const WORD_READERS: readonly WordReader[] = [
  // "dozens", "tens of thousands", "several hundred": before cardinal words, which would read "hundred".
  { id: READER_RULES.vague.plain, read: readVague },
  // "half the population", "two-thirds of them", "half a million": before "two" is read as a count.
  { id: READER_RULES.fraction.plain, read: readFraction },
  // "thirty-three", "one hundred and twelve", "a dozen".
  { id: READER_RULES.words.plain, read: readWords },
];

/**
 * Reads one number at token `i`: digits, or by the word readers in order, then a percent sign or
 * word after it ("40%", "40 per cent").
 */
export function readCore(text: string, tokens: readonly Token[], i: number): Core | null {
  const t = tokens[i]!;
  if (t.kind !== 'digits' && !CORE_STARTERS.has(t.lower)) return null;
  let core: Core | null = null;
  if (t.kind === 'digits') core = readDigits(text, tokens, i);
  else for (const r of WORD_READERS) if ((core = r.read(tokens, i))) break;
  if (!core || core.percent || core.vague) return core;
  const after = tokens[core.last + 1];
  if (after?.text === '%') return { ...core, last: core.last + 1, percent: true };
  const p = matchPhrase(tokens, core.last + 1, PERCENT);
  if (p) return { ...core, last: core.last + p.length, percent: true };
  return core;
}

/** Rounds away floating-point noise (2.3 * 1e6 = 2299999.9999999995) to what the text meant. */
export function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
