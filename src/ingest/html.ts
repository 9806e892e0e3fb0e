import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { KnownMeta, OffsetSegment } from '../model.js';
import { BOILERPLATE_SELECTORS } from './data/boilerplate.js';
import { ARTICLE_HEADLINE_SELECTORS, HEADING_ELEMENTS, PAGE_HEADLINE_SELECTOR } from './data/html-elements.js';
import { readPageMeta } from './html-meta.js';
import { readSourceText, type SourceText } from './html-source-map.js';
import { HtmlTextBuilder, isTextNode, type DomNode } from './html-text.js';
import { cleanText } from './clean-text.js';
import { InputError } from './input-error.js';

const WORD = /[\p{L}\p{N}]+/gu;
const NOT_WHITESPACE = /\S/;

/** Dice overlap of words above which an `<h1>` is the headline the metadata names. */
const HEADLINE_SIMILARITY = 0.6;

/** An article read from an HTML page. */
export interface HtmlArticle {
  /** Headline, then the article's paragraphs, headings, list items and quotes, blank-line separated. */
  text: string;
  /** From text offsets back to offsets in the HTML source string (see `OffsetSegment`). */
  htmlMap: OffsetSegment[];
  /** Title (the headline in `text`), outlet, publication date, language and URL from the page. */
  meta: KnownMeta;
}

/**
 * Extracts the article of an HTML page with Mozilla Readability over linkedom, builds its text
 * (headline first, one paragraph per block element, entities decoded, scripts and styles left
 * out) with an offset map into `html`, and reads the page's metadata. Pure.
 *
 * @param html the page source, already decoded (offsets of `htmlMap` index this string)
 * @throws InputError `no-text` when the page holds no readable text
 */
export function readHtml(html: string): HtmlArticle {
  const source = readSourceText(html);
  const doc = _parse(html);
  const locate = _locator(doc, source);
  const page = readPageMeta(doc);

  const headlineEl = _headlineElement(doc, page.metaTitle);
  const headline = headlineEl ? cleanText(headlineEl.textContent) : page.metaTitle;
  // Filled once Readability has chosen the article: headings there that repeat the headline.
  const repeats = new Set<DomNode>();
  const builder = new HtmlTextBuilder(source, locate.node, repeats);
  if (headlineEl) builder.addNode(headlineEl as unknown as DomNode);
  else if (headline) builder.addText(headline, locate.search(headline));
  builder.endParagraph();

  // Readability rearranges the document, so it runs after everything above has read it.
  const content = _articleContent(doc);
  if (headline) {
    for (const h of Array.from(content.querySelectorAll('*'))) {
      if (HEADING_ELEMENTS.has(h.localName) && cleanText(h.textContent) === headline)
        repeats.add(h as unknown as DomNode);
    }
  }
  builder.addNode(content as unknown as DomNode);
  const { text, segments } = builder.result();
  if (!NOT_WHITESPACE.test(text))
    throw new InputError('no-text', 'no text: the HTML page holds no readable article text');
  const meta: KnownMeta = {
    title: headline ?? null,
    outlet: page.outlet,
    published: page.published,
    language: page.language,
    url: page.url,
  };
  return { text, htmlMap: segments, meta };
}

/**
 * Parses with linkedom. A fragment ("<!doctype html><title>…</title><p>…") gets no `<html>` root
 * from linkedom, which Readability needs: parse it again wrapped in html and body tags. The
 * wrapper adds no text, so text nodes still line up with the source's text pieces.
 */
function _parse(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  if (doc.documentElement?.localName === 'html' && doc.body) return doc;
  return parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
}

interface Locator {
  /** Stream offset of a text node's data, or -1. */
  node: (node: DomNode) => number;
  /** Stream offset of a string, searched from where the last located text ended, or -1. */
  search: (data: string) => number;
}

/**
 * Finds where text nodes came from. Each text node of the freshly parsed document is paired with
 * the source piece of the same rank (the same parser made both); nodes Readability creates
 * afresh (its retry pass re-parses the page) are found by searching the source text forward from
 * the last match, starting at the body.
 */
function _locator(doc: Document, source: SourceText): Locator {
  const known = _pairNodes(doc, source);
  let cursor = source.bodyStart;
  const search = (data: string): number => {
    if (!NOT_WHITESPACE.test(data)) return -1;
    let pos = source.stream.indexOf(data, cursor);
    if (pos < 0) pos = source.stream.indexOf(data, source.bodyStart);
    if (pos < 0) pos = source.stream.indexOf(data);
    if (pos >= 0) cursor = pos + data.length;
    return pos;
  };
  const node = (n: DomNode): number => {
    const pos = known.get(n);
    if (pos === undefined) return search(n.data ?? '');
    cursor = pos + (n.data ?? '').length;
    return pos;
  };
  return { node, search };
}

/** Text node → stream offset, for every text node whose data equals its source piece. */
function _pairNodes(doc: Document, source: SourceText): WeakMap<DomNode, number> {
  const known = new WeakMap<DomNode, number>();
  const nodes: DomNode[] = [];
  const stack: DomNode[] = [doc as unknown as DomNode];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isTextNode(n)) nodes.push(n);
    const children = n.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  // A different count means the two parses disagree: pair nothing rather than pair wrongly.
  if (nodes.length !== source.pieceOfNode.length) return known;
  const { stream, streamStart } = source;
  for (let k = 0; k < nodes.length; k++) {
    const piece = source.pieceOfNode[k]!;
    if (piece < 0) continue;
    const data = nodes[k]!.data ?? '';
    const start = streamStart[piece]!;
    const end = piece + 1 < streamStart.length ? streamStart[piece + 1]! : stream.length;
    if (end - start !== data.length || !stream.startsWith(data, start)) return new WeakMap();
    known.set(nodes[k]!, start);
  }
  return known;
}

/**
 * The page's printed headline: the article's `<h1>`, else the page's first `<h1>` when it matches
 * the metadata title. A site whose logo is an `<h1>` ("The Daily Ledger") would otherwise title
 * every article with its own name.
 */
function _headlineElement(doc: Document, metaTitle: string | null): Element | null {
  for (const selector of ARTICLE_HEADLINE_SELECTORS) {
    const el = doc.querySelector(selector);
    if (el && cleanText(el.textContent)) return el;
  }
  const el = doc.querySelector(PAGE_HEADLINE_SELECTOR);
  const text = cleanText(el?.textContent);
  if (!el || !text || (metaTitle && _similarity(text, metaTitle) < HEADLINE_SIMILARITY)) return null;
  return el;
}

/** Readability's article element, or the whole body when it finds no article. */
function _articleContent(doc: Document): Element {
  const body = doc.body;
  for (const el of Array.from(doc.querySelectorAll(BOILERPLATE_SELECTORS.join(',')))) el.remove();
  const article = new Readability<Element>(doc, { serializer: (el) => el as Element }).parse();
  return article?.content ?? body;
}

/** Dice coefficient of the two strings' lower-cased word sets, 0–1. */
function _similarity(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().match(WORD) ?? []);
  const wb = new Set(b.toLowerCase().match(WORD) ?? []);
  if (wa.size + wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}
