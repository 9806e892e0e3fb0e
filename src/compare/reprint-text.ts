import { STOP_WORDS, WEEKDAYS } from './data/reprint-words.js';
import { fnv1a, key52 } from './hash.js';
import { shingleHash, signature, SIGNATURE_SIZE } from './minhash.js';

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
const OPENERS = new Set(['.', '!', '?', ':', '"', '“', '«']);
// A sentence ends at . ! ? (and a closing quote or bracket) before a space and a capital or digit.
const SENTENCE_END = /(?<=[.!?])["”’»)]?\s+(?=["“‘«(]?[\p{Lu}\p{N}])/u;
// Quoted stretches of at least 8 characters ("«…»" too); short ones are scare quotes and names.
const QUOTED = /["“«„]([^"“”«»„]{8,}?)["”»“]/g;

/**
 * "Ministry's" → "ministry", "villages" → "village", "1,130" → "1130", "U.S." → "u.s". Plurals lose
 * their s so that "forces" and "force" meet; short words keep theirs ("gas", "was").
 */
export function normaliseWord(w: string): string {
  let s = w.toLowerCase();
  if (s.includes('’')) s = s.replace(/’/g, "'");
  if (s.endsWith("'s")) s = s.slice(0, -2);
  else if (s.endsWith("'")) s = s.slice(0, -1);
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return s.replace(/,/g, '').replace(/\.$/, '');
  if (c > 127 && /^\p{N}/u.test(s)) return s.replace(/,/g, '').replace(/\.$/, '');
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
    const caps = mostlyCapitals(paragraph);
    let at = 0;
    for (const raw of paragraph.split(SENTENCE_END)) {
      const start = paragraph.indexOf(raw, at);
      at = start + raw.length;
      const tokens: string[] = [];
      const offsets: number[] = [];
      WORD.lastIndex = 0;
      for (let m = WORD.exec(raw); m; m = WORD.exec(raw)) {
        tokens.push(m[0]);
        offsets.push(m.index);
      }
      const norm = tokens.map(normalised);
      const hashes = norm.map((n) => fnv1a(n));
      for (const n of norm) words.add(n);
      if (tokens.length < 4 || quotedShare(quoted, start, start + raw.length) >= 0.5) continue;
      const content = new Set<number>();
      const specifics: string[] = [];
      for (let k = 0; k < tokens.length; k++) {
        const w = tokens[k]!;
        const n = norm[k]!;
        if (STOP_WORDS.has(n) || w.length < 2) continue;
        content.add(hashes[k]!);
        if (isDigit(w) || WEEKDAYS.has(n) || (!caps && isCapital(w) && !opensSentence(raw, offsets[k]!)))
          specifics.push(n);
      }
      for (let i = 0; i + 5 <= hashes.length; i++) shingles5.add(shingleHash(hashes, i, 5));
      if (content.size >= 3 && sentences.length < MAX_SENTENCES) sentences.push({ content, specifics });
    }
  }
  return { sentences, words, shingles5 };
}

/** A word at the start of a sentence, or after a colon or an opening quote: its capital says nothing. */
function opensSentence(s: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (s[i] === ' ' || s[i] === '\t')) i--;
  return i < 0 || OPENERS.has(s[i]!);
}

const isDigit = (w: string) => /^\p{N}/u.test(w);
const isCapital = (w: string) => w[0] !== w[0]!.toLowerCase();

/** A paragraph written in capitals ("MOGADISHU, SOMALIA -- …"): there a capital marks no name. */
function mostlyCapitals(p: string): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) letters++;
    else if (c > 127) {
      const ch = p[i]!;
      const up = ch.toUpperCase();
      if (ch.toLowerCase() === up) continue;
      letters++;
      if (ch === up) upper++;
    }
  }
  return letters > 0 && upper / letters > 0.6;
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

/**
 * The text's MinHash signatures: of its word 3-shingles, then of its content words (quotes
 * included), {@link SIGNATURE_SIZE} values each, one after the other. Reads only the words, so a
 * near-duplicate is recognised without reading the text's sentences.
 */
export function textSignatures(text: string): Uint32Array {
  const hashes: number[] = [];
  const content = new Set<number>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const n = normalised(m[0]);
    const h = fnv1a(n);
    hashes.push(h);
    if (m[0].length >= 2 && !STOP_WORDS.has(n)) content.add(h);
  }
  const shingles = new Set<number>();
  for (let i = 0; i + 3 <= hashes.length; i++) shingles.add(shingleHash(hashes, i, 3));
  const both = new Uint32Array(2 * SIGNATURE_SIZE);
  both.set(signature(shingles), 0);
  both.set(signature(content), SIGNATURE_SIZE);
  return both;
}

// Words repeat: each is normalised once (the table is emptied when it grows past 200,000 words).
const NORMALISED = new Map<string, string>();
function normalised(w: string): string {
  let n = NORMALISED.get(w);
  if (n === undefined) {
    if (NORMALISED.size > 200_000) NORMALISED.clear();
    NORMALISED.set(w, (n = normaliseWord(w)));
  }
  return n;
}
