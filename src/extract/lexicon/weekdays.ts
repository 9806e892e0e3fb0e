/** Weekday names as news copy writes them, and their abbreviations. Capitalised. */

/** The seven weekday names. */
export const WEEKDAY_NAMES: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

/** Weekday abbreviations ("Mon", "Thurs"). */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = [
  'Mon',
  'Tue',
  'Tues',
  'Wed',
  'Thu',
  'Thur',
  'Thurs',
  'Fri',
  'Sat',
  'Sun',
];

/** Every way a weekday is written: names, then abbreviations. */
export const WEEKDAY_WORDS: readonly string[] = [...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS];
