import type { RuleId } from '../../model.js';

/**
 * The rules of the numbers stage that decide a mention's qualifier, each written out in full where
 * it is defined. A mention's `by` names the reader of the number itself (`numbers/digits`,
 * `numbers/words-range` …); `qualifierBy` names one of these.
 */

/** "more than 8,300", "nearly 2 million", "up to 300": a qualifier phrase before the number. */
export const QUALIFIER_PHRASE: RuleId = 'numbers/qualifier-phrase';
/** "between 20 and 30", "20-30": a range counts at least its low end. */
export const RANGE_AT_LEAST: RuleId = 'numbers/range-at-least';
/** "dozens", "thousands", "tens of thousands": a vague plural counts at least its value. */
export const VAGUE_AT_LEAST: RuleId = 'numbers/vague-at-least';
/** "a third" (33%): a fraction whose percentage was rounded is about that much. */
export const ROUNDED_FRACTION_ABOUT: RuleId = 'numbers/rounded-fraction-about';
/** "10,569": no qualifier written, the number is exact. */
export const NO_QUALIFIER: RuleId = 'numbers/no-qualifier';
