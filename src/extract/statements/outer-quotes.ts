import type { Span } from '../../model.js';
import { findQuotes, paragraphQuotes } from '../sentences/index.js';

/** One outermost quotation of a paragraph: the words between its marks. */
export interface QuoteRun {
  /**
   * The quoted words without the marks, trimmed of inner spaces (« words » → "words") and of a
   * comma before the closing mark ("“We will stay,” she said" → "We will stay").
   */
  span: Span;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the paragraph ends with the quote still open. */
  close: number | null;
  /** Index of the paragraph holding it. */
  paragraph: number;
  /** True when the paragraph continues a quotation left open by the paragraph before it. */
  continues: boolean;
}

const SPACE = /\s/;

/**
 * The outermost quotations of every paragraph, in text order. Nested quotes (‘…’ inside “…”)
 * belong to their outer quote and are not listed. Pairing of the marks is the sentences stage's
 * `findQuotes`; this adds the inner span and whether the paragraph continues an open quotation.
 * @example outerQuotes('He said: “We saw ‘fire’ there.”', [{start: 0, end: 31}])[0].span // "We saw ‘fire’ there."
 */
export function outerQuotes(text: string, paragraphs: readonly Span[]): QuoteRun[] {
  const states = paragraphQuotes(text, paragraphs);
  const out: QuoteRun[] = [];
  paragraphs.forEach((p, paragraph) => {
    let outerEnd = -1;
    for (const q of findQuotes(text, p)) {
      if (q.open < outerEnd) continue;
      const close = q.close;
      outerEnd = close === null ? p.end : close + 1;
      let start = q.open + 1;
      let end = close === null ? p.end : close;
      while (start < end && SPACE.test(text[start]!)) start++;
      // "…,” he said": the comma before the closing mark joins the quote to its attribution.
      while (end > start && (SPACE.test(text[end - 1]!) || text[end - 1] === ',')) end--;
      if (end <= start) continue;
      out.push({ span: { start, end }, open: q.open, close, paragraph, continues: states[paragraph]!.continues && q.open === p.start });
    }
  });
  return out;
}
