import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBy, type ReadWord } from './read-by.js';
import * as lexicon from './index.js';

// Rows of a reader table, `['word', 'readers']`, and items of a plain list, `'word',`, as written.
const ROW = /^\s*\[\s*(['"])((?:(?!\1).)*)\1,\s*'([^']*)'\],?$/;
const ITEM = /^\s*(['"])((?:(?!\1).)*)\1,?$/;

/** The words written in one lexicon file, with the readers each row names. */
function written(file: string): Array<{ word: string; readers: string[] }> {
  const out: Array<{ word: string; readers: string[] }> = [];
  for (const line of readFileSync(join(import.meta.dirname, file), 'utf8').split('\n')) {
    const row = ROW.exec(line);
    if (row) out.push({ word: row[2]!, readers: row[3]!.split(' ') });
    else if (ITEM.test(line)) out.push({ word: ITEM.exec(line)![2]!, readers: [] });
  }
  return out;
}

const FILES = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('lexicon', () => {
  it.each(FILES)('%s writes each word once', (file) => {
    const words = written(file).map((w) => w.word);
    const twice = words.filter((w, i) => words.indexOf(w) !== i);
    expect(twice).toEqual([]);
  });

  it.each(FILES)('%s tags each word with readers its legend names', (file) => {
    const source = readFileSync(join(import.meta.dirname, file), 'utf8');
    const legend = new Set([...source.matchAll(/^\/\/ {3}(\S+): /gm)].map((m) => m[1]!));
    for (const { word, readers } of written(file))
      for (const r of readers) expect(legend.has(r), `${word}: ${r}`).toBe(true);
  });

  it('gives each reader the words tagged with it, in table order', () => {
    const table: ReadWord[] = [
      ['al', 'inner hyphen'],
      ['von', 'inner'],
      ['abu', 'hyphen'],
    ];
    expect(readBy(table, 'inner')).toEqual(['al', 'von']);
    expect(readBy(table, 'hyphen')).toEqual(['al', 'abu']);
    expect(readBy(table, 'in')).toEqual([]);
  });

  it('writes the months once, in every form the readers need', () => {
    expect(lexicon.MONTH_WORDS).toHaveLength(24);
    expect(lexicon.LOWER_MONTH_WORDS.has('sept')).toBe(true);
    expect(lexicon.NUMBER_ABBREVIATIONS.has('Nov')).toBe(true);
    expect(lexicon.NON_NAME_WORDS.has('October')).toBe(true);
    expect(lexicon.NON_NAME_WORDS.has('Thursday')).toBe(true);
  });

  it('gives the claimant reader its demonyms in lower case, and the name finder its as written', () => {
    expect(lexicon.CLAIMANT_DEMONYMS.has('gazan')).toBe(true);
    expect(lexicon.CLAIMANT_DEMONYMS.has('displaced')).toBe(true);
    expect(lexicon.NAME_DEMONYMS.has('Gazans')).toBe(true);
    expect(lexicon.NAME_DEMONYMS.has('displaced')).toBe(false);
  });
});
