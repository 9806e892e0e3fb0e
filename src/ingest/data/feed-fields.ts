/**
 * Element names read from RSS 2.0, RSS 1.0 (RDF) and Atom feeds, as fast-xml-parser names them
 * (namespace prefixes kept: `content:encoded`). Earlier names win.
 */

/** Root elements of the feed formats crosscheck reads, mapped to the format. */
export const FEED_ROOTS: ReadonlyMap<string, 'rss' | 'rdf' | 'atom'> = new Map([
  ['rss', 'rss'],
  ['rdf:RDF', 'rdf'],
  ['feed', 'atom'],
]);

/** Elements that repeat and are always read as arrays, even when a feed has one of them. */
export const REPEATED_ELEMENTS: ReadonlySet<string> = new Set(['item', 'entry', 'link', 'category', 'author']);

/** The item's full text, as HTML (RSS `content:encoded`, Atom `content` is read apart). */
export const FULL_CONTENT_FIELDS: readonly string[] = ['content:encoded'];

/** A summary: the item's text when there is no full content and no page to fetch. */
export const SUMMARY_FIELDS: readonly string[] = ['description', 'summary', 'dc:description'];

/** Publication date of an item; `updated` only when nothing says when it was published. */
export const ITEM_DATE_FIELDS: readonly string[] = [
  'pubDate',
  'published',
  'dc:date',
  'dcterms:issued',
  'updated',
  'dcterms:modified',
];

/** The feed's language (RSS `language`, RDF `dc:language`); Atom uses the `xml:lang` attribute. */
export const LANGUAGE_FIELDS: readonly string[] = ['language', 'dc:language'];

/** Atom `content` types whose body is markup (`html` escaped, `xhtml` inline); others are text. */
export const MARKUP_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'html',
  'xhtml',
  'text/html',
  'application/xhtml+xml',
]);

/** Month abbreviations of RFC 822 dates ("Thu, 09 Nov 2023 10:15:00 GMT"), lower case, January first. */
export const RFC822_MONTHS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
