import type { Span } from '../../model.js';
import { NAME_PARTICLES } from './data/claimant-words.js';

/** A word of a phrase, with its offsets in the document text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

// A word: letters and digits, inner apostrophes and hyphens, inner dots ("U.N", "al-Quds").
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’\-]|\.(?=[\p{L}\p{N}]))*/gu;
const UPPER_START = /^\p{Lu}/u;
// "al-Arouri", "el-Sisi", "bin-Salman": a particle joined to a capitalised name.
const PARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abd|abu)[-‑]\p{Lu}/u;
const EDGE_JUNK = /[^\p{L}\p{N})]/u;

/** The words of `text[start, end)`, in order; at most `limit` of them (default: all). */
export function tokenize(text: string, start: number, end: number, limit = Infinity): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = start;
  // The limit is checked before the next search: a search past the last wanted word is wasted.
  for (let m = WORD.exec(text); m && m.index < end; m = out.length < limit ? WORD.exec(text) : null) {
    const stop = Math.min(end, m.index + m[0].length);
    const t = text.slice(m.index, stop);
    out.push({ start: m.index, end: stop, text: t, lower: t.toLowerCase() });
  }
  return out;
}

/** True for a word that can be part of a proper name: "Salama", "al-Arouri", "Abu", "bin". */
export function isNameWord(t: Token): boolean {
  return UPPER_START.test(t.text) || PARTICLE_NAME.test(t.text) || NAME_PARTICLES.has(t.lower);
}

/** True for a capitalised word or a particle-joined name ("al-Quds"), not a bare particle. */
export function isCapitalised(t: Token): boolean {
  return UPPER_START.test(t.text) || PARTICLE_NAME.test(t.text);
}

/**
 * Narrows a span to its first and last letter or digit (a closing bracket may end it): drops
 * Markdown marks, quotes, commas and spaces at the edges ("# *Hamas " → "Hamas").
 */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && EDGE_JUNK.test(text[start]!)) start++;
  while (end > start && EDGE_JUNK.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Widens a span by one quotation mark on each side when marks enclose it (`“barbaric” strikes` keeps its opening mark). */
export function withQuoteMarks(text: string, span: Span): Span {
  const open = /["“«‘]/.test(text[span.start - 1] ?? '') ? span.start - 1 : span.start;
  const close = /["”»’]/.test(text[span.end] ?? '') ? span.end + 1 : span.end;
  return { start: open, end: close };
}

/** The span from the first to the last token of a non-empty token list. */
export function tokensSpan(tokens: readonly Token[]): Span {
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
}
