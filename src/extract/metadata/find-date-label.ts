import { DATE_LINE_LABELS } from '../lexicon/index.js';
import type { Span } from '../../model.js';
import { alternation } from '../text/index.js';

/** A date label opening the text with the story running on after it on the same line. */
export interface DateLabel {
  /** The label and its date ("date 2023-10-12", "Published: 2023-10-12 14:02 GMT"). */
  span: Span;
  /** Where the story starts after it (the dateline or the headline). */
  storyStart: number;
}

// "date 2023-10-12 HERAT: …", " Published: 2023-10-12 14:02 GMT Kestrel council says …": a label,
// an ISO date, an optional time, then on the same line a word or a quotation mark. A page saved
// with its date written before the story has the label at the very start of the text.
const DATE_LABEL = new RegExp(
  `^[ \\t\\n]*((?:${alternation(DATE_LINE_LABELS)}):?[ \\t]+\\d{4}-\\d{2}-\\d{2}` +
    `(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?(?:[ ]?(?:GMT|UTC|Z))?)?)[ \\t]+(?=[\\p{L}"“‘'])`,
  'iu',
);

/**
 * The date label opening the text when the story runs on after it on the same line ("date
 * 2023-10-12 HERAT: More than …", "date 2018-05-12 Ferry sinks off the cape, 19 missing"): the
 * label is a date line, and what follows it is read as the first line of the story. Null when the
 * text does not open so, or the label stands on a line of its own (a date line as any other).
 */
export function findDateLabel(text: string): DateLabel | null {
  const m = DATE_LABEL.exec(text.slice(0, 80));
  if (!m) return null;
  const start = m[0].length - m[0].trimStart().length;
  return { span: { start, end: start + m[1]!.length }, storyStart: m[0].length };
}
