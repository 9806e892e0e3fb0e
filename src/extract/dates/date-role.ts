import type { DateKind, DateMention } from '../../model.js';
import { REPORTING_VERBS } from '../lexicon/index.js';
import { alternation, escapeRegExp } from '../text/index.js';
import { AS_OF_CUES, AS_OF_POSSESSIVES, OTHER_CUES, SINCE_CUES, SINCE_MAX_GAP_WORDS } from './data/date-role-cues.js';

/** What a date does for a count in its clause: starts it, fixes the day it stands at, or neither. */
export type DateRole = 'since' | 'asOf' | 'other';

const endCue = (cues: readonly string[]) =>
  new RegExp(
    `(?:^|[^\\p{L}])(?:${[...cues]
      .sort((a, b) => b.length - a.length)
      .map((c) => escapeRegExp(c).replace(/ /g, '\\s+'))
      .join('|')})\\s*$`,
    'iu',
  );
const SINCE_END = endCue(SINCE_CUES);
const AS_OF_END = endCue(AS_OF_CUES);
const OTHER_END = endCue(OTHER_CUES);
// "since the start of the war on": "since", then a few words with no comma, digit or clause break.
const SINCE_GAP = new RegExp(
  `(?:^|[^\\p{L}])since\\s+(?:[^\\s,;:\\d]+\\s+){0,${SINCE_MAX_GAP_WORDS - 1}}[^\\s,;:\\d]*\\s*$`,
  'iu',
);
const POSSESSIVE = new RegExp(`^(?:${alternation(AS_OF_POSSESSIVES)})(?!\\p{L})`, 'u');
// "UNICEF said Wednesday", "the group announced, Sunday", "the ministry said in a statement on
// Monday", "told reporters late on Tuesday": a reporting verb right before the date.
const CLAIM_END = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation(REPORTING_VERBS)})(?:\\s+(?:in\\s+a\\s+statement|reporters|journalists))?` +
    `\\s*,?\\s*(?:(?:late|early|earlier|later)\\s+)?(?:on\\s+)?$`,
  'u',
);
/** How far back, in UTF-16 code units, the cue search looks; it stops earlier at a sentence break. */
const WINDOW = 90;
/** How far back the reporting verb of a claim date may stand ("said in a statement late on "). */
const CLAIM_WINDOW = 48;
// A full stop counts only before white space: "the U.N.-run school on Monday" keeps its cue words.
const CLAUSE_BREAK = /[;!?\n]|\.(?=\s)/g;
// Mentions that are not a day: a month, a year, a week.
const NOT_A_DAY: ReadonlySet<DateKind> = new Set(['month', 'year', 'period']);

/**
 * Classifies the role of a date mention in its sentence, from the words right before it (cue lists
 * in data/date-role-cues.ts):
 * - `since`: "since October 7", "since the start of the war on October 7", "from Saturday";
 * - `asOf`: "as of Wednesday", "by Thursday", "on Tuesday", "Wednesday's toll", and a bare day
 *   in wire style ("were killed Tuesday");
 * - `other`: "in 1948", "before October 7", a month or year on its own.
 * Pure; reads at most WINDOW characters before the mention and 3 after.
 */
export function dateRole(text: string, mention: DateMention): DateRole {
  const { start, end } = mention.span;
  let before = text.slice(Math.max(0, start - WINDOW), start);
  // Keep only the current sentence: "… in Gaza. On Tuesday" → " On Tuesday"-side words only.
  CLAUSE_BREAK.lastIndex = 0;
  let cut = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) cut = m.index + 1;
  before = before.slice(cut);
  if (SINCE_END.test(before) || SINCE_GAP.test(before)) return 'since';
  if (POSSESSIVE.test(text.slice(end, end + 3))) return 'asOf';
  if (AS_OF_END.test(before)) return 'asOf';
  if (OTHER_END.test(before)) return 'other';
  return NOT_A_DAY.has(mention.kind) ? 'other' : 'asOf';
}

/**
 * Whether a date is the day of a claim: it stands right after a reporting verb ("the government
 * said Wednesday", "the church announced, Sunday", "said in a statement on Monday"). GUIDELINES
 * date a count by the claim when its own clause gives no day; such a date may stand past a comma
 * from the count ("1,000 were killed, the ministry said Wednesday"), where a date of another
 * clause would not be the count's. Seen in news-dev wire copy of two agencies (AFP, AP).
 */
export function isClaimDate(text: string, mention: DateMention): boolean {
  const { start } = mention.span;
  return CLAIM_END.test(text.slice(Math.max(0, start - CLAIM_WINDOW), start));
}
