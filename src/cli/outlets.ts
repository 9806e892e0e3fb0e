import { outlets } from '../compare/outlets.js';
import type { OutletProfile } from '../model.js';
import { COMPARE_HELP, num, output, runCompare, str } from './compare-options.js';

export const usage = `Usage: crosscheck outlets [options]

Each outlet at a glance: documents and their date range; figures, how many in its own voice and
how many attributed; the claimants it cites most (figures and statements); and its reprints
(documents in a story another outlet printed too).

Options:
  --claimants N          claimants listed per outlet (default 10 in json, 3 in a table; 0 for all)
${COMPARE_HELP}`;

export async function run(argv: string[]): Promise<number> {
  return runCompare(argv, { claimants: { type: 'string' } }, usage, async (ctx) => {
    const v = ctx.values;
    const result = outlets(ctx.ledger, {
      aliases: ctx.aliases,
      outlet: str(v, 'outlet'),
      claimants: num(v, 'claimants', ctx.format === 'table' ? 3 : 10),
    });
    await output(ctx, result, (all) => [...all], COLUMNS);
  });
}

const pct = (x: number | null) => (x === null ? null : `${Math.round(x * 100)}%`);

const COLUMNS = [
  { header: 'outlet', get: (p: OutletProfile) => p.outlet, max: 32 },
  { header: 'documents', get: (p: OutletProfile) => p.documents },
  { header: 'dates', get: (p: OutletProfile) => (p.from === p.to ? p.from : `${p.from ?? '?'}…${p.to ?? '?'}`) },
  { header: 'figures', get: (p: OutletProfile) => p.figures },
  { header: 'own voice', get: (p: OutletProfile) => `${p.ownVoice} (${pct(p.ownVoiceShare) ?? '—'})` },
  { header: 'reprints', get: (p: OutletProfile) => `${p.reprints} (${pct(p.reprintShare) ?? '—'})` },
  {
    header: 'cites most',
    get: (p: OutletProfile) => p.claimants.map((c) => `${c.name} ${c.figures + c.statements}`).join('; '),
    max: 70,
  },
];
