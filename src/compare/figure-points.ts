import type { DocumentRef, FigurePoint, Metric, Qualifier, SeriesKind, Unit, DateBasis } from '../model.js';
import type { Ledger } from '../store/ledger.js';
import type { Aliases } from './aliases.js';
import { storyIds } from './reprints.js';

/** Filters shared by the comparisons. Text filters match a substring, case-insensitive; dates are inclusive. */
export interface CompareFilter {
  metric?: Metric;
  /** Group counted (`who`), canonical or as written. */
  group?: string;
  /** Claimant: canonical or as written; `none` for the outlet's own voice. */
  claimant?: string;
  outlet?: string;
  /** Place (scope). */
  place?: string;
  kind?: SeriesKind;
  from?: string;
  to?: string;
}

interface Row {
  figure: number;
  id: string;
  origin: string;
  outlet: string | null;
  published: string | null;
  version: number;
  metric: Metric;
  value: number;
  high: number | null;
  unit: Unit;
  qualifier: Qualifier;
  vague: number;
  who: string | null;
  as_of: string | null;
  as_of_basis: DateBasis | null;
  since: string | null;
  source: string | null;
  evidence: string;
  span_start: number;
  span_end: number;
  sentence_start: number;
  sentence_end: number;
  sentence_text: string;
  kind: SeriesKind | null;
  kind_cue: string | null;
  scope: string | null;
  scope_from: FigurePoint['scopeFrom'];
  /** `reprint_docs.story`: null for a document not yet indexed. */
  story: number | null;
}

const contains = (hay: string | null, needle: string | undefined) =>
  !needle || (hay !== null && hay.toLowerCase().includes(needle.toLowerCase()));

/**
 * Every stored figure that passes the filter, with its document, story, series keys (alias file
 * applied) and evidence. The cross-check index must be up to date (`updateCrossCheck`); a figure
 * not yet indexed counts as `unmarked` with no scope.
 */
export function figurePoints(ledger: Ledger, aliases: Aliases, f: CompareFilter = {}): FigurePoint[] {
  const stories = storyIds(ledger);
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.metric) {
    where.push('c.metric = @metric');
    params.metric = f.metric;
  }
  if (f.from) {
    where.push('coalesce(c.as_of, d.published) >= @from');
    params.from = f.from;
  }
  if (f.to) {
    where.push('coalesce(c.as_of, d.published) <= @to');
    params.to = f.to;
  }
  const rows = ledger.db
    .prepare(
      `SELECT c.id AS figure, d.id, d.origin, d.outlet, d.published, d.version, c.metric, c.value, c.high, c.unit, c.qualifier, c.vague,
              c.who, c.as_of, c.as_of_basis, c.since, c.source, c.evidence, c.span_start, c.span_end,
              c.sentence_start, c.sentence_end, substr(d.text, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence_text,
              k.kind, k.kind_cue, k.scope, k.scope_from, r.story
       FROM figures c JOIN documents d ON d.seq = c.doc LEFT JOIN figure_keys k ON k.figure = c.id
         LEFT JOIN reprint_docs r ON r.doc = c.doc
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
    )
    .iterate(params) as IterableIterator<Row>;
  const out: FigurePoint[] = [];
  for (const r of rows) {
    const document: DocumentRef = { id: r.id, origin: r.origin, outlet: r.outlet, published: r.published };
    const claimant = r.source;
    // An outlet that states a figure in its own voice is its claimant: a ministry's own release and
    // a wire's "the ministry said" are one claimant when the alias file says so.
    const outletName =
      r.outlet === null ? '(outlet not known)' : aliases.claimants.canonical(aliases.outlets.canonical(r.outlet));
    const p: FigurePoint = {
      figure: r.figure,
      document,
      story: (r.story !== null && stories.get(r.story)) || r.id,
      version: r.version,
      metric: r.metric,
      value: r.value,
      high: r.high,
      unit: r.unit,
      qualifier: r.qualifier,
      vague: r.vague === 1,
      who: r.who,
      asOf: r.as_of,
      asOfBasis: r.as_of_basis,
      since: r.since,
      source: claimant,
      claimantKey: claimant === null ? outletName : aliases.claimants.canonical(claimant),
      kind: r.kind ?? 'unmarked',
      kindCue: r.kind_cue,
      scope: r.scope === null ? null : aliases.places.canonical(r.scope),
      scopeFrom: r.scope_from,
      evidence: {
        text: r.evidence,
        span: { start: r.span_start, end: r.span_end },
        sentence: { start: r.sentence_start, end: r.sentence_end },
        sentenceText: r.sentence_text,
      },
    };
    if (!keep(p, aliases, f)) continue;
    out.push(p);
  }
  return out;
}

function keep(p: FigurePoint, aliases: Aliases, f: CompareFilter): boolean {
  if (f.kind && p.kind !== f.kind) return false;
  if (f.outlet && !contains(p.document.outlet, f.outlet)) return false;
  if (f.claimant) {
    if (f.claimant === 'none') {
      if (p.source !== null) return false;
    } else if (!contains(p.source, f.claimant) && !contains(p.claimantKey, f.claimant)) return false;
  }
  if (f.group && !contains(p.who, f.group) && !contains(p.who && aliases.groups.canonical(p.who), f.group))
    return false;
  if (f.place && !contains(p.scope, f.place)) return false;
  return true;
}

/**
 * Earlier first: as-of date (undated last), then publication date, then version of one URL (a
 * correction after what it corrects), then where the document came from, then position. (Never
 * by a name or a hash of the text first: swapping the parties' names must not reorder claims.)
 */
export function byAsOf(a: FigurePoint, b: FigurePoint): number {
  return (
    cmpDate(a.asOf, b.asOf) ||
    cmpDate(a.document.published, b.document.published) ||
    a.version - b.version ||
    cmpText(a.document.origin, b.document.origin) ||
    cmpText(a.document.id, b.document.id) ||
    a.evidence.span.start - b.evidence.span.start
  );
}

const cmpText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Compares two dates, null last. */
export function cmpDate(a: string | null, b: string | null): number {
  return a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
}

/** Whole days from `a` to `b` (`YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return daysApart(dayTime(a), dayTime(b));
}

/** Midnight UTC of a date (`YYYY-MM-DD`) in milliseconds, for {@link daysApart}. */
export const dayTime = (date: string): number => Date.parse(`${date}T00:00:00Z`);

/** Whole days from one {@link dayTime} to another. */
export const daysApart = (a: number, b: number): number => Math.round((b - a) / 86_400_000);
