/**
 * Element names (lower case) that shape the text built from an HTML article.
 */

/** Elements whose content never reaches the text: code, styling, templates, embedded media. */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'head',
  'title',
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
  'canvas',
  'button',
  'select',
  'textarea',
]);

/**
 * Elements whose content is code, not text: the source map leaves it out so that no article text
 * is ever located inside a script.
 */
export const CODE_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'template']);

/**
 * Elements that start and end a paragraph of the text: "<p>A</p><p>B</p>" gives "A\n\nB".
 * Inline elements (a, b, em, span…) join their text to the paragraph they sit in.
 */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Headings that may repeat the headline inside the article body. */
export const HEADING_ELEMENTS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3']);

/** Where the printed headline sits inside the article: trusted as the headline. */
export const ARTICLE_HEADLINE_SELECTORS: readonly string[] = ['article h1', 'main h1'];

/** Any `<h1>` of the page: the headline only when it matches the metadata title (else a logo). */
export const PAGE_HEADLINE_SELECTOR = 'h1';

/** Where a `<time datetime>` states the article's date, most specific first. */
export const ARTICLE_TIME_SELECTORS: readonly string[] = [
  '[itemprop="datePublished"][datetime]',
  'time[pubdate][datetime]',
  'article time[datetime]',
  'main time[datetime]',
];
