import type { RuleId } from '../../model.js';

/**
 * The rules of the numbers stage, each written out in full where it is defined. A mention's `by`
 * names the reader of its number (READER_RULES: `numbers/digits`, `numbers/words-range` …), its
 * `qualifierBy` the rule that decided the qualifier.
 *
 * The order they apply in, at each token that may start a number (index.ts): a qualifier phrase
 * ("more than") or a range opener ("between"); the number, by its reader (read-core.ts: digits, or
 * the word readers in order); the exclusions of what is no quantity (EXCLUSION_RULES in exclusions.ts, in order: money, a
 * pronoun, a date, a time, a phone number, a label, an address, a year, each a typed reason); the
 * end of a range ("20 to 30", a score "3-1" is none); then the qualifier rules below.
 */

/** "more than 8,300", "nearly 2 million", "up to 300": a qualifier phrase before the number. */
export const QUALIFIER_PHRASE: RuleId = 'numbers/qualifier-phrase';
/** "between 20 and 30", "20-30": a range counts at least its low end. */
export const RANGE_AT_LEAST: RuleId = 'numbers/range-at-least';
/**
 * "the toll rose from 17 to 21", "displacement climbed from 1 to 2 million": after a verb of growth,
 * "from N to M" is the count before and the count now, not a range; the mention is the count now,
 * exact (AFP on a landslide's confirmed dead, via Digital Journal; a winter storm's revised toll in
 * an encyclopedia-style summary). A range stays one: "from 17 to 21 people were hurt".
 */
export const CHANGE_TO_COUNT: RuleId = 'numbers/change-to-count';
/** "dozens", "thousands", "tens of thousands": a vague plural counts at least its value. */
export const VAGUE_AT_LEAST: RuleId = 'numbers/vague-at-least';
/** "a third" (33%): a fraction whose percentage was rounded is about that much. */
export const ROUNDED_FRACTION_ABOUT: RuleId = 'numbers/rounded-fraction-about';
/**
 * "two dozen", "a dozen": a count in dozens is a round figure, about that many (news-dev
 * GUIDELINES.md lists "a dozen" with "about"; news-dev: Press TV via Xebersaati on Myanmar).
 */
export const DOZEN_ABOUT: RuleId = 'numbers/dozen-about';
/** "10,569": no qualifier written, the number is exact. */
export const NO_QUALIFIER: RuleId = 'numbers/no-qualifier';

/** The reader of a number (read-core.ts): digits, cardinal words, vague words or a fraction. */
export type NumberReader = 'digits' | 'words' | 'vague' | 'fraction';

/**
 * A mention's `by`: the reader of its number, and whether it is a percentage and a range ("40%",
 * "between 20 and 30"). A vague word ("dozens") is never either.
 */
export const READER_RULES: Readonly<
  Record<NumberReader, { plain: RuleId; percent?: RuleId; range?: RuleId; percentRange?: RuleId }>
> = {
  /** "10,569", "1.2 million", "2.3m", "1 200". */
  digits: {
    plain: 'numbers/digits',
    percent: 'numbers/digits-percent',
    range: 'numbers/digits-range',
    percentRange: 'numbers/digits-percent-range',
  },
  /** "thirty-three", "one hundred and twelve", "a dozen". */
  words: {
    plain: 'numbers/words',
    percent: 'numbers/words-percent',
    range: 'numbers/words-range',
    percentRange: 'numbers/words-percent-range',
  },
  /** "dozens", "thousands", "tens of thousands", "several hundred". */
  vague: { plain: 'numbers/vague' },
  /** "half", "a third", "two-thirds" of a group; "half a million". */
  fraction: {
    plain: 'numbers/fraction',
    percent: 'numbers/fraction-percent',
    range: 'numbers/fraction-range',
    percentRange: 'numbers/fraction-percent-range',
  },
};
