/**
 * Small words that stay lower case in a Title Case headline ("Hamas Says Tanks Forced to Retreat
 * from Gaza"); they are ignored when deciding whether a line is a Title Case headline.
 */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'by',
  'with',
  'as',
  'into',
  'over',
  'vs',
  'via',
  'per',
  'amid',
  'after',
  'off',
  'up',
  'out',
]);

/** First words of capitalised runs that name events, not people, organizations or places ("Operation al-Aqsa Storm"). */
export const EVENT_OPENERS: ReadonlySet<string> = new Set(['Operation', 'Nakba', 'Intifada', 'Resolution', 'Article']);
