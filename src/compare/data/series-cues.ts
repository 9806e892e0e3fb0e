/**
 * Words that tell a cumulative toll from the count of one incident, matched in the figure's
 * sentence (lower case, whole words). Checked in this order: a counting period or a total makes a
 * cumulative count; else an incident named (a strike, an attack) makes a count of that incident;
 * else a toll that rose or climbed is cumulative. A figure whose sentence says none is `unmarked`.
 */

/** "since 3 March", "in total", "so far": everyone counted up to a date. */
export const CUMULATIVE_CUES = [
  'since',
  'in total',
  'a total of',
  'so far',
  'to date',
  'overall',
  'cumulative',
  'altogether',
  'in all',
  'all told',
  'since the start',
  'since the beginning',
  'since the war began',
];

/** "in Tuesday's strike", "the attack on the market": one event. */
export const INCIDENT_WORDS = [
  'strike',
  'strikes',
  'airstrike',
  'air strike',
  'attack',
  'shelling',
  'blast',
  'explosion',
  'bombing',
  'raid',
  'ambush',
  'massacre',
  'shooting',
  'landslide',
  'earthquake',
  'quake',
  'collapse',
  'crash',
  'clash',
  'clashes',
  'assault',
  'convoy',
  'rocket',
  'drone',
  'mine',
];

/** "the death toll has risen to", "climbed to": a running total. */
export const RISING_TOLL_CUES = [
  'toll has risen',
  'toll rose',
  'toll rises',
  'risen to',
  'rose to',
  'climbed to',
  'rises to',
  'death toll',
];
