/**
 * Names of `<meta>` tags (their `property`, `name` or `itemprop`, lower case) that carry page
 * metadata, most trusted first.
 */

/** The headline as the publisher titled it for sharing. */
export const TITLE_META: readonly string[] = ['og:title', 'twitter:title'];

/** The publisher's name. */
export const OUTLET_META: readonly string[] = ['og:site_name'];

/** The publication date or time. */
export const PUBLISHED_META: readonly string[] = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
];

/** The page's own address. */
export const URL_META: readonly string[] = ['og:url'];

/** Locale tags ("en_GB") that say the page's language when `lang` is missing. */
export const LANGUAGE_META: readonly string[] = ['og:locale', 'content-language', 'language'];

/**
 * schema.org types of JSON-LD objects that describe the article itself (not the site, a person
 * or a breadcrumb list).
 */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'Article',
  'LiveBlogPosting',
]);
