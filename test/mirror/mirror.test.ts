import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { mirrorDifferences } from './compare.js';
import { swapParties } from './swap.js';
import { SHARED_DIR } from '../helpers/shared.js';

const CORPUS = join(import.meta.dirname, '..', 'corpus');
const TEXTS = join(import.meta.dirname, 'texts');
// The real reports of the development set, read in place (third-party text is never copied here).
const NEWS_DEV = join(SHARED_DIR, 'datasets', 'news-dev');

/** Every article of the gold corpus (whatever is there when the test runs) and the texts written for this test. */
function articles(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  if (existsSync(CORPUS)) {
    for (const d of readdirSync(CORPUS, { withFileTypes: true })) {
      const file = join(CORPUS, d.name, 'article.txt');
      if (d.isDirectory() && existsSync(file)) out.push({ name: `corpus/${d.name}`, text: readFileSync(file, 'utf8') });
    }
  }
  for (const f of readdirSync(TEXTS).filter((f) => f.endsWith('.txt')))
    out.push({ name: `texts/${f}`, text: readFileSync(join(TEXTS, f), 'utf8') });
  if (existsSync(NEWS_DEV)) {
    for (const d of readdirSync(NEWS_DEV, { withFileTypes: true })) {
      const file = join(NEWS_DEV, d.name, 'article.txt');
      if (d.isDirectory() && existsSync(file))
        out.push({ name: `news-dev/${d.name}`, text: readFileSync(file, 'utf8') });
    }
  } else {
    console.warn(`SKIPPED: mirror test on the real reports of news-dev: ${NEWS_DEV} not found`);
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Known asymmetries, each with why, kept until fixed (a fixed one fails its test, so the list only
 * shrinks). Empty: the last one ("THE IDF" written where "HAMAS" was) was fixed in the entities
 * stage, which reads an article set in capitals as no part of the name.
 */
const KNOWN_ASYMMETRIC: ReadonlyMap<string, string> = new Map<string, string>([]);

const all = articles();
const symmetric: string[] = [];
const swappedSomething: string[] = [];

describe('mirror: swapping the parties changes only the swapped names', () => {
  afterAll(() => {
    const rate = all.length ? (100 * symmetric.length) / all.length : 0;
    console.log(
      `mirror symmetry: ${symmetric.length}/${all.length} articles fully symmetric (${rate.toFixed(1)}%); ${swappedSomething.length} had names to swap`,
    );
  });

  it('has articles to check', () => {
    expect(all.length).toBeGreaterThanOrEqual(3);
  });

  for (const { name, text } of all) {
    it(name, () => {
      const swap = swapParties(text);
      if (swap.count > 0) swappedSomething.push(name);
      const original = extract({ origin: name, text, meta: {} });
      const mirrored = extract({ origin: name, text: swap.text, meta: {} });
      const diffs = mirrorDifferences(original, mirrored, swap);
      if (diffs.length === 0) symmetric.push(name);
      if (KNOWN_ASYMMETRIC.has(name)) expect(diffs, `fixed: remove ${name} from KNOWN_ASYMMETRIC`).not.toEqual([]);
      else expect(diffs.slice(0, 20)).toEqual([]);
    });
  }

  it('notices an asymmetric result (the check can fail)', () => {
    const text = 'Israeli officials said 12 people were killed in Gaza.';
    const swap = swapParties(text);
    const original = extract({ origin: 'x', text, meta: {} });
    const mirrored = extract({ origin: 'x', text: swap.text, meta: {} });
    mirrored.entities = [
      ...mirrored.entities,
      { name: 'Palestinian', type: 'organization', mentions: [{ start: 0, end: 11 }], by: 'test/planted' },
    ];
    expect(mirrorDifferences(original, mirrored, swap)).not.toEqual([]);
  });
});
