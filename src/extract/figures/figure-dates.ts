import type { DateMention, IsoDate, Span } from '../../model.js';
import { dateRole, isClaimDate, isoDate } from '../dates/index.js';
import { MONTH_NAMES, UNIT_WORDS } from '../lexicon/index.js';
import { CLAUSE_OPENERS, EARLIER_EVENT_CLOSERS, EARLIER_EVENT_OPENERS } from './data/grammar-words.js';
import {
  AS_OF_CLAIM_DATE,
  AS_OF_DATE_AFTER,
  AS_OF_DATE_BEFORE,
  AS_OF_DAYS_EARLIER,
  AS_OF_PAST_PERIOD,
  SINCE_DATE,
  type FieldRule,
} from './rules.js';

/** The dates a figure refers to: `asOf` stated in its sentence (or null), and `since`, with the rules that picked them. */
export interface FigureDates {
  asOf: IsoDate | null;
  asOfSpan: Span | null;
  /** AS_OF_DATE_AFTER, AS_OF_DATE_BEFORE or AS_OF_CLAIM_DATE, or null with `asOf`. */
  asOfRule: FieldRule | null;
  since: IsoDate | null;
  /** SINCE_DATE, or null with `since`. */
  sinceRule: FieldRule | null;
  /**
   * "killed … a day earlier": how many days before the day the sentence gives (or the publication
   * date) the count's clause sets it, with the phrase; null when it says nothing of the kind.
   */
  earlier: { days: number; span: Span; rule: FieldRule } | null;
  /**
   * "killed in 1988", "abducted in March 2019": a month or a year the count's clause places it in,
   * when it gives no day (the caller dates the count by it only if it ended before publication).
   */
  period: { start: IsoDate; end: IsoDate; span: Span; rule: FieldRule } | null;
}

// Between a month or year before the count and the count: one clause, at most the comma after an
// opening "In March 2019," — not another clause joined by a conjunction ("… fled in 1948, but since
// October half have been displaced": 1948 dates the flight, not the count).
const OPENS_COUNT_CLAUSE = /^[^,;:]*(?:,[^,;:]*)?$/;
const JOINS_CLAUSE = /\b(?:but|and|while|whereas|since|after|before|when|although|though)\b/i;
// A verb between the count and a later month or year that dates the start of something else: "the
// war that killed thousands of civilians began in 2014" (the war's start, not the count's day).
const STARTED = /\b(?:began|begun|begins|started|starts|erupted|broke\s+out|launched)\b/i;
// Words that open the clause a month or year stands in as another than the count's.
const DATE_IN_SUBORDINATE = /\b(?:since|after|before|when|while|until|because|once|which|who|whose)\b/i;
// The words before a month or a year that place the count's event in it: "killed *in* 1988",
// "abducted *during* March 2019" (not "the 1988 massacre", "since 2019", "2019 figures").
const IN_PERIOD = /\b(?:in|during)\s+(?:early\s+|mid-?\s*|late\s+)?$/i;
const YEAR = /\b(\d{4})\b/;
const MONTH = new RegExp(`\\b(${MONTH_NAMES.join('|')})\\b`);

// The days a month or year mention spans, or null when its words give no year.
function _period(m: DateMention): { start: IsoDate; end: IsoDate } | null {
  const y = YEAR.exec(m.text);
  if (!y || !m.yearStated) return null;
  const year = Number(y[1]);
  const month = m.kind === 'month' ? MONTH_NAMES.indexOf(MONTH.exec(m.text)?.[1] ?? '') + 1 : 0;
  if (m.kind === 'month' && month === 0) return null;
  return month
    ? { start: isoDate(year, month, 1), end: isoDate(year, month + 1, 0) }
    : { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
}

// "a day earlier", "two days earlier", "the previous day": a count's clause dating it back from the
// day of the report (news-dev: Ya Libnan on Tyre "killed … a day earlier"; AP on Culiacán
// "kidnapped … two days earlier"; TempEval TimeBank anchors "A day earlier" on the date before it).
const DAYS_EARLIER = /\b(?:(\p{L}+|\d+) days? earlier|the previous day)\b/iu;
// What every match of DAYS_EARLIER holds, tested first: most figures' clauses have neither, and
// DAYS_EARLIER tries `\p{L}+` from every word of the rest of the sentence. Its letters fold only
// to their ASCII cases (the "s" of "previous", which may be "ſ", is left out), so no match is lost.
const DAYS_EARLIER_CUE = /earlier|the previou/i;
// A clause of its own opened between the count and the phrase: "killing 31 people in the worst
// attack *since* troops crossed the river a day earlier" — the crossing was a day earlier, not the count.
const SUBORDINATE = /\b(?:since|after|before|when|while|until|because|once)\b/i;

// The "a day earlier" of the count's clause after it, or null.
function _daysEarlier(text: string, at: Span, sentence: Span): FigureDates['earlier'] {
  const rest = text.slice(at.end, sentence.end);
  if (!DAYS_EARLIER_CUE.test(rest)) return null;
  const m = DAYS_EARLIER.exec(rest);
  if (!m) return null;
  const between = rest.slice(0, m.index);
  if (!sameClause(between) || SUBORDINATE.test(between)) return null;
  const word = m[1]?.toLowerCase();
  const days = word === undefined ? 1 : word === 'a' ? 1 : /^\d+$/.test(word) ? Number(word) : UNIT_WORDS.get(word);
  if (!days) return null;
  const start = at.end + m.index;
  return { days, span: { start, end: start + m[0].length }, rule: AS_OF_DAYS_EARLIER };
}

/** `date` moved back `days` days. */
export function daysBefore(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return isoDate(y, m, d - days);
}

// "GAZA CITY, October 31 (RHC)--", "DUBAI, March 7 (Gulf Wire) -": a dateline's date is the
// filing day, not the day a figure refers to.
const DATELINE_TAIL = /^\s*(?:\([^)]{1,40}\)\s*)?(?:-{1,2}|[–—])/;
// A comma or semicolon between a figure and a later date: the date belongs to another clause
// ("1,200 people have been killed in Israel, the vast majority on 7 October").
// An insertion closed before the date keeps the clause: "12 people, including four officers, on
// Wednesday" — so only an odd number of commas, a semicolon or colon, or a new reported clause
// ("and that …", CLAUSE_OPENERS) breaks it. A date
// introduced by "as of" states the count's day wherever it stands.
const COMMA = /,/g;
const HARD_BREAK = new RegExp(`[;:]|\\b(?:${CLAUSE_OPENERS.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const AS_OF = /\bas (?:of|at)\s*$/i;
// A date before the count with an "after" phrase still open between them: "the talks were due on
// 20 November, but after the murder of 10 union leaders the rebels stayed away" — the count
// belongs to the earlier event. A comma or "and" closes the phrase: "On Tuesday, after a night of
// shelling, 12 were killed" and "On Monday troops entered after 17 days of fighting and freed 61"
// keep Monday and Tuesday.
const EARLIER_EVENT = new RegExp(
  `\\b(?:${EARLIER_EVENT_OPENERS.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\b(?:(?!\\b(?:${EARLIER_EVENT_CLOSERS.join('|')})\\b)[^,;:])*$`,
  'i',
);

// A date in the relative clause of the event a toll is of: "the death toll from the earthquake
// *that struck the province on Friday* has risen to 41, the agency said on Monday" — Friday is the
// quake's day; the toll is as of the claim (Monday) or the publication (news-dev: Pledge Times on
// Morocco, "… the earthquake that shook the country yesterday evening, Friday, had risen to …";
// Sputnik via UrduPoint on Elazig and Xinhua via The Peninsula on Mindanao, "the death toll from
// a … earthquake that struck … Friday … rose to …, … said on Sunday").
const TOLL_EVENT_CLAUSE = /\btoll\b[^;:]*?\b(?:that|which)\b[^;:]*$/i;

// The day of the event a toll is of, written as its possessive: "the death toll in *Saturday's*
// bombing at the market has risen to 40" — Saturday is the bombing's day; the toll is as of the
// claim or the publication (Information Nigeria after ThisDay on Maiduguri, ETV Bharat on Jaipur).
const TOLL_BEFORE_EVENT_DAY = /\btoll\s+(?:in|from|of|for)\s+(?:the\s+|last\s+)?$/i;
const POSSESSIVE = /^['’]s\b/;

function eventDayOfToll(text: string, m: DateMention): boolean {
  return (
    POSSESSIVE.test(text.slice(m.span.end, m.span.end + 3)) &&
    TOLL_BEFORE_EVENT_DAY.test(text.slice(Math.max(0, m.span.start - 40), m.span.start))
  );
}

function sameClause(between: string): boolean {
  return !HARD_BREAK.test(between) && (between.match(COMMA)?.length ?? 0) % 2 === 0;
}

/**
 * Picks, among the resolved dates of the figure's sentence, the `asOf` date and the `since` date.
 * A date after the figure in the same clause ("killed on Tuesday", "as of Wednesday") comes
 * first; else the nearest one before it ("As of 16 November, 11,470 have been killed"); else the
 * day of the claim after it, past any comma ("12 were killed, the ministry said Wednesday"). Dates
 * of a dateline, dates after a clause break and dates before an open "after" phrase holding the
 * count are not the figure's.
 */
export function figureDates(text: string, dates: readonly DateMention[], at: Span, sentence: Span): FigureDates {
  let after: DateMention | null = null;
  let before: DateMention | null = null;
  let since: DateMention | null = null;
  let claim: DateMention | null = null;
  let period: DateMention | null = null;
  const dist = (m: DateMention) => (m.span.start >= at.end ? m.span.start - at.end : at.start - m.span.end);
  for (const m of dates) {
    if (m.span.start < sentence.start || m.span.end > sentence.end) continue;
    if (!m.date) {
      if (
        (m.kind === 'year' || m.kind === 'month') &&
        (!period || dist(m) < dist(period)) &&
        _inCountClause(text, m, at, sentence)
      )
        period = m;
      continue;
    }
    if (DATELINE_TAIL.test(text.slice(m.span.end, m.span.end + 48))) continue;
    const role = dateRole(text, m);
    if (role === 'since') {
      if (!since || dist(m) < dist(since)) since = m;
    } else if (role === 'asOf') {
      if (m.span.start >= at.end) {
        if (!claim && isClaimDate(text, m)) claim = m;
        const bound =
          sameClause(text.slice(at.end, m.span.start)) ||
          AS_OF.test(text.slice(Math.max(0, m.span.start - 8), m.span.start));
        if (bound && (!after || dist(m) < dist(after))) after = m;
      } else if (
        (!before || dist(m) < dist(before)) &&
        !EARLIER_EVENT.test(text.slice(m.span.end, at.start)) &&
        !TOLL_EVENT_CLAUSE.test(text.slice(sentence.start, m.span.start)) &&
        !eventDayOfToll(text, m)
      )
        before = m;
    }
  }
  const asOf = after ?? before ?? claim;
  return {
    asOf: asOf?.date ?? null,
    asOfSpan: asOf ? asOf.span : null,
    asOfRule: after ? AS_OF_DATE_AFTER : before ? AS_OF_DATE_BEFORE : claim ? AS_OF_CLAIM_DATE : null,
    since: since?.date ?? null,
    sinceRule: since ? SINCE_DATE : null,
    earlier: _daysEarlier(text, at, sentence),
    period: period ? _periodOf(period) : null,
  };
}

function _periodOf(m: DateMention): FigureDates['period'] {
  const p = _period(m);
  return p && { ...p, span: m.span, rule: AS_OF_PAST_PERIOD };
}

// Whether a month or year mention places the count's own clause: "in 1988" after the count in its
// clause ("killing a guerrilla in 1988"), or before it with no "after" phrase open between ("In
// March 2019, gunmen abducted 12").
function _inCountClause(text: string, m: DateMention, at: Span, sentence: Span): boolean {
  if (!IN_PERIOD.test(text.slice(Math.max(0, m.span.start - 16), m.span.start))) return false;
  // "Since the party was founded in 1985, 900 of its members have been murdered", "violence, which
  // was unleashed in 1980, has killed 15,000" (MUC-4 dev): the date's own clause is subordinate
  const lead = text.slice(sentence.start, m.span.start);
  const own = lead.slice(lead.lastIndexOf(',') + 1);
  if (DATE_IN_SUBORDINATE.test(own)) return false;
  return m.span.start >= at.end
    ? sameClause(text.slice(at.end, m.span.start)) &&
        !SUBORDINATE.test(text.slice(at.end, m.span.start)) &&
        !STARTED.test(text.slice(at.end, m.span.start))
    : OPENS_COUNT_CLAUSE.test(text.slice(m.span.end, at.start)) && !JOINS_CLAUSE.test(text.slice(m.span.end, at.start));
}
