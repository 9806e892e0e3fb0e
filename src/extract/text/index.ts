/**
 * The text base every stage reads: one token type and its two views (the scan view of digits,
 * Latin words and single punctuation marks; the phrase view of words with their inner hyphens and
 * dots), the per-document cache of each sentence's tokens, character classes, phrase matching over
 * tokens, span helpers and the escaping of word lists into regular expressions.
 */
export {
  firstNonSpace,
  isAsciiLetter,
  isDigit,
  isLatinLetter,
  isLeadSurrogate,
  isSpace,
  isTrailSurrogate,
} from './chars.js';
export { isCapitalised } from './case.js';
export { matchPhrase, matchPhraseEndingAt, phraseIndex, type PhraseIndex, type PhraseMatch } from './phrase-index.js';
export { alternation, escapeRegExp, wordAlternation } from './regex.js';
export { lastAtOrBefore, tokensSpan, trimSpan, withQuoteMarks } from './spans.js';
export { TextBase } from './text-base.js';
export { glued, tokenize, type Token } from './token.js';
export { phraseWords } from './phrase-words.js';
export {
  AFTER_CLOSING,
  BEFORE_OPENING,
  ELIDED_WORDS,
  OPENING_MARKS,
  QUOTE_MARKS,
  type MarkRole,
  type QuoteFamily,
  type QuoteMark,
} from './quote-marks.js';
