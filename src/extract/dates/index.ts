import type { DateMention, IsoDate, Span } from '../../model.js';
import { findChronoDates } from './find-chrono-dates.js';
import { findYears } from './find-years.js';

export { dateRole, type DateRole } from './date-role.js';
export { isoDate, resolvePast } from './resolve-past.js';

/**
 * Finds date expressions and resolves them against the publication date `reference`
 * (`YYYY-MM-DD`, or null when unknown), with the past bias of news (see resolvePast). Returns the
 * mentions in text order; `date` is null for what cannot be placed on a day (a month, a year, an
 * ambiguous "10/11/2023", or any relative day when `reference` is null). Only the text inside
 * `sentences` is read (any stretches: the metadata stage reads date lines). The rules: rules.ts.
 */
export function findDates(
  text: string,
  sentences: readonly { span: Span }[],
  reference: IsoDate | null,
): DateMention[] {
  const found = findChronoDates(text, sentences, reference);
  const years = findYears(
    text,
    sentences,
    found.map((m) => m.span),
  );
  return years.length ? [...found, ...years].sort((a, b) => a.span.start - b.span.start) : found;
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
