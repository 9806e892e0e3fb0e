import type { LineKind, Sentence } from '../../model.js';

/**
 * The kind of line of each paragraph's first sentence (`heading`, `date-line`, `text`, …), indexed
 * by paragraph: tells title, date and footer lines apart without classifying lines a second time.
 */
export function paragraphKinds(sentences: readonly Sentence[], paragraphCount: number): LineKind[] {
  const kinds: LineKind[] = new Array<LineKind>(paragraphCount).fill('text');
  let last = -1;
  for (const s of sentences) {
    if (s.paragraph !== last) kinds[s.paragraph] = s.line;
    last = s.paragraph;
  }
  return kinds;
}

/** Paragraph kinds that are not running text: never a title, a dateline or a body paragraph. */
export const SPECIAL_KINDS: ReadonlySet<LineKind> = new Set(['rule', 'caption', 'url', 'byline', 'date-line']);
