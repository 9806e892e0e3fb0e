/**
 * The sentences stage: paragraphs, sentences and the quotation facts later stages need.
 * Rule-based and news-aware (abbreviations, initials, datelines, quotes closing into "he said");
 * one pass over each paragraph.
 */
export { splitParagraphs } from './split-paragraphs.js';
export { splitSentences } from './split-sentences.js';
export { findQuotes, paragraphQuotes, type ParagraphQuote, type QuoteRange } from './find-quotes.js';
export { classifyLine, type LineKind } from './line-kinds.js';
