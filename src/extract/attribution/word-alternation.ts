/**
 * A regular-expression alternation matching any of `words` literally, longest first so that
 * "the death toll" wins over "the toll": `wordAlternation(['a b', 'a'])` → `a b|a`.
 */
export function wordAlternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
