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
