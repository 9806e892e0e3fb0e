import type { Counts } from './metrics.js';

/**
 * Scores of a clustering against gold clusters, both given as a label per item (items missing from
 * either side are ignored). Pairs are unordered pairs of distinct items.
 */

/**
 * Pair counts: `gold` pairs share a gold label, `predicted` pairs share a predicted label, `tp`
 * pairs share both. Pairs for which `skip` is true (e.g. annotated as partial) count nowhere.
 */
export function pairCounts(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
  skip: (a: string, b: string) => boolean = () => false,
): Counts {
  const items = [...gold.keys()].filter((k) => predicted.has(k)).sort();
  const c: Counts = { tp: 0, predicted: 0, gold: 0 };
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (skip(a, b)) continue;
      const g = gold.get(a) === gold.get(b);
      const p = predicted.get(a) === predicted.get(b);
      if (g) c.gold++;
      if (p) c.predicted++;
      if (g && p) c.tp++;
    }
  return c;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/**
 * The adjusted Rand index (Hubert & Arabie 1985): 1 for identical clusterings, about 0 for a
 * random one, negative when worse than chance. Two clusterings that both put every item alone (or
 * all together) agree perfectly: 1.
 */
export function adjustedRand(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): number {
  const items = [...gold.keys()].filter((k) => predicted.has(k));
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (const k of items) {
    const g = gold.get(k)!;
    const p = predicted.get(k)!;
    const cell = JSON.stringify([g, p]);
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    rows.set(g, (rows.get(g) ?? 0) + 1);
    cols.set(p, (cols.get(p) ?? 0) + 1);
  }
  let index = 0;
  for (const n of cells.values()) index += pairs(n);
  let a = 0;
  for (const n of rows.values()) a += pairs(n);
  let b = 0;
  for (const n of cols.values()) b += pairs(n);
  const total = pairs(items.length);
  const expected = total ? (a * b) / total : 0;
  const max = (a + b) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
