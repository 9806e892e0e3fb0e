import * as chrono from 'chrono-node';
import { MONTH_ABBREVIATIONS, MONTH_WORDS, WEEKDAY_WORDS } from '../lexicon/index.js';
import type { DateKind, DateMention, IsoDate, Span } from '../../model.js';
import { DATE_RULES } from './rules.js';
import { RELATIVE_DAY_WORDS } from './data/relative-day-words.js';
import { chronoFor } from './chrono-for-window.js';
import { alternation, escapeRegExp } from '../text/index.js';
import { isoDate, resolvePast } from './resolve-past.js';

const forms = (w: string) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)];
// Cheap test for "could hold a date": a capitalised (or upper-case) month or weekday, a relative
// day word, an ISO or slashed date. Lower-case "may"/"march" do not pass (verbs and nouns).
// Sentences without one never reach chrono, which is the costly part.
const DATE_ISH = new RegExp(
  `\\b(?:${[...MONTH_WORDS, ...WEEKDAY_WORDS]
    .flatMap((w) => [w, w.toUpperCase()])
    .map(escapeRegExp)
    .join('|')}` +
    `|${alternation(RELATIVE_DAY_WORDS.flatMap(forms))})\\b|\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}/\\d{1,2}\\b`,
  'g',
);
/** Characters read either side of a date-ish word (see _windows). */
const REACH = 32;
const WS = /\s/;
// chrono includes a preposition or article it read ("on Monday", "the 7th") and trailing commas.
const LEADING_WORDS = /^(?:(?:on|at|in|the|of|by|since|from|during)\s+)+/i;
const TRAILING = /[\s,;:]+$/;
const TRAILING_STOP = new RegExp(`(?<!\\b(?:${alternation(MONTH_ABBREVIATIONS)}))\\.$`);
const MONTH_HEAD = new RegExp(`^(?:${alternation(MONTH_WORDS)})\\b\\.?(?:,?\\s+\\d{4}\\b)?`);
const AGO = /\bago\b/i;
const COUNT_TAIL = /,\s*\d{1,3}$/;
// A day number right before where chrono's month starts: "of 8 " in "the night of 8 January, 7 died".
const DAY_BEFORE = /(?<![\d,.])\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/i;
const FOUR_DIGITS = /\d{4}/;
const DIGIT = /\d/;
const PERIOD = /\b(?:week|weekend|month|year)\b/i;
const SLASH_NUMBERS = /(\d{1,2})[/.](\d{1,2})/;

/**
 * Runs chrono (default English parser, never `forwardDate`; on each window only the parsers that
 * can match it, see chronoFor) over the sentences that may hold a date, then refines its results
 * in a fixed order:
 * 1. drop what is not a date mention: "now", durations ("for 17 days", "past 24 hours", "two days
 *    later"; only "… ago" stays), times without a day ("at 10 p.m."), slashed numbers without a
 *    year ("24/7");
 * 2. trim the words chrono took around the date ("on Monday," → "Monday") and a count it read
 *    as a year or an hour ("December 28, 30 had died");
 * 3. a month on its own ("in March") is a mention without a day, kept only when capitalised
 *    ("a march", "may" are not dates); "this week" is a period mention without a day;
 * 4. a slashed date that reads both ways ("10/11/2023") gets no day;
 * 5. the rest resolve against `reference` with the past bias of resolvePast().
 * Without a reference only dates with a stated year get a day.
 */
export function findChronoDates(
  text: string,
  sentences: readonly { span: Span }[],
  reference: IsoDate | null,
): DateMention[] {
  const out: DateMention[] = [];
  const instant = new Date(`${reference ?? '2000-01-01'}T12:00:00Z`);
  const ref = { instant, timezone: 0 };
  for (const s of sentences) {
    for (const w of _windows(text, s.span)) {
      const window = text.slice(w.start, w.end);
      for (const r of chronoFor(window).parse(window, ref)) {
        const m = _refine(r, window.slice(0, r.index), w.start + r.index, reference, ref);
        if (m) out.push(m);
      }
    }
  }
  return out;
}

// chrono's cost grows with the length of what it reads, so it reads only the stretches of a
// sentence around a date-ish word: REACH characters either side, widened to word boundaries,
// overlapping stretches merged. "… the toll had risen to 14 by Thursday, a spokesman said" →
// "risen to 14 by Thursday, a spokesman said".
function _windows(text: string, span: Span): Span[] {
  const out: Span[] = [];
  DATE_ISH.lastIndex = 0;
  const body = text.slice(span.start, span.end);
  for (let m = DATE_ISH.exec(body); m; m = DATE_ISH.exec(body)) {
    let start = Math.max(0, m.index - REACH);
    let end = Math.min(body.length, m.index + m[0].length + REACH);
    while (start > 0 && !WS.test(body[start - 1]!)) start--;
    while (end < body.length && !WS.test(body[end]!)) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end - span.start) last.end = span.start + end;
    else out.push({ start: span.start + start, end: span.start + end });
  }
  return out;
}

// `before` is the text of the window before the result, `at` the result's offset in the document.
function _refine(
  r: chrono.ParsedResult,
  before: string,
  at: number,
  reference: IsoDate | null,
  ref: chrono.ParsingReference,
): DateMention | null {
  let raw = r.text;
  // "December 28, 30 had died", "Oct 7, 12 died": chrono reads the count after the comma as a
  // year (2030, 2012), an hour, or the day ("8 January, 7 died" → "January, 7", longer than
  // "8 January", so chrono keeps it). Cut the count off and parse the date again alone, with the
  // day number written before the month ("8 January"); "In January, 7 died" leaves a month.
  const tail = COUNT_TAIL.exec(raw);
  if (tail) {
    raw = raw.slice(0, tail.index);
    const dayFromCount = r.start.isCertain('day') && !DIGIT.test(raw);
    const lead = dayFromCount ? (DAY_BEFORE.exec(before)?.[0] ?? '') : '';
    if ((r.start.isCertain('year') && !FOUR_DIGITS.test(raw)) || dayFromCount) {
      const alone = lead + raw;
      const again = chronoFor(alone).parse(alone, ref)[0];
      return again && again.index === 0 ? _refine(again, '', at - lead.length, reference, ref) : null;
    }
  }
  const c = r.start;
  const tags = r.tags();
  const certain = (k: chrono.Component) => c.isCertain(k);
  const day = certain('day');
  const weekday = certain('weekday');
  const month = certain('month');
  // 1. Not date mentions.
  if (tags.has('casualReference/now')) return null;
  if (tags.has('result/relativeDate')) {
    // "three days ago" is a day; "for 17 days" is not. chrono may run on into a time: "ago, 12".
    const ago = AGO.exec(raw);
    if (!ago) return null;
    raw = raw.slice(0, ago.index + ago[0].length);
  }
  const slash = tags.has('parser/SlashDateFormatParser');
  if (slash && !certain('year')) return null;
  // 2. Trim.
  const trimmed = _trim(raw, at);
  if (!trimmed) return null;
  let { span, text } = trimmed;
  const casual = tags.has('parser/ENCasualDateParser') || tags.has('result/relativeDate');
  if (!day && !weekday && !casual) {
    // 3. Month alone, or a period such as "this week"; a time alone is dropped.
    if (month) {
      const head = MONTH_HEAD.exec(text);
      if (!head) return null; // "march" in lower case, or a time merged in front
      text = head[0];
      span = { start: span.start, end: span.start + text.length };
      return _mention(span, text, null, /\d{4}/.test(text), 'month');
    }
    return PERIOD.test(text) ? _mention(span, text, null, false, 'period') : null;
  }
  const yearStated = certain('year') && !casual;
  // 4. "10/11/2023": 10 November or October 11? Give no day rather than guess.
  if (slash) {
    const [, a, b] = SLASH_NUMBERS.exec(text) ?? [];
    if (Number(a) <= 12 && Number(b) <= 12 && a !== b) return _mention(span, text, null, true, 'ambiguous-numeric');
  }
  // 5. Resolve.
  const stated = isoDate(c.get('year')!, c.get('month')!, c.get('day')!);
  let date: IsoDate | null = null;
  if (yearStated) date = stated;
  else if (reference)
    date = resolvePast(stated, reference, { weekdayOnly: weekday && !day, monthDayOnly: day && month && !casual });
  return _mention(span, text, date, yearStated, casual ? 'relative-day' : weekday && !day ? 'weekday' : 'calendar');
}

function _trim(raw: string, at: number): { span: Span; text: string } | null {
  const lead = LEADING_WORDS.exec(raw)?.[0].length ?? 0;
  const text = raw.slice(lead).replace(TRAILING, '').replace(TRAILING_STOP, '');
  if (!text) return null;
  return { span: { start: at + lead, end: at + lead + text.length }, text };
}

function _mention(span: Span, text: string, date: IsoDate | null, yearStated: boolean, kind: DateKind): DateMention {
  return { span, date, yearStated, text, kind, by: DATE_RULES[kind] };
}
