import type { AttributionChain, Dispute, Series } from '../model.js';
import type { Ledger } from '../store/ledger.js';
import { noAliases, type Aliases } from './aliases.js';
import { chains } from './chains.js';
import { findDisputes } from './disputes.js';
import { reprints } from './reprints.js';
import { series } from './series.js';
import { wording } from './wording.js';

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

const rank = (s: Series) => (s.kind === 'cumulative' ? 2 : 0) + (s.group === '(group not stated)' ? 0 : 1);

/** Summarises the cross-checks of a ledger (index up to date). */
export function crossCheckSummary(ledger: Ledger, options: { aliases?: Aliases } = {}): CrossCheckSummary {
  const aliases = options.aliases ?? noAliases();
  const db = ledger.db;
  const docs = db
    .prepare(
      'SELECT count(*) AS n, count(DISTINCT outlet) AS outlets, min(published) AS lo, max(published) AS hi FROM documents',
    )
    .get() as { n: number; outlets: number; lo: string | null; hi: string | null };
  const stories = reprints(ledger);
  const multi = stories.filter((s) => s.documents.length > 1);
  const all = series(ledger, { aliases });
  const found = findDisputes(all);
  const count = (k: Dispute['kind']) => found.filter((d) => d.kind === k).length;
  const relayed = chains(ledger, { aliases });
  const w = wording(ledger, { aliases, entityTypes: [], top: 1 }).distinctive;
  const best = [...w].sort((a, b) => b.z - a.z)[0] ?? null;
  return {
    documents: docs.n,
    outlets: docs.outlets,
    from: docs.lo,
    to: docs.hi,
    reprinted: {
      stories: multi.length,
      documents: multi.reduce((n, s) => n + s.documents.length, 0),
      independent: stories.length,
    },
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
    chains: {
      relayed: relayed.length,
      longest: [...relayed].sort((a, b) => b.links.length - a.links.length)[0] ?? null,
    },
    wording: best && { outlet: best.outlet, term: best.term, actor: best.actor, count: best.count, z: best.z },
  };
}
