import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

/**
 * The one setting for where the team's shared folder is (the seed articles are in its `seeds/`):
 * `CROSSCHECK_SHARED`, else `../shared` next to the checkout. The seeds are real reporting, read in
 * place and never copied into the project.
 */
export const SHARED_DIR = resolve(
  process.env.CROSSCHECK_SHARED || join(dirname(fileURLToPath(import.meta.url)), '../../../shared'),
);
export const SEEDS_DIR = join(SHARED_DIR, 'seeds');

/**
 * Whether this run must have the seeds: `CROSSCHECK_SHARED` names the folder, or CI runs next to a
 * shared folder. Then a missing seed fails the tests that read it. A fresh clone elsewhere (no shared
 * folder, no variable) runs without them and says what it skipped.
 */
export function seedsRequired(env: NodeJS.ProcessEnv, sharedExists: boolean): boolean {
  return Boolean(env.CROSSCHECK_SHARED) || (Boolean(env.CI) && sharedExists);
}

export const SEEDS_REQUIRED = seedsRequired(process.env, existsSync(SHARED_DIR));

/** The path of a seed article, by its name with or without `.txt` ("gaza-city-street-fighting"). */
export function seedPath(name: string): string {
  return join(SEEDS_DIR, name.endsWith('.txt') ? name : `${name}.txt`);
}

/** Whether the seeds (all of `names`, or the folder) are there. */
export function haveSeeds(...names: string[]): boolean {
  return names.length ? names.every((n) => existsSync(seedPath(n))) : existsSync(SEEDS_DIR);
}

const warned = new Set<string>();

/**
 * `describe` for tests that read seed articles (`names`, or the folder when none): run when they are
 * there; when they are not, a failing test if this run requires them ({@link SEEDS_REQUIRED}), else
 * skipped with a line on standard error saying what and why.
 */
export function describeSeeds(title: string, names: string[], fn: () => void): void {
  if (haveSeeds(...names)) {
    describe(title, fn);
    return;
  }
  const missing = names.length ? names.map(seedPath).filter((p) => !existsSync(p)) : [SEEDS_DIR];
  if (SEEDS_REQUIRED) {
    describe(title, () => {
      it('has the seed articles it reads', () => {
        throw new Error(
          `seed articles missing: ${missing.join(', ')} (required: CROSSCHECK_SHARED is set, or CI runs next to ${SHARED_DIR})`,
        );
      });
    });
    return;
  }
  if (!warned.has(title)) {
    warned.add(title);
    process.stderr.write(
      `crosscheck tests: SKIPPED "${title}": no ${missing.join(', ')} (set CROSSCHECK_SHARED=DIR to run them)\n`,
    );
  }
  describe.skip(`${title} (skipped: no seed articles)`, fn);
}
