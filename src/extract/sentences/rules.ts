import type { LineKind, RuleId } from '../../model.js';

/**
 * The rules of the sentences stage that end a sentence, each written out in full where it is
 * defined: a sentence's `by`. Its `line` says what kind of line it is; no later rule reads `by`.
 *
 * The order they apply in: paragraphs are split at blank lines, and each line a classifier reads
 * as a unit of its own (line-kinds.ts) is a paragraph and a sentence by itself (LINE_RULES); running
 * text is split at terminal punctuation (TERMINAL_PUNCTUATION), and at the end of an unpunctuated
 * line in a paragraph of unwrapped lines (UNPUNCTUATED_LINE_END), unless an abbreviation, an initial
 * or a quotation closing into its attribution holds it together, and its last sentence ends with the
 * paragraph (PARAGRAPH_END).
 */

/** A line that is a unit of its own, by its kind: "# Headline", "---", "Photo: AFP", "By Jane Doe", "Friday 10 November 2023", "https://…". */
export const LINE_RULES: Readonly<Record<Exclude<LineKind, 'text'>, RuleId>> = {
  heading: 'sentences/heading',
  rule: 'sentences/rule',
  caption: 'sentences/caption',
  byline: 'sentences/byline',
  'date-line': 'sentences/date-line',
  url: 'sentences/url',
};

/** "… were killed. The army said …": terminal punctuation, white space and a capital, digit or opening mark. */
export const TERMINAL_PUNCTUATION: RuleId = 'sentences/terminal-punctuation';
/**
 * "Five killed in a strike - governor⏎At least five people were killed …": in a paragraph of long
 * unwrapped lines, a line that stops without terminal punctuation before a line opening like a
 * sentence ends one (see splitSentences).
 */
export const UNPUNCTUATED_LINE_END: RuleId = 'sentences/unpunctuated-line-end';
/** The last sentence of a paragraph ends with it. */
export const PARAGRAPH_END: RuleId = 'sentences/paragraph-end';
