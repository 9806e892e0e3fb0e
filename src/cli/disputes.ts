import { competingAccounts } from '../compare/competing.js';
import { disputes } from '../compare/disputes.js';
import { METRICS, type CompetingAccounts, type Dispute, type Metric } from '../model.js';
import { COMPARE_HELP, num, output, runCompare, str } from './compare-options.js';
import { UsageError } from './ledger-options.js';
import { valueText } from './value-text.js';

export const usage = `Usage: crosscheck disputes [options]

Where claimants disagree. In each series (see "crosscheck series"):
  dispute   two claimants count it for the same day (± --days) and their values cannot both be
            true given their qualifiers ("at least 20" and "25" agree; "20" and "25" do not)
  update    one claimant's count rises between two dates
  revision  one claimant's count falls between two dates
With --accounts: competing accounts instead, statements by different speakers about one place
in the same days, side by side.

Options:
  --metric METRIC        ${METRICS.join(', ')}
  --claimant TEXT        a claimant in the pair contains TEXT
  --place TEXT           place contains TEXT
  --kind KIND            dispute, update or revision (default all three)
  --days N               as-of dates at most N days apart are one date (default 1; with
                         --accounts, the longest gap between statements of one window, default 1)
  --tolerance X          relative slack around an exact value, 0.1 = 10% (default 0)
  --accounts             list competing accounts (statements) instead
${COMPARE_HELP}`;

const KINDS: ReadonlyArray<Dispute['kind']> = ['dispute', 'update', 'revision'];

export async function run(argv: string[]): Promise<number> {
  return runCompare(
    argv,
    {
      metric: { type: 'string' },
      claimant: { type: 'string' },
      place: { type: 'string' },
      kind: { type: 'string' },
      days: { type: 'string' },
      tolerance: { type: 'string' },
      accounts: { type: 'boolean' },
    },
    usage,
    async (ctx) => {
      const v = ctx.values;
      if (v.accounts) {
        const result = competingAccounts(ctx.ledger, {
          aliases: ctx.aliases,
          days: num(v, 'days', 1),
          place: str(v, 'place'),
          speaker: str(v, 'claimant'),
          from: str(v, 'from'),
          to: str(v, 'to'),
        });
        await output(ctx, result, (all) => all.flatMap((c) => c.statements.map((s) => ({ c, s }))), ACCOUNT_COLUMNS);
        return;
      }
      const metric = str(v, 'metric');
      if (metric && !(METRICS as readonly string[]).includes(metric))
        throw new UsageError(`--metric must be one of ${METRICS.join(', ')}`);
      const kind = str(v, 'kind');
      if (kind && !(KINDS as readonly string[]).includes(kind))
        throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
      const claimant = str(v, 'claimant')?.toLowerCase();
      const result = disputes(ctx.ledger, {
        aliases: ctx.aliases,
        metric: metric as Metric | undefined,
        place: str(v, 'place'),
        outlet: str(v, 'outlet'),
        from: str(v, 'from'),
        to: str(v, 'to'),
        days: num(v, 'days', 1),
        tolerance: num(v, 'tolerance', 0),
        kinds: kind ? [kind as Dispute['kind']] : undefined,
      }).filter((d) => !claimant || [d.a, d.b].some((p) => p.claimantKey.toLowerCase().includes(claimant)));
      await output(ctx, result, (all) => [...all], DISPUTE_COLUMNS);
    },
  );
}

const side = (p: Dispute['a']) => `${valueText(p)} ${p.claimantKey} (${p.asOf})`;

const DISPUTE_COLUMNS = [
  { header: 'kind', get: (d: Dispute) => d.kind },
  { header: 'series', get: (d: Dispute) => d.series.replace(/\|/g, ' · '), max: 40 },
  { header: 'one says', get: (d: Dispute) => side(d.a), max: 44 },
  { header: 'other says', get: (d: Dispute) => side(d.b), max: 44 },
  { header: 'copies', get: (d: Dispute) => d.repeated + 1 },
  { header: 'documents', get: (d: Dispute) => `${d.a.document.id.slice(0, 8)} ${d.b.document.id.slice(0, 8)}` },
];

type AccountRow = { c: CompetingAccounts; s: CompetingAccounts['statements'][number] };

const ACCOUNT_COLUMNS = [
  { header: 'place', get: (r: AccountRow) => r.c.place, max: 20 },
  { header: 'dates', get: (r: AccountRow) => (r.c.from === r.c.to ? r.c.from : `${r.c.from}…${r.c.to}`) },
  { header: 'speaker', get: (r: AccountRow) => r.s.speakerKey, max: 28 },
  { header: 'outlet', get: (r: AccountRow) => r.s.document.outlet, max: 22 },
  { header: 'statement', get: (r: AccountRow) => r.s.text, max: 60 },
  { header: 'document', get: (r: AccountRow) => r.s.document.id.slice(0, 10) },
];
