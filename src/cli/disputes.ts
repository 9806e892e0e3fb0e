import { competingAccounts } from '../compare/competing.js';
import { disputes } from '../compare/disputes.js';
import type { Dispute, StatementPoint } from '../model.js';
import { compareCommand, listing, notWith, printListing } from './compare-options.js';
import { OPTION } from './ledger-options.js';
import { shortId } from './query-command.js';
import { valueText } from './value-text.js';

const KINDS: ReadonlyArray<Dispute['kind']> = ['dispute', 'update', 'revision'];

/** One statement of a window of competing accounts, as a table or CSV row. */
type AccountRow = { place: string; from: string; to: string } & StatementPoint;

/** One side of a dispute in a table: "≥21 Halvessa regional health department (2025-03-05)". */
const side = (p: Dispute['a']) => `${valueText(p)} ${p.claimantKey} (${p.asOf ?? 'undated'})`;

export const { usage, run } = compareCommand({
  name: 'disputes',
  summary: `Where claimants disagree. In each series (see "crosscheck series"):
  dispute   two claimants count it for the same day (± --days) and their values cannot both be
            true given their qualifiers ("at least 20" and "25" agree; "20" and "25" do not)
  update    one claimant's count rises between two dates
  revision  one claimant's count falls between two dates
With --accounts: competing accounts instead, statements by different speakers about one place
in the same days, side by side. --from and --to filter the as-of date (with --accounts, the
publication date).`,
  options: {
    metric: OPTION.metric,
    claimant: { kind: 'text', arg: 'TEXT', help: 'a claimant of the pair (with --accounts, a speaker) contains TEXT' },
    place: { kind: 'text', arg: 'TEXT', help: 'place contains TEXT' },
    kind: { kind: 'choice', arg: 'KIND', choices: KINDS, help: 'dispute, update or revision (default all three)' },
    days: {
      kind: 'whole',
      arg: 'N',
      min: 0,
      help: 'as-of dates at most N days apart are one date (default 1; with --accounts,\nthe longest gap between statements of one window, default 1)',
    },
    tolerance: { kind: 'number', arg: 'X', help: 'relative slack around an exact value, 0.1 = 10% (default 0)' },
    accounts: { kind: 'flag', help: 'list competing accounts (statements) instead' },
    outlet: OPTION.outlet,
    from: OPTION.from,
    to: OPTION.to,
    limit: OPTION.limit,
    wide: OPTION.wide,
  },
  async run(v, ctx) {
    if (v.accounts) {
      notWith(v, '--accounts', ['metric', 'kind', 'tolerance', 'outlet']);
      const accounts = competingAccounts(ctx.ledger, {
        aliases: ctx.aliases,
        days: v.days ?? 1,
        place: v.place,
        speaker: v.claimant,
        from: v.from,
        to: v.to,
      });
      await printListing(
        ctx,
        listing(
          accounts,
          (all) =>
            all.flatMap((c) => c.statements.map((s): AccountRow => ({ place: c.place, from: c.from, to: c.to, ...s }))),
          [
            { header: 'place', get: (r) => r.place },
            { header: 'dates', get: (r) => (r.from === r.to ? r.from : `${r.from}…${r.to}`), fit: 'fixed' },
            { header: 'speaker', get: (r) => r.speakerKey ?? r.speaker, min: 10 },
            { header: 'outlet', get: (r) => r.document.outlet, drop: 1 },
            { header: 'statement', get: (r) => r.text, min: 16, weight: 2, below: true },
            { header: 'document', get: (r) => shortId(r.document.id), fit: 'fixed' },
          ],
        ),
      );
      return;
    }
    const claimant = v.claimant?.toLowerCase();
    const found = disputes(ctx.ledger, {
      aliases: ctx.aliases,
      metric: v.metric,
      place: v.place,
      outlet: v.outlet,
      from: v.from,
      to: v.to,
      days: v.days ?? 1,
      tolerance: v.tolerance ?? 0,
      kinds: v.kind ? [v.kind] : undefined,
    }).filter((d) => !claimant || [d.a, d.b].some((p) => p.claimantKey.toLowerCase().includes(claimant)));
    await printListing(
      ctx,
      listing(found, (all) => [...all], [
        { header: 'kind', get: (d) => d.kind, fit: 'fixed' },
        { header: 'one says', get: (d) => side(d.a), min: 20 },
        { header: 'other says', get: (d) => side(d.b), min: 20 },
        { header: 'copies', get: (d) => d.repeated + 1, fit: 'fixed', drop: 1 },
        // What the pair counts, why it is listed, and where to read both: under the row on a terminal.
        {
          header: 'series: why (documents)',
          get: (d) =>
            `${d.series.replace(/\|/g, ' · ')}: ${d.reason} (${shortId(d.a.document.id)} ${shortId(d.b.document.id)})`,
          below: true,
        },
      ]),
    );
  },
});
