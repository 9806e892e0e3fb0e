/**
 * Media types (the part of `Content-Type` before any `;`, lower case) and what crosscheck does
 * with a body of that type.
 */

/** Pages and text: read as one document (HTML, or plain text when the type says so). */
export const PAGE_TYPES: ReadonlySet<string> = new Set([
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'text/markdown',
]);

/** Feeds, and generic XML that is read as a feed when its root is `<rss>`, `<feed>` or `<rdf:RDF>`. */
export const FEED_TYPES: ReadonlySet<string> = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/x-rss+xml',
]);

/** Page types that are plain text rather than markup. */
export const PLAIN_TEXT_TYPES: ReadonlySet<string> = new Set(['text/plain', 'text/markdown']);

/** HTTP statuses that redirect (`Location` names the next URL). */
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** What crosscheck asks servers for, best first. */
export const ACCEPT_HEADER =
  'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8';
