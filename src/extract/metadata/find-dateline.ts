import { MONTH_WORDS, PLACE_PARTICLES } from '../lexicon/index.js';
import type { LineKind, Span } from '../../model.js';
import { agencyCode } from './find-agency-credit.js';
import { SPECIAL_KINDS } from './paragraph-kinds.js';

/** A dateline opening the story: "GAZA CITY, Oct 31 (Reuters) -", "KYIV, Ukraine (AP) —". */
export interface Dateline {
  /**
   * The place name: as printed when in mixed case ("Gaza City"), title-cased when printed in
   * capitals ("GAZA CITY" → "Gaza City", "DEIR AL-BALAH" → "Deir al-Balah"), as annotators and
   * readers write it; a region after it is left out.
   */
  place: string;
  placeSpan: Span;
  /** The whole dateline, dash included. */
  span: Span;
  /** The date part ("Oct 31", "November 10, 2023"), when there is one. */
  dateSpan: Span | null;
  /** The agency code in brackets as printed ("Reuters", "AP", "RHC"), when there is one. */
  agency: string | null;
}

// Months as printed, in capitals too ("12 JAN 90" in wire copy of the 1980s and 1990s).
const MONTH = `(?:${[...MONTH_WORDS, ...MONTH_WORDS.map((w) => w.toUpperCase())].join('|')})`;
const WORD = `[\\p{Lu}][\\p{L}'’.\\-]*`;
const NAME = `${WORD}(?:[ ](?:${WORD}|al-[\\p{L}\\-]+|el-[\\p{L}\\-]+|de|of))*`;
// place (or "GENEVA / PORT-AU-PRINCE"), optional country in brackets before a comma ("EL PARAISO
// (EL SALVADOR), 19 MAR 89"; the comma keeps "KYIV (AP) —" an agency), optional region (not a
// month), optional date, bare or in brackets ("(5 April 2024)"), optional agency "(AP)" or
// "/RIB/", then a dash, or a colon after a place in capitals ("IMPHAL:") or a date ("Kargil, Jun
// 3 :", a space before it allowed); "BELGOROD, December 31. /RIB/." needs no dash after the agency.
const DATE = `(?:${MONTH}\\.?[ ]\\d{1,2}(?:,?[ ]\\d{4})?|\\d{1,2}[ ]${MONTH}(?:[ ](?:\\d{4}|\\d{2}\\b))?)`;
// A region may be a country written with "the" ("DAVAO CITY, the Philippines, Jan. 22 (Xinhua)
// --"), and the bracketed one a state and its country ("YOLA (Adamawa, Nigeria), Nov 4 (NNN) —"):
// seen in Xinhua and NNN wire copy reprinted by two sites; the examples here are invented.
const DATELINE = new RegExp(
  `^(${NAME})(?:[ ]/[ ]${NAME})*(?:[ ]\\(${NAME}(?:,[ ]${NAME})?\\)(?=,))?` +
    `(?:,[ ](?!${MONTH}\\b)(?:the[ ])?${NAME})?` +
    `(?:,?[ ](${DATE})|[ ]\\((${DATE})\\))?` +
    `(?:\\.?[ ]?(?:\\(([^()\\n]{1,40})\\)|/([^/\\n]{1,20})/)\\.?)?` +
    `(?:[ \\t]*(--|—|–|-)|[ \\t]?(:)|(?<=/\\.?))(?=[ \\t]*\\S)`,
  'u',
);
/** Longest line, in UTF-16 code units, read as a masthead rather than a story's first paragraph. */
const MASTHEAD_MAX = 140;
const SENTENCE_END = /[.!?]["”’)]?\s*$/;
const UPPER_ONLY = /^[^\p{Ll}]+$/u;
/** How many running-text paragraphs from the top may open with the dateline. */
const DATELINE_WINDOW = 3;
/** How many lines of a paragraph may open with the dateline (the others are head lines above it). */
const HEAD_LINES = 3;

/**
 * Finds the dateline at the start of one of the first body paragraphs, or of a line of one after
 * its head lines: "Afghan official: attack kills 5 police\nKABUL, Afghanistan (AP) — …", "1 min
 * read\nTEHRAN (FNA)- …" (a headline or page chrome above the dateline with no blank line
 * between, seen in wire copy reprinted by several outlets). A place followed by a dash counts only
 * with a date or an agency code, or when the place is in capitals ("KYIV —"), so that "Israel -
 * which …" is not a dateline.
 */
export function findDateline(text: string, paragraphs: readonly Span[], kinds: readonly LineKind[]): Dateline | null {
  let seen = 0;
  for (let i = 0; i < paragraphs.length && seen < DATELINE_WINDOW; i++) {
    if (SPECIAL_KINDS.has(kinds[i]!) || kinds[i] === 'heading') continue;
    seen++;
    const p = paragraphs[i]!;
    // "The Daily Ledger, Abuja — Monday, March 11, 2024": a short line without a full stop is a
    // masthead, not a story opening with its dateline.
    if (p.end - p.start <= MASTHEAD_MAX && !SENTENCE_END.test(text.slice(p.start, p.end))) continue;
    for (let at = p.start, line = 0; at < p.end && line < HEAD_LINES; line++) {
      const found = _datelineAt(text, at, p.end);
      if (found) return found;
      // The next line, when this one is a head line: short, no full stop, not prose wrapped on.
      const nl = text.indexOf('\n', at);
      if (nl < 0 || nl >= p.end || nl - at > MASTHEAD_MAX || SENTENCE_END.test(text.slice(at, nl))) break;
      at = nl + 1;
      while (at < p.end && (text[at] === ' ' || text[at] === '\t')) at++;
      if (!/^\p{Lu}/u.test(text.slice(at, at + 1))) break;
    }
  }
  return null;
}

// The dateline opening the text at `start` (a paragraph or line start), or null.
function _datelineAt(text: string, start: number, end: number): Dateline | null {
  const m = DATELINE.exec(text.slice(start, Math.min(end, start + 160)));
  if (!m) return null;
  const [whole, place, bareDate, bracketDate, bracketAgency, slashAgency, dash, colon] = m;
  const date = bareDate ?? bracketDate;
  const agency = bracketAgency ?? slashAgency;
  // "AFP , Wednesday 16 Oct 2013": an agency's credit with its date, not a place.
  if (agencyCode(place)) return null;
  const caps = UPPER_ONLY.test(place!);
  // "Khartoum — The Rapid Support Forces …": a capitalised place alone needs a long dash and a
  // capital after it; "Israel - which …" and "Hamas: the group …" are not datelines.
  if (
    !date &&
    !agency &&
    !caps &&
    !(dash && dash !== '-' && /^[ \t]*\p{Lu}/u.test(text.slice(start + whole.length, start + whole.length + 3)))
  )
    return null;
  // "Kargil, Jun 3 :", "Leh, July 19:": a place in mixed case before a colon needs a date
  // (two Kashmiri papers, read by hand); "Graham: Trump's rhetoric …" is a headline.
  if (colon && !caps && !date) return null;
  const dateAt = date ? whole.indexOf(date, place!.length) : -1;
  return {
    place: _placeName(place!),
    placeSpan: { start, end: start + place!.length },
    span: { start, end: start + whole.length },
    dateSpan: date ? { start: start + dateAt, end: start + dateAt + date.length } : null,
    agency: agency?.trim() ?? null,
  };
}

// "NAY PYI TAW" → "Nay Pyi Taw", "DEIR AL-BALAH" → "Deir al-Balah"; mixed case stays as printed.
function _placeName(printed: string): string {
  if (!UPPER_ONLY.test(printed)) return printed;
  return printed
    .toLowerCase()
    .replace(/\p{L}+/gu, (w, at: number) => (at > 0 && PLACE_PARTICLES.has(w) ? w : w[0]!.toUpperCase() + w.slice(1)));
}
