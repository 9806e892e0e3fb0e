/** Calendar words as news copy writes them. Shared by the sentences stage (date lines) and this stage. */

/** Month names and their news abbreviations ("Sept", "Oct"). */
export const MONTH_WORDS: readonly string[] = [
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

/** Weekday names and abbreviations. */
export const WEEKDAY_WORDS: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
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

/**
 * Words that name a day relative to the publication date ("yesterday", "last night") or make a
 * relative expression a date ("three days ago").
 */
export const RELATIVE_DAY_WORDS: readonly string[] = [
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'overnight',
  'ago',
  'last night',
  'this morning',
  'this week',
  'last week',
];
