import { chains } from '../compare/chains.js';
import type { AttributionChain } from '../model.js';
import { COMPARE_HELP, output, runCompare, str } from './compare-options.js';

export const usage = `Usage: crosscheck chains [options]

How each relayed claim reached the reader: the outlet that printed it, the agency whose story it
reprinted, the parties that relayed it ("the UN, citing the health ministry", "the ministry told
Kestrel"), and the original claimant. --source lists every relay of one original source.

Options:
  --source TEXT          original claimant contains TEXT
  --relay TEXT           a relay or agency contains TEXT
  --direct               also claims with nothing between the outlet and the claimant
${COMPARE_HELP}`;

export async function run(argv: string[]): Promise<number> {
  return runCompare(
    argv,
    { source: { type: 'string' }, relay: { type: 'string' }, direct: { type: 'boolean' } },
    usage,
    async (ctx) => {
      const v = ctx.values;
      const result = chains(ctx.ledger, {
        aliases: ctx.aliases,
        source: str(v, 'source'),
        relay: str(v, 'relay'),
        outlet: str(v, 'outlet'),
        direct: v.direct === true,
      }).filter(
        (c) =>
          (!str(v, 'from') || (c.document.published ?? '') >= str(v, 'from')!) &&
          (!str(v, 'to') || (c.document.published ?? '9999') <= str(v, 'to')!),
      );
      await output(ctx, result, (all) => [...all], COLUMNS);
    },
  );
}

const COLUMNS = [
  { header: 'published', get: (c: AttributionChain) => c.document.published },
  {
    header: 'chain (outlet → … → claimant)',
    get: (c: AttributionChain) => c.links.map((l) => l.key).join(' → '),
    max: 80,
  },
  {
    header: 'claim',
    get: (c: AttributionChain) => `${c.claim.type === 'figure' ? 'figure' : 'said'}: ${c.claim.text}`,
    max: 40,
  },
  { header: 'document', get: (c: AttributionChain) => c.document.id.slice(0, 10) },
];
