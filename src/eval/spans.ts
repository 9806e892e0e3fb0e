import type { Span } from '../model.js';

/**
 * Number of UTF-16 code units two half-open spans share; 0 when they only touch or are disjoint.
 * `[0, 10)` and `[5, 20)` share 5.
 */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Where `quote` first occurs in `text`, or null when it does not occur (or is empty).
 * Gold quotes are placed at their first occurrence, as test/corpus/GUIDELINES.md says.
 */
export function locate(text: string, quote: string): Span | null {
  if (!quote) return null;
  const start = text.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length };
}

/**
 * Words the two span sets share, for token-overlap metrics in the style of BBC citron: a word is a
 * run of letters or digits, so quotation marks and punctuation ("“We will,” he said" vs
 * "We will") neither add nor cost anything. Each word of `a` counts once, however many spans of
 * `b` cover it.
 */
export function sharedWords(text: string, a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const s of a) {
    for (const w of _words(text, s)) if (b.some((t) => t.start <= w.start && w.end <= t.end)) n++;
  }
  return n;
}

/** Number of words (runs of letters or digits) inside the spans; overlapping spans count once each. */
export function wordCount(text: string, spans: readonly Span[]): number {
  let n = 0;
  for (const s of spans) n += _words(text, s).length;
  return n;
}

const WORD = /[\p{L}\p{N}]+/gu;

function _words(text: string, s: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(s.start, s.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice))
    out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  return out;
}
