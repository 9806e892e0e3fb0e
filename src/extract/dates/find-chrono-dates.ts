import * as chrono from 'chrono-node';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../lexicon/index.js';
import type { DateMention, IsoDate, RuleId, Span } from '../../model.js';
import { RELATIVE_DAY_WORDS } from './data/relative-day-words.js';
import { chronoFor, chronoWith, parsersFor, type WindowReader } from './chrono-for-window.js';
import { dateMention, monthMention, trimDate } from './date-mention.js';
import { readPlainWindow } from './plain-window.js';
import { readMonthDay } from './month-day-window.js';
import { readPartOfDay } from './part-of-day-window.js';
import { readRelativePeriod } from './relative-period-window.js';
import { readDateLine } from './date-line.js';
import { alternation, escapeRegExp, isSpace } from '../text/index.js';
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
const AGO = /\bago\b/i;
const COUNT_TAIL = /,\s*\d{1,3}$/;
// A day number right before where chrono's month starts: "of 8 " in "the night of 8 January, 7 died".
const DAY_BEFORE = /(?<![\d,.])\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/i;
// A part of the day chrono reads as a time, with the date it names after "of": "morning of ".
const PART_OF_DAY_OF = /^(?:morning|afternoon|evening|night)\s+of\s+/i;
const FOUR_DIGITS = /\d{4}/;
const DIGIT = /\d/;
const PERIOD = /\b(?:week|weekend|month|year)\b/i;
const SLASH_NUMBERS = /(\d{1,2})[/.](\d{1,2})/;

// The readers of the commonest shapes of window, each giving what chrono gives there (see findChronoDates).
const READERS: readonly WindowReader[] = [readPlainWindow, readMonthDay, readPartOfDay, readRelativePeriod];

/**
 * Runs chrono (default English parser, never `forwardDate`; on each window only the parsers that
 * can match it, see chronoFor) over the sentences that may hold a date, and refines each of its
 * results by DATE_REFINERS in order (what is no date mention is dropped, the rest trimmed, kept
 * without a day or resolved with the past bias of news). Without a reference, a window that is a
 * date line written "9 JAN 90" is read by readDateLine instead, a window whose only date is a
 * weekday, a casual day or a month ("on Monday", "today", "in March") by readPlainWindow, one
 * whose only date is a month with a day ("on March 5") by readMonthDay, and one whose only time is
 * a part of the day ("Friday night", "this morning") by readPartOfDay, and one whose only date is
 * a week, month or year from the publication date ("last week") by readRelativePeriod: each gives
 * the same mentions.
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
      const line = reference === null ? readDateLine(window) : null;
      if (line) {
        out.push(dateMention(w, window, line, true, 'calendar'));
        continue;
      }
      const run = parsersFor(window);
      if (!READERS.some((read) => read(window, w.start, run, reference, out)))
        _chronoDates(window, w.start, run, reference, ref, out);
    }
  }
  return out;
}

/**
 * Appends to `out` the mentions chrono's results in `window` (at offset `at` of the document) give
 * after DATE_REFINERS: what findChronoDates does with a window that is no date line (date-line.ts)
 * and not of a shape readPlainWindow or readMonthDay reads, and what those readers must equal.
 */
export function chronoWindowDates(
  window: string,
  at: number,
  reference: IsoDate | null,
  ref: chrono.ParsingReference,
  out: DateMention[],
): void {
  _chronoDates(window, at, parsersFor(window), reference, ref, out);
}

// chronoWindowDates, given the window's parsersFor.
function _chronoDates(
  window: string,
  at: number,
  run: number,
  reference: IsoDate | null,
  ref: chrono.ParsingReference,
  out: DateMention[],
): void {
  for (const r of chronoWith(run).parse(window, ref)) {
    const m = refine(r, window.slice(0, r.index), at + r.index, reference, ref);
    if (m) out.push(m);
  }
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
    while (start > 0 && !isSpace(body.charCodeAt(start - 1))) start--;
    while (end < body.length && !isSpace(body.charCodeAt(end))) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end - span.start) last.end = span.start + end;
    else out.push({ start: span.start + start, end: span.start + end });
  }
  return out;
}

/** What a refiner reads: chrono's result, and the text of it kept so far. */
interface Reading {
  result: chrono.ParsedResult;
  tags: Set<string>;
  /** The text of the window before the result. */
  before: string;
  /** The text kept so far and its span in the document. */
  text: string;
  span: Span;
  reference: IsoDate | null;
  ref: chrono.ParsingReference;
}

/** A refiner's answer: go on with this reading, or a decided mention (null: not a date mention). */
type Refined = Reading | { mention: DateMention | null };

/** One refiner of chrono's results. */
interface DateRefiner {
  id: RuleId;
  refine(m: Reading): Refined;
}

const done = (mention: DateMention | null): Refined => ({ mention });
const certain = (m: Reading, k: chrono.Component) => m.result.start.isCertain(k);
const isCasual = (m: Reading) => m.tags.has('parser/ENCasualDateParser') || m.tags.has('result/relativeDate');

/**
 * The refiners of chrono's results, in the order they apply: each goes on with the reading, or
 * decides (a mention of a kind, or none). Without a reference only dates with a stated year get a day.
 */
const DATE_REFINERS: readonly DateRefiner[] = [
  {
    /**
     * "on the morning of 16 November", "the night of 6 November": chrono reads the part of the day
     * as a time and merges the date after it without its day or month, so the mention was dropped.
     * Parse the date after "of" alone (MUC-4 dev: an AFP dispatch "the evening of" a day, a radio
     * statement "early on the morning of" a day, another AFP dispatch "on the night of" a day).
     */
    id: 'dates/part-of-day-of-date',
    refine(m) {
      const head = PART_OF_DAY_OF.exec(m.text);
      if (!head || certain(m, 'day')) return m;
      const rest = m.text.slice(head[0].length);
      const again = chronoFor(rest).parse(rest, m.ref)[0];
      return done(
        again && again.index === 0
          ? refine(again, m.before + head[0], m.span.start + head[0].length, m.reference, m.ref)
          : null,
      );
    },
  },
  {
    /**
     * "December 28, 30 had died", "Oct 7, 12 died": chrono reads the count after the comma as a
     * year (2030, 2012), an hour, or the day ("8 January, 7 died" → "January, 7", longer than
     * "8 January", so chrono keeps it). Cut the count off and parse the date again alone, with the
     * day number written before the month ("8 January"); "In January, 7 died" leaves a month.
     */
    id: 'dates/cut-count-after-comma',
    refine(m) {
      const tail = COUNT_TAIL.exec(m.text);
      if (!tail) return m;
      const text = m.text.slice(0, tail.index);
      const dayFromCount = certain(m, 'day') && !DIGIT.test(text);
      if (!(certain(m, 'year') && !FOUR_DIGITS.test(text)) && !dayFromCount)
        return { ...m, text, span: { start: m.span.start, end: m.span.start + text.length } };
      const lead = dayFromCount ? (DAY_BEFORE.exec(m.before)?.[0] ?? '') : '';
      const alone = lead + text;
      const again = chronoFor(alone).parse(alone, m.ref)[0];
      return done(
        again && again.index === 0 ? refine(again, '', m.span.start - lead.length, m.reference, m.ref) : null,
      );
    },
  },
  {
    /** "now": no date. */
    id: 'dates/not-now',
    refine: (m) => (m.tags.has('casualReference/now') ? done(null) : m),
  },
  {
    /** "three days ago" is a day; "for 17 days", "two days later" are not. chrono may run on into a time: "ago, 12". */
    id: 'dates/relative-needs-ago',
    refine(m) {
      if (!m.tags.has('result/relativeDate')) return m;
      const ago = AGO.exec(m.text);
      if (!ago) return done(null);
      const text = m.text.slice(0, ago.index + ago[0].length);
      return { ...m, text, span: { start: m.span.start, end: m.span.start + text.length } };
    },
  },
  {
    /** "24/7": slashed numbers without a year are no date. */
    id: 'dates/slashed-needs-year',
    refine: (m) => (m.tags.has('parser/SlashDateFormatParser') && !certain(m, 'year') ? done(null) : m),
  },
  {
    /** "on Monday," → "Monday": the preposition or article chrono read, trailing commas and a full stop. */
    id: 'dates/trim',
    refine(m) {
      const { lead, text } = trimDate(m.text);
      if (!text) return done(null);
      return { ...m, text, span: { start: m.span.start + lead, end: m.span.start + lead + text.length } };
    },
  },
  {
    /**
     * No day: a month alone ("in March") is a mention without a day, kept only when capitalised ("a
     * march", "may" are not dates); "this week" is a period; a time alone ("at 10 p.m.") is dropped.
     */
    id: 'dates/no-day',
    refine(m) {
      if (certain(m, 'day') || certain(m, 'weekday') || isCasual(m)) return m;
      if (!certain(m, 'month'))
        return done(PERIOD.test(m.text) ? dateMention(m.span, m.text, null, false, 'period') : null);
      return done(monthMention(m.span.start, m.text));
    },
  },
  {
    /** "10/11/2023": 10 November or October 11? Give no day rather than guess. */
    id: 'dates/slashed-both-ways',
    refine(m) {
      if (!m.tags.has('parser/SlashDateFormatParser')) return m;
      const [, a, b] = SLASH_NUMBERS.exec(m.text) ?? [];
      if (Number(a) <= 12 && Number(b) <= 12 && a !== b)
        return done(dateMention(m.span, m.text, null, true, 'ambiguous-numeric'));
      return m;
    },
  },
  {
    /** The rest: the year as written, or resolved against the reference with the past bias of resolvePast(). */
    id: 'dates/resolve',
    refine(m) {
      const c = m.result.start;
      const casual = isCasual(m);
      const day = certain(m, 'day');
      const weekday = certain(m, 'weekday');
      const yearStated = certain(m, 'year') && !casual;
      const stated = isoDate(c.get('year')!, c.get('month')!, c.get('day')!);
      let date: IsoDate | null = null;
      if (yearStated) date = stated;
      else if (m.reference)
        date = resolvePast(stated, m.reference, {
          weekdayOnly: weekday && !day,
          monthDayOnly: day && certain(m, 'month') && !casual,
        });
      return done(
        dateMention(
          m.span,
          m.text,
          date,
          yearStated,
          casual ? 'relative-day' : weekday && !day ? 'weekday' : 'calendar',
        ),
      );
    },
  },
];

// Runs DATE_REFINERS over one chrono result; `before` is the text of the window before it, `at`
// its offset in the document.
function refine(
  result: chrono.ParsedResult,
  before: string,
  at: number,
  reference: IsoDate | null,
  ref: chrono.ParsingReference,
): DateMention | null {
  let m: Reading = {
    result,
    tags: result.tags(),
    before,
    text: result.text,
    span: { start: at, end: at + result.text.length },
    reference,
    ref,
  };
  for (const r of DATE_REFINERS) {
    const next = r.refine(m);
    if ('mention' in next) return next.mention;
    m = next;
  }
  return null;
}
