/**
 * Quotation marks the splitter and the statements stage track. Each entry maps an opening mark to
 * its closing mark; the straight double quote opens and closes itself. The apostrophe-like ’ only
 * closes a ‘ that is open and is never counted as an opening mark ("There’s" is not a quote).
 */
export const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['«', '»'],
  ['‘', '’'],
  ['„', '“'],
  ['"', '"'],
]);

/**
 * Marks that can open a quotation at the start of a paragraph (a continued quote); ' and ` stand
 * for the archive marks '' and `` (paired by `findQuotes`).
 */
export const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '«', '‘', '„', '"', "'", '`']);
