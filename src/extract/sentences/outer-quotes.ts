import type { Span } from '../../model.js';
import { isSpace, OPENING_MARKS } from '../text/index.js';
import { findQuotes, type QuoteRange } from './find-quotes.js';

/** One outermost quotation of a paragraph: the words between its marks. */
export interface QuoteRun {
  /**
   * The quoted words without the marks, trimmed of inner spaces (« words » → "words") and of a
   * comma before the closing mark ("“We will stay,” she said" → "We will stay").
   */
  span: Span;
  /** Offset of the opening mark (its first character for `` and ''). */
  open: number;
  /** Offset of the closing mark (its last character for ''), or null when the paragraph ends with the quote still open. */
  close: number | null;
  /** Index of the paragraph holding it. */
  paragraph: number;
  /**
   * True when this quotation opens its paragraph and continues one left open by the paragraph
   * before: news style runs a long quote over paragraphs by opening each with a quote mark and
   * closing only the last (`Khaled says: "The camp is burning.` / `"They are driving people out."`).
   */
  continues: boolean;
}

/**
 * The outermost quotations of every paragraph, in text order. Nested quotes (‘…’ inside “…”)
 * belong to their outer quote and are not listed. Pairing of the marks is `findQuotes`, run once
 * per paragraph (`quotesOf`, when the caller has them already); the sentences stage finds them once
 * for the sentence splitter and the attribution and statements stages.
 * @example outerQuotes('He said: “We saw ‘fire’ there.”', [{start: 0, end: 31}])[0].span // "We saw ‘fire’ there."
 */
export function outerQuotes(
  text: string,
  paragraphs: readonly Span[],
  quotesOf?: readonly (readonly QuoteRange[])[],
): QuoteRun[] {
  const out: QuoteRun[] = [];
  let prevOpen = false;
  paragraphs.forEach((p, paragraph) => {
    const opensWithMark = OPENING_MARKS.has(text[p.start]!);
    let outerEnd = -1;
    let leftOpen = false;
    for (const q of quotesOf?.[paragraph] ?? findQuotes(text, p)) {
      if (q.close === null) leftOpen = true;
      if (q.open < outerEnd) continue;
      const close = q.close;
      outerEnd = close === null ? p.end : close + 1;
      // The archive marks ``…'' and ''…'' and a closing ’’ are two characters wide.
      let start = q.open + q.openWidth;
      let end = close === null ? p.end : close + 1 - q.closeWidth;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      // "…,” he said": the comma before the closing mark joins the quote to its attribution.
      while (end > start && (isSpace(text.charCodeAt(end - 1)) || text[end - 1] === ',')) end--;
      if (end <= start) continue;
      out.push({
        span: { start, end },
        open: q.open,
        close,
        paragraph,
        continues: prevOpen && opensWithMark && q.open === p.start,
      });
    }
    prevOpen = leftOpen;
  });
  return out;
}
