import type { KnownMeta, SourceDocument } from '../model.js';
import { reasonOf, type ContainerEntry } from './container-entry.js';
import { decodeBytes } from './decode.js';
import { parseFeed, type FeedItem, type ParsedFeed } from './feed-parse.js';
import { documentFromBody, fetchUrl, type FetchedBody, type FetchOptions } from './fetch-url.js';
import { InputError } from './input-error.js';
import { readHtmlString } from './read-document.js';
import { readTextString } from './text.js';

/** How a feed's items are read. */
export interface FeedOptions extends FetchOptions {
  /** The feed's own URL: relative item links resolve against it. Default: none. */
  baseUrl?: string | null;
  /** Downloads an item's page. Default `fetchUrl` with these options. */
  fetchPage?: (url: string) => Promise<FetchedBody>;
}

const XML_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/;
const HTTP_URL = /^https?:\/\//i;
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const HTML_SPECIAL = /[&<>"]/g;

/**
 * Reads a feed's bytes (a file or a download) into one entry per item, in feed order, then one
 * failure for the feed itself when it was truncated or malformed (the items before the damage are
 * still given). Each item becomes a document:
 *
 * - full content (`content:encoded`, Atom `content`) is read as HTML, headline first;
 * - an item with only a summary and an http(s) link: the linked page is fetched and read (the
 *   item's title, date and link override the page's; the feed title is the outlet when the page
 *   names none). When that fails the item fails with the reason — its summary is *not* stored,
 *   so that running again later stores the full page as the first version instead of a summary
 *   followed by a "changed" text;
 * - an item with only a summary and no http(s) link: the summary is all there is, and is read.
 *
 * Metadata: title, link (→ url), pubDate / published / updated (→ published), the item's
 * `<source>` or else the feed title (→ outlet), the feed's language. The document's origin is
 * the item's link, or `FEED#item-N` without one; failures are named `FEED#item-N (link)`.
 *
 * @param origin the feed's path or URL, as given
 */
export async function* readFeedBytes(
  bytes: Uint8Array,
  origin: string,
  options: FeedOptions = {},
): AsyncGenerator<ContainerEntry> {
  let feed: ParsedFeed;
  try {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 200)).toString('latin1');
    const { text } = decodeBytes(bytes, { declaredCharset: XML_ENCODING.exec(head)?.[1] ?? null });
    feed = parseFeed(text, options.baseUrl ?? (HTTP_URL.test(origin) ? origin : null));
  } catch (e) {
    yield { ok: false, origin, reason: reasonOf(e) };
    return;
  }
  const fetchPage = options.fetchPage ?? ((url: string) => fetchUrl(url, options));
  for (let n = 0; n < feed.items.length; n++) {
    const item = feed.items[n]!;
    const name = `${origin}#item-${n + 1}`;
    try {
      const doc = await _itemDocument(item, feed, item.link ?? name, fetchPage, options.maxBytes);
      yield { ok: true, doc, url: doc.meta.url ?? null };
    } catch (e) {
      yield { ok: false, origin: item.link ? `${name} (${item.link})` : name, reason: reasonOf(e) };
    }
  }
  if (feed.error) yield { ok: false, origin, reason: feed.error };
}

async function _itemDocument(
  item: FeedItem,
  feed: ParsedFeed,
  origin: string,
  fetchPage: (url: string) => Promise<FetchedBody>,
  maxBytes: number | undefined,
): Promise<SourceDocument> {
  const outlet = item.outlet ?? feed.title;
  const meta: KnownMeta = {
    title: item.title,
    published: item.published,
    url: item.link,
    outlet,
    language: feed.language,
  };
  if (item.content) return _bodyDocument(item.content, item.title, origin, meta);
  if (item.link && HTTP_URL.test(item.link)) {
    let body: FetchedBody;
    try {
      body = await fetchPage(item.link);
      if (body.kind !== 'page')
        throw new InputError('unreadable', `the link is a ${body.mediaType} document, not a page`);
    } catch (e) {
      throw new InputError('unreadable', `the item has only a summary, and its page could not be read: ${reasonOf(e)}`);
    }
    // The page's own outlet (og:site_name) is better than a feed title like "World news — Kestrel".
    const doc = documentFromBody(body, origin, { ...meta, outlet: null }, maxBytes);
    return doc.meta.outlet ? doc : { ...doc, meta: { ...doc.meta, outlet } };
  }
  if (item.summary) return _bodyDocument(item.summary, item.title, origin, meta);
  throw new InputError('no-text', 'the item has no content, no summary and no link');
}

/**
 * An item's body as a document. HTML goes into a small page whose `<h1>` is the item's title, so
 * that the text starts with the headline as a page's does ("Strike on market\n\nAt least …").
 */
function _bodyDocument(
  body: { html: string } | { text: string },
  title: string | null,
  origin: string,
  meta: KnownMeta,
): SourceDocument {
  if ('text' in body) return readTextString(title ? `${title}\n\n${body.text}` : body.text, origin, 'text', meta);
  const head = title ? `<title>${_escape(title)}</title>` : '';
  const h1 = title ? `<h1>${_escape(title)}</h1>` : '';
  return readHtmlString(
    `<!doctype html><html><head>${head}</head><body><article>${h1}${body.html}</article></body></html>`,
    origin,
    meta,
  );
}

function _escape(s: string): string {
  return s.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]!);
}
