import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { comparable, knownMisses, listCases, withMarks } from '../helpers/cases.js';
import { expectGolden } from '../helpers/golden.js';
import { seedsRequired } from '../helpers/shared.js';
import { root } from '../hostile/cli-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'cc-cases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const wrong = { text: 'as many as 165', source: null, knownMiss: 'source should be "Residents"' };
const absent = { text: 'as many as 165 people were killed', missing: true, knownMiss: 'not found' };

describe('known misses', () => {
  it('are left out of what the output must equal: the mark, and an item the stage does not find', () => {
    expect(comparable({ figures: [wrong, { text: '38' }] })).toEqual({
      figures: [{ text: 'as many as 165', source: null }, { text: '38' }],
    });
    expect(comparable({ statements: [absent, { text: '38 people' }] })).toEqual({
      statements: [{ text: '38 people' }],
    });
    expect(comparable({ metadata: { outlet: null, knownMiss: 'the masthead' } })).toEqual({
      metadata: { outlet: null },
    });
    expect(knownMisses({ figures: [wrong], statements: [absent] })).toEqual([
      ['as many as 165', 'source should be "Residents"'],
      ['as many as 165 people were killed', 'not found'],
    ]);
  });

  it('keep their marks when the expectation is rewritten, on the item with the same words', () => {
    const notes: string[] = [];
    const next = withMarks(
      { figures: [{ text: '38' }, { text: 'as many as 165', source: null, cue: null }] },
      { figures: [wrong, { text: '38' }] },
      notes,
    );
    expect(next).toEqual({ figures: [{ text: '38' }, { ...wrong, cue: null }] });
    expect(withMarks({ statements: [{ text: '38 people' }] }, { statements: [absent, { text: '38 people' }] })).toEqual(
      {
        statements: [absent, { text: '38 people' }],
      },
    );
    expect(notes).toEqual([]);
  });

  it('say so when the stage now finds what was missing, or the wrong item is gone', () => {
    const notes: string[] = [];
    const found = { text: 'as many as 165 people were killed', speaker: 'Residents' };
    expect(withMarks({ statements: [found] }, { statements: [absent] }, notes, 'statements/x')).toEqual({
      statements: [found],
    });
    withMarks({ figures: [] }, { figures: [wrong] }, notes, 'figures/x');
    expect(notes).toEqual([
      'statements/x: "as many as 165 people were killed", marked missing, is found now: review its new entry',
      'figures/x: the known miss "as many as 165" is gone',
    ]);
  });
});

describe('case folders', () => {
  it('fail when the expected output is missing, instead of writing it unseen', () => {
    expect(() => expectGolden(join(dir, 'nowhere/expected.json'), { figures: [] })).toThrow(
      /expected output missing: .*expected\.json \(write it with UPDATE_GOLDEN=1, then review it line by line\)/,
    );
  });

  it('name a folder that is no stage, and a case without an input', () => {
    mkdirSync(join(dir, 'tree1/figurs/a'), { recursive: true });
    expect(() => listCases(join(dir, 'tree1'))).toThrow(/test\/cases\/figurs: no such stage \(one of sentences, /);
    mkdirSync(join(dir, 'tree2/figures/empty'), { recursive: true });
    expect(() => listCases(join(dir, 'tree2'))).toThrow(
      /empty: no input\.txt or lines\.txt, and case\.json names no seed/,
    );
    writeFileSync(join(dir, 'tree2/figures/empty/lines.txt'), 'One.\nTwo.\n');
    expect(listCases(join(dir, 'tree2'))).toMatchObject([{ stage: 'figures', slug: 'empty', lines: true }]);
  });

  it('cover every stage that has cases', () => {
    const all = listCases();
    expect(all.length).toBeGreaterThan(50);
    expect(new Set(all.map((c) => c.stage))).toEqual(
      new Set([
        'attribution',
        'dates',
        'entities',
        'figures',
        'html',
        'metadata',
        'numbers',
        'sentences',
        'statements',
      ]),
    );
  });
});

describe('the seeds setting', () => {
  it('requires the seeds when CROSSCHECK_SHARED names the folder, or in CI next to a shared folder', () => {
    expect(seedsRequired({}, true)).toBe(false);
    expect(seedsRequired({}, false)).toBe(false);
    expect(seedsRequired({ CI: '1' }, false)).toBe(false);
    expect(seedsRequired({ CI: '1' }, true)).toBe(true);
    expect(seedsRequired({ CROSSCHECK_SHARED: '/elsewhere' }, false)).toBe(true);
  });

  it('fails the seed tests loudly when the seeds are required and absent', () => {
    const r = spawnSync(
      process.execPath,
      [join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'src/extract/figures/seeds.test.ts'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, CROSSCHECK_SHARED: join(dir, 'no-shared'), CI: '' } },
    );
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toContain(
      `seed articles missing: ${join(dir, 'no-shared/seeds/gaza-city-street-fighting.txt')}`,
    );
  });
});
