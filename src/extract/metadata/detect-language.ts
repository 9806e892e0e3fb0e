import { franc } from 'franc';
import {
  DEFAULT_LANGUAGE,
  ENGLISH_MARKERS,
  ENGLISH_SHARE,
  ISO_639_3_TO_1,
  LANGUAGE_SAMPLE,
  MIN_LANGUAGE_TEXT,
} from './data/iso-639.js';

const CAPITALISED = /\p{Lu}[\p{L}'’-]*/gu;
// One code point outside ASCII, tested where the scan stands (sticky): ASCII letters are told
// apart by their codes.
const LETTER_AT = /\p{L}/uy;
// A sample without a lower-case ASCII letter or a code unit outside ASCII (wire copy set in
// capitals, half the bench texts) leaves no word and nothing foreign: the scan below would read all
// of it to find that; this search reads it at about the speed of a bare loop over its codes.
const LOWER_OR_FOREIGN = /[a-z\u0080-\uffff]/;
const UPPER_AT = /\p{Lu}/uy;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const LONGEST_MARKER = Math.max(...[...ENGLISH_MARKERS].map((w) => w.length));
// A word of ASCII lower-case letters packed 5 bits a letter ("of" → 15 × 32 + 6), so a word is
// looked up as it is scanned, without cutting it out of the sample. ENGLISH_MARKERS are all such
// words (metadata.test.ts checks it).
const LETTER_BITS = 32;
const MARKER_KEYS: ReadonlySet<number> = new Set(
  [...ENGLISH_MARKERS].map((w) => [...w].reduce((key, ch) => key * LETTER_BITS + _letterValue(ch.charCodeAt(0)), 0)),
);
// franc compares only against the languages we can name in ISO 639-1: faster, and no answer we
// could not map.
const FRANC_ONLY = [...new Set(ISO_639_3_TO_1.keys())];

/**
 * The document's language as an ISO 639-1 code. `known` (from the page: "en-GB", "ar") wins,
 * reduced to its primary subtag. Otherwise the first LANGUAGE_SAMPLE characters decide: English
 * when common English words make up ENGLISH_SHARE of them (a fast path: franc takes milliseconds),
 * else franc 6.2 mapped by data/iso-639.ts. Under MIN_LANGUAGE_TEXT characters, or when franc
 * cannot tell, the default "en".
 */
export function detectLanguage(text: string, known: string | null | undefined): string {
  if (known) return known.toLowerCase().split(/[-_]/)[0]!;
  if (text.length < MIN_LANGUAGE_TEXT) return DEFAULT_LANGUAGE;
  // Capitalised words are mostly names, which say nothing of the language and would let a
  // swap of party names flip the answer: only the other words are compared.
  const head = text.slice(0, LANGUAGE_SAMPLE);
  const sample = _sampleWords(head, ENGLISH_SHARE);
  if (_isEnglish(sample)) return 'en';
  // Nothing left but ASCII digits and punctuation, as in wire copy set in capitals ("PORT ESCARA,
  // 12 JAN 90 (RADIO COSTANERA) -- [TEXT] TWO SOLDIERS …"): franc finds no script in that and
  // answers "und", so it is not asked.
  if (sample.words === 0 && !sample.foreign) return DEFAULT_LANGUAGE;
  const code = franc(head.replace(CAPITALISED, ' '), { only: FRANC_ONLY });
  return code === 'und' ? DEFAULT_LANGUAGE : (ISO_639_3_TO_1.get(code) ?? code);
}

/**
 * The share (0–1) of ENGLISH_MARKERS among the letter runs (`\p{L}+`) of `head` once its
 * capitalised words (`\p{Lu}[\p{L}'’-]*`) are taken out; 0 without words. "The army's shelling
 * of Gaza's north was" → "army", "s", "shelling", "of", "north", "was" ("The" and "Gaza's" are
 * taken out; an apostrophe ends a word that is not capitalised) → 2/6.
 */
export function englishShare(head: string): number {
  return _share(_sampleWords(head));
}

/** What is left of a sample once its capitalised words are taken out. */
interface SampleWords {
  /** Letter runs. */
  words: number;
  /** Letter runs that are ENGLISH_MARKERS. */
  hits: number;
  /** A character outside ASCII is left. */
  foreign: boolean;
}

/**
 * Whether ENGLISH_MARKERS make up ENGLISH_SHARE of `head`'s words, as {@link englishShare} counts
 * them (detectLanguage's fast path), read only as far as needed to tell.
 */
export function isEnglishSample(head: string): boolean {
  return _isEnglish(_sampleWords(head, ENGLISH_SHARE));
}

function _isEnglish(sample: SampleWords): boolean {
  return _share(sample) >= ENGLISH_SHARE;
}

function _share({ words, hits }: SampleWords): number {
  return words ? hits / words : 0;
}

// What a code point does in the sample scan: extends a word, starts or extends a capitalised
// word, joins a capitalised word ("Gaza's", "Al-Shifa"), or ends words.
const LOWER = 0;
const UPPER = 1;
const JOINER = 2;
const OTHER = 3;
const ASCII_KIND = Uint8Array.from({ length: 0x80 }, (_, c) =>
  c >= 0x61 && c <= 0x7a ? LOWER : c >= 0x41 && c <= 0x5a ? UPPER : c === APOSTROPHE || c === HYPHEN ? JOINER : OTHER,
);

// What `head.replace(CAPITALISED, ' ')` followed by a match of its letter runs gives, in one pass
// over the characters, without building the replaced string, a match per word or a substring per
// word: replacing and matching took most of the metadata stage's time on English text. ASCII is
// told apart by a table, other code points by sticky `\p{Lu}`/`\p{L}` tests.
// With `enough`, the scan stops once the share of markers can no longer fall below it, and returns
// what it has counted, whose share is then at least `enough` too: a word takes a letter and a
// character that ends it, so the R characters left hold at most ⌈R/2⌉ more words. In English copy
// ("the", "of", "was" every few words) that is about two thirds of the way through the sample.
function _sampleWords(head: string, enough = Infinity): SampleWords {
  if (!LOWER_OR_FOREIGN.test(head)) return { words: 0, hits: 0, foreign: false };
  let words = 0;
  let hits = 0;
  let foreign = false;
  let capitalised = false;
  let inWord = false;
  // The current word packed as in MARKER_KEYS, and its length, past LONGEST_MARKER once it
  // cannot be a marker.
  let key = 0;
  let length = 0;
  // One step past the end, which ends the last word.
  for (let i = 0; i <= head.length;) {
    const c = i < head.length ? head.charCodeAt(i) : -1;
    // A surrogate pair is one code point, which the sticky tests read whole.
    const width =
      c >= 0xd800 && c <= 0xdbff && i + 1 < head.length && (head.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const kind = c < 0 ? OTHER : c < 0x80 ? ASCII_KIND[c]! : _kindAt(head, i, c);
    i += width;
    if (capitalised && kind !== OTHER) continue;
    capitalised = false;
    if (c >= 0x80 && kind !== UPPER) foreign = true;
    if (kind === LOWER) {
      if (!inWord) {
        inWord = true;
        key = 0;
        length = 0;
      }
      // Outside ASCII (even as a pair of code units), the word is no marker.
      if (c >= 0x80) length = LONGEST_MARKER + 1;
      else if (++length <= LONGEST_MARKER) key = key * LETTER_BITS + _letterValue(c);
    } else {
      if (inWord) {
        words++;
        if (length <= LONGEST_MARKER && MARKER_KEYS.has(key)) hits++;
        inWord = false;
        // The margin keeps the float share of the finished count on the same side of `enough`.
        if (hits > (enough + 1e-9) * (words + ((head.length - i + 1) >> 1))) return { words, hits, foreign };
      }
      capitalised = kind === UPPER;
    }
  }
  return { words, hits, foreign };
}

// The kind of the code point at `at`, outside ASCII.
function _kindAt(head: string, at: number, c: number): number {
  if (_isAt(UPPER_AT, head, at)) return UPPER;
  if (_isAt(LETTER_AT, head, at)) return LOWER;
  return c === RIGHT_QUOTE ? JOINER : OTHER;
}

// 1 for "a" to 26 for "z": never 0, so "a" and "aa" pack to different keys.
function _letterValue(c: number): number {
  return c - 0x60;
}

function _isAt(re: RegExp, s: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(s);
}
