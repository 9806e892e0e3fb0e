import { type Counts, type Prf, type Tally, accuracy, prf } from '../../src/eval/metrics.js';

/**
 * One row of the dataset table: a score of one task on one dataset. `precision`/`recall`/`f1` are
 * fractions in [0, 1], null when undefined (nothing predicted, nothing to find). For an accuracy
 * row (`kind: 'accuracy'`) only `f1` holds the accuracy, and precision and recall are null.
 */
export interface ResultRow extends Prf {
  dataset: string;
  task: string;
  kind: 'prf' | 'accuracy';
  /** Gold items scored (the recall denominator, or the accuracy denominator). */
  n: number;
  /** Items the extractor reported, when that is meaningful. */
  predicted: number | null;
  /** The published reference score for comparison, as text ("citron quote F1 83.2 (PARC 3.0)"). */
  reference: string | null;
}

/** A row from counts. */
export function prfRow(dataset: string, task: string, c: Counts, reference: string | null = null): ResultRow {
  return { dataset, task, kind: 'prf', n: c.gold, predicted: c.predicted, ...prf(c), reference };
}

/**
 * A row whose precision and recall have different numerators (e.g. recall counts gold items found
 * once each, precision counts every prediction that some gold item supports).
 */
export function splitRow(
  dataset: string,
  task: string,
  recall: Counts,
  precision: Counts,
  reference: string | null = null,
): ResultRow {
  const p = prf(precision).precision;
  const r = prf(recall).recall;
  const f1 =
    p === null && r === null ? null : (p ?? 0) + (r ?? 0) > 0 ? (2 * (p ?? 0) * (r ?? 0)) / ((p ?? 0) + (r ?? 0)) : 0;
  return {
    dataset,
    task,
    kind: 'prf',
    n: recall.gold,
    predicted: precision.predicted,
    precision: p,
    recall: r,
    f1,
    reference,
  };
}

/** An accuracy row: `f1` holds correct/total. */
export function accuracyRow(dataset: string, task: string, t: Tally, reference: string | null = null): ResultRow {
  return {
    dataset,
    task,
    kind: 'accuracy',
    n: t.total,
    predicted: null,
    precision: null,
    recall: null,
    f1: accuracy(t),
    reference,
  };
}

/** What an adapter returns: its rows, or why it was skipped (dataset absent). */
export interface AdapterResult {
  rows: ResultRow[];
  skipped?: string;
  /** Characters of text extracted, for the throughput line. */
  chars: number;
}
