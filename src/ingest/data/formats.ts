/**
 * File name extensions (lower case, without the dot) that name a document format.
 */

/** Pages: the article is extracted from the HTML first. */
export const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['html', 'htm', 'xhtml', 'shtml']);

/** Markdown: kept as written, like plain text. */
export const MARKDOWN_EXTENSIONS: ReadonlySet<string> = new Set(['md', 'markdown', 'mdown', 'mkd']);
