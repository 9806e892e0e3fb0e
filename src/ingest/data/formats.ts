/**
 * File name extensions (lower case, without the dot) that name a document format.
 */

/** Pages: the article is extracted from the HTML first. */
export const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['html', 'htm', 'xhtml', 'shtml']);

/** Markdown: kept as written, like plain text. */
export const MARKDOWN_EXTENSIONS: ReadonlySet<string> = new Set(['md', 'markdown', 'mdown', 'mkd']);

/**
 * Containers of many documents, which one document cannot be read from, and what reads them:
 * `crosscheck extract` given one says so instead of reading the raw markup as an article.
 */
export const CONTAINER_EXTENSIONS: ReadonlyMap<string, string> = new Map([
  [
    'jsonl',
    'a JSON Lines file (one article per line): read it with "crosscheck extract --jsonl < FILE" or "crosscheck ingest FILE"',
  ],
  [
    'ndjson',
    'a JSON Lines file (one article per line): read it with "crosscheck extract --jsonl < FILE" or "crosscheck ingest FILE"',
  ],
  ['rss', 'an RSS or Atom feed (one article per item): read it with "crosscheck ingest FILE"'],
  ['atom', 'an RSS or Atom feed (one article per item): read it with "crosscheck ingest FILE"'],
  ['xml', 'an XML file, such as an RSS or Atom feed (one article per item): read it with "crosscheck ingest FILE"'],
  ['warc', 'a WARC archive (one article per page): read it with "crosscheck ingest FILE"'],
  ['gz', 'a compressed file, such as a WARC archive: read it with "crosscheck ingest FILE"'],
]);
