import type { AttributionChain, Dispute, Series } from '../model.js';
import type { Ledger } from '../store/ledger.js';
import { noAliases, type Aliases } from './aliases.js';
import { byChainOrder, eachChain } from './chains.js';
import { findDisputes } from './disputes.js';
import { NO_GROUP, series } from './series.js';
import { distinctiveTerms } from './wording.js';

/** A few numbers and one example of each comparison: what `npm start` prints after ingesting. */
export interface CrossCheckSummary {
  documents: number;
  outlets: number;
  from: string | null;
  to: string | null;
  /** Stories printed more than once, the documents in them, and independent reports (all stories). */
  reprinted: { stories: number; documents: number; independent: number };
  series: { count: number; longest: Series | null };
  disputes: { disputes: number; updates: number; revisions: number; example: Dispute | null; revision: Dispute | null };
  chains: { relayed: number; longest: AttributionChain | null };
  /** The actor term most distinctive of one outlet (highest z). */
  wording: { outlet: string; term: string; actor: string | null; count: number; z: number } | null;
}

const rank = (s: Series) => (s.kind === 'cumulative' ? 2 : 0) + (s.group === NO_GROUP ? 0 : 1);

/**
 * Summarises the cross-checks of a ledger (index up to date). Each comparison is made in turn and
 * only its counts and examples are kept, so the summary needs no more memory than its largest
 * comparison: stories are counted in SQL, chains and wording are counted without being held.
 */
export function crossCheckSummary(
  ledger: Ledger,
  options: {
    aliases?: Aliases;
    /** The ledger's series as {@link series} lists them, when made already (the server keeps them). */
    series?: readonly Series[];
  } = {},
): CrossCheckSummary {
  const aliases = options.aliases ?? noAliases();
  const db = ledger.db;
  const docs = db
    .prepare(
      'SELECT count(*) AS n, count(DISTINCT outlet) AS outlets, min(published) AS lo, max(published) AS hi FROM documents',
    )
    .get() as { n: number; outlets: number; lo: string | null; hi: string | null };
  // A document not yet indexed is a story of its own.
  const stories = db
    .prepare(
      `SELECT count(*) AS stories, coalesce(sum(n), 0) AS indexed, coalesce(sum(n > 1), 0) AS multi,
              coalesce(sum(CASE WHEN n > 1 THEN n END), 0) AS reprinted
       FROM (SELECT count(*) AS n FROM reprint_docs GROUP BY story)`,
    )
    .get() as { stories: number; indexed: number; multi: number; reprinted: number };
  return {
    documents: docs.n,
    outlets: docs.outlets,
    from: docs.lo,
    to: docs.hi,
    reprinted: {
      stories: stories.multi,
      documents: stories.reprinted,
      independent: stories.stories + docs.n - stories.indexed,
    },
    ...seriesAndDisputes(options.series ?? series(ledger, { aliases })),
    chains: longestChain(ledger, aliases),
    wording: mostDistinctive(ledger, aliases),
  };
}

function seriesAndDisputes(all: readonly Series[]): Pick<CrossCheckSummary, 'series' | 'disputes'> {
  const found = findDisputes(all);
  const count = (k: Dispute['kind']) => found.filter((d) => d.kind === k).length;
  return {
    series: {
      count: all.length,
      // A cumulative series with its group named first: the toll people follow.
      longest:
        [...all].sort(
          (a, b) => rank(b) - rank(a) || b.claimants.length - a.claimants.length || b.points.length - a.points.length,
        )[0] ?? null,
    },
    disputes: {
      disputes: count('dispute'),
      updates: count('update'),
      revisions: count('revision'),
      example: found.find((d) => d.kind === 'dispute') ?? null,
      revision:
        found.find((d) => d.kind === 'revision' && d.series.includes('cumulative')) ??
        found.find((d) => d.kind === 'revision') ??
        null,
    },
  };
}

/** The number of relayed claims and the first (in `chains` order) of those with the most links. */
function longestChain(ledger: Ledger, aliases: Aliases): CrossCheckSummary['chains'] {
  let relayed = 0;
  let longest: AttributionChain | null = null;
  eachChain(ledger, { aliases }, (c) => {
    relayed++;
    if (
      !longest ||
      c.links.length > longest.links.length ||
      (c.links.length === longest.links.length && byChainOrder(c, longest) < 0)
    )
      longest = c;
  });
  return { relayed, longest };
}

/** The actor term most distinctive of one outlet (highest z; the first outlet in name order on a tie). */
function mostDistinctive(ledger: Ledger, aliases: Aliases): CrossCheckSummary['wording'] {
  const w = distinctiveTerms(ledger, { aliases, entityTypes: [], top: 1 });
  const best = [...w].sort((a, b) => b.z - a.z)[0] ?? null;
  return best && { outlet: best.outlet, term: best.term, actor: best.actor, count: best.count, z: best.z };
}
