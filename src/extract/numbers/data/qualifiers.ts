import type { Qualifier } from '../../../model.js';

/**
 * Words in front of a number that bound it, as test/corpus/GUIDELINES.md lists them. Longest
 * phrases first so "no fewer than" wins over "fewer than". The span of a number covers its
 * qualifier: "more than 8,300".
 */
export const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['no fewer than', 'at_least'],
  ['no less than', 'at_least'],
  ['not less than', 'at_least'],
  ['a minimum of', 'at_least'],
  ['at least', 'at_least'],
  ['more than', 'more_than'],
  ['well over', 'more_than'],
  ['just over', 'more_than'],
  ['upwards of', 'more_than'],
  ['in excess of', 'more_than'],
  ['exceeding', 'more_than'],
  ['exceeds', 'more_than'],
  ['exceeded', 'more_than'],
  ['above', 'more_than'],
  ['over', 'more_than'],
  ['an estimated', 'about'],
  ['an approximate', 'about'],
  ['approximately', 'about'],
  ['estimated', 'about'],
  ['roughly', 'about'],
  ['around', 'about'],
  ['about', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['close to', 'about'],
  ['some', 'about'],
  ['up to', 'up_to'],
  ['as many as', 'up_to'],
  ['as much as', 'up_to'],
  ['a maximum of', 'up_to'],
  ['at most', 'up_to'],
  ['fewer than', 'less_than'],
  ['less than', 'less_than'],
  ['just under', 'less_than'],
  ['under', 'less_than'],
  ['below', 'less_than'],
];

/** Qualifiers that are also verb particles: "handed *over* 22 bodies" (not "took about 240 hostages"). */
export const PARTICLES: ReadonlySet<string> = new Set(['over']);

/**
 * Verbs after which "over" is a particle, not a bound: "handed over 22 bodies", "took over 12
 * villages" (news-dev: AP on Bajur; hostage hand-overs in the corpus and wire copy).
 */
export const PARTICLE_VERBS: ReadonlySet<string> = new Set([
  'hand',
  'hands',
  'handed',
  'handing',
  'turn',
  'turns',
  'turned',
  'turning',
  'take',
  'takes',
  'took',
  'taken',
  'taking',
  'won',
  'win',
  'wins',
  'winning',
  'passed',
  'pass',
  'passing',
]);

/**
 * Verbs of a count's growth before "from N to M" (CHANGE_TO_COUNT in rules.ts). A fall needs none:
 * "from 40 to 35" is never read as a range (its upper end is not above the low).
 */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rose',
  'risen',
  'rising',
  'climbed',
  'climbing',
  'increased',
  'jumped',
  'grew',
  'soared',
  'surged',
]);
