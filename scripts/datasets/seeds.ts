/**
 * Seed adapter: `crosscheck eval` scoring on the two real seed articles.
 *
 * The texts stay outside the project (`<datasets>/../seeds/<slug>.txt`, or `--seeds DIR`); the
 * annotations live in test/seed-gold/<slug>.json, with short locators instead of full quotes (see
 * test/seed-gold/README.md). Each seed is read with the ingest API and scored exactly as
 * `crosscheck eval` scores a gold folder (src/eval/gold-dir.ts `scoreDocument`).
 * A seed whose text is absent is skipped with a message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGold, scoreDocument } from '../../src/eval/gold-dir.js';
import type { ArticleScore } from '../../src/eval/score.js';
import { summarise } from '../../src/eval/summary.js';
import { readDocument } from '../../src/ingest/index.js';
import { type AdapterResult, accuracyRow, prfRow } from './result.js';

/** Where the seed annotations live in this repository. */
export const SEED_GOLD_DIR = fileURLToPath(new URL('../../test/seed-gold/', import.meta.url));

/** Scores every annotated seed whose text is in `seedsDir`. */
export async function runSeeds(seedsDir: string): Promise<AdapterResult & { scores: ArticleScore[] }> {
  if (!existsSync(seedsDir)) return { rows: [], chars: 0, scores: [], skipped: `seeds: ${seedsDir} not found` };
  const scores: ArticleScore[] = [];
  const missing: string[] = [];
  for (const f of readdirSync(SEED_GOLD_DIR)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const slug = f.slice(0, -5);
    const path = join(seedsDir, `${slug}.txt`);
    if (!existsSync(path)) {
      missing.push(slug);
      continue;
    }
    scores.push(scoreDocument(slug, await readDocument(path), parseGold(readFileSync(join(SEED_GOLD_DIR, f), 'utf8'))));
  }
  const t = summarise(scores).totals;
  const meta = Object.values(t.meta).reduce((a, m) => ({ correct: a.correct + m.correct, total: a.total + m.total }), {
    correct: 0,
    total: 0,
  });
  const ds = 'seeds';
  return {
    chars: t.chars,
    scores,
    ...(missing.length ? { skipped: `seeds: no text for ${missing.join(', ')} in ${seedsDir}` } : {}),
    rows: scores.length
      ? [
          prfRow(ds, 'figures', t.figures),
          accuracyRow(ds, 'figure claimant (accuracy)', t.claimant),
          accuracyRow(ds, 'figure asOf (accuracy)', t.asOf),
          accuracyRow(ds, 'figure qualifier (accuracy)', t.qualifier),
          prfRow(ds, 'statements', t.statements),
          accuracyRow(ds, 'speaker (accuracy)', t.speaker),
          accuracyRow(ds, 'metadata fields (accuracy)', meta),
        ]
      : [],
  };
}
