import { series } from '../compare/series.js';
import type { FigurePoint, SeriesKind } from '../model.js';
import { compareCommand, listing, printListing } from './compare-options.js';
import { displayWidth, elide, evidenceCell } from './format.js';
import { OPTION } from './ledger-options.js';
import { shortId } from './query-command.js';
import { valueText } from './value-text.js';

const KINDS: readonly SeriesKind[] = ['cumulative', 'incident', 'unmarked'];

/** One figure of a series, as a table or CSV row: the series' id and group, then the figure's fields. */
type Row = { series: string; group: string } & FigurePoint;

/** "Kestrel Wire Service: …the toll has risen to [57] civilians…", cut to `width`. */
function evidence(r: Row, width: number): string {
  const outlet = `${elide(r.document.outlet ?? '(outlet not known)', Math.floor(width / 2))}: `;
  const e = r.evidence;
  return outlet + evidenceCell(e.sentenceText, e.sentence, e.span, width - displayWidth(outlet));
}

export const { usage, run } = compareCommand({
  name: 'series',
  summary: `Lines up the figures that count the same thing: the same metric, group counted and place, kept
apart by kind (cumulative tolls, counts of one incident, and counts whose sentence says neither).
Each series lists its figures by as-of date with claimant, outlet, qualifier and evidence; a lower
bound stays a lower bound. Figures repeated in reprints of one story count as one report.
--from and --to filter the as-of date.`,
  options: {
    metric: OPTION.metric,
    group: { kind: 'text', arg: 'TEXT', help: 'group counted contains TEXT ("civilians")' },
    claimant: { kind: 'text', arg: 'TEXT', help: 'claimant contains TEXT ("none": the outlet\'s own voice)' },
    place: { kind: 'text', arg: 'TEXT', help: 'place contains TEXT' },
    kind: { kind: 'choice', arg: 'KIND', choices: KINDS, help: KINDS.join(', ') },
    'min-points': { kind: 'whole', arg: 'N', help: 'only series of at least N figures (default 1)' },
    outlet: OPTION.outlet,
    from: OPTION.from,
    to: OPTION.to,
    limit: { ...OPTION.limit, help: 'at most N rows (figures; in json and jsonl, series) (default 50 in a table)' },
    wide: OPTION.wide,
  },
  epilogue: `In a table or CSV each row is one figure, its series first; json and jsonl give one object per
series with its figures ("points").`,
  async run(v, ctx) {
    const result = series(ctx.ledger, {
      aliases: ctx.aliases,
      metric: v.metric,
      group: v.group,
      claimant: v.claimant,
      place: v.place,
      kind: v.kind,
      outlet: v.outlet,
      from: v.from,
      to: v.to,
      minPoints: v['min-points'] ?? 1,
    });
    await printListing(
      ctx,
      listing(result, (all) => all.flatMap((s) => s.points.map((p): Row => ({ series: s.id, group: s.group, ...p }))), [
        {
          header: 'series',
          get: (r) => `${r.metric} · ${r.group} · ${r.scope ?? '—'} · ${r.kind}`,
          min: 20,
          weight: 2,
        },
        { header: 'as of', get: (r) => (r.asOfBasis === 'implied' ? `${r.asOf} (pub)` : r.asOf), fit: 'fixed' },
        { header: 'value', get: valueText, fit: 'fixed' },
        { header: 'claimant', get: (r) => r.source ?? '(outlet’s own voice)', min: 11 },
        // Under the row on a terminal: the outlet, then the sentence with the figure's words marked.
        {
          header: 'outlet: evidence',
          get: (r) => evidence(r, Infinity),
          fit: evidence,
          below: true,
        },
        { header: 'document', get: (r) => shortId(r.document.id), fit: 'fixed' },
      ]),
    );
  },
});
