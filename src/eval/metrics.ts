/** Counts behind a precision/recall/F1 score. */
export interface Counts {
  /** Matched pairs (true positives). */
  tp: number;
  /** Items the extractor reported. */
  predicted: number;
  /** Items in the gold standard. */
  gold: number;
}

/** A correct/total tally, e.g. matched figures whose claimant is right. */
export interface Tally {
  correct: number;
  total: number;
}

/**
 * Precision, recall and F1 as fractions in [0, 1]. A ratio with a zero denominator is null, not 0
 * or 1: "predicted nothing" has no precision. F1 is null only when both sides are empty; it is 0
 * when there was something to find or report and nothing matched.
 */
export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Empty counts, to sum into. */
export const zeroCounts = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });

/** Empty tally, to sum into. */
export const zeroTally = (): Tally => ({ correct: 0, total: 0 });

/** Adds `b` into `a` (mutates `a`, returns it). */
export function addCounts(a: Counts, b: Counts): Counts {
  a.tp += b.tp;
  a.predicted += b.predicted;
  a.gold += b.gold;
  return a;
}

/** Adds `b` into `a` (mutates `a`, returns it). */
export function addTally(a: Tally, b: Tally): Tally {
  a.correct += b.correct;
  a.total += b.total;
  return a;
}

/** Precision = tp/predicted, recall = tp/gold, F1 their harmonic mean; see {@link Prf} for nulls. */
export function prf(c: Counts): Prf {
  const precision = c.predicted > 0 ? c.tp / c.predicted : null;
  const recall = c.gold > 0 ? c.tp / c.gold : null;
  if (precision === null && recall === null) return { precision, recall, f1: null };
  const p = precision ?? 0;
  const r = recall ?? 0;
  return { precision, recall, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** correct/total as a fraction, or null when nothing was scored. */
export function accuracy(t: Tally): number | null {
  return t.total > 0 ? t.correct / t.total : null;
}
