/**
 * One-to-one greedy matching of gold items to predicted items. `score(g, p)` returns null when the
 * pair cannot match, else a number where higher is better; pairs are taken best first, each item
 * at most once. Ties go to the earlier gold item, then the earlier prediction, so the result is
 * deterministic. Returns `[goldIndex, predictedIndex]` pairs in gold order.
 *
 * Cost is O(g·p·log) per document; documents hold tens of claims, so this stays far from the
 * extraction's own cost.
 */
export function matchOneToOne<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  score: (g: G, p: P) => number | null,
): Array<[number, number]> {
  const pairs: Array<{ g: number; p: number; s: number }> = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const s = score(g, p);
      if (s !== null) pairs.push({ g: gi, p: pi, s });
    });
  });
  pairs.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const { g, p } of pairs) {
    if (usedGold.has(g) || usedPred.has(p)) continue;
    usedGold.add(g);
    usedPred.add(p);
    out.push([g, p]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
