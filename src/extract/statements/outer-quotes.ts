import type { Span } from '../../model.js';
import { findQuotes, type QuoteRange } from '../sentences/index.js';
import { OPENING_MARKS } from '../sentences/data/quote-marks.js';
import { isSpace } from '../numbers/tokenize.js';

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
   * before (`Khaled says: "The camp is burning.` / `"They are driving people out."`), the rule of
   * the sentences stage's `paragraphQuotes`.
   */
  continues: boolean;
}

const ARCHIVE_MARK_START: ReadonlySet<string> = new Set(["'", '`']);
// The attribution and statements stages both read the quotations of the same analysis.
const cache = new WeakMap<readonly Span[], { text: string; runs: QuoteRun[] }>();

/**
 * The outermost quotations of every paragraph, in text order. Nested quotes (‘…’ inside “…”)
 * belong to their outer quote and are not listed. Pairing of the marks is the sentences stage's
 * `findQuotes`, run once per paragraph; the result is kept per `paragraphs` array.
 * @example outerQuotes('He said: “We saw ‘fire’ there.”', [{start: 0, end: 31}])[0].span // "We saw ‘fire’ there."
 */
export function outerQuotes(text: string, paragraphs: readonly Span[]): QuoteRun[] {
  const hit = cache.get(paragraphs);
  if (hit && hit.text === text) return hit.runs;
  const out: QuoteRun[] = [];
  let prevOpen = false;
  paragraphs.forEach((p, paragraph) => {
    const opensWithMark = OPENING_MARKS.has(text[p.start]!);
    let outerEnd = -1;
    let leftOpen = false;
    for (const q of _pairedQuotes(text, p)) {
      if (q.close === null) leftOpen = true;
      if (q.open < outerEnd) continue;
      const close = q.close;
      outerEnd = close === null ? p.end : close + 1;
      // The archive marks ``…'' and ''…'' are two characters wide.
      const width = ARCHIVE_MARK_START.has(text[q.open]!) ? 2 : 1;
      let start = q.open + width;
      let end = close === null ? p.end : close + 1 - width;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      // "…,” he said": the comma before the closing mark joins the quote to its attribution.
      while (end > start && (isSpace(text.charCodeAt(end - 1)) || text[end - 1] === ',')) end--;
      if (end <= start) continue;
      out.push({ span: { start, end }, open: q.open, close, paragraph, continues: prevOpen && opensWithMark && q.open === p.start });
    }
    prevOpen = leftOpen;
  });
  cache.set(paragraphs, { text, runs: out });
  return out;
}

/**
 * The quotations of a paragraph. A paragraph of several lines whose marks leave a quotation open
 * is paired line by line instead, a mark left open inside a line dropped as stray: texts that end
 * each paragraph with a single line break are read as one paragraph, and one stray straight mark
 * would flip every pair after it (`… premise of the "Ferguson Effect.\n"This is a disease," Christie said.`).
 */
function _pairedQuotes(text: string, p: Span): QuoteRange[] {
  const whole = findQuotes(text, p);
  if (!whole.some((q) => q.close === null)) return whole;
  const nl = text.indexOf('\n', p.start);
  if (nl < 0 || nl >= p.end) return whole;
  const out: QuoteRange[] = [];
  for (let start = p.start; start < p.end;) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > p.end) end = p.end;
    // A mark left open inside a line is a stray one; only the last line's may run on to the next paragraph.
    for (const q of findQuotes(text, { start, end })) if (q.close !== null || end === p.end) out.push(q);
    start = end + 1;
  }
  return out;
}
