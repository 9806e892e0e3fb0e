import { series } from '../compare/series.js';
import { METRICS, type FigurePoint, type Metric, type Series, type SeriesKind } from '../model.js';
import { COMPARE_HELP, num, output, runCompare, str } from './compare-options.js';
import { UsageError } from './ledger-options.js';
import { valueText } from './value-text.js';

export const usage = `Usage: crosscheck series [options]

Lines up the figures that count the same thing: the same metric, group counted and place, kept
apart by kind (cumulative tolls, counts of one incident, and counts whose sentence says neither).
Each series lists its figures by as-of date with claimant, outlet, qualifier and evidence; a lower
bound stays a lower bound. "stories" counts independent reports (reprints of one story count once).

Options:
  --metric METRIC        ${METRICS.join(', ')}
  --group TEXT           group counted contains TEXT ("civilians")
  --claimant TEXT        claimant contains TEXT ("none": the outlet's own voice)
  --place TEXT           place contains TEXT
  --kind KIND            cumulative, incident or unmarked
  --min-points N         only series with at least N figures (default 1)
${COMPARE_HELP}

In a table or CSV each row is one figure, its series first; json and jsonl give one object per
series with its points.`;

const KINDS: readonly SeriesKind[] = ['cumulative', 'incident', 'unmarked'];

export async function run(argv: string[]): Promise<number> {
  return runCompare(
    argv,
    {
      metric: { type: 'string' },
      group: { type: 'string' },
      claimant: { type: 'string' },
      place: { type: 'string' },
      kind: { type: 'string' },
      'min-points': { type: 'string' },
    },
    usage,
    async (ctx) => {
      const v = ctx.values;
      const metric = str(v, 'metric');
      if (metric && !(METRICS as readonly string[]).includes(metric))
        throw new UsageError(`--metric must be one of ${METRICS.join(', ')}`);
      const kind = str(v, 'kind');
      if (kind && !(KINDS as readonly string[]).includes(kind))
        throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
      const result = series(ctx.ledger, {
        aliases: ctx.aliases,
        metric: metric as Metric | undefined,
        group: str(v, 'group'),
        claimant: str(v, 'claimant'),
        place: str(v, 'place'),
        kind: kind as SeriesKind | undefined,
        outlet: str(v, 'outlet'),
        from: str(v, 'from'),
        to: str(v, 'to'),
        minPoints: num(v, 'min-points', 1),
      });
      await output(ctx, result, flatten, SERIES_COLUMNS);
    },
  );
}

type Row = { s: Series; p: FigurePoint };

const flatten = (all: readonly Series[]): Row[] => all.flatMap((s) => s.points.map((p) => ({ s, p })));

const SERIES_COLUMNS = [
  { header: 'series', get: (r: Row) => `${r.s.metric} · ${r.s.group} · ${r.s.scope ?? '—'} · ${r.s.kind}`, max: 48 },
  { header: 'as of', get: (r: Row) => r.p.asOf },
  { header: 'value', get: (r: Row) => valueText(r.p) },
  { header: 'claimant', get: (r: Row) => r.p.claimant ?? '(outlet’s own voice)', max: 30 },
  { header: 'outlet', get: (r: Row) => r.p.document.outlet, max: 24 },
  { header: 'evidence', get: (r: Row) => r.p.evidence.text, max: 24 },
  { header: 'why', get: (r: Row) => r.p.kindCue, max: 14 },
  { header: 'document', get: (r: Row) => r.p.document.id.slice(0, 10) },
];
