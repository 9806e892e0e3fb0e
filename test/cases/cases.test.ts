import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actualOf, comparable, knownMisses, listCases, withMarks, type Case } from '../helpers/cases.js';
import { expectGolden, UPDATING } from '../helpers/golden.js';
import { describeSeeds } from '../helpers/shared.js';

// Every case folder under test/cases/<stage>/<slug>/ (see test/helpers/cases.ts for the layout).

function check(c: Case): void {
  const file = join(c.dir, 'expected.json');
  const label = `${c.stage}/${c.slug}`;
  if (existsSync(file) && !UPDATING)
    for (const [words, why] of knownMisses(JSON.parse(readFileSync(file, 'utf8'))))
      expect(typeof why === 'string' && why.trim().length > 0, `${label}: the known miss "${words}" says why`).toBe(
        true,
      );
  expectGolden(file, actualOf(c), {
    label,
    expected: comparable,
    update(actual, stored) {
      const notes: string[] = [];
      const next = stored === undefined ? actual : withMarks(actual, stored, notes, label);
      for (const n of notes) process.stderr.write(`UPDATE_GOLDEN: ${n}\n`);
      return next;
    },
  });
}

const cases = listCases();
for (const stage of [...new Set(cases.map((c) => c.stage))]) {
  describe(`cases: ${stage}`, () => {
    for (const c of cases.filter((x) => x.stage === stage)) {
      if (c.spec.seed) describeSeeds(`${stage}/${c.slug}`, [c.spec.seed], () => it(c.slug, () => check(c)));
      else it(c.slug, () => check(c));
    }
  });
}
