import type { FigurePoint, Metric, Qualifier } from '../../model.js';
import type { LedgerFigure } from '../../store/queries.js';
import { day, documentHref, figureAnchor, figureValue, OWN_VOICE } from '../pages/format.js';
import { Plot, renderLegend, renderPlot } from './plot.js';

/** Claimants and outlets beyond these many share one colour or shape ("other …"). */
const CLAIMANT_COLOURS = 9;
const OUTLET_SHAPES = 6;

/** The `n` most frequent values, most frequent first, the rest named `other` (listed last). */
function top(values: string[], n: number, other: string): { of: (v: string) => string; domain: string[] } {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const kept = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, counts.size > n ? n - 1 : n)
    .map(([v]) => v);
  const set = new Set(kept);
  return { of: (v) => (set.has(v) ? v : other), domain: counts.size > n ? [...kept, other] : kept };
}

/** Colours of claimants: Observable's ten, without the grey kept for "other". */
const COLOURS = ['#4269d0', '#efb118', '#ff725c', '#6cc5b0', '#3ca951', '#ff8ab7', '#a463f2', '#97bbf5', '#9c6b4e'];
const OTHER_COLOUR = '#9498a0';
/** Shapes of outlets: filled ones, told apart at a glance; "other outlets" is a wye. */
const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'cross', 'star'];

/** A label cut to a length a legend can hold. */
const short = (s: string, n = 38) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A figure as the chart draws it, from a ledger row or a series point. */
export interface ChartFigure {
  id: number;
  documentId: string;
  outlet: string | null;
  metric: Metric;
  value: number;
  high: number | null;
  qualifier: Qualifier;
  vague: boolean;
  unit: 'people' | 'percent';
  who: string | null;
  asOf: string | null;
  asOfBasis: 'stated' | 'implied' | null;
  /** The claimant as written, null for the outlet's own voice. */
  source: string | null;
  /**
   * The claimant the chart colours by: its canonical name where an alias file groups the ways it
   * is written ("Irundel's health ministry", "the Ministry of Health of Irundel"), else as written.
   */
  claimant: string | null;
  evidence: string;
  sentence: string | null;
  /** Other copies of the same claim in reprints of its story, folded into this mark. */
  copies: number;
}

/** A ledger row as the chart draws it. */
export const rowFigure = (f: LedgerFigure, sentence: string | null): ChartFigure => ({
  id: f.id,
  documentId: f.documentId,
  outlet: f.outlet,
  metric: f.metric,
  value: f.value,
  high: f.high,
  qualifier: f.qualifier,
  vague: f.vague,
  unit: f.unit,
  who: f.who,
  asOf: f.asOf,
  asOfBasis: f.asOfBasis,
  source: f.source,
  claimant: f.source,
  evidence: f.evidence,
  sentence,
  copies: 0,
});

/**
 * A series' points as the chart draws them: the copies of one claim in the reprints of one story
 * (same claimant, value and date) are one mark, the earliest document's, saying how many copies
 * it stands for.
 */
export function seriesFigures(points: readonly FigurePoint[]): ChartFigure[] {
  const marks = new Map<string, ChartFigure>();
  for (const p of points) {
    const key = [p.story, p.claimantKey, p.value, p.high, p.qualifier, p.asOf].join('\u0000');
    const known = marks.get(key);
    if (known) {
      known.copies++;
      continue;
    }
    marks.set(key, {
      id: p.figure,
      documentId: p.document.id,
      outlet: p.document.outlet,
      metric: p.metric,
      value: p.value,
      high: p.high,
      qualifier: p.qualifier,
      vague: p.vague,
      unit: p.unit,
      who: p.who,
      asOf: p.asOf,
      asOfBasis: p.asOfBasis,
      source: p.source,
      claimant: p.source === null ? null : p.claimantKey,
      evidence: p.evidence.text,
      sentence: p.evidence.sentenceText,
      copies: 0,
    });
  }
  return [...marks.values()];
}

/**
 * One mark per figure over time: colour for the claimant, shape for the outlet, an arrow up from
 * a lower bound ("at least", "more than", "dozens") and down from an upper one ("up to"), a line
 * over a range. Each mark links to the figure in its document and carries its sentence as a
 * title (the tooltip). `sentences` maps figure ids to their sentence, where known. The figures
 * should count in one unit (people, or percent).
 */
export function claimsTimeline(figures: ChartFigure[], label: string): string {
  const dated = figures.filter((f) => f.asOf !== null);
  const claimant = (f: ChartFigure) => f.claimant ?? OWN_VOICE;
  const claimants = top(dated.map(claimant), CLAIMANT_COLOURS, 'other claimants');
  const outlets = top(
    dated.map((f) => f.outlet ?? 'outlet not named'),
    OUTLET_SHAPES,
    'other outlets',
  );
  const rows = dated.map((f) => {
    const sentence = f.sentence;
    return {
      f,
      date: new Date(`${f.asOf}T00:00:00Z`),
      value: f.value,
      high: f.high,
      claimant: short(claimants.of(claimant(f))),
      outlet: short(outlets.of(f.outlet ?? 'outlet not named')),
      href: documentHref(f.documentId, figureAnchor(f.id)),
      title: [
        `${figureValue(f)} ${f.metric}${f.who ? ` (${f.who})` : ''}`,
        f.source ? `according to ${f.source}` : OWN_VOICE,
        `${f.outlet ?? 'outlet not named'}, as of ${day(f.asOf)}${f.asOfBasis === 'implied' ? ' (publication date)' : ''}`,
        ...(f.copies > 0 ? [`and ${f.copies} reprinted ${f.copies === 1 ? 'copy' : 'copies'} of the same story`] : []),
        sentence ? `“${sentence.replace(/\s+/g, ' ').trim()}”` : `“${f.evidence}”`,
      ].join('\n'),
    };
  });
  const max = Math.max(1, ...rows.map((r) => r.high ?? r.value));
  const arrow = max * 0.08;
  const lower = rows.filter((r) => ['at_least', 'more_than'].includes(r.f.qualifier) || r.f.vague);
  const upper = rows.filter((r) => ['up_to', 'less_than'].includes(r.f.qualifier));
  const ranged = rows.filter((r) => r.high !== null);
  const colour = {
    domain: claimants.domain.map((c) => short(c)),
    range: claimants.domain.map((c, i) => (c === 'other claimants' ? OTHER_COLOUR : COLOURS[i % COLOURS.length]!)),
  };
  const symbol = {
    domain: outlets.domain.map((o) => short(o)),
    range: outlets.domain.map((o, i) => (o === 'other outlets' ? 'wye' : SHAPES[i % SHAPES.length]!)),
  };
  const legends =
    `<div class="chart-legends"><div class="chart-legend"><span class="legend-title">Claimant</span>${renderLegend({ color: colour })}</div>` +
    `<div class="chart-legend"><span class="legend-title">Outlet</span>${renderLegend({ symbol, fill: '#5f6b7a' } as Plot.LegendScales)}</div></div>`;
  return (
    legends +
    renderPlot({
      width: 1160,
      height: 420,
      marginLeft: 64,
      marginRight: 24,
      ariaLabel: label,
      ariaDescription: `${rows.length} figures; colour: claimant; shape: outlet; an arrow up marks a lower bound, down an upper bound. Each mark links to the figure in its document.`,
      x: { type: 'utc', label: null, grid: true },
      y: {
        label: figures[0]?.unit === 'percent' ? 'percent' : 'people',
        grid: true,
        zero: true,
        domain: [0, max * 1.12],
        nice: true,
      },
      color: colour,
      symbol,
      marks: [
        Plot.ruleX(ranged, { x: 'date', y1: 'value', y2: 'high', stroke: 'claimant', strokeWidth: 2 }),
        Plot.link(lower, {
          x1: 'date',
          x2: 'date',
          y1: 'value',
          y2: (r: (typeof rows)[number]) => r.value + arrow,
          stroke: 'claimant',
          markerEnd: 'arrow',
        }),
        Plot.link(upper, {
          x1: 'date',
          x2: 'date',
          y1: 'value',
          y2: (r: (typeof rows)[number]) => Math.max(0, r.value - arrow),
          stroke: 'claimant',
          markerEnd: 'arrow',
        }),
        Plot.dot(rows, {
          x: 'date',
          y: 'value',
          fill: 'claimant',
          symbol: 'outlet',
          r: 6,
          stroke: '#1d232b',
          strokeWidth: 0.8,
          href: 'href',
          title: 'title',
          ariaLabel: 'title',
        }),
      ],
    })
  );
}
