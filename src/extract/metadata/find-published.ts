import type { DateMention, IsoDate, Message, Sentence, Span } from '../../model.js';
import { findDates } from '../dates/index.js';
import { UPDATE_LABELS } from './data/date-line-labels.js';
import type { Dateline } from './find-dateline.js';

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
const CANDIDATE_KINDS = new Set(['sentences/date-line', 'sentences/byline']);
/** Masthead lines ("New Delhi Tribune | Imphal | July 19, 2023") are looked for this near the top. */
const MASTHEAD_WINDOW = 6;
const MASTHEAD_MAX = 140;
const SENTENCE_END = /[.!?]["”’)]?$/;

/**
 * Reads the publication date from the text: a date line ("Friday 10 November 2023",
 * "Published: 2023-11-10 14:02 GMT", "Nov. 10, 2023 (AP)") near the top or the bottom, a
 * publication line preferred to an "Updated …" line; else the dateline's date when it has a
 * year. A masthead line near the top counts as a date line ("The Daily Ledger, Abuja — Monday,
 * March 11, 2024", "Outlet | Place | 30 January 2024"). Never invents a year: "October 31" alone becomes `partial`, with a warning. A slashed
 * date that reads both ways ("10/11/2023") is not used, with a note.
 */
export function findPublished(text: string, sentences: readonly Sentence[], paragraphCount: number, dateline: Dateline | null): TextDate {
  const messages: Message[] = [];
  const lines = sentences.filter(
    (s) =>
      (CANDIDATE_KINDS.has(s.by) && (s.paragraph < HEAD_WINDOW || s.paragraph >= paragraphCount - TAIL_WINDOW)) ||
      (s.paragraph < MASTHEAD_WINDOW && _isMasthead(text, s)),
  );
  let best: { m: DateMention; rank: number } | null = null;
  let partial: DateMention | null = null;
  for (const s of lines) {
    const rank = UPDATE.test(text.slice(s.span.start, s.span.end)) ? 1 : 0;
    for (const m of findDates(text, [s], null)) {
      if (m.by === 'dates/ambiguous-numeric') {
        messages.push({ rule: 'metadata/ambiguous-date-line', level: 'info', reason: `"${m.text}" reads as day/month and as month/day; not used as the publication date`, span: m.span });
      } else if (m.date && (!best || rank < best.rank)) best = { m, rank };
      else if (!m.date && !partial && m.by === 'dates/calendar') partial = m;
    }
  }
  if (best) return { published: best.m.date, by: 'metadata/date-line', partial: null, partialSpan: null, messages };
  if (dateline?.dateSpan) {
    const [m] = findDates(text, [{ span: dateline.dateSpan, paragraph: 0, by: 'metadata/dateline' }], null);
    if (m?.date) return { published: m.date, by: 'metadata/dateline-date', partial: null, partialSpan: null, messages };
    if (m && !partial) partial = m;
  }
  return { published: null, by: null, partial: partial?.text ?? null, partialSpan: partial?.span ?? null, messages };
}

// A whole paragraph on one short line that does not end like a sentence.
function _isMasthead(text: string, s: Sentence): boolean {
  if (s.by !== 'sentences/paragraph-end' || s.span.end - s.span.start > MASTHEAD_MAX) return false;
  const line = text.slice(s.span.start, s.span.end);
  return !line.includes('\n') && !SENTENCE_END.test(line);
}
