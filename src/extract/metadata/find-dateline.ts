import type { Span } from '../../model.js';
import { MONTH_WORDS } from '../dates/data/calendar-words.js';
import { SPECIAL_KINDS } from './paragraph-kinds.js';

/** A dateline opening the story: "GAZA CITY, Oct 31 (Reuters) -", "KYIV, Ukraine (AP) —". */
export interface Dateline {
  /** The place as printed ("GAZA CITY", "Gaza City", "KYIV"); a region after it is left out. */
  place: string;
  placeSpan: Span;
  /** The whole dateline, dash included. */
  span: Span;
  /** The date part ("Oct 31", "November 10, 2023"), when there is one. */
  dateSpan: Span | null;
  /** The agency code in brackets as printed ("Reuters", "AP", "RHC"), when there is one. */
  agency: string | null;
}

const MONTH = `(?:${MONTH_WORDS.join('|')})`;
const WORD = `[\\p{Lu}][\\p{L}'’.\\-]*`;
const NAME = `${WORD}(?:[ ](?:${WORD}|al-[\\p{L}\\-]+|el-[\\p{L}\\-]+|de|of))*`;
// place, optional region (not a month), optional date, optional (AGENCY), then a dash.
const DATELINE = new RegExp(
  `^(${NAME})` +
    `(?:,[ ](?!${MONTH}\\b)${NAME})?` +
    `(?:,?[ ]((?:${MONTH}\\.?[ ]\\d{1,2}(?:,?[ ]\\d{4})?|\\d{1,2}[ ]${MONTH}(?:[ ]\\d{4})?)))?` +
    `(?:[ ]?\\(([^()\\n]{1,40})\\))?` +
    `[ \\t]*(?:--|—|–|-)(?=[ \\t]*\\S)`,
  'u',
);
const UPPER_ONLY = /^[^\p{Ll}]+$/u;
/** How many running-text paragraphs from the top may open with the dateline. */
const DATELINE_WINDOW = 3;

/**
 * Finds the dateline at the start of one of the first body paragraphs. A place followed by a dash
 * counts only with a date or an agency code, or when the place is in capitals ("KYIV —"), so
 * that "Israel - which …" is not a dateline.
 */
export function findDateline(text: string, paragraphs: readonly Span[], kinds: readonly string[]): Dateline | null {
  let seen = 0;
  for (let i = 0; i < paragraphs.length && seen < DATELINE_WINDOW; i++) {
    if (SPECIAL_KINDS.has(kinds[i]!) || kinds[i] === 'sentences/heading') continue;
    seen++;
    const p = paragraphs[i]!;
    const m = DATELINE.exec(text.slice(p.start, Math.min(p.end, p.start + 160)));
    if (!m) continue;
    const [whole, place, date, agency] = m;
    if (!date && !agency && !UPPER_ONLY.test(place!)) continue;
    const dateAt = date ? whole.indexOf(date, place!.length) : -1;
    return {
      place: place!,
      placeSpan: { start: p.start, end: p.start + place!.length },
      span: { start: p.start, end: p.start + whole.length },
      dateSpan: date ? { start: p.start + dateAt, end: p.start + dateAt + date.length } : null,
      agency: agency?.trim() ?? null,
    };
  }
  return null;
}
