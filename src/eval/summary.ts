import {
  type Counts,
  type Prf,
  type Tally,
  accuracy,
  addCounts,
  addTally,
  prf,
  zeroCounts,
  zeroTally,
} from './metrics.js';
import { type ArticleScore, type Finding, META_FIELDS, type MetaField } from './score.js';

/** Counts with the scores they give. */
export interface ScoredCounts extends Counts, Prf {}

/** A tally with its accuracy (null when nothing was scored). */
export interface ScoredTally extends Tally {
  accuracy: number | null;
}

/** Scores of one article or of the whole gold folder, ready to print or serialise. */
export interface ScoreLine {
  articles: number;
  chars: number;
  figures: ScoredCounts;
  claimant: ScoredTally;
  asOf: ScoredTally;
  qualifier: ScoredTally;
  statements: ScoredCounts;
  speaker: ScoredTally;
  kind: ScoredTally;
  meta: Record<MetaField, ScoredTally>;
}

/** The result of `crosscheck eval`: one line per article, the totals, and every finding. */
export interface EvalReport {
  articles: Array<ScoreLine & { slug: string }>;
  totals: ScoreLine;
  findings: Finding[];
}

/**
 * Sums article scores into the report. Totals are micro-averaged: counts are added over all
 * articles before dividing, so an article with 40 figures weighs more than one with 2.
 */
export function summarise(scores: readonly ArticleScore[]): EvalReport {
  return {
    articles: scores.map((s) => ({ slug: s.slug, ..._line([s]) })),
    totals: _line(scores),
    findings: scores.flatMap((s) => s.findings),
  };
}

function _line(scores: readonly ArticleScore[]): ScoreLine {
  const counts = (pick: (s: ArticleScore) => Counts): ScoredCounts => {
    const c = scores.reduce((acc, s) => addCounts(acc, pick(s)), zeroCounts());
    return { ...c, ...prf(c) };
  };
  const tally = (pick: (s: ArticleScore) => Tally): ScoredTally => {
    const t = scores.reduce((acc, s) => addTally(acc, pick(s)), zeroTally());
    return { ...t, accuracy: accuracy(t) };
  };
  const meta = {} as Record<MetaField, ScoredTally>;
  for (const f of META_FIELDS)
    meta[f] = tally((s) =>
      s.meta[f] === undefined ? { correct: 0, total: 0 } : { correct: s.meta[f] ? 1 : 0, total: 1 },
    );
  return {
    articles: scores.length,
    chars: scores.reduce((n, s) => n + s.chars, 0),
    figures: counts((s) => s.figures),
    claimant: tally((s) => s.claimant),
    asOf: tally((s) => s.asOf),
    qualifier: tally((s) => s.qualifier),
    statements: counts((s) => s.statements),
    speaker: tally((s) => s.speaker),
    kind: tally((s) => s.kind),
    meta,
  };
}
