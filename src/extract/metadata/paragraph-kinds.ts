import type { Sentence } from '../../model.js';

/**
 * The rule of each paragraph's first sentence (`sentences/heading`, `sentences/date-line`,
 * `sentences/paragraph-end`, …), indexed by paragraph: tells title, date and footer lines apart
 * without classifying lines a second time.
 */
export function paragraphKinds(sentences: readonly Sentence[], paragraphCount: number): string[] {
  const kinds: string[] = new Array<string>(paragraphCount).fill('sentences/paragraph-end');
  let last = -1;
  for (const s of sentences) {
    if (s.paragraph !== last) kinds[s.paragraph] = s.by;
    last = s.paragraph;
  }
  return kinds;
}

/** Paragraph kinds that are not running text: never a title, a dateline or a body paragraph. */
export const SPECIAL_KINDS: ReadonlySet<string> = new Set([
  'sentences/rule',
  'sentences/caption',
  'sentences/url',
  'sentences/byline',
  'sentences/date-line',
]);
