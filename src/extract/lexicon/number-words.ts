/**
 * Word lists the number scanner reads. Values are plain numbers; every list is lower case and is
 * matched case-insensitively ("Thousands of people" at the start of a sentence).
 */

/** Cardinal words below twenty: "two" → 2, "nineteen" → 19. */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);

/** "one" to "ten" in order: the small counts that lists of quantity words and determiners name one by one. */
export const ONE_TO_TEN: readonly string[] = [...UNIT_WORDS.keys()].slice(1, 11);

/** Tens: "thirty" → 30; joined with a unit by a hyphen or a space ("thirty-three"). */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/**
 * Multipliers written as words after a number: "1.2 million", "one hundred", "3 thousand", and
 * the Indian "seven lakh" (700,000) and "two crore" (20 million).
 */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1_000],
  ['million', 1_000_000],
  ['billion', 1_000_000_000],
  ['lakh', 100_000],
  ['lakhs', 100_000],
  ['crore', 10_000_000],
  ['crores', 10_000_000],
]);

/** Words before "one" that make it a pronoun, not a count: "*no* one was hurt", "*every* one of them". */
export const PRONOUN_BEFORE_ONE: ReadonlySet<string> = new Set(['no', 'every', 'any', 'each']);

/**
 * Multipliers glued to digits as newsrooms abbreviate them: "2.3m", "1.5bn", "40k". Only read in
 * counts; a currency sign in front makes the whole expression money, which is skipped.
 */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1_000],
  ['m', 1_000_000],
  ['mn', 1_000_000],
  ['mln', 1_000_000],
  ['bn', 1_000_000_000],
]);

/** Exact counts written as one word: "a dozen" → 12. */
export const DOZEN_WORDS: ReadonlyMap<string, number> = new Map([['dozen', 12]]);

/**
 * Vague plurals: value is the lower bound the guidelines assign (qualifier `at_least`, vague).
 * Multi-word entries are tried before single words ("tens of thousands" before "thousands").
 */
export const VAGUE_PHRASES: ReadonlyArray<readonly [string, number]> = [
  ['hundreds of thousands', 100_000],
  ['tens of thousands', 10_000],
  ['tens of millions', 10_000_000],
  ['hundreds of millions', 100_000_000],
  ['millions', 1_000_000],
  ['thousands', 1_000],
  ['hundreds', 100],
  ['dozens', 12],
  ['scores', 20],
];

/**
 * Indefinite words that make a following scale word vague: "several thousand" → at least 1,000.
 * ("several" alone is no number: no figure.)
 */
export const INDEFINITE_BEFORE_SCALE: ReadonlySet<string> = new Set([
  'several',
  'a few',
  'a couple of',
  'some',
  'many',
]);

/**
 * Fractions read as percentages of a group: value in percent, `about` when the share does not
 * come out whole ("a third" → 33 about). Keys are the fraction as written after its count word.
 */
export const FRACTION_WORDS: ReadonlyMap<string, { percent: number; rounded: boolean }> = new Map([
  ['half', { percent: 50, rounded: false }],
  ['third', { percent: 100 / 3, rounded: true }],
  ['quarter', { percent: 25, rounded: false }],
  ['fourth', { percent: 25, rounded: false }],
  ['fifth', { percent: 20, rounded: false }],
  ['tenth', { percent: 10, rounded: false }],
]);

/** Words that give a fraction its count: "a third", "one-third", "two-thirds", "three quarters". */
export const FRACTION_COUNTS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['nine', 9],
]);

/** Words that turn the number before them into a percentage: "40 percent", "40 per cent". */
export const PERCENT_WORDS: readonly string[] = ['percent', 'per cent', 'pct', 'percentage points'];

/**
 * Words that may follow a fraction for it to count a group: "half of", "half the population",
 * "a third of them". A fraction followed by anything else is skipped ("half an hour", "a third
 * time"). A possessive ("half Gaza's population") is accepted by the scanner too.
 */
export const FRACTION_FOLLOWERS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'them',
  'those',
  'these',
  'this',
  'that',
  'all',
]);

/** Words that open a range whose ends are joined by "and"/"to": "between 20 and 30", "from 20 to 30". */
export const RANGE_OPENERS: ReadonlySet<string> = new Set(['between', 'from']);

/** Words that join the two ends of a range: "20 to 30", "between 20 and 30", "20-30", "20–30". */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(['to', 'and', '-', '–', '—']);
