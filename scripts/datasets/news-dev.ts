/**
 * news-dev adapter: `crosscheck eval` scoring on the 48 real news reports of
 * `<datasets>/news-dev/` (annotated by its GUIDELINES.md in the gold-folder layout of CONTRACT.md).
 *
 * Each article is scored exactly as `crosscheck eval` scores it (src/eval/gold-dir.ts): figures and
 * statements with the gold publication date known. One more row reads every figure's `asOf` from a
 * second extraction that is not told the publication date, so the date the text itself gives is
 * what counts: this is what a user's ledger holds for an article whose page gave no date.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGold } from '../../src/eval/gold-dir.js';
import { addTally, type Tally, zeroTally } from '../../src/eval/metrics.js';
import { type ArticleScore, scoreArticle } from '../../src/eval/score.js';
import { summarise } from '../../src/eval/summary.js';
import { extract } from '../../src/extract/index.js';
import { readDocument } from '../../src/ingest/index.js';
import { type AdapterResult, accuracyRow, prfRow } from './result.js';

/** Scores every article folder of `<root>/news-dev`. */
export async function runNewsDev(root: string): Promise<AdapterResult & { scores: ArticleScore[] }> {
  const dir = join(root, 'news-dev');
  if (!existsSync(dir)) return { rows: [], chars: 0, scores: [], skipped: `news-dev: ${dir} not found` };
  const scores: ArticleScore[] = [];
  let blindAsOf: Tally = zeroTally();
  for (const slug of readdirSync(dir).sort()) {
    const folder = join(dir, slug);
    if (!existsSync(join(folder, 'gold.json'))) continue;
    const gold = parseGold(readFileSync(join(folder, 'gold.json'), 'utf8'));
    const doc = await readDocument(join(folder, 'article.txt'));
    const extraction = extract({ ...doc, meta: { ...doc.meta, published: gold.meta.published } });
    const blind = extract(doc);
    scores.push(scoreArticle({ slug, gold, extraction, blindMeta: blind.document }));
    blindAsOf = addTally(blindAsOf, scoreArticle({ slug, gold, extraction: blind, blindMeta: blind.document }).asOf);
  }
  const t = summarise(scores).totals;
  const ds = 'news-dev';
  return {
    chars: t.chars,
    scores,
    rows: [
      prfRow(ds, 'figures', t.figures),
      accuracyRow(ds, 'figure claimant (accuracy)', t.claimant),
      accuracyRow(ds, 'figure asOf (accuracy)', t.asOf),
      accuracyRow(ds, 'figure asOf, date read from the text (accuracy)', blindAsOf),
      accuracyRow(ds, 'figure qualifier (accuracy)', t.qualifier),
      prfRow(ds, 'statements', t.statements),
      accuracyRow(ds, 'speaker (accuracy)', t.speaker),
      accuracyRow(ds, 'statement kind (accuracy)', t.kind),
      accuracyRow(ds, 'published read from the text (accuracy)', t.meta.published),
      accuracyRow(ds, 'outlet (accuracy)', t.meta.outlet),
      accuracyRow(ds, 'dateline (accuracy)', t.meta.dateline),
      accuracyRow(ds, 'title (accuracy)', t.meta.title),
    ],
  };
}
