import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/**
 * Compares `actual` with the JSON stored at `file`. With UPDATE_GOLDEN=1 the file is (re)written
 * instead, so that a reviewer reads the change as a diff. Put each span's text into `actual` so the
 * file can be reviewed without counting offsets.
 */
export function expectGolden(file: string, actual: unknown): void {
  const json = JSON.stringify(actual, null, 2) + '\n';
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.CI && !existsSync(file)) throw new Error(`golden file missing: ${file} (run with UPDATE_GOLDEN=1)`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, json);
    return;
  }
  expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}
