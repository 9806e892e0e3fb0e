import { chains } from '../compare/chains.js';
import { compareCommand, listing, printListing } from './compare-options.js';
import { OPTION } from './ledger-options.js';
import { shortId } from './query-command.js';

export const { usage, run } = compareCommand({
  name: 'chains',
  summary: `How each relayed claim reached the reader: the outlet that printed it, the agency whose story it
reprinted, the parties that relayed it ("the UN, citing the health ministry", "the ministry told
Kestrel"), and the original claimant. --source lists every relay of one original source.
--from and --to filter the publication date.`,
  options: {
    source: { kind: 'text', arg: 'TEXT', help: 'original claimant contains TEXT' },
    relay: { kind: 'text', arg: 'TEXT', help: 'a relay or agency contains TEXT' },
    direct: { kind: 'flag', help: 'also claims with nothing between the outlet and the claimant' },
    outlet: OPTION.outlet,
    from: OPTION.from,
    to: OPTION.to,
    limit: OPTION.limit,
    wide: OPTION.wide,
  },
  async run(v, ctx) {
    const found = chains(ctx.ledger, {
      aliases: ctx.aliases,
      source: v.source,
      relay: v.relay,
      outlet: v.outlet,
      direct: v.direct ?? false,
    }).filter(
      (c) => (!v.from || (c.document.published ?? '') >= v.from) && (!v.to || (c.document.published ?? '9999') <= v.to),
    );
    await printListing(
      ctx,
      listing(found, (all) => [...all], [
        { header: 'published', get: (c) => c.document.published, fit: 'fixed' },
        { header: 'chain (outlet → … → claimant)', get: (c) => c.links.map((l) => l.key).join(' → '), weight: 2 },
        {
          header: 'claim',
          get: (c) => `${c.claim.type === 'figure' ? 'figure' : 'said'}: ${c.claim.text}`,
          below: true,
        },
        { header: 'document', get: (c) => shortId(c.document.id), fit: 'fixed' },
      ]),
    );
  },
});
