import type { FigurePoint, Series } from '../model.js';
import type { Ledger } from '../store/ledger.js';
import { noAliases, type Aliases } from './aliases.js';
import { byAsOf, figurePoints, type CompareFilter } from './figure-points.js';
import { displayName, nameKey } from './names.js';

/** The group of a series whose figures name none ("16 were killed"). */
export const NO_GROUP = '(group not stated)';

/** Options of {@link series}. */
export interface SeriesOptions extends CompareFilter {
  aliases?: Aliases;
  /** Only series with at least this many points (default 1). */
  minPoints?: number;
}

/** The series key of a point: metric, group, scope and kind, from canonical names. */
export function seriesKey(p: FigurePoint, aliases: Aliases): string {
  const group = p.who === null ? '' : aliases.groups.key(p.who);
  return [p.metric, group, p.scope === null ? '' : nameKey(p.scope), p.kind].join('|');
}

/**
 * Figures that count the same thing: the same metric, group counted (`who`, alias file applied)
 * and scope (place), and the same kind (cumulative tolls, counts of one incident and unmarked
 * counts are never mixed). Each series lists its points ordered by as-of date, each with its
 * claimant, outlet, qualifier and evidence; a lower bound stays a lower bound. Every figure is in
 * exactly one series. Series are listed by metric, then most points first.
 */
export function series(ledger: Ledger, options: SeriesOptions = {}): Series[] {
  const aliases = options.aliases ?? noAliases();
  return groupSeries(figurePoints(ledger, aliases, options), aliases).filter(
    (s) => s.points.length >= (options.minPoints ?? 1),
  );
}

/** Groups points into series (see {@link series}). Pure. */
export function groupSeries(points: readonly FigurePoint[], aliases: Aliases): Series[] {
  const groups = new Map<string, FigurePoint[]>();
  for (const p of points) {
    const k = seriesKey(p, aliases);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(p);
  }
  const out: Series[] = [];
  for (const [id, pts] of groups) {
    pts.sort(byAsOf);
    const first = pts[0]!;
    const spellings = new Map<string, number>();
    for (const p of pts)
      if (p.who !== null)
        spellings.set(aliases.groups.canonical(p.who), (spellings.get(aliases.groups.canonical(p.who)) ?? 0) + 1);
    const claimants: string[] = [];
    for (const p of pts) if (!claimants.includes(p.claimantKey)) claimants.push(p.claimantKey);
    out.push({
      id,
      metric: first.metric,
      group: spellings.size ? displayName(spellings) : NO_GROUP,
      scope: first.scope,
      kind: first.kind,
      points: pts,
      claimants,
      stories: new Set(pts.map((p) => p.story)).size,
    });
  }
  return out.sort(
    (a, b) =>
      (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0) ||
      b.points.length - a.points.length ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
