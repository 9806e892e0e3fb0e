import { INNER_ABBREVIATIONS, NUMBER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from '../lexicon/index.js';
import type { Sentence, Span } from '../../model.js';
import { findQuotes, type QuoteRange } from './find-quotes.js';
import { classifyLine } from './line-kinds.js';
import { LINE_RULES, PARAGRAPH_END, TERMINAL_PUNCTUATION, UNPUNCTUATED_LINE_END } from './rules.js';

// A candidate end: terminal punctuation (". ! ? …", "..."), closing marks, then white space.
const CANDIDATE = /[.!?…]+["'”’»)\]]*\s+/g;
// What may open the next sentence: a capital, a letter of a script without case, a digit, or an
// opening mark or bracket.
const OPENER = /[\p{Lu}\p{Lo}\d"“‘'«([]/u;
// A character of the word before a full stop ("Gen", "U.S", "J", "approx"): a letter or a stop.
const WORD_CHAR = /^[\p{L}.]$/u;
/** How far back, in UTF-16 code units, the word before a full stop is read. */
const WORD_WINDOW = 24;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u; // "U.S", "a.m", "U.N" (the final stop is the candidate)
const INITIAL = /^\p{Lu}$/u; // "J" in "J. Smith"
const NEXT_WORD = /^["“‘'«([]?([\p{L}\d]+)/u;
/**
 * Longest quotation, in UTF-16 code units, kept in one sentence with its attribution. Longer
 * quotes are split at their sentence ends like prose; the attribution stays with the last part.
 */
const MAX_QUOTE_UNIT = 1200;
/**
 * Longest line, in UTF-16 code units, of hard-wrapped text (wire copy and e-mail wrap at 60-80): a
 * paragraph with a longer line is unwrapped, each of its lines a paragraph of the page it was
 * copied from.
 */
const MAX_WRAPPED_LINE = 100;
// A line ending like a sentence ("… killed." "… said:") or stopping mid-phrase ("… according to",
// "… the", "… in,"): no sentence ends at its line break.
const LINE_GOES_ON =
  /(?:[.!?…:;,([–—-]["'”’»)\]]*|\b(?:the|a|an|of|to|in|on|at|for|by|with|and|or|from|as|that|than|according))$/iu;

/**
 * Splits each paragraph into sentences. Special lines (headings, rules, captions, bylines, date
 * lines, URLs) are one sentence each. In running text a sentence ends at terminal punctuation
 * followed by white space and a capital, digit or opening mark, except:
 * - after a title or rank ("Lt. Col. Peter Lerner"), an initial ("J. Smith"), a number
 *   abbreviation before a digit ("No. 10", "Nov. 10"), or a dotted acronym unless a typical
 *   sentence opener follows ("the U.N. Security Council" stays, "the U.S. The move" splits);
 * - inside a quotation that closes into its attribution, so `“A. B,” he said.` is one sentence
 *   and the cue stays with its words (quotes longer than MAX_QUOTE_UNIT are split, cue with the
 *   last part).
 * A dateline ("GAZA CITY, Oct 31 (Reuters) -") stays part of the first sentence. `quotesOf` holds
 * each paragraph's quotations (findQuotes) when the caller has them already.
 */
export function splitSentences(
  text: string,
  paragraphs: Span[],
  quotesOf?: readonly (readonly QuoteRange[])[],
): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    const body = text.slice(p.start, p.end);
    const kind = body.includes('\n') ? 'text' : classifyLine(body);
    if (kind !== 'text') {
      out.push({ span: { start: p.start, end: p.end }, paragraph, line: kind, by: LINE_RULES[kind] });
      return;
    }
    const quotes = quotesOf?.[paragraph] ?? findQuotes(text, p);
    const lineEnds = unpunctuatedLineEnds(text, p, body);
    let start = p.start;
    let firstQuote = 0;
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(body); m; m = CANDIDATE.exec(body)) {
      const after = p.start + m.index + m[0].length;
      if (after >= p.end) break;
      while (lineEnds.length > 0 && lineEnds[0]!.after <= p.start + m.index) {
        const line = lineEnds.shift()!;
        out.push({ span: { start, end: line.end }, paragraph, line: 'text', by: UNPUNCTUATED_LINE_END });
        start = line.after;
      }
      const at = p.start + m.index;
      // A quote opened more than MAX_QUOTE_UNIT before this candidate holds neither it nor any
      // later one: skipped for good, so a long paragraph of quotes and sentences is read once.
      while (firstQuote < quotes.length && quotes[firstQuote]!.open < at - MAX_QUOTE_UNIT) firstQuote++;
      if (!_endsHere(text, at, after, quotes, firstQuote)) continue;
      const end = p.start + m.index + m[0].trimEnd().length;
      out.push({ span: { start, end }, paragraph, line: 'text', by: TERMINAL_PUNCTUATION });
      start = after;
    }
    for (const line of lineEnds) {
      if (line.after <= start) continue;
      out.push({ span: { start, end: line.end }, paragraph, line: 'text', by: UNPUNCTUATED_LINE_END });
      start = line.after;
    }
    out.push({ span: { start, end: p.end }, paragraph, line: 'text', by: PARAGRAPH_END });
  });
  return out;
}

/**
 * The line breaks of a paragraph of unwrapped lines (one longer than MAX_WRAPPED_LINE) that end a
 * sentence: the line before stops without punctuation or a word that needs more (LINE_GOES_ON) and
 * the next opens like a sentence. A headline or a dateline copied with a single line break before
 * the body ("Five killed in a strike - governor⏎Reuters | Updated …⏎At least five …") is not the
 * body's first sentence. Seen in Devdiscourse's and Al Arabiya's Reuters copy and an RT report
 * (news-dev). `body` is the paragraph's text, as the caller sliced it; `end` is where a line's text
 * ends, `after` where the next line starts.
 */
function unpunctuatedLineEnds(text: string, p: Span, body: string): { end: number; after: number }[] {
  if (!_hasLongLine(body)) return [];
  const lines = body.split('\n');
  const out: { end: number; after: number }[] = [];
  let at = p.start;
  for (let k = 0; k < lines.length - 1; k++) {
    const line = lines[k]!;
    const end = at + line.trimEnd().length;
    at += line.length + 1;
    const next = lines[k + 1]!;
    const after = at + (next.length - next.trimStart().length);
    if (
      end > p.start &&
      !LINE_GOES_ON.test(text.slice(Math.max(p.start, end - 12), end)) &&
      OPENER.test(text[after] ?? '')
    )
      out.push({ end, after });
  }
  return out;
}

// Whether `body` has more than one line and one of them is longer than MAX_WRAPPED_LINE. Read
// with indexOf, no line sliced: most paragraphs of several lines are hard-wrapped wire copy (all
// of MUC-4's), and splitting each of them into lines only to find that was most of the sentences
// stage's growth with unpunctuatedLineEnds (docs/performance.md, 2026-12-07 session 10).
function _hasLongLine(body: string): boolean {
  let from = 0;
  for (let nl = body.indexOf('\n'); nl >= 0; nl = body.indexOf('\n', from)) {
    if (nl - from > MAX_WRAPPED_LINE) return true;
    from = nl + 1;
  }
  return from > 0 && body.length - from > MAX_WRAPPED_LINE;
}

// Decides whether the candidate whose punctuation starts at `at` (next sentence at `after`) ends a
// sentence. `quotes` are in order of their opening marks; those before `firstQuote` cannot hold it.
function _endsHere(
  text: string,
  at: number,
  after: number,
  quotes: readonly QuoteRange[],
  firstQuote: number,
): boolean {
  if (!OPENER.test(text[after]!)) return false; // "approx. two", `…,” he said`
  if (_insideRunOnQuote(at, after, quotes, firstQuote)) return false;
  if (text[at] !== '.' || text[at + 1] === '.') return true; // "!", "?", "…", "..."
  const word = _wordBefore(text, at);
  if (word === '') return true;
  const next = NEXT_WORD.exec(text.slice(after, after + 24))?.[1] ?? '';
  if (DOTTED.test(word)) return SENTENCE_STARTERS.has(next);
  if (INITIAL.test(word)) return false;
  if (TITLE_ABBREVIATIONS.has(word) || INNER_ABBREVIATIONS.has(word)) return false;
  if (NUMBER_ABBREVIATIONS.has(word) && /\d/.test(text[after]!)) return false;
  return true;
}

// The letters and full stops right before `at`, at most WORD_WINDOW code units: "U.S" in "the
// U.S. The". Read backwards from `at` rather than with a regex anchored at the end, which tries
// every start in the window; a letter outside the BMP counts only when both its halves are inside.
function _wordBefore(text: string, at: number): string {
  const floor = Math.max(0, at - WORD_WINDOW);
  let k = at;
  while (k > floor) {
    const c = text.charCodeAt(k - 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46) {
      k--;
      continue;
    }
    if (c < 128) break;
    const pair = c >= 0xdc00 && c <= 0xdfff && k - 2 >= floor && (text.charCodeAt(k - 2) & 0xfc00) === 0xd800;
    const width = pair ? 2 : 1;
    if (!WORD_CHAR.test(text.slice(k - width, k))) break;
    k -= width;
  }
  return text.slice(k, at);
}

// Inside a quotation that closes, within the length limit, into more of the same sentence. Reads
// the quotes from `firstQuote` up to the first that opens after the candidate.
function _insideRunOnQuote(at: number, after: number, quotes: readonly QuoteRange[], firstQuote: number): boolean {
  for (let k = firstQuote; k < quotes.length; k++) {
    const q = quotes[k]!;
    if (q.open >= at) break;
    if (q.close !== null && q.close >= after && q.runsOn && q.close - q.open <= MAX_QUOTE_UNIT) return true;
  }
  return false;
}
