import * as chrono from 'chrono-node';
import { casualParser, othersMatch, type WindowReader } from './chrono-for-window.js';
import { DIGIT, onlyMatch, onlyWeekday, pushWeekday, WEEKDAY, zoneAfter } from './plain-window.js';

const CASUAL_TIME = casualParser('ENCasualTimeParser');
// ENCasualTimeParser's group after the word boundary's (1): the part of the day.
const PART = 2;
// The parts of the day whose hour chrono only implies: a result of one has no certain hour, so a
// weekday with it merged in is still a date without a time to ExtractTimezoneAbbrRefiner (zoneAfter
// answers for it). "noon", "midday" and "midnight" are left to chrono.
const IMPLIED_HOUR = new Set(['morning', 'afternoon', 'evening', 'night']);
// What ENMergeDateTimeRefiner needs between a date and a time to merge them: its own pattern.
const MERGE_BETWEEN = (
  chrono.casual.refiners.find((r) => r.constructor.name === 'ENMergeDateTimeRefiner') as unknown as {
    patternBetween(): RegExp;
  }
).patternBetween();

/**
 * Reads a window whose only time is a part of the day ("this morning", "Friday night"), perhaps
 * with a weekday, without chrono: `run` is the window's parsersFor, of whose parsers only the
 * casual-time parser and the weekday parser have a match of their own pattern, once each, and
 * there is no digit. Appends to `out` the mention chronoWindowDates would append (the weekday's,
 * or none) and returns true; returns false (nothing appended) for anything else, left to chrono.
 *
 * Why it is the same. chrono's result T for the part of the day is a time alone (no weekday, day,
 * month or year), whose hour it implies. With a weekday result W (onlyWeekday: no modifier, or "last", "past", "this") before
 * T and only what ENMergeDateTimeRefiner's pattern allows between them ("Friday morning",
 * "Saturday, this evening"), that refiner merges them: W's date (the time does not move it), its
 * text from W's start to T's end; apart from it, W and T stay two results. The other refiners
 * leave them: nothing overlaps, there is no digit for an offset or a year, no relative date to
 * merge, neither has a month for ENEndOfPeriodRefiner, MergeWeekdayComponentRefiner merges a
 * weekday only into a date with a day; a zone after W (zoneAfter) is left to chrono. The dates
 * stage then drops T, which has no day, weekday or month ("this morning" is no period), and reads
 * W, merged or not, as readPlainWindow reads a weekday. T before W is left to chrono when the two
 * merge (the dates stage reparses "the morning of Friday") or when a zone follows T (the merging
 * refiner runs again after ExtractTimezoneAbbrRefiner), else W is read alone.
 *
 * Why not chrono: after the windows readPlainWindow and readMonthDay read, these are the commonest
 * left to it on the bench texts ("ON SATURDAY NIGHT", "THIS MORNING"): about 650 of 4,300.
 */
export const readPartOfDay: WindowReader = (window, at, run, reference, out) => {
  if (!(run & CASUAL_TIME.bit) || DIGIT.test(window) || othersMatch(window, run, CASUAL_TIME.bit | WEEKDAY.bit))
    return false;
  const time = onlyMatch(CASUAL_TIME.pattern, window);
  if (!time || !IMPLIED_HOUR.has(time[PART]!.toLowerCase())) return false;
  if (!(run & WEEKDAY.bit) || !WEEKDAY.pattern.test(window)) return true;
  const day = onlyWeekday(window);
  if (!day) return false;
  const timeStart = time.index + time[1]!.length;
  const timeEnd = time.index + time[0].length;
  const dayEnd = day.index + day[0].length;
  if (dayEnd <= timeStart) {
    const merged = MERGE_BETWEEN.test(window.slice(dayEnd, timeStart));
    return pushWeekday(window, at, day, reference, out, merged ? timeEnd : dayEnd);
  }
  // a zone taken into T would leave only blanks between, and the refiner runs again after that
  const between = window.slice(timeEnd, day.index + day[1]!.length);
  return (
    !MERGE_BETWEEN.test(between) && !zoneAfter(window.slice(timeEnd)) && pushWeekday(window, at, day, reference, out)
  );
};
