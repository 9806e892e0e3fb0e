import type { DateMention, IsoDate, Span } from '../../model.js';
import { findChronoDates } from './find-chrono-dates.js';
import { findYears } from './find-years.js';

export { dateRole, isClaimDate, type DateRole } from './date-role.js';
export { isoDate, resolvePast } from './resolve-past.js';

/**
 * Finds date expressions and resolves them against the publication date `reference`
 * (`YYYY-MM-DD`, or null when unknown), with the past bias of news (see resolvePast). Returns the
 * mentions in text order; `date` is null for what cannot be placed on a day (a month, a year, an
 * ambiguous "10/11/2023", or any relative day when `reference` is null). Only the text inside
 * `sentences` is read (any stretches: the metadata stage reads date lines), and none inside
 * `opening`, the story's dateline prefix. The rules: rules.ts.
 */
export function findDates(
  text: string,
  sentences: readonly { span: Span }[],
  reference: IsoDate | null,
  opening: Span | null = null,
): DateMention[] {
  const found = _outside(findChronoDates(text, sentences, reference), opening);
  const years = findYears(
    text,
    sentences,
    found.map((m) => m.span),
  );
  return years.length ? [...found, ...years].sort((a, b) => a.span.start - b.span.start) : found;
}

// "date 2023-10-12 HERAT:", "KESTREL, March 2 (Larkspur) --": the date in the story's opening (the
// metadata stage's dateline prefix) dates the page, not a claim or a count in the sentence it opens.
function _outside(mentions: DateMention[], opening: Span | null): DateMention[] {
  if (!opening) return mentions;
  return mentions.filter((m) => m.span.end <= opening.start || m.span.start >= opening.end);
}

/**
 * The mentions whose spans lie inside `span` (a clause or sentence), in text order. `mentions`
 * must be sorted by start, as findDates returns them.
 */
export function datesWithin(mentions: readonly DateMention[], span: { start: number; end: number }): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    if (m.span.start >= span.end) break;
    if (m.span.start >= span.start && m.span.end <= span.end) out.push(m);
  }
  return out;
}
