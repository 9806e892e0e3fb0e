import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/** Whether this run rewrites expectations instead of checking them (`UPDATE_GOLDEN=1`). */
export const UPDATING = process.env.UPDATE_GOLDEN === '1';

/** How a stored expectation is read and rewritten, for expectations that carry more than the output. */
export interface GoldenOptions {
  /** What the output must equal, from what the file holds (default: all of it). */
  expected?(stored: unknown): unknown;
  /** What to write for the output, given what the file held (undefined when there was no file). */
  update?(actual: unknown, stored: unknown): unknown;
  /** Says what the expectation is, in the failure message. */
  label?: string;
}

/**
 * Compares `actual` with the JSON stored at `file`. With UPDATE_GOLDEN=1 the file is (re)written
 * instead, so that a reviewer reads the change as a diff; without it a missing file fails, so that
 * an expectation is never created unseen. Put each span's text into `actual` so the file can be
 * reviewed without counting offsets.
 */
export function expectGolden(file: string, actual: unknown, options: GoldenOptions = {}): void {
  const plain = JSON.parse(JSON.stringify(actual)) as unknown;
  const stored: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  if (UPDATING) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(options.update ? options.update(plain, stored) : plain, null, 2) + '\n');
    return;
  }
  if (stored === undefined)
    throw new Error(`expected output missing: ${file} (write it with UPDATE_GOLDEN=1, then review it line by line)`);
  expect(
    plain,
    `${options.label ?? file}: the output differs from the expectation (UPDATE_GOLDEN=1 rewrites it; review the diff)`,
  ).toEqual(options.expected ? options.expected(stored) : stored);
}
