import type { Span } from '../../model.js';
import { isTitleWords, wordAlternation } from '../text/index.js';
import {
  MIN_CHARACTERISING_QUOTE_WORDS,
  MIN_PARTIAL_QUOTE_WORDS,
  MIN_UNATTRIBUTED_QUOTE_WORDS,
  SCARE_QUOTE_CUES,
} from './data/scare-quote-cues.js';
import type { QuoteRun } from '../sentences/index.js';

/**
 * How a quotation relates to the reporting frames around it; `partial` inside a reported clause,
 * `characterising` inside a frame that reports only a noun phrase ("called the vote “a farce”").
 */
export type QuoteFraming = 'framed' | 'partial' | 'characterising' | 'continued' | 'none';

const SCARE_CUE = new RegExp(`(?:^|[^\\p{L}])(?:${wordAlternation(SCARE_QUOTE_CUES)})[\\s,:]*$`, 'iu');
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const SENTENCE_MARK = /[.!?…]["”’»]?$/u;

/**
 * Decides whether a quotation is someone's words (a statement) or a name, title or scare quote.
 * `framing` says how the attribution stage placed it: `framed` (a cue introduces or closes exactly
 * this quotation), `partial` (inside reported content), `continued` (a paragraph continuing a
 * quotation) or `none`.
 * - A quotation right after "so-called", "dubbed", "Operation", "a song called" … is never one.
 * - A partial quote needs MIN_PARTIAL_QUOTE_WORDS words (MIN_CHARACTERISING_QUOTE_WORDS when it is
 *   all its frame reports) and must not be a Title-Case name ("said troops walked into “ambushes of
 *   terror and death”" yes; "said the “martyrs”", "said Israel was “at war”" no).
 * - An unattributed quotation counts only when it reads as speech: MIN_UNATTRIBUTED_QUOTE_WORDS
 *   words or more ending with a sentence mark; its speaker is then null.
 */
export function isStatementQuote(text: string, q: QuoteRun, framing: QuoteFraming): boolean {
  if (SCARE_CUE.test(text.slice(Math.max(0, q.open - 40), q.open))) return false;
  if (framing === 'framed' || framing === 'continued') return true;
  const words = _words(text, q.span);
  if (framing === 'partial' || framing === 'characterising')
    return (
      words.length >= (framing === 'partial' ? MIN_PARTIAL_QUOTE_WORDS : MIN_CHARACTERISING_QUOTE_WORDS) &&
      !isTitleWords(words)
    );
  return (
    words.length >= MIN_UNATTRIBUTED_QUOTE_WORDS &&
    SENTENCE_MARK.test(text.slice(q.span.start, q.close ?? q.span.end + 1))
  );
}

function _words(text: string, span: Span): string[] {
  return text.slice(span.start, span.end).match(WORD) ?? [];
}
