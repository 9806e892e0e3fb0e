/**
 * Month names as news copy writes them, and their abbreviations ("Sept", "Oct"). Capitalised; a
 * reader that compares lower case lower-cases them. Lower-case "may" and "march" are words before
 * they are months: the date finders ask for the capital.
 */

/** The twelve month names. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Month abbreviations, written with or without a full stop ("Oct. 7", "7 Oct"). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];

/** Every way a month is written: names, then abbreviations. */
export const MONTH_WORDS: readonly string[] = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS];

/** {@link MONTH_WORDS} in lower case, for readers of lower-cased tokens ("7 oct", "october 7"). */
export const LOWER_MONTH_WORDS: ReadonlySet<string> = new Set(MONTH_WORDS.map((w) => w.toLowerCase()));
