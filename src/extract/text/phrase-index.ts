import type { Token } from './token.js';

/**
 * Multi-word phrases indexed by their first word, for matching at a token position without
 * scanning the whole list. Build once at module load.
 */
export interface PhraseIndex<V> {
  byFirst: Map<string, Array<{ words: string[]; value: V }>>;
}

/** Builds a {@link PhraseIndex}; within one first word, longer phrases are tried first. */
export function phraseIndex<V>(entries: Iterable<readonly [string, V]>): PhraseIndex<V> {
  const byFirst = new Map<string, Array<{ words: string[]; value: V }>>();
  for (const [phrase, value] of entries) {
    const words = phrase.toLowerCase().split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** A phrase found at a token position: its value and how many tokens it covers. */
export interface PhraseMatch<V> {
  value: V;
  length: number;
}

/** The longest phrase of `index` starting at token `i`, or null. Compares lower-case tokens. */
export function matchPhrase<V>(tokens: readonly Token[], i: number, index: PhraseIndex<V>): PhraseMatch<V> | null {
  const first = tokens[i];
  if (!first) return null;
  const list = index.byFirst.get(first.lower);
  if (!list) return null;
  for (const { words, value } of list) {
    let k = 1;
    while (k < words.length && tokens[i + k]?.lower === words[k]) k++;
    if (k === words.length) return { value, length: k };
  }
  return null;
}

/** The longest phrase of `index` that ends at token `i` (inclusive), or null. */
export function matchPhraseEndingAt<V>(
  tokens: readonly Token[],
  i: number,
  index: PhraseIndex<V>,
  maxWords = 4,
): PhraseMatch<V> | null {
  for (let len = Math.min(maxWords, i + 1); len >= 1; len--) {
    const m = matchPhrase(tokens, i - len + 1, index);
    if (m && m.length === len) return m;
  }
  return null;
}
