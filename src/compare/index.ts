/**
 * Cross-checking, the library's door to it: plain, typed functions over a ledger that line claims
 * up across documents. Each takes the ledger (index up to date: `crosscheck ingest` keeps it so, or
 * call {@link updateCrossCheck}) and an options object, and returns plain data (model.ts types).
 *
 * @example
 * import { openLedger, loadAliases, series, disputes } from 'crosscheck';
 * const ledger = openLedger('crosscheck.db', { readonly: true });
 * const aliases = loadAliases('examples/crosscheck.aliases.json');
 * for (const s of series(ledger, { metric: 'killed', kind: 'cumulative', aliases })) console.log(s.id, s.points.length);
 * for (const d of disputes(ledger, { aliases, days: 1 })) console.log(d.kind, d.reason);
 * ledger.close();
 */
export { series, groupSeries, seriesKey, type SeriesOptions } from './series.js';
export { disputes, findDisputes, allowed, type DisputeOptions } from './disputes.js';
export { competingAccounts, type CompetingOptions } from './competing.js';
export { chains, type ChainOptions } from './chains.js';
export { reprints, reprintLinks, storyIndex, type ReprintOptions } from './reprints.js';
export { outlets, type OutletOptions } from './outlets.js';
export { wording, type Wording, type WordingOptions } from './wording.js';
export { crossCheckSummary, type CrossCheckSummary } from './summary.js';
export { figurePoints, type CompareFilter } from './figure-points.js';
export { updateCrossCheck, pendingCrossCheck, reindexClaims, forgetInCrossCheck } from './index-update.js';
export {
  loadAliases,
  parseAliases,
  noAliases,
  AliasError,
  Resolver,
  ALIAS_SECTIONS,
  DEFAULT_ALIAS_FILE,
  type Aliases,
  type AliasSection,
} from './aliases.js';
export { nameKey } from './names.js';
export { verifyReprint, VERIFY_DEFAULTS, type ReprintVerdict, type VerifyOptions } from './verify-reprint.js';
export { readReprintText, type ReprintText } from './reprint-text.js';
