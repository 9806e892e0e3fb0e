import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAGES, type CaseSpec } from './case-stages.js';
import { seedPath } from './shared.js';

/**
 * Test cases as files, one folder each: `test/cases/<stage>/<slug>/` holds the input
 * (`input.txt`, `input.html`, or `lines.txt` for one short input per line; a case of a seed article
 * names it in `case.json` instead), `case.json` when the case has settings ({@link CaseSpec}), and
 * `expected.json`, what the stage gives, each span written as its words (see case-stages.ts).
 *
 * A known miss stays in `expected.json`, marked: an item the stage gets wrong carries
 * `"knownMiss": "why, and what it should be"`; an item the stage does not find at all is written as
 * it should be with `"missing": true` and its `knownMiss`. A case passes when the output equals the
 * expectation without its missing items and marks, so a miss that changes (fixed, or worse) fails
 * until someone looks. `UPDATE_GOLDEN=1` rewrites the expectations from the output, keeping each
 * mark on the item with the same words.
 */

export const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../cases');

/** The field that marks a known miss, and the one that marks an item the stage does not find. */
export const KNOWN_MISS = 'knownMiss';
export const MISSING = 'missing';

export interface Case {
  stage: string;
  slug: string;
  dir: string;
  spec: CaseSpec;
  /** The input file, or null for a case of a seed article. */
  file: string | null;
  /** Whether the input file holds one input per line (`lines.txt`). */
  lines: boolean;
}

/** Every case under `test/cases`, stage by stage, in name order. */
export function listCases(root = CASES_DIR): Case[] {
  const out: Case[] = [];
  for (const stage of _dirs(root)) {
    if (!STAGES[stage])
      throw new Error(`test/cases/${stage}: no such stage (one of ${Object.keys(STAGES).join(', ')})`);
    for (const slug of _dirs(join(root, stage))) out.push(loadCase(stage, slug, root));
  }
  return out;
}

/** One case by stage and slug; throws naming what is wrong with its folder. */
export function loadCase(stage: string, slug: string, root = CASES_DIR): Case {
  const dir = join(root, stage, slug);
  const specFile = join(dir, 'case.json');
  const spec = (existsSync(specFile) ? JSON.parse(readFileSync(specFile, 'utf8')) : {}) as CaseSpec;
  const own = STAGES[stage]!.input;
  const file = [own, 'lines.txt'].map((f) => join(dir, f)).find((f) => existsSync(f)) ?? null;
  if (!file && !spec.seed) throw new Error(`${dir}: no ${own} or lines.txt, and case.json names no seed`);
  return { stage, slug, dir, spec, file: spec.seed ? null : file, lines: Boolean(file?.endsWith('lines.txt')) };
}

/** A case's inputs: the file's text, each line of `lines.txt`, or the seed article. */
export function caseInputs(c: Case): string[] {
  const text = readFileSync(c.file ?? seedPath(c.spec.seed!), 'utf8');
  return c.lines ? text.split('\n').filter((l) => l.trim() !== '') : [text];
}

/** The input of a one-input case, for tests that check more of it than its expectation. */
export function caseInput(stage: string, slug: string): string {
  return caseInputs(loadCase(stage, slug))[0]!;
}

/** What the stage gives for the case: its record, or for `lines.txt` one record per line after the line. */
export function actualOf(c: Case): unknown {
  const stage = STAGES[c.stage]!;
  const inputs = caseInputs(c);
  const records = inputs.map((input) => stage.run(input, c.spec));
  return c.lines ? records.map((r, i) => ({ input: inputs[i], ...r })) : records[0];
}

/** The expectation as the output must equal it: missing items left out, marks removed. */
export function comparable(expected: unknown): unknown {
  if (Array.isArray(expected)) return expected.filter((x) => !_isMissing(x)).map(comparable);
  if (_isObject(expected))
    return Object.fromEntries(
      Object.entries(expected)
        .filter(([k]) => k !== KNOWN_MISS)
        .map(([k, v]) => [k, comparable(v)]),
    );
  return expected;
}

/**
 * The new expectation for `actual`, keeping the marks of `previous`: a wrong item's mark moves to
 * the item with the same words, a missing item stays while nothing has its words. `notes` receives
 * a line for each mark that no longer has a place (a miss that was fixed, or whose words changed).
 */
export function withMarks(actual: unknown, previous: unknown, notes: string[] = [], where = ''): unknown {
  if (Array.isArray(actual) && Array.isArray(previous)) {
    const out = [...actual];
    const used = new Set<number>();
    const matchOf = (old: unknown) => {
      const key = _identity(old);
      const i = key === undefined ? -1 : out.findIndex((x, j) => !used.has(j) && _identity(x) === key);
      if (i >= 0) used.add(i);
      return i;
    };
    previous.forEach((old, at) => {
      if (_isMissing(old)) {
        if (actual.some((x) => _identity(x) === _identity(old)))
          notes.push(`${where}: "${_identity(old)}", marked missing, is found now: review its new entry`);
        else out.splice(Math.min(at, out.length), 0, old);
        return;
      }
      const i = matchOf(old);
      if (i >= 0) out[i] = withMarks(out[i], old, notes, `${where} "${_identity(old)}"`);
      else if (_isObject(old) && old[KNOWN_MISS]) notes.push(`${where}: the known miss "${_identity(old)}" is gone`);
    });
    return out;
  }
  if (_isObject(actual) && _isObject(previous)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(actual)) out[k] = k in previous ? withMarks(v, previous[k], notes, where) : v;
    if (typeof previous[KNOWN_MISS] === 'string') out[KNOWN_MISS] = previous[KNOWN_MISS];
    return out;
  }
  return actual;
}

/** Every known-miss mark of an expectation, as [words, why]. */
export function knownMisses(expected: unknown): Array<[string, unknown]> {
  if (Array.isArray(expected)) return expected.flatMap(knownMisses);
  if (!_isObject(expected)) return [];
  const own: Array<[string, unknown]> =
    KNOWN_MISS in expected ? [[String(_identity(expected)), expected[KNOWN_MISS]]] : [];
  return [...own, ...Object.values(expected).flatMap(knownMisses)];
}

/** Writes a case's expected.json. */
export function writeExpected(c: Case, value: unknown): void {
  writeFileSync(join(c.dir, 'expected.json'), JSON.stringify(value, null, 2) + '\n');
}

function _dirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

const _isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const _isMissing = (x: unknown) => _isObject(x) && x[MISSING] === true;

/** What names an item across runs: its words (a claim's text, an entity's name, a line's input). */
function _identity(x: unknown): string | undefined {
  if (!_isObject(x)) return undefined;
  for (const k of ['text', 'name', 'input', 'content']) if (typeof x[k] === 'string') return x[k] as string;
  return undefined;
}
