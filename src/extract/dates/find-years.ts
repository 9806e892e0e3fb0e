import type { DateMention, Span } from '../../model.js';
import { DATE_RULES } from './rules.js';

// "in 1948", "since 2014", "before 2022": a year after a preposition. Years alone are too easily
// counts ("1948 people"), so the preposition is required; a following digit or separator means a
// bigger number ("in 1948,000" never occurs, "in 2023-11" is a date chrono handles).
const PREPOSITIONS = 'in|since|until|by|before|after|from|during|of|between|and|to';
const YEAR_AT = new RegExp(
  String.raw`(?<=\b(?:${PREPOSITIONS})\s+)(?:1[6-9]|20)\d{2}(?![\d,.\-/]\d)(?!\s*(?:people|persons|residents|civilians|soldiers)\b)`,
  'iy',
);
// Four digits that may be a year: found first, then YEAR_AT checks the preposition before them.
// Led by the preposition, the search would stop at every "in", "of" and "to" of the text.
const YEAR_DIGITS = /(?:1[6-9]|20)\d{2}/g;

/**
 * Finds years written on their own after a preposition ("in 1948") inside `sentences`: mentions
 * with `date: null` (a year is not a day) and `yearStated: true`, rule `dates/year`. Mentions
 * overlapping `taken` (spans already found by chrono: disjoint, in text order) are skipped.
 */
export function findYears(text: string, sentences: readonly { span: Span }[], taken: readonly Span[]): DateMention[] {
  const out: DateMention[] = [];
  // Years are found in text order, so the taken spans that end before one never matter again:
  // one pass over `taken` for the whole text, not one per year.
  const next = { index: 0 };
  for (const s of sentences) _scan(text, s.span, taken, next, out);
  return out;
}

function _scan(text: string, within: Span, taken: readonly Span[], next: { index: number }, out: DateMention[]): void {
  const body = text.slice(within.start, within.end);
  YEAR_DIGITS.lastIndex = 0;
  for (let m = YEAR_DIGITS.exec(body); m; m = YEAR_DIGITS.exec(body)) {
    YEAR_AT.lastIndex = m.index;
    if (!YEAR_AT.test(body)) continue;
    const start = within.start + m.index;
    const span = { start, end: start + 4 };
    while (next.index < taken.length && taken[next.index]!.end <= span.start) next.index++;
    if (next.index < taken.length && taken[next.index]!.start < span.end) continue;
    out.push({ span, date: null, yearStated: true, text: m[0], kind: 'year', by: DATE_RULES.year });
  }
}
