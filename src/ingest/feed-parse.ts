import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { IsoDate } from '../model.js';
import { cleanText } from './clean-text.js';
import {
  FEED_ROOTS,
  FULL_CONTENT_FIELDS,
  ITEM_DATE_FIELDS,
  LANGUAGE_FIELDS,
  MARKUP_CONTENT_TYPES,
  REPEATED_ELEMENTS,
  RFC822_MONTHS,
  SUMMARY_FIELDS,
} from './data/feed-fields.js';
import { InputError } from './input-error.js';
import { isIsoDay, toIsoDate } from './iso-date.js';

/** An item's body as the feed gives it. */
export type FeedBody = { html: string } | { text: string };

/** One RSS item or Atom entry. */
export interface FeedItem {
  title: string | null;
  /** Absolute URL of the item's page, or null. */
  link: string | null;
  published: IsoDate | null;
  /** The item's own source (RSS `<source>`, Atom `<source><title>`), when it names another outlet. */
  outlet: string | null;
  /** Full text (`content:encoded`, Atom `content`), or null. */
  content: FeedBody | null;
  /** Summary (`description`, `summary`), or null. */
  summary: FeedBody | null;
}

/** A feed as parsed: its own fields, the items read, and what went wrong (items before it are kept). */
export interface ParsedFeed {
  format: 'rss' | 'rdf' | 'atom';
  title: string | null;
  /** ISO 639-1 code, or null. */
  language: string | null;
  items: FeedItem[];
  /** Why the feed could not be read to its end (truncated, malformed), or null when it was. */
  error: string | null;
}

type Node = Record<string, unknown>;

// Entities declared in the feed itself are refused before parsing (see parseFeed); these limits
// are a second line: no entity is expanded into more than a few kilobytes.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: {
    enabled: true,
    maxEntityCount: 16,
    maxEntitySize: 1024,
    maxTotalExpansions: 1000,
    maxExpandedLength: 65_536,
  },
  // Atom `content type="xhtml"` is inline markup: keep it as source instead of a tree of objects.
  stopNodes: ['feed.entry.content'],
  isArray: (name) => REPEATED_ELEMENTS.has(name),
});

const ELEMENT_NAME = /^[A-Za-z_][\w.:-]*/;
/** Longest element name looked at. */
const MAX_NAME = 100;
const ENTITY_DECLARATION = /<!ENTITY/i;
const XML_ESCAPE = /&(?:#(\d+)|#x([0-9a-f]+)|(lt|gt|amp|quot|apos));/gi;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const TAG = /<[^>]*>/g;
const LANGUAGE_TAG = /^([a-z]{2})(?:[-_]|$)/i;
const RFC822_DAY = /^\s*(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})\b/;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The feed format of a text whose root element is `<rss>`, `<rdf:RDF>` or `<feed>`, else null.
 * Reads only the prolog: `<?xml …?>`, comments and a DOCTYPE are skipped.
 */
export function feedFormat(text: string): ParsedFeed['format'] | null {
  const root = _rootElement(text);
  return root ? (FEED_ROOTS.get(root.name) ?? null) : null;
}

/**
 * Parses an RSS 2.0, RSS 1.0 or Atom feed with fast-xml-parser. Safe on hostile input: a feed
 * that declares its own entities (`<!DOCTYPE … [<!ENTITY …>]>`: "billion laughs", external
 * entities such as `SYSTEM "file:///etc/passwd"`) is refused before parsing, so nothing is
 * expanded and no file or URL is read. A truncated or malformed feed is checked with the XML
 * validator; the items complete before the damage are still returned, with `error` saying where
 * the damage is. Pure.
 *
 * @param baseUrl resolves relative item links (the feed's own URL), if known
 * @throws InputError when the text is not a feed at all, or declares entities
 */
export function parseFeed(xml: string, baseUrl: string | null = null): ParsedFeed {
  const root = _rootElement(xml);
  const format = root ? FEED_ROOTS.get(root.name) : undefined;
  if (!root || !format) {
    throw new InputError(
      'no-text',
      `not an RSS or Atom feed (${root ? `its root element is <${root.name}>` : 'no XML element found'})`,
    );
  }
  if (ENTITY_DECLARATION.test(xml.slice(0, root.index))) {
    throw new InputError(
      'undecodable',
      'the feed declares its own XML entities (<!ENTITY …>); crosscheck never expands them (entity-expansion and external-entity attacks)',
    );
  }
  const valid = XMLValidator.validate(xml);
  if (valid === true) return _read(parser.parse(xml) as Node, format, baseUrl, null);

  // Keep what came before the damage: cut after the last complete item and close the feed.
  const { line, col, code } = valid.err;
  // The validator reports elements left open at the end as "Invalid '["rss","channel"]' found" at 1:1.
  const unclosed = code === 'InvalidXml' && valid.err.msg.startsWith("Invalid '[");
  const damage = unclosed ? xml.length : _offsetOf(xml, line, col);
  const msg = unclosed ? 'it ends before its closing tags' : valid.err.msg.replace(/\.$/, '');
  const where = unclosed ? '' : ` (line ${line}, column ${col})`;
  const closeItem = format === 'atom' ? '</entry>' : '</item>';
  const cut = xml.lastIndexOf(closeItem, damage);
  // Elements left open, or no complete tag after the damage ("…<title>Strike</ti"): cut short.
  const truncated = unclosed || xml.indexOf('>', damage) < 0;
  const what = truncated ? 'truncated feed' : 'malformed feed';
  let items: FeedItem[] = [];
  let head: ParsedFeed = { format, title: null, language: null, items, error: null };
  if (cut > 0) {
    try {
      head = _read(
        parser.parse(xml.slice(0, cut + closeItem.length) + _closers(format)) as Node,
        format,
        baseUrl,
        null,
      );
      items = head.items;
    } catch {
      // The part before the damage does not parse either: no items can be trusted.
    }
  }
  const kept =
    items.length === 0
      ? 'no item could be read'
      : `the ${items.length} item${items.length === 1 ? '' : 's'} before it ${items.length === 1 ? 'was' : 'were'} read`;
  return { ...head, items, error: `${what}: ${msg}${where}; ${kept}` };
}

/** Closing tags that end a feed cut after an item: items sit right under these elements. */
function _closers(format: ParsedFeed['format']): string {
  return format === 'rss' ? '</channel></rss>' : format === 'rdf' ? '</rdf:RDF>' : '</feed>';
}

/** The feed's fields and items from the parsed tree. */
function _read(tree: Node, format: ParsedFeed['format'], baseUrl: string | null, error: string | null): ParsedFeed {
  const root = (format === 'rss' ? tree.rss : format === 'rdf' ? tree['rdf:RDF'] : tree.feed) as Node | undefined;
  const channel = (format === 'atom' ? root : (root?.channel as Node | undefined)) ?? {};
  const rawItems = (format === 'rss' ? channel.item : format === 'rdf' ? root?.item : root?.entry) as
    Node[] | undefined;
  const language = _first(channel, LANGUAGE_FIELDS) ?? _attr(root, 'xml:lang');
  return {
    format,
    title: _title(channel.title),
    language: language ? (LANGUAGE_TAG.exec(language)?.[1]?.toLowerCase() ?? null) : null,
    items: (rawItems ?? []).map((item) => _item(item, baseUrl)),
    error,
  };
}

function _item(item: Node, baseUrl: string | null): FeedItem {
  const dateText = _first(item, ITEM_DATE_FIELDS);
  const source = item.source as Node | string | undefined;
  return {
    title: _title(item.title),
    link: _link(item, baseUrl),
    published: _feedDate(dateText),
    outlet: cleanText(
      typeof source === 'object' && source !== null && 'title' in source ? _text(source.title) : _text(source),
    ),
    content: _atomContent(item.content) ?? _html(_first(item, FULL_CONTENT_FIELDS)),
    summary: _html(_first(item, SUMMARY_FIELDS)),
  };
}

/**
 * Atom `content`, kept as source by the parser (a stop node): `type="xhtml"` is markup as is;
 * `html` and `text` are escaped text (`&lt;p&gt;` or a CDATA section) to unescape. A `src`
 * attribute (content elsewhere) gives no body: the item's link is fetched instead.
 */
function _atomContent(content: unknown): FeedBody | null {
  if (content === undefined || content === null || _attr(content, 'src')) return null;
  const raw = typeof content === 'object' ? String((content as Node)['#text'] ?? '') : String(content);
  const type = (_attr(content, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml') return raw.trim() ? { html: raw } : null;
  const body = _unescapeXml(raw).trim();
  if (!body) return null;
  return MARKUP_CONTENT_TYPES.has(type) ? { html: body } : { text: body };
}

/** "&lt;p&gt;A &amp;amp; B" → "<p>A &amp; B"; CDATA sections are kept verbatim. Only XML's own escapes. */
function _unescapeXml(raw: string): string {
  let out = '';
  let last = 0;
  CDATA.lastIndex = 0;
  for (let m = CDATA.exec(raw); m; m = CDATA.exec(raw)) {
    out += _unescapeText(raw.slice(last, m.index)) + m[1];
    last = m.index + m[0].length;
  }
  return out + _unescapeText(raw.slice(last));
}

function _unescapeText(s: string): string {
  return s.replace(XML_ESCAPE, (all, dec: string | undefined, hex: string | undefined, named: string | undefined) => {
    if (named) return PREDEFINED[named.toLowerCase()] ?? all;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/**
 * An item's date as `YYYY-MM-DD`, the day as written. RSS dates ("Thu, 09 Nov 2023 10:15:00 GMT")
 * are read directly — chrono-node took most of a large feed's time — and anything else by `toIsoDate`.
 */
function _feedDate(value: string | null): string | null {
  const m = value ? RFC822_DAY.exec(value) : null;
  const month = m ? RFC822_MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
  if (m && month > 0) {
    const day = `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    if (isIsoDay(day)) return day;
  }
  return toIsoDate(value);
}

/** A feed's HTML field (description, content:encoded) as a body, or null when empty. */
function _html(value: string | null): FeedBody | null {
  return value && value.trim() ? { html: value } : null;
}

/**
 * The item's page: Atom's `rel="alternate"` (or rel-less) link, RSS `<link>`, else a `<guid>`
 * that is a URL and not marked `isPermaLink="false"`. Relative links resolve against `baseUrl`.
 */
function _link(item: Node, baseUrl: string | null): string | null {
  const links = (item.link as unknown[] | undefined) ?? [];
  let href: string | null = null;
  for (const l of links) {
    const rel = _attr(l, 'rel');
    const value = _attr(l, 'href') ?? _text(l);
    if (value && (!rel || rel === 'alternate')) {
      href = value;
      break;
    }
  }
  if (!href && _attr(item.guid, 'isPermaLink') !== 'false') href = _text(item.guid);
  if (!href) return null;
  try {
    return new URL(href.trim(), baseUrl ?? undefined).href;
  } catch {
    return null;
  }
}

/** A title as one clean line; Atom `type="html"` titles lose their tags ("Strikes <em>resume</em>"). */
function _title(value: unknown): string | null {
  const text = _text(value);
  return cleanText(text && /^(x?html)$/i.test(_attr(value, 'type') ?? '') ? text.replace(TAG, '') : text);
}

/** The first of `names` that holds text. */
function _first(node: Node, names: readonly string[]): string | null {
  for (const n of names) {
    const t = _text(node[n]);
    if (t) return t;
  }
  return null;
}

/** An element's text: a string, or `#text` of an element with attributes; arrays give their first. */
function _text(value: unknown): string | null {
  if (Array.isArray(value)) return _text(value[0]);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return String((value as Node)['#text']);
  return null;
}

function _attr(value: unknown, name: string): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = (value as Node)[`@${name}`];
  return typeof v === 'string' ? v : null;
}

/**
 * The first element's name and offset, past `<?xml …?>`, comments and the DOCTYPE (with its
 * internal subset: "<!DOCTYPE rss [<!ELEMENT …>]>"). One forward scan.
 */
function _rootElement(text: string): { name: string; index: number } | null {
  let i = 0;
  while ((i = text.indexOf('<', i)) >= 0) {
    let end: number;
    if (text.startsWith('<?', i)) end = _after(text, '?>', i);
    else if (text.startsWith('<!--', i)) end = _after(text, '-->', i);
    else if (text.startsWith('<!', i)) {
      const bracket = text.indexOf('[', i);
      const close = text.indexOf('>', i);
      end =
        bracket >= 0 && (close < 0 || bracket < close)
          ? _after(text, '>', _after(text, ']', bracket))
          : _after(text, '>', i);
    } else {
      const m = ELEMENT_NAME.exec(text.slice(i + 1, i + 1 + MAX_NAME));
      return m ? { name: m[0], index: i } : null;
    }
    if (end < 0) return null;
    i = end;
  }
  return null;
}

/** Offset just after the next `token` from `from`, or -1 (also when `from` is -1). */
function _after(text: string, token: string, from: number): number {
  if (from < 0) return -1;
  const at = text.indexOf(token, from);
  return at < 0 ? -1 : at + token.length;
}

/** Offset of a 1-based line and column. */
function _offsetOf(text: string, line: number, col: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return Math.min(text.length, offset + Math.max(0, col - 1));
}
