import type { Sentence, Span } from '../../model.js';
import { findQuotes } from './find-quotes.js';
import { outerQuotes, type QuoteRun } from './outer-quotes.js';
import { splitParagraphs } from './split-paragraphs.js';
import { splitSentences } from './split-sentences.js';

/**
 * The sentences stage: paragraphs, sentences and the quotations later stages read. Rule-based and
 * news-aware (abbreviations, initials, datelines, quotes closing into "he said"); one pass over
 * each paragraph.
 */
export { splitParagraphs } from './split-paragraphs.js';
export { splitSentences } from './split-sentences.js';
export { findQuotes, type QuoteRange } from './find-quotes.js';
export { outerQuotes, type QuoteRun } from './outer-quotes.js';
export { classifyLine, type LineKind } from './line-kinds.js';

/** What the sentences stage finds: the units every later rule works within. */
export interface SentenceUnits {
  /** Paragraphs in text order; special lines (headings, rules, captions, bylines, date lines, URLs) are paragraphs of their own. */
  paragraphs: Span[];
  sentences: Sentence[];
  /** The outermost quotation of each paragraph, in text order: the attribution and statements stages read them. */
  quotes: QuoteRun[];
}

/**
 * Splits a document into paragraphs and sentences and finds its quotations: the marks of each
 * paragraph are paired once, for the splitter (which keeps a quotation with its attribution) and
 * for the outermost quotations. Pure.
 */
export function findSentences(text: string): SentenceUnits {
  const paragraphs = splitParagraphs(text);
  const quotesOf = paragraphs.map((p) => findQuotes(text, p));
  return {
    paragraphs,
    sentences: splitSentences(text, paragraphs, quotesOf),
    quotes: outerQuotes(text, paragraphs, quotesOf),
  };
}
