/** Building regular expressions from word lists: one escape, so a list word is always matched literally. */

/** `s` with every character a regular expression gives a meaning to escaped: "U.S." → "U\.S\.". */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation matching any of `words` literally, in the order given: `alternation(['by ', 'reporting by '])`. */
export function alternation(words: Iterable<string>): string {
  return [...words].map(escapeRegExp).join('|');
}

/**
 * An alternation matching any of `words` literally, longest first so that "the death toll" wins
 * over "the toll": `wordAlternation(['a b', 'a'])` → `a b|a`.
 */
export function wordAlternation(words: Iterable<string>): string {
  return alternation([...words].sort((a, b) => b.length - a.length));
}
