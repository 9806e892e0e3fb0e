import { franc } from 'franc';
import { DEFAULT_LANGUAGE, ENGLISH_MARKERS, ENGLISH_SHARE, ISO_639_3_TO_1, LANGUAGE_SAMPLE, MIN_LANGUAGE_TEXT } from './data/iso-639.js';

const CAPITALISED = /\p{Lu}[\p{L}'’-]*/gu;
// One code point outside ASCII, tested where the scan stands (sticky): ASCII letters are told
// apart by their codes.
const LETTER_AT = /\p{L}/uy;
const UPPER_AT = /\p{Lu}/uy;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const LONGEST_MARKER = Math.max(...[...ENGLISH_MARKERS].map((w) => w.length));
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
  const sample = _sampleWords(head);
  if (_share(sample) >= ENGLISH_SHARE) return 'en';
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

function _share({ words, hits }: SampleWords): number {
  return words ? hits / words : 0;
}

// What `head.replace(CAPITALISED, ' ')` followed by a match of its letter runs gives, in one pass
// over the characters, without building the replaced string or a match per word: replacing and
// matching took most of the metadata stage's time on English text.
function _sampleWords(head: string): SampleWords {
  let words = 0;
  let hits = 0;
  let foreign = false;
  let wordStart = -1;
  let capitalised = false;
  for (let i = 0; i < head.length; ) {
    const c = head.charCodeAt(i);
    // A surrogate pair is one code point, which the sticky tests read whole.
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < head.length && (head.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const upper = c < 0x80 ? c >= 0x41 && c <= 0x5a : _isAt(UPPER_AT, head, i);
    const letter = upper || (c < 0x80 ? c >= 0x61 && c <= 0x7a : _isAt(LETTER_AT, head, i));
    // A capitalised word runs on over letters, apostrophes and hyphens ("Al-Shifa's").
    if (capitalised && (letter || c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN)) {
      i += width;
      continue;
    }
    capitalised = false;
    if (c >= 0x80 && !upper) foreign = true;
    if (letter && !upper) {
      if (wordStart < 0) wordStart = i;
    } else {
      if (wordStart >= 0) {
        words++;
        if (i - wordStart <= LONGEST_MARKER && ENGLISH_MARKERS.has(head.slice(wordStart, i))) hits++;
        wordStart = -1;
      }
      capitalised = upper;
    }
    i += width;
  }
  if (wordStart >= 0) {
    words++;
    if (head.length - wordStart <= LONGEST_MARKER && ENGLISH_MARKERS.has(head.slice(wordStart))) hits++;
  }
  return { words, hits, foreign };
}

function _isAt(re: RegExp, s: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(s);
}
