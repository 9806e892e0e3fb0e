import { franc } from 'franc';
import { DEFAULT_LANGUAGE, ENGLISH_MARKERS, ENGLISH_SHARE, ISO_639_3_TO_1, LANGUAGE_SAMPLE, MIN_LANGUAGE_TEXT } from './data/iso-639.js';

const WORD = /\p{L}+/gu;
const CAPITALISED = /\p{Lu}[\p{L}'’-]*/gu;
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
  const sample = text.slice(0, LANGUAGE_SAMPLE).replace(CAPITALISED, ' ');
  if (_englishShare(sample) >= ENGLISH_SHARE) return 'en';
  const code = franc(sample, { only: FRANC_ONLY });
  return code === 'und' ? DEFAULT_LANGUAGE : (ISO_639_3_TO_1.get(code) ?? code);
}

function _englishShare(sample: string): number {
  let words = 0;
  let hits = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m; m = WORD.exec(sample)) {
    words++;
    if (ENGLISH_MARKERS.has(m[0].toLowerCase())) hits++;
  }
  return words ? hits / words : 0;
}
