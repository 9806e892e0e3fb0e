import { UPDATE_LABELS } from '../lexicon/index.js';
import { calendarDay } from '../../calendar.js';
import type { DateMention, IsoDate, Message, Sentence, Span } from '../../model.js';
import { findDates } from '../dates/index.js';
import type { Dateline } from './find-dateline.js';
import { METADATA_RULES } from './rules.js';

/** The publication date the text itself gives, or what it gives without a year. */
export interface TextDate {
  published: IsoDate | null;
  /** Rule that found `published`: `metadata/date-line` or `metadata/dateline-date`. */
  by: string | null;
  /** A date written without a year ("October 31"), when no full date was found. */
  partial: string | null;
  partialSpan: Span | null;
  messages: Message[];
}

const UPDATE = new RegExp(`^\\W*(?:${UPDATE_LABELS.join('|')})\\b`, 'i');
/** Date lines are looked for in this many paragraphs from the top and from the bottom. */
const HEAD_WINDOW = 10;
const TAIL_WINDOW = 4;
// "12.06.2023, 10:15": a date with dots is written day first wherever dots are used.
const DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/;
const YEAR = /\b(?:19|20)\d{2}\b/g;

/**
 * Reads the publication date from the text: a date line ("Friday 10 November 2023",
 * "Published: 2023-11-10 14:02 GMT", "Nov. 10, 2023 (AP)") near the top or the bottom, a
 * publication line preferred to an "Updated …" line; else the dateline's date when it has a
 * year. A masthead line counts as a date line ("The Daily Ledger, Abuja — Monday, March 11,
 * 2024", "Outlet | News | 12.06.2023, 10:15", dotted dates read day first). Never invents a
 * year: "October 31" alone becomes `partial`, with a warning, unless one year, and only one, is
 * printed in the document's date lines ("Oct 25" and a date line "Updated 16:10, 2023"); relative
 * words ("this month", "earlier this year") never date the page. A slashed date that reads both
 * ways ("10/11/2023") is not used, with a note.
 */
export function findPublished(
  text: string,
  sentences: readonly Sentence[],
  paragraphCount: number,
  dateline: Dateline | null,
  mastheadDateLines: readonly Span[],
): TextDate {
  const messages: Message[] = [];
  const lines: { span: Span }[] = sentences.filter(
    (s) =>
      (s.line === 'date-line' || s.line === 'byline') &&
      (s.paragraph < HEAD_WINDOW || s.paragraph >= paragraphCount - TAIL_WINDOW),
  );
  for (const span of mastheadDateLines)
    if (!lines.some((s) => s.span.start <= span.start && s.span.end >= span.end)) lines.push({ span });
  lines.sort((a, b) => a.span.start - b.span.start);
  let best: { m: DateMention; rank: number } | null = null;
  let partial: DateMention | null = null;
  // One pass of the date finder over all the lines: each call has a fixed cost.
  for (const m of findDates(text, lines, null)) {
    const s = lines.find((l) => l.span.start <= m.span.start && m.span.start < l.span.end)!;
    const rank = UPDATE.test(text.slice(s.span.start, s.span.end)) ? 1 : 0;
    if (m.kind === 'ambiguous-numeric') {
      messages.push({
        rule: METADATA_RULES.ambiguousDateLine,
        level: 'info',
        reason: `"${m.text}" reads as day/month and as month/day; not used as the publication date`,
        span: m.span,
      });
    } else if (m.date && (!best || rank < best.rank)) best = { m, rank };
    else if (!m.date && !partial && m.kind === 'calendar') partial = m;
  }
  if (best) return { published: best.m.date, by: METADATA_RULES.dateLine, partial: null, partialSpan: null, messages };
  for (const s of lines) {
    const dotted = _dottedDate(text.slice(s.span.start, s.span.end));
    if (dotted)
      return { published: dotted, by: METADATA_RULES.dottedDateLine, partial: null, partialSpan: null, messages };
  }
  if (dateline?.dateSpan) {
    const [m] = findDates(text, [{ span: dateline.dateSpan }], null);
    if (m?.date)
      return { published: m.date, by: METADATA_RULES.datelineDate, partial: null, partialSpan: null, messages };
    if (m && !partial) partial = m;
  }
  const year = partial ? _onlyYear(text, lines) : null;
  if (partial && year) {
    const withYear = `${partial.text} ${year}`;
    const [m] = findDates(withYear, [{ span: { start: 0, end: withYear.length } }], null);
    if (m?.date)
      return { published: m.date, by: METADATA_RULES.yearOfDateLine, partial: null, partialSpan: null, messages };
  }
  return { published: null, by: null, partial: partial?.text ?? null, partialSpan: partial?.span ?? null, messages };
}

// "12.06.2023" → "2023-06-12"; null when there is none or it is no calendar day.
function _dottedDate(line: string): IsoDate | null {
  const m = DOTTED_DATE.exec(line);
  if (!m) return null;
  return calendarDay(Number(m[3]), Number(m[2]), Number(m[1]));
}

// The one year printed in the date lines, or null when there is none or more than one.
function _onlyYear(text: string, lines: readonly { span: Span }[]): string | null {
  let found: string | null = null;
  for (const s of lines) {
    for (const [y] of text.slice(s.span.start, s.span.end).matchAll(YEAR)) {
      if (found && found !== y) return null;
      found = y;
    }
  }
  return found;
}
