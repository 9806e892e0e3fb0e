import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extract } from '../extract/index.js';
import { readDocument } from '../ingest/index.js';
import type { GoldFile, SourceDocument } from '../model.js';
import { type ArticleScore, scoreArticle } from './score.js';

/** Article file names tried in each gold sub-folder, in this order. */
export const ARTICLE_FILES = ['article.txt', 'source.html'] as const;

/** The outcome of scoring a gold folder: the scores, and one message per case that could not be read. */
export interface GoldDirResult {
  scores: ArticleScore[];
  /** "slug: reason" for each unreadable or malformed case; such cases are left out of the scores. */
  errors: string[];
}

/**
 * Scores every sub-folder of `dir` that holds `gold.json` (sub-folders without one, like notes or
 * assets, are skipped), in name order. Each article is read with the ingest API and extracted
 * twice: with `gold.meta.published` as the known publication date (for figures and statements),
 * and without it (for the metadata scores). Throws only when `dir` itself cannot be listed.
 */
export async function scoreGoldDir(dir: string): Promise<GoldDirResult> {
  const entries = await readdir(dir, { withFileTypes: true });
  const slugs = entries
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'gold.json')))
    .map((e) => e.name)
    .sort();
  const scores: ArticleScore[] = [];
  const errors: string[] = [];
  for (const slug of slugs) {
    try {
      const folder = join(dir, slug);
      const gold = parseGold(await readFile(join(folder, 'gold.json'), 'utf8'));
      const file = ARTICLE_FILES.map((f) => join(folder, f)).find((f) => existsSync(f));
      if (!file) throw new Error(`no ${ARTICLE_FILES.join(' or ')}`);
      scores.push(scoreDocument(slug, await readDocument(file), gold));
    } catch (e) {
      errors.push(`${slug}: ${(e as Error).message}`);
    }
  }
  return { scores, errors };
}

/**
 * Scores one document already read against its gold annotations: the two extraction runs of
 * {@link scoreGoldDir}, then {@link scoreArticle}. Pure apart from the extraction itself.
 */
export function scoreDocument(slug: string, doc: SourceDocument, gold: GoldFile): ArticleScore {
  const extraction = extract({ ...doc, meta: { ...doc.meta, published: gold.meta.published } });
  const blind = extract(doc).document;
  return scoreArticle({ slug, gold, extraction, blindMeta: blind });
}

/**
 * Parses and checks the shape of a gold.json (CONTRACT.md "Gold folders"). Throws an error that
 * names the offending field, e.g. `figures[3].quote must be a non-empty string`.
 */
export function parseGold(json: string): GoldFile {
  const g = JSON.parse(json) as GoldFile;
  if (!g || typeof g !== 'object' || !g.meta || typeof g.meta !== 'object')
    throw new Error('gold.json: "meta" object missing');
  if (!Array.isArray(g.figures)) throw new Error('gold.json: "figures" must be an array');
  if (!Array.isArray(g.statements)) throw new Error('gold.json: "statements" must be an array');
  g.figures.forEach((f, i) => {
    if (typeof f.quote !== 'string' || !f.quote)
      throw new Error(`gold.json: figures[${i}].quote must be a non-empty string`);
    if (typeof f.value !== 'number') throw new Error(`gold.json: figures[${i}].value must be a number`);
  });
  g.statements.forEach((s, i) => {
    if (typeof s.text !== 'string' || !s.text)
      throw new Error(`gold.json: statements[${i}].text must be a non-empty string`);
  });
  // A field left out of the gold is not scored (the seed annotations leave out the real headlines).
  g.meta.origin ??= null;
  return g;
}
