import { calendarDay } from '../../calendar.js';
import type { DateMention, IsoDate } from '../../model.js';
import { MONTH_NAMES } from '../lexicon/index.js';
import { casualParser, othersMatch } from './chrono-for-window.js';
import { dateMention, monthMention, trimDate } from './date-mention.js';
import { CASUAL_DATE, MONTH, onlyCasualDay, pushCasualDay, WEEKDAY, zoneAfter } from './plain-window.js';
import { resolvePast } from './resolve-past.js';

const LITTLE_ENDIAN = casualParser('ENMonthNameLittleEndianParser');
const MIDDLE_ENDIAN = casualParser('ENMonthNameMiddleEndianParser');
const TIME = casualParser('ENTimeExpressionParser');
// ENWeekdayParser's groups after the word boundary's (1): a modifier before ("last"), after ("next week").
const WEEKDAY_BEFORE = 2;
const WEEKDAY_AFTER = 4;
// What MergeWeekdayComponentRefiner needs between a weekday and the date after it to merge them.
const WEEKDAY_THEN_DATE = /^,?\s*$/;
// What ENMergeDateRangeRefiner needs between two dates to make them a range: its own pattern.
const RANGE_BETWEEN = /^\s*(?:to|-|–|until|through|till)\s*$/i;
// What ExtractTimezoneOffsetRefiner needs after a result to take in an offset ("today -5", "today
// GMT+1"), or more: its pattern up to the first digit.
const OFFSET_AFTER = /^\s*(?:\(?(?:GMT|UTC)\s?)?[+-]\d/i;
// The groups of the two month-day patterns after the word boundary's (1): day, month, year ("5
// March 2024", "March 5, 2024"); the group of a range's last day is never set in the shapes read.
const LITTLE_ENDIAN_GROUPS = { day: 2, month: 4, year: 5 };
const MIDDLE_ENDIAN_GROUPS = { month: 2, day: 3, year: 5 };
// The shapes read: "5 March", "on 5th March", "5 of March", "5 March 2024", "5 March, 2024",
// "3 JAN 90" and "March 5", "March 5th", "Nov. 10, 2023", "March 5 2024", "JUNE 11 89" (with the
// trailing blanks the middle-endian pattern may take in). No range, no era, no hyphen or slash, no
// day in words, no two-digit year after a comma (the dates stage reads "December 28, 30" as a count).
const LITTLE_ENDIAN_SHAPE = /^(?:on\s*)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]+\.?(?:,?\s+[1-9]\d{3}|\s+\d\d)?$/i;
const MIDDLE_ENDIAN_SHAPE = /^[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:(?:\s*,\s*|\s+)[1-9]\d{3}|\s+\d\d)?\s*$/i;
const DAY_IN_DIGITS = /^\d{1,2}(?:st|nd|rd|th)?$/i;
// ENMonthNameParser's year group (after the word boundary's, "in" and the month's), read only when
// written in four digits.
const MONTH_YEAR = 4;
const FOUR_DIGITS = /^[1-9]\d{3}$/;
// What ENTimeExpressionParser reads after the digits of an hour when no minutes follow: am/pm, "o'clock",
// "at night", "in the morning" (its pattern's tail, `i` as chrono's). A non-empty match after a
// digit of the date would make the hour's result reach past them.
const TIME_TAIL =
  /^(?:\s*(?:a\.m\.|p\.m\.|am?|pm?))?(?:\s*(?:o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon)))?(?!\/)(?=\W|$)/i;
// ENTimeExpressionParser's words before an hour ("at 5", "from 5"), which its result takes in.
const TIME_HEAD = /(?:at|from)\s*$/i;
// What ENEndOfPeriodRefiner needs before a month without a day or a relative period to lengthen
// it ("end of March", "the last day of the month", "end of this week"): its own pattern.
export const END_OF_BEFORE = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
// chrono's month spellings each open with the first three letters of the month's name.
const MONTH_HEADS = MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase());
const FULL_MONTHS = new Set(MONTH_NAMES.map((name) => name.toLowerCase()));
// The parsers whose matches readMonthDay follows; the others must have none.
const MODELLED = LITTLE_ENDIAN.bit | MIDDLE_ENDIAN.bit | MONTH.bit | TIME.bit | WEEKDAY.bit | CASUAL_DATE.bit;

/**
 * Reads a window whose only date is a month with a day ("killed on March 5 in", "5 March 2024",
 * "Nov. 10, 2023,") or with a year (readMonthYear), perhaps with its weekday before it ("Tuesday, 31 October") or a casual day
 * apart from it ("3 JAN 90 -- … TODAY"), without chrono. `run` is the window's parsersFor. Appends to `out` the mention
 * chronoWindowDates would append and returns true; returns false (nothing appended) for anything
 * else, which is left to chrono.
 *
 * Why it is the same. chrono runs its parsers, then refiners over their results in order:
 * - Of the parsers of `run` other than the month-day parsers, the month-name parser, the time
 *   parser, the weekday parser and the casual-day parser, none has a match of its own pattern in the window, so none has
 *   a result.
 * - One month-day parser has one result, in a shape above: chrono's result R, a day (at most 31),
 *   a month, a stated year or the year chrono implies (closestYear). The little-endian parser's
 *   first match is R and it has no match after R; else the middle-endian parser's is, and the
 *   little-endian pattern has no match at all. When R is little-endian, the middle-endian parser
 *   gives no result: each of its matches has a day past 31 ("JAN 90" in "3 JAN 90").
 * - Every digit of the window is inside R. The time parser's matches need a digit, so they lie on
 *   R's digits: none takes in words before them ("at", "from": not allowed there) or text after
 *   them (TIME_TAIL reads nothing after each run of R's digits), and none goes on into a range
 *   (that needs a dash or "to" and another digit in R, which the shapes do not have). So each time
 *   result lies inside R and is shorter.
 * - Every result of the month-name parser (its loop is followed match by match) starts inside R,
 *   is no longer ("October 27." is also October 2027 to it) and has no "end of" before it, which
 *   ENEndOfPeriodRefiner would take into it (it leaves R, which has a day, as it is).
 * - The weekday parser has no match, or one (weekdayStart): a weekday W without a modifier,
 *   before R with at most a comma and blanks between them. The casual-day parser has no match, or
 *   one, a day C ("today", onlyCasualDay) before or after R and W, apart from them (casualApart).
 * - R starts first (chrono sorts by index, stably, and R's parser comes before the time and
 *   month-name parsers), so OverlapRemovalRefiner keeps R alone (and W, apart before it): of two
 *   overlapping results it keeps the first unless the second is longer. The offset refiner finds
 *   no sign and digit after W (R follows it) or after R (no digit is there); the refiners that
 *   merge a relative date need a sign or "after", "since"… at the end of W, which it has not;
 *   MergeWeekdayComponentRefiner merges W, a weekday alone, into R, which has a day: R's date, its
 *   text from W's start. C stays apart: it is a date with its year, which no refiner merges with
 *   another date but ENMergeDateRangeRefiner ("today to 5 March": not read), and no offset or zone
 *   follows it (casualApart). The year-suffix and ExtractTimezoneAbbrRefiner read digits or a zone
 *   after R (no digit is there; a zone, zoneAfter, is left to chrono); UnlikelyFormatFilter drops
 *   an impossible day (left to chrono), ENUnlikelyFormatFilter only "may" and "the second".
 * - The dates stage's refiners then trim R (trimDate) and date it: the stated year's day, or the
 *   day in the implied year moved back a year when after the reference (resolvePast), none
 *   without a reference; kind calendar. The shapes end in no ", N" count (cut-count-after-comma)
 *   and open with no part of the day ("morning of"). C is read as readPlainWindow reads it.
 * dates.test.ts checks it against chrono on every month spelling, day and context over publication
 * dates of two years, and on windows built from date fragments; docs/performance.md gives the
 * window-by-window comparison on every window of the bench texts and the datasets.
 *
 * Why not chrono: these are the commonest windows left to it (about a quarter of those of the bench
 * texts), each running seven parsers, most of them giving results that the refiners then remove.
 */
export function readMonthDay(
  window: string,
  at: number,
  run: number,
  reference: IsoDate | null,
  out: DateMention[],
): boolean {
  if (!(run & LITTLE_ENDIAN.bit)) return false;
  if (othersMatch(window, run, MODELLED)) return false;
  const little = LITTLE_ENDIAN.pattern.exec(window);
  const m = little ?? MIDDLE_ENDIAN.pattern.exec(window);
  if (!m) return !(run & (WEEKDAY.bit | CASUAL_DATE.bit)) && readMonthYear(window, at, out);
  if (little && !noMiddleEndian(window)) return false;
  const groups = little ? LITTLE_ENDIAN_GROUPS : MIDDLE_ENDIAN_GROUPS;
  const header = m[1]!.length;
  const index = m.index + header;
  const end = m.index + m[0].length;
  const text = m[0].slice(header);
  if (!(little ? LITTLE_ENDIAN_SHAPE : MIDDLE_ENDIAN_SHAPE).test(text)) return false;
  if ((little ? LITTLE_ENDIAN.pattern : MIDDLE_ENDIAN.pattern).test(window.slice(end))) return false;
  if (!digitsOnlyIn(window, index, end)) return false;
  if (!monthsInside(window, index, end)) return false;
  if (zoneAfter(window.slice(end))) return false;
  const from = run & WEEKDAY.bit ? weekdayStart(window, index) : index;
  if (from < 0) return false;
  const day = parseInt(m[groups.day]!, 10);
  const month = MONTH_HEADS.indexOf(m[groups.month]!.slice(0, 3).toLowerCase()) + 1;
  const stated = m[groups.year] === undefined ? null : adYear(parseInt(m[groups.year]!, 10));
  const year = stated ?? closestYear(reference, day, month);
  const valid = calendarDay(year, month, day);
  if (valid === null) return false;
  let date: IsoDate | null = stated === null ? null : valid;
  if (stated === null && reference !== null)
    date = resolvePast(valid, reference, { weekdayOnly: false, monthDayOnly: true });
  let casual: RegExpExecArray | null = null;
  if (run & CASUAL_DATE.bit && CASUAL_DATE.pattern.test(window)) {
    casual = onlyCasualDay(window);
    if (!casual || !casualApart(window, casual, from, end)) return false;
  }
  const casualFirst = casual !== null && casual.index + casual[1]!.length < from;
  if (casual && casualFirst) pushCasualDay(window, at, casual, reference, out);
  const { lead, text: trimmed } = trimDate(window.slice(from, end));
  const start = at + from + lead;
  out.push(dateMention({ start, end: start + trimmed.length }, trimmed, date, stated !== null, 'calendar'));
  if (casual && !casualFirst) pushCasualDay(window, at, casual, reference, out);
  return true;
}

// Whether ENMonthNameMiddleEndianParser gives no result in `window`: every match of its pattern, as
// its loop finds them (after no result, on from the character after the match's start), has a day
// in digits past 31, for which it gives none ("JAN 90" in "3 JAN 90").
function noMiddleEndian(window: string): boolean {
  let from = 0;
  for (let m = MIDDLE_ENDIAN.pattern.exec(window); m; m = MIDDLE_ENDIAN.pattern.exec(window.slice(from))) {
    const day = m[MIDDLE_ENDIAN_GROUPS.day]!;
    if (!DAY_IN_DIGITS.test(day) || parseInt(day, 10) <= 31) return false;
    from += m.index + m[1]!.length + 1;
  }
  return true;
}

// A year as chrono's parseYear reads digits: two digits are 1951–2050 (findMostLikelyADYear).
const adYear = (y: number) => (y >= 100 ? y : y > 50 ? 1900 + y : 2000 + y);

// A window whose only date is a month with its year and no day ("in July 1989", "MAY 1989,"), where
// the two month-day patterns have no match (readMonthDay) and neither a weekday nor a casual day
// can: read as chrono's month-name parser's one result R, year included, by readMonthDay's
// argument (every digit inside R, no "end of" before, no zone after it; the time parser gives no
// result for a four-digit year without am/pm after it), and the dates stage's refiners as
// readPlainWindow's month (a month without a day: monthMention).
function readMonthYear(window: string, at: number, out: DateMention[]): boolean {
  const m = MONTH.pattern.exec(window);
  if (!m || m[MONTH_YEAR] === undefined || !FOUR_DIGITS.test(m[MONTH_YEAR])) return false;
  const index = m.index + m[1]!.length + (m[2] ?? '').length;
  const end = m.index + m[0].length;
  if (MONTH.pattern.test(window.slice(end)) || !digitsOnlyIn(window, index, end)) return false;
  if (END_OF_BEFORE.test(window.slice(0, index)) || zoneAfter(window.slice(end))) return false;
  const { lead, text } = trimDate(window.slice(index, end));
  const found = text ? monthMention(at + index + lead, text) : null;
  if (found) out.push(found);
  return true;
}

// Where the weekday result that MergeWeekdayComponentRefiner merges into the date at `index`
// starts ("on Tuesday, 5 March"): `index` when the weekday parser has no match, -1 when its result
// is not one merged so (a modifier, "last Tuesday", is no weekday alone; a weekday after the date,
// or apart from it) or it has another match after it.
function weekdayStart(window: string, index: number): number {
  const m = WEEKDAY.pattern.exec(window);
  if (!m) return index;
  const end = m.index + m[0].length;
  if (m[WEEKDAY_BEFORE] !== undefined || m[WEEKDAY_AFTER] !== undefined || end > index) return -1;
  if (!WEEKDAY_THEN_DATE.test(window.slice(end, index)) || WEEKDAY.pattern.test(window.slice(end))) return -1;
  return m.index + m[1]!.length;
}

// Whether the casual day `m` (onlyCasualDay) lies apart from the date [from, end): before or after
// it, without what makes the two a range between them, and with no time zone or offset after it.
function casualApart(window: string, m: RegExpExecArray, from: number, end: number): boolean {
  const start = m.index + m[1]!.length;
  const stop = m.index + m[0].length;
  let between: string;
  if (stop <= from) between = window.slice(stop, from);
  else if (start >= end) between = window.slice(end, start);
  else return false;
  const after = window.slice(stop);
  return !RANGE_BETWEEN.test(between) && !OFFSET_AFTER.test(after) && !zoneAfter(after);
}

// Whether every digit of `window` lies in [start, end), and the time parser's result on each run of
// them stays on it: no "at"/"from" before the run, nothing TIME_TAIL reads after it.
function digitsOnlyIn(window: string, start: number, end: number): boolean {
  for (let i = 0; i < window.length; i++) {
    if (!isDigit(window.charCodeAt(i))) continue;
    const first = i;
    while (i + 1 < window.length && isDigit(window.charCodeAt(i + 1))) i++;
    if (first < start || i >= end || TIME_HEAD.test(window.slice(0, first))) return false;
    const tail = TIME_TAIL.exec(window.slice(i + 1));
    if (tail && tail[0].length > 0) return false;
  }
  return true;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

// Whether every result of ENMonthNameParser, found as chrono's loop finds them (after no result, on
// from the character after the match's start; after a result, from its end), starts in
// [start, end), is no longer than end − start, and has no "end of" before it.
function monthsInside(window: string, start: number, end: number): boolean {
  let from = 0;
  for (let m = MONTH.pattern.exec(window); m; m = MONTH.pattern.exec(window.slice(from))) {
    const at = from + m.index + m[1]!.length;
    const text = m[0].slice(m[1]!.length);
    // the parser's own test for a result: longer than three characters or a full month name
    if (text.length <= 3 && !FULL_MONTHS.has(m[3]!.toLowerCase())) {
      from = at + 1;
      continue;
    }
    const index = at + (m[2] ?? '').length;
    const stop = at + text.length;
    if (index < start || index >= end || stop - index > end - start) return false;
    if (END_OF_BEFORE.test(window.slice(0, index))) return false;
    from = stop;
  }
  return true;
}

// The year chrono implies for a day and month without one (its findYearClosestToRef, on the
// reference instant the dates stage gives it): the day's date in the reference's year, the year
// after or the year before, whichever is nearest, with the same local-time Date arithmetic.
function closestYear(reference: IsoDate | null, day: number, month: number): number {
  const ref = new Date(`${reference ?? '2000-01-01'}T12:00:00Z`);
  let date = new Date(ref);
  date.setMonth(month - 1);
  date.setDate(day);
  const next = new Date(date);
  next.setFullYear(next.getFullYear() + 1);
  const last = new Date(date);
  last.setFullYear(last.getFullYear() - 1);
  const away = (d: Date) => Math.abs(d.getTime() - ref.getTime());
  if (away(next) < away(date)) date = next;
  else if (away(last) < away(date)) date = last;
  return date.getFullYear();
}
