import { STOP_WORDS, WEEKDAYS } from './data/reprint-words.js';
import { fnv1a, key52 } from './hash.js';
import { shingleHash, signature } from './minhash.js';

/**
 * What reprint detection reads from a text. A report's narrative is compared sentence by sentence;
 * words inside quotation marks are left out of the narrative, because independent reports often
 * quote the same statement word for word ("a verbatim police statement that every outlet
 * reproduced does not make two reports one story").
 */
export interface ReprintText {
  /** Narrative sentences (at most {@link MAX_SENTENCES}): their content words and their specifics. */
  sentences: ReprintSentence[];
  /** Every word of the text, normalised: where a specific is looked for. */
  words: Set<string>;
  /** Hashes of the five-word runs of the narrative. */
  shingles5: Set<number>;
}

export interface ReprintSentence {
  /** Content words (no function words), normalised, as 32-bit hashes. */
  content: Set<number>;
  /** Names, numbers and weekdays, normalised, in text order. */
  specifics: string[];
}

/** Sentences compared per text: alignment costs the product of the two counts. */
export const MAX_SENTENCES = 300;

const WORD = /[\p{L}][\p{L}\p{N}'’-]*|\p{N}[\p{N},.]*/gu;
// A sentence ends at . ! ? (and a closing quote or bracket) before a space and a capital or digit.
const SENTENCE_END = /(?<=[.!?])["”’»)]?\s+(?=["“‘«(]?[\p{Lu}\p{N}])/u;
// Quoted stretches of at least 8 characters ("«…»" too); short ones are scare quotes and names.
const QUOTED = /["“«„]([^"“”«»„]{8,}?)["”»“]/g;

/**
 * "Ministry's" → "ministry", "villages" → "village", "1,130" → "1130", "U.S." → "u.s". Plurals lose
 * their s so that "forces" and "force" meet; short words keep theirs ("gas", "was").
 */
export function normaliseWord(w: string): string {
  let s = w.toLowerCase().replace(/’/g, "'");
  if (s.endsWith("'s")) s = s.slice(0, -2);
  else if (s.endsWith("'")) s = s.slice(0, -1);
  if (/^\p{N}/u.test(s)) return s.replace(/,/g, '').replace(/\.$/, '');
  if (s.length > 4 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  return s;
}

/** Reads a text for reprint detection (see {@link ReprintText}). Pure. */
export function readReprintText(text: string): ReprintText {
  const sentences: ReprintSentence[] = [];
  const words = new Set<string>();
  const shingles5 = new Set<number>();
  for (const paragraph of text.split(/\r?\n/)) {
    if (!paragraph.trim()) continue;
    const quoted = quotedRanges(paragraph);
    // In a paragraph written in capitals, a capital marks no name.
    const letters = paragraph.replace(/[^\p{L}]/gu, '');
    const caps = letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6;
    let at = 0;
    for (const raw of paragraph.split(SENTENCE_END)) {
      const start = paragraph.indexOf(raw, at);
      at = start + raw.length;
      const tokens = [...raw.matchAll(WORD)];
      for (const t of tokens) words.add(normaliseWord(t[0]));
      if (tokens.length < 4 || quotedShare(quoted, start, start + raw.length) >= 0.5) continue;
      const content = new Set<number>();
      const specifics: string[] = [];
      const hashes: number[] = [];
      tokens.forEach((t, k) => {
        const w = t[0];
        const n = normaliseWord(w);
        hashes.push(fnv1a(n));
        if (STOP_WORDS.has(n) || w.length < 2) return;
        content.add(fnv1a(n));
        const initial = k === 0 || /[.!?:"“«]\s*$/.test(raw.slice(0, t.index));
        if (/^\p{N}/u.test(w) || WEEKDAYS.has(n) || (!caps && !initial && /^\p{Lu}/u.test(w))) specifics.push(n);
      });
      for (let i = 0; i + 5 <= hashes.length; i++) shingles5.add(shingleHash(hashes, i, 5));
      if (content.size >= 3 && sentences.length < MAX_SENTENCES) sentences.push({ content, specifics });
    }
  }
  return { sentences, words, shingles5 };
}

function quotedRanges(paragraph: string): Array<[number, number]> {
  return [...paragraph.matchAll(QUOTED)].map((m) => [m.index!, m.index! + m[0].length]);
}

function quotedShare(ranges: Array<[number, number]>, start: number, end: number): number {
  let inside = 0;
  for (const [a, b] of ranges) inside += Math.max(0, Math.min(b, end) - Math.max(a, start));
  return end > start ? inside / (end - start) : 0;
}

/**
 * The keys under which a text is indexed for candidates: the LSH band keys of its signature (texts
 * that share most of their wording) and, for each narrative sentence, its pairs of adjacent
 * specifics ("El-Lahelay" next to "Wednesday"): a rewritten or translated copy keeps the names and
 * numbers of each sentence when it changes every other word.
 */
export function candidateKeys(t: ReprintText, bands: readonly number[]): number[] {
  const keys = new Set<number>(bands);
  for (const s of t.sentences)
    for (let i = 0; i + 1 < s.specifics.length; i++) {
      const a = s.specifics[i]!;
      const b = s.specifics[i + 1]!;
      if (a !== b) keys.add(key52([fnv1a(a), fnv1a(b)], 0xa11ce));
    }
  return [...keys];
}

/** The MinHash signature of a text's word 3-shingles (the whole text, quotes included). */
export function textSignature(text: string): Uint32Array {
  const hashes = [...text.matchAll(WORD)].map((m) => fnv1a(normaliseWord(m[0])));
  const shingles = new Set<number>();
  for (let i = 0; i + 3 <= hashes.length; i++) shingles.add(shingleHash(hashes, i, 3));
  return signature(shingles);
}
