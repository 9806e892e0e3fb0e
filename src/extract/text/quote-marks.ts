/**
 * Quotation marks the splitter and the statements stage track, by family: an opening mark is closed
 * by any closing-capable mark of its own family, since real pages mix them (`“We will hold," he
 * said`, `"We will hold,” he said`, `„Wir bleiben“`, `“a question’’`). Whether a mark that can do
 * both opens or closes is read from its neighbours (`findQuotes`).
 */
export type QuoteFamily = 'double' | 'single';

/** How a mark may act: only open, only close, or either (read from its neighbours). */
export type MarkRole = 'open' | 'close' | 'either';

/** One quotation mark of one or two characters. */
export interface QuoteMark {
  family: QuoteFamily;
  role: MarkRole;
  /**
   * True for the marks that also serve as apostrophes (' and ’): one of them opening a quotation
   * that never closes was an apostrophe ("’tis", "the ’burbs"), so it is dropped at the paragraph's
   * end instead of holding the rest of the paragraph.
   */
  apostrophe: boolean;
}

/**
 * Every mark, by its characters. “ opens, and closes only when its neighbours say so (`review“ of`,
 * `„Wir bleiben“`); ” closes, and opens only when nothing is open and a word follows it. The
 * archive marks `` and '' (two characters) and ’’ (a closing double typed as two apostrophes) are
 * double marks.
 */
export const QUOTE_MARKS: ReadonlyMap<string, QuoteMark> = new Map<string, QuoteMark>([
  ['“', { family: 'double', role: 'either', apostrophe: false }],
  ['”', { family: 'double', role: 'either', apostrophe: false }],
  ['„', { family: 'double', role: 'open', apostrophe: false }],
  ['‟', { family: 'double', role: 'open', apostrophe: false }],
  ['"', { family: 'double', role: 'either', apostrophe: false }],
  ['«', { family: 'double', role: 'open', apostrophe: false }],
  ['»', { family: 'double', role: 'close', apostrophe: false }],
  ['``', { family: 'double', role: 'open', apostrophe: false }],
  ["''", { family: 'double', role: 'either', apostrophe: false }],
  ['’’', { family: 'double', role: 'close', apostrophe: false }],
  ['‘', { family: 'single', role: 'either', apostrophe: false }],
  ['‚', { family: 'single', role: 'open', apostrophe: false }],
  ['’', { family: 'single', role: 'either', apostrophe: true }],
  ["'", { family: 'single', role: 'either', apostrophe: true }],
]);

/**
 * Words an apostrophe opens by eliding their first letters: the mark before them is no quotation
 * ("rock 'n' roll", "’em", "’til dawn", "'cause"). Lower case; a decade ("the '90s") is told by
 * its digits.
 */
export const ELIDED_WORDS: ReadonlySet<string> = new Set([
  'n',
  'em',
  'til',
  'cause',
  'cos',
  'tis',
  'twas',
  'bout',
  'nuff',
]);

/**
 * Characters after which a mark followed by a word opens a quotation (besides white space and the
 * start of the paragraph): brackets, dashes, a slash and other quotation marks (`(“`, `—"We`, `“‘`).
 */
export const BEFORE_OPENING: ReadonlySet<string> = new Set([
  '(',
  '[',
  '{',
  '<',
  '—',
  '–',
  '-',
  '/',
  '“',
  '”',
  '„',
  '‟',
  '"',
  '«',
  '»',
  '‘',
  '’',
  '‚',
  "'",
  '`',
]);

/**
 * Characters before which a mark after a word closes a quotation (besides white space and the end
 * of the paragraph): punctuation, closing brackets, dashes and other quotation marks (`hold,"`,
 * `there".`, `“a lie”)`, `’”`).
 */
export const AFTER_CLOSING: ReadonlySet<string> = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '…',
  ')',
  ']',
  '}',
  '>',
  '—',
  '–',
  '-',
  '/',
  '*',
  '“',
  '”',
  '„',
  '"',
  '«',
  '»',
  '‘',
  '’',
  "'",
  '`',
]);

/**
 * Marks that can open a quotation at the start of a paragraph (a continued quote); ' and ` stand
 * for the archive marks '' and `` as well as the single marks.
 */
export const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '«', '‘', '„', '"', "'", '`']);
