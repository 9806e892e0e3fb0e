import type { Token } from './token.js';

/**
 * Whether a word token opens with a capital ("Gaza", "Élysée", "UN"): its first character changes
 * when lower-cased. Punctuation never counts (the scan view's "’" lower-cases to "'"), nor do digits.
 */
export function isCapitalised(t: Token | undefined): boolean {
  return !!t && t.kind !== 'punct' && t.text.charCodeAt(0) !== t.lower.charCodeAt(0);
}

const TITLE_WORD = /^(?:\p{Lu}|\p{N})/u;
/** Words that stay lower case inside a title or name: "Swords of Iron", "Face the Nation". */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'a',
  'an',
  'and',
  'in',
  'on',
  'for',
  'to',
  'at',
  'al',
  'el',
  'or',
  'with',
  'by',
  'from',
]);

/** "The Lost Village", "Swords of Iron": every word capitalised except small ones (and at least one capitalised). */
export function isTitleWords(words: readonly string[]): boolean {
  return (
    words.some((w) => TITLE_WORD.test(w)) &&
    words.every((w) => TITLE_WORD.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()))
  );
}
