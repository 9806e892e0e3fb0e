/**
 * Cues before (or after) a date that say what role it plays for a count in the same clause.
 * Matched case-insensitively as whole words right before the date, after collapsing spaces.
 */

/** The date starts a cumulative count: "since October 7", "killed since Saturday". */
export const SINCE_CUES: readonly string[] = ['since', 'ever since', 'starting', 'beginning', 'from'];

/**
 * Event nouns between "since" and a date: "since the start of the war on October 7", "since the
 * Hamas attack of 7 October". Up to this many words may separate "since" from the date.
 */
export const SINCE_MAX_GAP_WORDS = 12;

/** The date is the day a count stands at: "as of Wednesday", "by Thursday", "on Tuesday". */
export const AS_OF_CUES: readonly string[] = [
  'as of',
  'as at',
  'by',
  'on',
  'through',
  'until',
  'till',
  'up to',
  'up until',
  'to date on',
  'by late',
  'by early',
  'late on',
  'early on',
  'earlier on',
  'later on',
  'overnight on',
  'as recently as',
  'last',
  // the day of the event a count comes from: "killed in the attack of 7 October", "in the
  // operations of Sunday" (before OTHER_CUES' "of", which stays for "ahead of", "the budget of")
  ...[
    'attack',
    'attacks',
    'assault',
    'raid',
    'raids',
    'strike',
    'strikes',
    'bombing',
    'bombings',
    'shelling',
    'massacre',
    'ambush',
    'clashes',
    'fighting',
    'battle',
    'operation',
    'operations',
    'offensive',
    'events',
    'earthquake',
    'earthquakes',
    'quake',
    'floods',
    'flooding',
    'storm',
    'blast',
    'explosion',
    'night',
    'morning',
    'evening',
    'afternoon',
  ].map((event) => `${event} of`),
];

/** The date places something else in time: "in 1948", "before October 7", "between May and July". */
export const OTHER_CUES: readonly string[] = [
  'in',
  'before',
  'after',
  'between',
  'during',
  'ahead of',
  'prior to',
  'following',
  'earlier than',
  'than',
  'of',
  'and',
];

/** After the date, a possessive makes it the day of the count: "Wednesday's toll", "Monday’s figures". */
export const AS_OF_POSSESSIVES: readonly string[] = ["'s", '’s'];
