/**
 * Phrases in the last lines of an article that name its publisher: "Source: Example News",
 * "This story was published by Example News", "© 2023 Example News. All rights reserved."
 * Matched case-insensitively at the start of a line; the name follows.
 */
export const PUBLISHER_LEADS: readonly string[] = [
  'source:',
  'this story was published by',
  'this story was originally published by',
  'this article was published by',
  'this article was originally published by',
  'this article first appeared in',
  'this article first appeared on',
  'this story first appeared in',
  'this story first appeared on',
  'originally published by',
  'originally published in',
  'first published by',
  'published by',
  'republished from',
  'courtesy of',
  '©',
  '(c)',
  'copyright',
];

/** Trailing phrases removed from a named publisher: "Example News. All rights reserved." */
export const PUBLISHER_TAILS: readonly string[] = [
  'all rights reserved',
  'used with permission',
  'reprinted with permission',
];

/** How many of the last paragraphs are searched for a publisher line. */
export const FOOTER_PARAGRAPHS = 4;
