import type { Span } from '../../model.js';
import type { Token } from './token.js';

const EDGE_JUNK = /[^\p{L}\p{N})]/u;
const OPENING_MARK = /["“«‘]/;
const CLOSING_MARK = /["”»’]/;

/**
 * Narrows a span to its first and last letter or digit (a closing bracket may end it): drops
 * Markdown marks, quotes, commas and spaces at the edges ("# *Hamas " → "Hamas").
 */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && EDGE_JUNK.test(text[start]!)) start++;
  while (end > start && EDGE_JUNK.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Widens a span by one quotation mark on each side when marks enclose it (`“barbaric” strikes` keeps its opening mark). */
export function withQuoteMarks(text: string, span: Span): Span {
  const open = OPENING_MARK.test(text[span.start - 1] ?? '') ? span.start - 1 : span.start;
  const close = CLOSING_MARK.test(text[span.end] ?? '') ? span.end + 1 : span.end;
  return { start: open, end: close };
}

/**
 * The last item of a list, or undefined when it is empty. Never `items[-1]`: "-1" is no array
 * index, and one such read turns the site into a generic property look-up for every later call.
 */
export function lastOf<T>(items: readonly T[]): T | undefined {
  return items.length > 0 ? items[items.length - 1] : undefined;
}

/** The span from the first to the last token of a non-empty token list. */
export function tokensSpan(tokens: readonly Token[]): Span {
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
}

/**
 * Index of the last item whose `key` is at most `value`, in `items` sorted by that key (0 when
 * none is): a binary search, for sentences by paragraph and paragraphs by offset.
 */
export function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(items[mid]!) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
