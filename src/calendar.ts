/**
 * Calendar days, the one validator every layer uses (command-line options, JSON Lines records, feed
 * and page metadata, dates read from the text): "2023-02-30" and "2025-13-45" are no days.
 */
import type { IsoDate } from './model.js';

/** The `YYYY-MM-DD` of a real calendar day, or null ("2023-02-30" is none). Month is 1-based. */
export function calendarDay(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written exactly `YYYY-MM-DD` ("2023-11-10"; not "2023-02-30"). */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  return m !== null && calendarDay(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

// English month names from the runtime's own locale data, so that no second list of them exists.
const monthName = (month: number): string =>
  new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });

/**
 * Why `value` is not a calendar day written `YYYY-MM-DD`, as a clause naming the value and the
 * expected form, or null when it is one: "2025-02-30" → `"2025-02-30" is no calendar day
 * (February 2025 has 28 days); expected YYYY-MM-DD`. Every edge that takes a date (command-line
 * options, JSON Lines records) reports a bad one with this clause after its own name.
 */
export function dayProblem(value: string): string | null {
  const m = ISO_DAY.exec(value);
  if (!m) return `"${value}" is not a date written YYYY-MM-DD`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (calendarDay(year, month, day) !== null) return null;
  const why =
    month < 1 || month > 12
      ? `there is no month ${month}`
      : `${monthName(month)} ${year} has ${new Date(Date.UTC(year, month, 0)).getUTCDate()} days`;
  return `"${value}" is no calendar day (${why}); expected YYYY-MM-DD`;
}
