import type Database from 'better-sqlite3';
import { seededRandom } from '../../test/helpers/seeded-random.js';

/** The searches bench:api has always repeated: eight words, each answered many times a second. */
export const BENCH_WORDS = [
  'hospital',
  'convoy',
  'ceasefire',
  'refugees',
  'ministry',
  'shelling',
  'hostages',
  'border',
];

/**
 * `count` different searches drawn from the ledger's own words, the same ones for the same ledger,
 * for a load that a cache of answers rarely helps: every 50th document's words are the
 * vocabulary; a quarter of the searches are one word drawn as it occurs (common words: "said",
 * "forces"), a quarter one word drawn from the distinct words (rare ones: "Harvold"), and half two
 * words (a common and a rare one, or two common ones). Each search is given once.
 */
export function distinctSearches(db: Database.Database, count: number): string[] {
  const tokens: string[] = [];
  const types = new Set<string>();
  for (const text of db.prepare('SELECT text FROM documents WHERE seq % 50 = 0 ORDER BY seq').pluck().iterate()) {
    for (const [w] of (text as string).matchAll(/\p{L}{3,}/gu)) {
      const word = w.toLowerCase();
      tokens.push(word);
      types.add(word);
    }
  }
  const distinct = [...types].sort();
  if (distinct.length === 0) return [];
  const random = seededRandom(10);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)]!;
  const out = new Set<string>();
  // Bounded: a small ledger may not have `count` different searches in it.
  for (let i = 0; out.size < count && i < count * 4; i++) {
    const kind = i % 4;
    out.add(
      kind === 0
        ? pick(tokens)
        : kind === 1
          ? pick(distinct)
          : kind === 2
            ? `${pick(tokens)} ${pick(distinct)}`
            : `${pick(tokens)} ${pick(tokens)}`,
    );
  }
  return [...out];
}
