import type { IsoDate } from '../../model.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` from calendar parts (month 1–12); normalises overflow (day 0 → last of previous month). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** What the text fixed about a date, beyond the day chrono computed. */
export interface StatedParts {
  /** The text named a weekday and no day of the month ("on Monday"). */
  weekdayOnly: boolean;
  /** The text named a month and a day but no year ("October 31"). */
  monthDayOnly: boolean;
}

/**
 * Applies the past bias of news: a report tells what has happened, so an expression that lands
 * after the publication date is read as the most recent such day before it. A weekday-only date
 * after `reference` moves back 7 days ("Monday" in a Friday 2023-11-10 article → 2023-11-06, not
 * 2023-11-13); a month-day without a year after it moves back a year ("December 28" in a
 * 2024-01-03 article → 2023-12-28). Anything else is returned unchanged ("tomorrow" stays).
 */
export function resolvePast(date: IsoDate, reference: IsoDate, parts: StatedParts): IsoDate {
  if (date <= reference) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (parts.weekdayOnly) return isoDate(y, m, d - 7);
  if (parts.monthDayOnly) return isoDate(y - 1, m, d);
  return date;
}
