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

// The tokens, by their first character: a digit run keeps its separators so "10,569" and "10.5"
// stay one token (`\d+(?:[.,]\d+)*`); a word is a run of Latin letters that keeps inner apostrophes
// followed by ASCII letters and nothing else (`[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*`), so
// "thirty-three" is three tokens (the scanner joins them) and "Gaza’s" one; any other character that
// is not white space is a token of its own. Scanned by character code rather than with a regex:
// tokenizing is the hottest loop of the numbers and figures stages, and the regex's match arrays
// and the slice of the sentence it ran on were most of its cost.
const APOSTROPHE = 0x27;
const CURLY_APOSTROPHE = 0x2019;
const CURLY = /’/g;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLetter = (c: number): boolean => isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f);
/**
 * Whether the UTF-16 code `c` is one of exactly the characters of the regex class `\s` ("1 200"
 * with a no-break space still splits): cheaper than a regex test of a one-character string.
 */
export const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c > 127 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/** Splits `text[span.start, span.end)` into tokens whose offsets point into `text`. */
export function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const end = span.end;
  let i = span.start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      // "10,569", "10.5", "10.11.2023"; "10," stops before the comma
      i++;
      for (;;) {
        while (i < end && isDigit(text.charCodeAt(i))) i++;
        const sep = text.charCodeAt(i);
        if (i + 1 < end && (sep === 46 || sep === 44) && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      const t = text.slice(start, i);
      out.push({ start, end: i, text: t, lower: t, kind: 'digits' });
    } else if (isLetter(c)) {
      // "Gaza’s", "rock'n'roll": an apostrophe joins only when ASCII letters follow it
      let curly = false;
      i++;
      while (i < end && isLetter(text.charCodeAt(i))) i++;
      for (;;) {
        const q = text.charCodeAt(i);
        if (i + 1 < end && (q === APOSTROPHE || q === CURLY_APOSTROPHE) && isAsciiLetter(text.charCodeAt(i + 1))) {
          if (q === CURLY_APOSTROPHE) curly = true;
          i += 2;
          while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
        } else break;
      }
      const t = text.slice(start, i);
      const lower = t.toLowerCase();
      out.push({ start, end: i, text: t, lower: curly ? lower.replace(CURLY, "'") : lower, kind: 'word' });
    } else {
      i++;
      const t = text.slice(start, i);
      out.push({ start, end: i, text: t, lower: c === CURLY_APOSTROPHE ? "'" : t, kind: 'punct' });
    }
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
