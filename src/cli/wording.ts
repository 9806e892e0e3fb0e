import { wording } from '../compare/wording.js';
import { compareCommand, listing, notWith, printListing } from './compare-options.js';
import { OPTION } from './ledger-options.js';

export const { usage, run } = compareCommand({
  name: 'wording',
  summary: `The words each outlet uses for each actor, mention by mention, and the terms most distinctive of
each outlet against all the others (weighted log-odds ratio with an informative Dirichlet prior,
Monroe, Colaresi & Quinn 2008; z-scores shown). Actors come from the "actors" table of the alias
file (an actor and the terms for it) and from the organisations extraction found. Counts and
scores only.`,
  options: {
    actor: { kind: 'text', arg: 'TEXT', help: 'only actors whose name contains TEXT (not with --distinctive)' },
    distinctive: { kind: 'flag', help: 'list each outlet’s most distinctive terms instead' },
    top: { kind: 'whole', arg: 'N', help: 'with --distinctive: terms per outlet (default 10)' },
    outlet: OPTION.outlet,
    limit: OPTION.limit,
    wide: OPTION.wide,
  },
  epilogue: 'json and jsonl give the terms with every mention’s span; --distinctive gives the scores.',
  async run(v, ctx) {
    if (v.distinctive) notWith(v, '--distinctive (it ranks every term of each outlet)', ['actor']);
    else notWith(v, 'the terms per actor (it ranks terms with --distinctive)', ['top']);
    const w = wording(ctx.ledger, { aliases: ctx.aliases, actor: v.actor, outlet: v.outlet, top: v.top ?? 10 });
    if (v.distinctive)
      await printListing(
        ctx,
        listing(w.distinctive, (all) => [...all], [
          { header: 'outlet', get: (d) => d.outlet },
          { header: 'term', get: (d) => d.term },
          { header: 'actor', get: (d) => d.actor, drop: 1 },
          { header: 'count', get: (d) => d.count, fit: 'fixed' },
          { header: 'log-odds', get: (d) => d.delta.toFixed(2), fit: 'fixed' },
          { header: 'z', get: (d) => d.z.toFixed(2), fit: 'fixed' },
        ]),
      );
    else
      await printListing(
        ctx,
        listing(w.terms, (all) => [...all], [
          { header: 'actor', get: (t) => t.actor },
          { header: 'outlet', get: (t) => t.outlet },
          { header: 'term', get: (t) => t.term },
          { header: 'mentions', get: (t) => t.count, fit: 'fixed' },
        ]),
      );
  },
});
