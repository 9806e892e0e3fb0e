import type { DateMention, IsoDate, Span } from '../../model.js';
import { OTHER_CUES, SINCE_CUES } from './data/date-cues.js';

/** What a date is to a figure in its sentence. */
export type DateRole = 'since' | 'asOf' | 'other';

// The last word before the date, or the first word of the date when chrono took the preposition
// in ("on Thursday," is one chrono match).
const LAST_WORD = /([A-Za-z]+)\W*$/;
const FIRST_WORD = /^([A-Za-z]+)\s/;
// "since the fighting began on 15 April", "since the start of the war on 7 October": a since-cue
// opening the phrase the date closes, with no clause break between them.
const SINCE_PHRASE = new RegExp(`\\b(?:${[...SINCE_CUES].join('|')})\\b[^,;.:!?]{0,80}$`, 'i');

/**
 * Classifies a date mention by the words in front of it: "*since* October 7", "*since* the
 * fighting began on 15 April" → since; "*before*
 * Friday", "*in* 1948" → other; anything else ("as of Wednesday", "on Thursday", "killed
 * Tuesday") → asOf. Stand-in for the dates stage's `dateRole`, kept to one function so it can be
 * swapped.
 */
export function dateRole(text: string, mention: DateMention): DateRole {
  const own = FIRST_WORD.exec(mention.text)?.[1]?.toLowerCase();
  const before = LAST_WORD.exec(text.slice(Math.max(0, mention.span.start - 24), mention.span.start))?.[1]?.toLowerCase();
  if (SINCE_PHRASE.test(text.slice(Math.max(0, mention.span.start - 96), mention.span.start))) return 'since';
  for (const w of [own, before]) {
    if (!w) continue;
    if (SINCE_CUES.has(w)) return 'since';
    if (OTHER_CUES.has(w)) return 'other';
  }
  return 'asOf';
}

/** The dates a figure refers to: `asOf` stated in its sentence (or null), and `since`. */
export interface FigureDates {
  asOf: IsoDate | null;
  asOfSpan: Span | null;
  since: IsoDate | null;
}

/**
 * Picks, among the resolved dates of the figure's sentence, the nearest `asOf` date and the nearest
 * `since` date to the figure's span.
 */
export function figureDates(text: string, dates: readonly DateMention[], at: Span): FigureDates {
  let asOf: DateMention | null = null;
  let since: DateMention | null = null;
  const dist = (m: DateMention) => (m.span.start >= at.end ? m.span.start - at.end : at.start - m.span.end);
  for (const m of dates) {
    if (!m.date) continue;
    const role = dateRole(text, m);
    if (role === 'asOf' && (!asOf || dist(m) < dist(asOf))) asOf = m;
    else if (role === 'since' && (!since || dist(m) < dist(since))) since = m;
  }
  return { asOf: asOf?.date ?? null, asOfSpan: asOf ? asOf.span : null, since: since?.date ?? null };
}
