import type { DateKind, RuleId } from '../../model.js';

/**
 * The rules of the dates stage, each written out in full where it is defined: a date mention's
 * `by`, one per kind of expression. Later rules read the mention's `kind`, never its `by`.
 *
 * The order they apply in (find-chrono-dates.ts): chrono-node reads the windows of a sentence around
 * date-ish words; its results are refined by DATE_REFINERS in order (not a date mention, trimmed, a month
 * alone, a slashed date that reads both ways, resolved with the past bias of news); then the years
 * after a preposition that chrono left (find-years.ts).
 */
export const DATE_RULES: Readonly<Record<DateKind, RuleId>> = {
  /** "October 31", "2023-11-10", "31 Oct 2023": a day of the calendar. */
  calendar: 'dates/calendar',
  /** "Monday", "on Tuesday": a weekday, the latest one up to the publication date. */
  weekday: 'dates/weekday',
  /** "yesterday", "last night", "three days ago". */
  'relative-day': 'dates/relative-day',
  /** "in March", "March 2022": a month, no day. */
  month: 'dates/month',
  /** "this week", "last month": a period, no day. */
  period: 'dates/period',
  /** "in 1948", "since 2014": a year after a preposition. */
  year: 'dates/year',
  /** "10/11/2023": 10 November or October 11; no day is given rather than a guess. */
  'ambiguous-numeric': 'dates/ambiguous-numeric',
};
