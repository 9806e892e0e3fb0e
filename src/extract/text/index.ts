/**
 * The text base every stage reads: one token type, character classes, phrase matching over tokens,
 * span helpers, quotation marks and the escaping of word lists into regular expressions.
 *
 * The scan view (`tokenize`: digit runs, Latin words, single marks) is the base: `TextBase`
 * tokenizes each sentence once per document and gives the numbers and figures stages the same
 * array. Two views read the characters themselves, with the same character classes, because
 * deriving them from the scan view costs more (measured on the 3,124 bench texts, one process,
 * alternating): the claimant reader's phrase view (`phraseWords`, words with inner hyphens and
 * dots) joined from scan tokens gives the same words on all 3,244 texts of check-identical, but
 * 136,058 calls took 386–550 ms against 157–199 ms when each range is tokenized again, and
 * 187–241 ms against 158–184 ms even from already cached sentence tokens; and the scan view of
 * every sentence alone (127–188 ms) is half to three quarters of the name finder's whole view
 * (239–260 ms, entities/1-tokenize.ts), which would still have to join, hash and class every word.
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
export { isCapitalised, isTitleWords } from './case.js';
export { matchPhrase, matchPhraseEndingAt, phraseIndex, type PhraseIndex, type PhraseMatch } from './phrase-index.js';
export { alternation, escapeRegExp, wordAlternation } from './regex.js';
export { WordStartSearch } from './word-start-search.js';
export { lastAtOrBefore, lastOf, tokensSpan, trimSpan, withQuoteMarks } from './spans.js';
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
