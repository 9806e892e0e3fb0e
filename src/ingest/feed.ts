import type { KnownMeta, SourceDocument } from '../model.js';
import { reasonOf, type ContainerEntry } from './container-entry.js';
import { decodeBytes } from './decode.js';
import { parseFeed, type FeedItem, type ParsedFeed } from './feed-parse.js';
import { DEFAULT_TIMEOUT_MS, documentFromBody, fetchUrl, type FetchedBody, type FetchOptions } from './fetch-url.js';
import { InputError } from './input-error.js';
import { readHtmlString, type ReadLimits } from './read-document.js';
import { readTextString } from './text.js';

/** How a feed's items are read. */
export interface FeedOptions extends FetchOptions, ReadLimits {
  /** The feed's own URL: relative item links resolve against it. Default: none. */
  baseUrl?: string | null;
  /**
   * Time allowed for fetching all of a feed's linked pages, in ms. Default
   * `PAGES_AT_ONCE` × `timeoutMs` (60 s): pages not fetched by then fail, each with the reason.
   */
  feedTimeoutMs?: number;
}

/** A feed's linked pages are fetched this many at a time, in feed order. */
export const PAGES_AT_ONCE = 4;

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
 * - an item with only a summary and an http(s) link: the linked page is fetched and read, four
 *   at a time within the feed's time limit, and from a feed file only on public addresses (the
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
  const feedMs = options.feedTimeoutMs ?? PAGES_AT_ONCE * (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const deadline = new AbortController();
  const timer = setTimeout(
    () =>
      deadline.abort(
        new InputError('timeout', `not fetched within the feed's time limit of ${feedMs / 1000} s (see --timeout)`),
      ),
    feedMs,
  );
  timer.unref();
  // A link in the feed may reach a private address only on the host of a feed the user fetched.
  const feedUrl = options.baseUrl ?? (HTTP_URL.test(origin) ? origin : null);
  const fetchOptions: FetchOptions = {
    ...options,
    signal: deadline.signal,
    trustedHost: feedUrl ? new URL(feedUrl).hostname : null,
  };
  const fetchPage = (url: string) => {
    if (deadline.signal.aborted) return Promise.reject(deadline.signal.reason as InputError);
    return fetchUrl(url, fetchOptions);
  };
  const entry = async (n: number): Promise<ContainerEntry> => {
    const item = feed.items[n]!;
    const name = `${origin}#item-${n + 1}`;
    try {
      const doc = await _itemDocument(item, feed, item.link ?? name, fetchPage, options);
      return { ok: true, doc, url: doc.meta.url ?? null };
    } catch (e) {
      return { ok: false, origin: item.link ? `${name} (${item.link})` : name, reason: reasonOf(e) };
    }
  };
  // Items are read PAGES_AT_ONCE at a time, so ten links to a server that never answers cost
  // three timeouts, not ten; they are given in feed order.
  const reading: Array<Promise<ContainerEntry>> = [];
  let next = 0;
  try {
    while (next < feed.items.length && reading.length < PAGES_AT_ONCE) reading.push(entry(next++));
    while (reading.length > 0) {
      yield await reading.shift()!;
      if (next < feed.items.length) reading.push(entry(next++));
    }
  } finally {
    clearTimeout(timer);
    deadline.abort();
  }
  if (feed.error) yield { ok: false, origin, reason: feed.error };
}

async function _itemDocument(
  item: FeedItem,
  feed: ParsedFeed,
  origin: string,
  fetchPage: (url: string) => Promise<FetchedBody>,
  limits: ReadLimits,
): Promise<SourceDocument> {
  const outlet = item.outlet ?? feed.title;
  const meta: KnownMeta = {
    title: item.title,
    published: item.published,
    url: item.link,
    outlet,
    language: feed.language,
  };
  if (item.content) return _bodyDocument(item.content, item.title, origin, meta, limits);
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
    const doc = await documentFromBody(body, origin, { ...meta, outlet: null }, limits);
    return doc.meta.outlet ? doc : { ...doc, meta: { ...doc.meta, outlet } };
  }
  if (item.summary) return _bodyDocument(item.summary, item.title, origin, meta, limits);
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
  limits: ReadLimits,
): Promise<SourceDocument> {
  if ('text' in body)
    return Promise.resolve(readTextString(title ? `${title}\n\n${body.text}` : body.text, origin, 'text', meta));
  const head = title ? `<title>${_escape(title)}</title>` : '';
  const h1 = title ? `<h1>${_escape(title)}</h1>` : '';
  return readHtmlString(
    `<!doctype html><html><head>${head}</head><body><article>${h1}${body.html}</article></body></html>`,
    origin,
    meta,
    limits,
  );
}

function _escape(s: string): string {
  return s.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]!);
}
