import type { Span } from '../../model.js';

/** A word, a digit run or one punctuation character, with its place in the document text. */
export interface Token {
  /** Offset of the first character in the document text (UTF-16). */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The token as written. */
  text: string;
  /** `text` in lower case, with the curly apostrophe straightened ("Gaza’s" → "gaza's"). */
  lower: string;
  /** What the token is made of. */
  kind: 'digits' | 'word' | 'punct';
}

// Digit runs keep their separators so "10,569" and "10.5" stay one token; words keep inner
// apostrophes and nothing else, so "thirty-three" is three tokens (the scanner joins them).
const LETTER = /[A-Za-z\u00C0-\u024F]/;
const CURLY = /’/g;
const TOKEN = /\d+(?:[.,]\d+)*|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|\S/g;

/** Splits `text[span.start, span.end)` into tokens whose offsets point into `text`. */
export function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const body = text.slice(span.start, span.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind = c >= 48 && c <= 57 ? 'digits' : t.length > 1 || LETTER.test(t) ? 'word' : 'punct';
    const start = span.start + m.index;
    const lower = kind === 'word' ? t.toLowerCase() : t;
    out.push({ start, end: start + t.length, text: t, lower: lower.includes('’') ? lower.replace(CURLY, "'") : lower, kind });
  }
  return out;
}

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
export function matchPhraseEndingAt<V>(tokens: readonly Token[], i: number, index: PhraseIndex<V>, maxWords = 4): PhraseMatch<V> | null {
  for (let len = Math.min(maxWords, i + 1); len >= 1; len--) {
    const m = matchPhrase(tokens, i - len + 1, index);
    if (m && m.length === len) return m;
  }
  return null;
}
