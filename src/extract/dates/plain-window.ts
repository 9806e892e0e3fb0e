import type { DateMention, IsoDate } from '../../model.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/index.js';
import { casualParser, chronoWith, othersMatch } from './chrono-for-window.js';
import { dateMention, monthMention, trimDate } from './date-mention.js';
import { isoDate } from './resolve-past.js';

// The weekday, casual-day and month parsers, with their patterns, are month-day-window.ts's too.
export const WEEKDAY = casualParser('ENWeekdayParser');
export const CASUAL_DATE = casualParser('ENCasualDateParser');
export const MONTH = casualParser('ENMonthNameParser');
// A digit runs the time parser, and the refiners that read a year or an offset after a date.
export const DIGIT = /\d/;
const ZONE_PROBE = { instant: new Date('2000-01-01T12:00:00Z'), timezone: 0 };
// ENWeekdayParser's groups after the word boundary's (1): a modifier before, the weekday, a modifier after.
const BEFORE = 2;
const DAY = 3;
const AFTER = 4;
// What chrono's ExtractTimezoneAbbrRefiner reads as a time zone after a result ("Monday EST",
// "today (GMT)"), without its `i` flag: on a result without a time of day the refiner takes in
// only an abbreviation written in capitals, and only one of its list (zoneAfter).
const ZONE_AFTER = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/;
// zoneAfter's answers so far, for at most ZONES_KEPT words ("IN", "THAT" in wire copy in capitals).
const ZONES = new Map<string, boolean>();
const ZONES_KEPT = 4096;
// The days ENCasualDateParser's words name, from the publication date.
const CASUAL_DAYS = new Map([
  ['today', 0],
  ['tonight', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
]);
const WEEKDAYS = new Map(WEEKDAY_NAMES.map((name, k) => [name.toLowerCase(), (k + 1) % 7]));
const FULL_MONTHS = new Set(MONTH_NAMES.map((name) => name.toLowerCase()));
// ENMonthNameParser's groups after the word boundary's (1): "in" before, the month, a year after.
const IN = 2;
const MONTH_WORD = 3;
const YEAR = 4;
// What ENEndOfPeriodRefiner needs before a month to move it to the month's last day ("end of
// March", "the last day of the month"): an "of" ending the text before, perhaps with "the".
const OF_BEFORE = /\bof\s+(?:the\s+)?$/i;
const IN_BEFORE = /\b(in)$/i;

/**
 * Reads the three commonest shapes of window the dates stage gives chrono, without chrono: a
 * window whose only date is a weekday written in full ("said on Thursday the convoy"), one whose
 * only date is "today", "tonight", "yesterday" or "tomorrow", and one whose only date is a month
 * without a day or a year ("talks stalled in March"). `run` is the window's parsersFor: of its
 * parsers, only the weekday parser, the casual-day parser or the month-name parser may have a
 * match of its own pattern, and there is no digit. Appends to `out` the mention chronoWindowDates
 * would append (none for a month chrono or the dates stage drops) and returns true; returns false
 * (nothing appended) for anything else, which is left to chrono.
 *
 * Why it is the same: of the parsers chrono runs there, one matches once and the others never
 * (their own patterns tell: onlyParser), and the result is the parser's match; chrono's refiners
 * leave a single such result as it is (there is nothing to merge or overlap, no digit for a year
 * or a sign for an offset; a zone abbreviation after it, zoneAfter, and "end of" before a month are
 * left to chrono) or drop it (a "May" not after "in"); the dates stage's refiners then trim it
 * (trimDate) and date it: a weekday is the latest such day up to the publication date, a casual
 * day that day moved by its offset, none without a reference; a month has no day (monthMention).
 * dates.test.ts checks it against chrono on every word over two years of publication dates, in
 * every casing and a dozen contexts, and in windows built from date fragments.
 *
 * Why not chrono: these are about a third of the windows chrono read on the bench texts (3,800
 * of 12,254), and chrono's cost for one is mostly its machinery (components, results, sixteen
 * refiners), not the patterns it runs. A cue word of a parser that then finds nothing ("after",
 * "last", "week") only makes the reader test that parser's pattern too.
 */
export function readPlainWindow(
  window: string,
  at: number,
  run: number,
  reference: IsoDate | null,
  out: DateMention[],
): boolean {
  if (DIGIT.test(window)) return false;
  if (onlyParser(window, run, WEEKDAY.bit)) {
    const m = onlyWeekday(window);
    return m !== null && pushWeekday(window, at, m, reference, out);
  }
  if (onlyParser(window, run, CASUAL_DATE.bit)) {
    const m = onlyCasualDay(window);
    return m !== null && pushCasualDay(window, at, m, reference, out);
  }
  return onlyParser(window, run, MONTH.bit) && readMonth(window, at, out);
}

// Whether, of the parsers of `run`, the one of `bit` is the only one whose pattern may match in `window`.
const onlyParser = (window: string, run: number, bit: number) => (run & bit) !== 0 && !othersMatch(window, run, bit);

// A window whose only date is a month without a day or a year ("in March", "since May"), where the
// month-name parser is the only parser with a match (readPlainWindow) and there is no digit. The
// result is the month, without "in"; chrono's refiners leave it as it is, or drop a "May" not
// after "in" (ENUnlikelyFormatFilter); the dates stage keeps the month written capitalised.
function readMonth(window: string, at: number, out: DateMention[]): boolean {
  const m = onlyMatch(MONTH.pattern, window);
  if (!m || m[YEAR] !== undefined) return false;
  const header = m[1]!.length;
  const month = m[MONTH_WORD]!.toLowerCase();
  // the parser gives no result for an abbreviation alone ("Dec"), and chrono reads on after it
  if (m[0].length - header <= 3 && !FULL_MONTHS.has(month)) return false;
  const index = m.index + header + (m[IN] ?? '').length;
  const end = m.index + m[0].length;
  const before = window.slice(0, index);
  if (OF_BEFORE.test(before) || zoneAfter(window.slice(end))) return false;
  const chronoText = window.slice(index, end);
  const trimmed = chronoText.trim();
  if (trimmed !== window.trim() && trimmed.toLowerCase() === 'may' && !IN_BEFORE.test(before.trim())) return true;
  const { lead, text } = trimDate(chronoText);
  const found = text ? monthMention(at + index + lead, text) : null;
  if (found) out.push(found);
  return true;
}

/**
 * ENWeekdayParser's match in `window` when it is the parser's only result there and a weekday
 * written in full, alone or after a modifier ("on Monday", "last Monday", "next Monday"; not
 * "Monday next week", "the weekend"), else null.
 */
export function onlyWeekday(window: string): RegExpExecArray | null {
  const m = onlyMatch(WEEKDAY.pattern, window);
  return m && m[AFTER] === undefined && WEEKDAYS.has(m[DAY]!.toLowerCase()) ? m : null;
}

/**
 * Appends the mention of `m` (onlyWeekday's) in `window` at offset `at`, as the dates stage gives
 * chrono's result for it (weekdayOffset), none without a reference. Its text runs to `end` when
 * chrono merged a part of the day into it ("Friday morning"). False (nothing appended) when a
 * time zone follows it (zoneAfter), which chrono would take into it.
 */
export function pushWeekday(
  window: string,
  at: number,
  m: RegExpExecArray,
  reference: IsoDate | null,
  out: DateMention[],
  end: number = m.index + m[0].length,
): boolean {
  const weekday = WEEKDAYS.get(m[DAY]!.toLowerCase())!;
  const modifier = m[BEFORE]?.toLowerCase();
  return push(window, at, m, end, reference, out, 'weekday', (y, mo, d) => {
    return isoDate(y, mo, d + weekdayOffset(new Date(Date.UTC(y, mo - 1, d)).getUTCDay(), weekday, modifier));
  });
}

// The days from the reference (its weekday `from`, 0 for Sunday) to the day the dates stage gives
// chrono's weekday `to` after `modifier`: chrono's day (calculation/weekdays.js, getDaysToWeekday)
// moved back a week when it is after the reference (resolvePast). Alone or after "this", the latest
// such day on or before the reference; after "last" or "past", the latest before it; after "next",
// chrono's day in the week after the reference's, or from a Saturday or a Sunday one day further.
function weekdayOffset(from: number, to: number, modifier: string | undefined): number {
  const forward = (to - from + 7) % 7;
  let days = forward;
  if (modifier === 'last' || modifier === 'past') days = forward - 7;
  else if (modifier === 'next')
    days = from === 0 ? to : from === 6 ? (to === 0 ? 8 : 1 + to) : to < from && to !== 0 ? forward : forward + 7;
  return days > 0 ? days - 7 : days;
}

/**
 * ENCasualDateParser's match in `window` when it is the parser's only result there and one of the
 * days of CASUAL_DAYS ("today", "yesterday"…), else null (no match, another word, or more).
 */
export function onlyCasualDay(window: string): RegExpExecArray | null {
  const m = onlyMatch(CASUAL_DATE.pattern, window);
  return m && CASUAL_DAYS.has(m[2]!.toLowerCase()) ? m : null;
}

/**
 * Appends the mention of `m` (onlyCasualDay's) in `window` at offset `at`, the day it names from
 * `reference` (none without one), as the dates stage gives chrono's result for it; false (nothing
 * appended) when a time zone follows it (zoneAfter), which chrono would take into it.
 */
export function pushCasualDay(
  window: string,
  at: number,
  m: RegExpExecArray,
  reference: IsoDate | null,
  out: DateMention[],
): boolean {
  const days = CASUAL_DAYS.get(m[2]!.toLowerCase())!;
  return push(window, at, m, m.index + m[0].length, reference, out, 'relative-day', (y, mo, d) =>
    isoDate(y, mo, d + days),
  );
}

/**
 * The match of `pattern` in `window` when chrono's loop over it (Chrono.executeParser) finds
 * exactly one: the first, and none in the text after it.
 */
export function onlyMatch(pattern: RegExp, window: string): RegExpExecArray | null {
  const m = pattern.exec(window);
  return m && !pattern.test(window.slice(m.index + m[0].length)) ? m : null;
}

// Appends the mention of match `m` (its group 1 is the word boundary chrono's result leaves out),
// its text running to `end`, dated by `day` from the reference's year, month and day; false when a
// zone abbreviation follows.
function push(
  window: string,
  at: number,
  m: RegExpExecArray,
  end: number,
  reference: IsoDate | null,
  out: DateMention[],
  kind: 'weekday' | 'relative-day',
  day: (year: number, month: number, day: number) => IsoDate,
): boolean {
  const index = m.index + m[1]!.length;
  if (zoneAfter(window.slice(end))) return false;
  const { lead, text } = trimDate(window.slice(index, end));
  const start = at + index + lead;
  let date: IsoDate | null = null;
  if (reference !== null) {
    const [y, mo, d] = reference.split('-').map(Number) as [number, number, number];
    date = day(y, mo, d);
  }
  out.push(dateMention({ start, end: start + text.length }, text, date, false, kind));
  return true;
}

/**
 * Whether `rest`, the text after a result without a time of day, opens with a time zone chrono
 * knows, which its ExtractTimezoneAbbrRefiner would take into the result. chrono keeps its list
 * of abbreviations to itself, so it is asked, once a word: the refiner takes the word in after a
 * weekday exactly when it is on the list, and so after any result without a time of day.
 */
export function zoneAfter(rest: string): boolean {
  const m = ZONE_AFTER.exec(rest);
  if (!m) return false;
  const word = m[1]!;
  let known = ZONES.get(word);
  if (known === undefined) {
    known = chronoWith(WEEKDAY.bit).parse(`Monday ${word}`, ZONE_PROBE)[0]!.text !== 'Monday';
    if (ZONES.size < ZONES_KEPT) ZONES.set(word, known);
  }
  return known;
}
