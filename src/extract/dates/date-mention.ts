import type { DateKind, DateMention, IsoDate, Span } from '../../model.js';
import { MONTH_ABBREVIATIONS, MONTH_WORDS } from '../lexicon/index.js';
import { alternation } from '../text/index.js';
import { DATE_RULES } from './rules.js';

// chrono includes a preposition or article it read ("on Monday", "the 7th") and trailing commas.
const LEADING_WORDS = /^(?:(?:on|at|in|the|of|by|since|from|during)\s+)+/i;
const TRAILING = /[\s,;:]+$/;
const TRAILING_STOP = new RegExp(`(?<!\\b(?:${alternation(MONTH_ABBREVIATIONS)}))\\.$`);
const MONTH_HEAD = new RegExp(`^(?:${alternation(MONTH_WORDS)})\\b\\.?(?:,?\\s+\\d{4}\\b)?`);
const FOUR_DIGITS = /\d{4}/;

/**
 * "on Monday," → "Monday": the text of a date chrono read without the preposition or article it
 * took in, trailing commas and a full stop that ends no month abbreviation; `lead` is how much was
 * cut at the start. Empty when nothing is left.
 */
export function trimDate(text: string): { lead: number; text: string } {
  const lead = LEADING_WORDS.exec(text)?.[0].length ?? 0;
  return { lead, text: text.slice(lead).replace(TRAILING, '').replace(TRAILING_STOP, '') };
}

/** A date mention of `kind`, by the kind's rule. */
export function dateMention(
  span: Span,
  text: string,
  date: IsoDate | null,
  yearStated: boolean,
  kind: DateKind,
): DateMention {
  return { span, date, yearStated, text, kind, by: DATE_RULES[kind] };
}

/**
 * The mention of a month without a day whose trimmed text `text` starts at `start`: the month
 * written capitalised at its head, with the year written after it ("March", "Nov. 2023"), or null
 * ("march" in lower case, or a time merged in front).
 */
export function monthMention(start: number, text: string): DateMention | null {
  const head = MONTH_HEAD.exec(text);
  if (!head) return null;
  return dateMention({ start, end: start + head[0].length }, head[0], null, FOUR_DIGITS.test(head[0]), 'month');
}
