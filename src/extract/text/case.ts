import type { Token } from './token.js';

/**
 * Whether a word token opens with a capital ("Gaza", "Élysée", "UN"): its first character changes
 * when lower-cased. Punctuation never counts (the scan view's "’" lower-cases to "'"), nor do digits.
 */
export function isCapitalised(t: Token | undefined): boolean {
  return !!t && t.kind !== 'punct' && t.text.charCodeAt(0) !== t.lower.charCodeAt(0);
}
