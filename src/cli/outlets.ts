import { outlets } from '../compare/outlets.js';
import { compareCommand, listing, printListing } from './compare-options.js';
import { OPTION } from './ledger-options.js';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

export const { usage, run } = compareCommand({
  name: 'outlets',
  summary: `Each outlet at a glance: documents and their date range; figures, how many in its own voice and
how many attributed; the claimants it cites most (figures and statements); and its reprints
(documents in a story another outlet printed too).`,
  options: {
    claimants: {
      kind: 'whole',
      arg: 'N',
      min: 0,
      help: 'claimants listed per outlet (default 3 in a table, else 10; 0 for all)',
    },
    outlet: OPTION.outlet,
    limit: OPTION.limit,
    wide: OPTION.wide,
  },
  async run(v, ctx) {
    const profiles = outlets(ctx.ledger, {
      aliases: ctx.aliases,
      outlet: v.outlet,
      claimants: v.claimants ?? (ctx.format === 'table' ? 3 : 10),
    });
    await printListing(
      ctx,
      listing(profiles, (all) => [...all], [
        { header: 'outlet', get: (p) => p.outlet, min: 12 },
        { header: 'documents', get: (p) => p.documents, fit: 'fixed' },
        {
          header: 'dates',
          get: (p) => (p.from === p.to ? p.from : `${p.from ?? '?'}…${p.to ?? '?'}`),
          fit: 'fixed',
          drop: 2,
        },
        { header: 'figures', get: (p) => p.figures, fit: 'fixed' },
        { header: 'own voice', get: (p) => `${p.ownVoice} (${pct(p.ownVoiceShare)})`, fit: 'fixed' },
        { header: 'reprints', get: (p) => `${p.reprints} (${pct(p.reprintShare)})`, fit: 'fixed', drop: 1 },
        {
          header: 'cites most',
          get: (p) => p.claimants.map((c) => `${c.name} ${c.figures + c.statements}`).join('; '),
          weight: 2,
          below: true,
        },
      ]),
    );
  },
});
