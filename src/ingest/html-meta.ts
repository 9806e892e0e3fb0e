import type { KnownMeta } from '../model.js';
import { ARTICLE_TIME_SELECTORS } from './data/html-elements.js';
import { ARTICLE_TYPES, LANGUAGE_META, OUTLET_META, PUBLISHED_META, TITLE_META, URL_META } from './data/meta-names.js';
import { cleanText } from './clean-text.js';
import { toIsoDate } from './iso-date.js';

const LANGUAGE_TAG = /^([a-z]{2})(?:[-_]|$)/i;

/** What a page's head says about its article, before the headline is settled. */
export interface PageMeta extends KnownMeta {
  /** The best title from metadata: JSON-LD headline, og:title, twitter:title, then `<title>`. */
  metaTitle: string | null;
}

type JsonObject = Record<string, unknown>;

/**
 * Reads page metadata: `<title>`, og/twitter/article meta tags, `<meta name="date">` and kin,
 * JSON-LD NewsArticle objects (also inside `@graph` arrays, with `publisher` given by `@id`),
 * `<time datetime>` in the article, and the `lang` attribute. Dates become `YYYY-MM-DD`, the
 * language its ISO 639-1 code. Pure over the parsed document (run it before Readability, which
 * removes scripts).
 */
export function readPageMeta(doc: Document): PageMeta {
  const tags = _metaTags(doc);
  const article = _jsonLdArticle(doc);
  const pick = (names: readonly string[]): string | null => {
    for (const n of names) {
      const v = tags.get(n);
      if (v) return v;
    }
    return null;
  };
  const timeEl = ARTICLE_TIME_SELECTORS.map((s) => doc.querySelector(s)).find((el) => el !== null);
  const published =
    toIsoDate(article.datePublished) ?? toIsoDate(pick(PUBLISHED_META)) ?? toIsoDate(timeEl?.getAttribute('datetime'));
  const lang = doc.documentElement?.getAttribute('lang') ?? article.inLanguage ?? pick(LANGUAGE_META);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    metaTitle: article.headline ?? pick(TITLE_META) ?? cleanText(doc.querySelector('title')?.textContent),
    outlet: pick(OUTLET_META) ?? article.publisher,
    published,
    language: lang ? (LANGUAGE_TAG.exec(lang.trim())?.[1]?.toLowerCase() ?? null) : null,
    url: pick(URL_META) ?? cleanText(canonical),
  };
}

/** `<meta property|name|itemprop="…" content="…">`, first occurrence of each name wins. */
function _metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const name =
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv');
    const content = cleanText(el.getAttribute('content'));
    if (!name || !content) continue;
    const key = name.trim().toLowerCase();
    if (!tags.has(key)) tags.set(key, content);
  }
  return tags;
}

interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
  inLanguage: string | null;
}

/** The first article-typed JSON-LD object of the page; broken JSON is skipped, not fatal. */
function _jsonLdArticle(doc: Document): JsonLdArticle {
  const objects: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      _collect(JSON.parse(script.textContent ?? ''), objects);
    } catch {
      // A page's broken JSON-LD is the page's problem: the other metadata still count.
    }
  }
  const byId = new Map<string, JsonObject>();
  for (const o of objects) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  const article = objects.find((o) => _types(o).some((t) => ARTICLE_TYPES.has(t)));
  if (!article) return { headline: null, datePublished: null, publisher: null, inLanguage: null };
  // "publisher": {"@id": "https://example.org/#org"} points at an Organization elsewhere in @graph.
  let publisher = _first(article['publisher']);
  if (publisher && typeof publisher['@id'] === 'string' && publisher['name'] === undefined)
    publisher = byId.get(publisher['@id']) ?? publisher;
  return {
    headline: cleanText(_string(article['headline'])),
    datePublished: _string(article['datePublished']),
    publisher: cleanText(_string(publisher?.['name'])),
    inLanguage: _string(article['inLanguage']),
  };
}

/** Flattens a JSON-LD value: arrays and `@graph` arrays into a list of objects. */
function _collect(value: unknown, into: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const v of value) _collect(v, into);
  } else if (value && typeof value === 'object') {
    const o = value as JsonObject;
    into.push(o);
    if (o['@graph']) _collect(o['@graph'], into);
  }
}

function _types(o: JsonObject): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
}

function _first(v: unknown): JsonObject | null {
  const x = Array.isArray(v) ? v[0] : v;
  return x && typeof x === 'object' ? (x as JsonObject) : null;
}

function _string(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** Collapses white space; empty becomes null. */
