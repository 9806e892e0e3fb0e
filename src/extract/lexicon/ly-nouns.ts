/**
 * Lower-case words ending in "-ly" that are nouns or names, not adverbs, so they stay in a
 * claimant before its verb: "the family said", "the weekly reported" (other "-ly" words before a
 * verb are adverbs: "the regime immediately claimed").
 */
export const LY_NOUNS: ReadonlySet<string> = new Set([
  'family',
  'ally',
  'rally',
  'assembly',
  'supply',
  'monopoly',
  'anomaly',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'biweekly',
  'reply',
  'bully',
  'homily',
  'folly',
  'july',
  'italy',
]);
