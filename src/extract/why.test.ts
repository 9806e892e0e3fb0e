import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSeeds, SEEDS_DIR } from '../../test/helpers/shared.js';
import type { ClaimantWhy, Extraction, RuleId } from '../model.js';
import { extract } from './index.js';

// Every figure and statement of the seed reports names the rule behind each field it decided, and
// each rule id is written out in full in src/ (grep finds it where the rule is defined). The seeds
// are shared read-only (test/helpers/shared.ts); without them the test is skipped, and says so.
const ROOT = resolve(import.meta.dirname, '..', '..');
const seeds = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')) : [];

/** The ids of one claimant's why, or a problem. */
function claimantIds(why: ClaimantWhy | null, named: string | null, problems: string[], what: string): RuleId[] {
  if (why === null) {
    if (named !== null) problems.push(`${what}: "${named}" with no rule`);
    return [];
  }
  if (!why.frame) problems.push(`${what}: no frame rule`);
  if (named !== null && why.claimant.length === 0) problems.push(`${what}: "${named}" with no claimant rule`);
  return [why.frame, ...why.claimant];
}

/** The problems of one extraction's why fields, and every rule id they name. */
function audit(x: Extraction): { problems: string[]; ids: RuleId[] } {
  const problems: string[] = [];
  const ids: RuleId[] = [];
  for (const f of x.figures) {
    const what = `figure ${f.value} ${f.metric} at ${f.span.start}`;
    const w = f.why;
    if (!w.metric || !w.qualifier) problems.push(`${what}: metric or qualifier with no rule`);
    // A field the text decided has its rule; a field left empty has none.
    for (const field of ['who', 'asOf', 'since'] as const)
      if ((f[field] === null) !== (w[field] === null))
        problems.push(`${what}: ${field} ${f[field]} with rule ${w[field]}`);
    ids.push(w.metric, w.qualifier, ...[w.who, w.asOf, w.since].filter((id): id is RuleId => id !== null));
    ids.push(...claimantIds(w.source, f.source, problems, `${what}: source`));
    if (w.metric !== f.by) problems.push(`${what}: by ${f.by} is not the metric's rule ${w.metric}`);
  }
  for (const s of x.statements) {
    const what = `statement at ${s.span.start}`;
    if (!s.why.kind) problems.push(`${what}: kind with no rule`);
    ids.push(s.why.kind, ...claimantIds(s.why.speaker, s.speaker, problems, `${what}: speaker`));
  }
  return { problems, ids };
}

describeSeeds('why: the seed reports', [], () => {
  const found = seeds.map((f) => {
    const text = readFileSync(join(SEEDS_DIR, f), 'utf8');
    return { file: f, x: extract({ origin: f, text, meta: {} }) };
  });

  it.each(found.map((s) => [s.file, s.x] as const))('%s: every decided field names its rule', (_file, x) => {
    expect(x.figures.length + x.statements.length).toBeGreaterThan(0);
    expect(audit(x).problems).toEqual([]);
  });

  it('every rule id they name is written out in full in src/', () => {
    const ids = [...new Set(found.flatMap((s) => audit(s.x).ids))].sort();
    expect(ids.length).toBeGreaterThan(10);
    const missing = ids.filter((id) => {
      try {
        execFileSync('grep', ['-rqF', `'${id}'`, join(ROOT, 'src')]);
        return false;
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });
});

describe('why: the audit', () => {
  it('reports a field decided with no rule, and a field left empty with one', () => {
    const text = 'Officials said 12 people were killed.';
    const x = extract({ origin: 'test', text, meta: { published: '2024-03-01' } });
    expect(audit(x).problems).toEqual([]);
    const f = x.figures[0]!;
    f.why = { ...f.why, who: null, since: 'figures/since-date', source: null };
    expect(audit(x).problems).toEqual([
      'figure 12 killed at 15: who people with rule null',
      'figure 12 killed at 15: since null with rule figures/since-date',
      'figure 12 killed at 15: source: "Officials" with no rule',
    ]);
  });
});
