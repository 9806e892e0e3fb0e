import { wording } from '../compare/wording.js';
import type { ActorTerms, DistinctiveTerm } from '../model.js';
import { COMPARE_HELP, num, output, runCompare, str } from './compare-options.js';

export const usage = `Usage: crosscheck wording [options]

The words each outlet uses for each actor, mention by mention, and the terms most distinctive of
each outlet against all the others (weighted log-odds ratio with an informative Dirichlet prior,
Monroe, Colaresi & Quinn 2008; z-scores shown). Actors come from the "actors" table of the alias
file (an actor and the terms for it) and from the organisations extraction found. Counts and
scores only.

Options:
  --actor TEXT           only actors whose name contains TEXT
  --distinctive          list each outlet's most distinctive terms instead
  --top N                distinctive terms per outlet (default 10)
${COMPARE_HELP}

json and jsonl give the terms with every mention's span; --distinctive gives the scores.`;

export async function run(argv: string[]): Promise<number> {
  return runCompare(
    argv,
    { actor: { type: 'string' }, distinctive: { type: 'boolean' }, top: { type: 'string' } },
    usage,
    async (ctx) => {
      const v = ctx.values;
      const w = wording(ctx.ledger, {
        aliases: ctx.aliases,
        actor: str(v, 'actor'),
        outlet: str(v, 'outlet'),
        top: num(v, 'top', 10),
      });
      if (v.distinctive) await output(ctx, w.distinctive, (all) => [...all], DISTINCTIVE_COLUMNS);
      else await output(ctx, w.terms, (all) => [...all], TERM_COLUMNS);
    },
  );
}

const TERM_COLUMNS = [
  { header: 'actor', get: (t: ActorTerms) => t.actor, max: 30 },
  { header: 'outlet', get: (t: ActorTerms) => t.outlet, max: 28 },
  { header: 'term', get: (t: ActorTerms) => t.term, max: 30 },
  { header: 'mentions', get: (t: ActorTerms) => t.count },
];

const DISTINCTIVE_COLUMNS = [
  { header: 'outlet', get: (d: DistinctiveTerm) => d.outlet, max: 28 },
  { header: 'term', get: (d: DistinctiveTerm) => d.term, max: 30 },
  { header: 'actor', get: (d: DistinctiveTerm) => d.actor, max: 28 },
  { header: 'count', get: (d: DistinctiveTerm) => d.count },
  { header: 'log-odds', get: (d: DistinctiveTerm) => d.delta.toFixed(2) },
  { header: 'z', get: (d: DistinctiveTerm) => d.z.toFixed(2) },
];
