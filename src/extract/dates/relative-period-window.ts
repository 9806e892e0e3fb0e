import { casualParser, othersMatch, type WindowReader } from './chrono-for-window.js';
import { dateMention } from './date-mention.js';
import { END_OF_BEFORE } from './month-day-window.js';
import { DIGIT, onlyMatch, zoneAfter } from './plain-window.js';

const RELATIVE = casualParser('ENRelativeDateFormatParser');
// ENRelativeDateFormatParser's groups after the word boundary's (1): the modifier, the unit.
const MODIFIER = 2;
const UNIT = 3;
// The units read: the periods the dates stage keeps after "this" (PERIOD in find-chrono-dates.ts).
const PERIODS = new Set(['week', 'month', 'year']);

/**
 * Reads a window whose only date is a week, month or year named from the publication date ("last
 * week", "THIS YEAR", "next month"), without chrono: `run` is the window's parsersFor, of whose
 * parsers only the relative-date parser has a match of its own pattern, once, and there is no
 * digit. Appends to `out` the mention chronoWindowDates would append ("this week" and "this year"
 * as periods without a day, nothing for the rest) and returns true; returns false (nothing
 * appended) for anything else, left to chrono.
 *
 * Why it is the same. chrono's one result R is the parser's match. After "last", "past", "next"
 * or "after this" it is a date relative to the reference, tagged so: the dates stage keeps such a
 * date only with "ago" in it (dates/relative-needs-ago), which R's text never has. After "this",
 * R implies a day and month ("this week") or states a year ("this year") or a month and year
 * ("this month"), but no day or weekday: the dates stage keeps a text naming a week or a year as a
 * period (dates/no-day), and a month only when a month's name opens the text, which "this month"
 * has not. The refiners leave R as it is: nothing to merge or overlap, no digit for an offset or
 * a year; "end of" before R (ENEndOfPeriodRefiner) and a zone after it (zoneAfter) are left to
 * chrono.
 *
 * Why not chrono: after the windows the other readers take, "last week" and "this week" are the
 * commonest left to it on the bench texts (about 500 of 3,600).
 */
export const readRelativePeriod: WindowReader = (window, at, run, _reference, out) => {
  if (!(run & RELATIVE.bit) || DIGIT.test(window) || othersMatch(window, run, RELATIVE.bit)) return false;
  const m = onlyMatch(RELATIVE.pattern, window);
  if (!m || !PERIODS.has(m[UNIT]!.toLowerCase())) return false;
  const index = m.index + m[1]!.length;
  const end = m.index + m[0].length;
  if (END_OF_BEFORE.test(window.slice(0, index)) || zoneAfter(window.slice(end))) return false;
  const text = window.slice(index, end);
  if (m[MODIFIER]!.toLowerCase() === 'this' && m[UNIT]!.toLowerCase() !== 'month')
    out.push(dateMention({ start: at + index, end: at + end }, text, null, false, 'period'));
  return true;
};
