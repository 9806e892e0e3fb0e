import type { Dispute, FigurePoint, Series } from '../model.js';
import type { Ledger } from '../store/ledger.js';
import { byAsOf, cmpDate, dayTime, daysApart, daysBetween } from './figure-points.js';
import { NO_GROUP, series, type SeriesOptions } from './series.js';

/** Options of {@link disputes}. */
export interface DisputeOptions extends SeriesOptions {
  /** Two as-of dates this many days apart or fewer count as one date (default 1). */
  days?: number;
  /** Relative slack around an exact value: 0.1 lets "20" and "22" agree (default 0). */
  tolerance?: number;
  /** Which findings to list (default all three). */
  kinds?: ReadonlyArray<Dispute['kind']>;
}

/** Slack of "about": "about 20" covers 18 to 22. */
const ABOUT = 0.1;

/**
 * The values a claim allows, given its qualifier: "at least 20" → [20, ∞), "more than 20" → [21, ∞)
 * (counts of people are whole), "about 20" → [18, 22], "up to 20" → [0, 20], a range "20 to 30" →
 * [20, 30]; an exact value is widened by `tolerance` on each side.
 */
export function allowed(
  p: Pick<FigurePoint, 'value' | 'high' | 'qualifier' | 'unit'>,
  tolerance = 0,
): [number, number] {
  const v = p.value;
  const step = p.unit === 'people' ? 1 : 0;
  if (p.high !== null && p.high !== undefined && p.high > v) return [v * (1 - tolerance), p.high * (1 + tolerance)];
  switch (p.qualifier) {
    case 'at_least':
      return [v, Infinity];
    case 'more_than':
      return [v + step, Infinity];
    case 'about':
      return [v * (1 - Math.max(ABOUT, tolerance)), v * (1 + Math.max(ABOUT, tolerance))];
    case 'up_to':
      return [0, v];
    case 'less_than':
      return [0, v - step];
    default:
      return [v * (1 - tolerance), v * (1 + tolerance)];
  }
}

const written = (p: FigurePoint) => p.evidence.text;

/**
 * How a claimant's later count moves from its earlier one: two lower bounds ("at least 31", then
 * "at least 21") or two upper bounds compare as bounds; otherwise only a value the earlier claim
 * excludes is a change ("512" then "more than 500" is none).
 */
function change([alo, ahi]: [number, number], [blo, bhi]: [number, number]): 'update' | 'revision' | null {
  if (ahi === Infinity && bhi === Infinity) return blo > alo ? 'update' : blo < alo ? 'revision' : null;
  if (alo === 0 && blo === 0) return bhi > ahi ? 'update' : bhi < ahi ? 'revision' : null;
  return blo > ahi ? 'update' : bhi < alo ? 'revision' : null;
}

/**
 * Disputes, updates and revisions in every series (see {@link series} for the grouping):
 * - `dispute`: two claimants count one series (or one counts it and the other's sentence does not
 *   say whether its count is cumulative or of one incident) for dates at most `days` apart, and
 *   their values cannot both be true given their qualifiers and `tolerance` ("at least 20" and "25" agree; "20"
 *   and "25" do not). Symmetric: the pair is listed once, the earlier claim (by date, then
 *   document, then position) as `a`.
 * - `update` / `revision`: one claimant's count of a cumulative or incident series moving between
 *   two dates (or two publication dates, or a story and its corrected version), up or down: a
 *   value the earlier one excludes, or a lower bound raised or lowered ("512" then "more than
 *   500" is neither). A falling cumulative
 *   toll is a revision worth a look.
 * The same finding seen in several copies of a report is listed once, with `repeated` counting the others.
 */
export function disputes(ledger: Ledger, options: DisputeOptions = {}): Dispute[] {
  return findDisputes(series(ledger, options), options);
}

/** {@link disputes} over series already built. Pure. */
export function findDisputes(all: readonly Series[], options: Omit<DisputeOptions, 'aliases'> = {}): Dispute[] {
  const window = options.days ?? 1;
  const tolerance = options.tolerance ?? 0;
  const kinds = new Set(options.kinds ?? ['dispute', 'update', 'revision']);
  const found = new Map<string, Dispute>();
  // A claim is known by who says what for which day; a dispute by its two claims, in either order.
  const claim = (p: FigurePoint) => [p.claimantKey, p.value, p.high, p.qualifier, p.asOf].join('\u0001');
  const add = (d: Dispute) => {
    const sides = [claim(d.a), claim(d.b)];
    if (d.kind === 'dispute') sides.sort();
    const key = [d.kind, d.series, ...sides].join('\u0000');
    const seen = found.get(key);
    if (seen) seen.repeated++;
    else found.set(key, d);
  };
  // A count whose sentence says neither "so far" nor "in the strike" may be either: it is compared
  // with the cumulative and the incident counts of its metric, group and place ("six servicemen were
  // killed in the attack" against "a police official said seven").
  const related = new Map<string, FigurePoint[]>();
  for (const s of all) {
    const base = s.id.slice(0, s.id.lastIndexOf('|'));
    const l = related.get(base) ?? [];
    related.set(base, l);
    l.push(...s.points.filter((p) => p.asOf !== null));
  }
  const seriesOf = new Map<FigurePoint, string>();
  for (const s of all) for (const p of s.points) seriesOf.set(p, s.id);
  if (kinds.has('dispute'))
    for (const list of related.values()) {
      const pts = [...list].sort(byAsOf);
      // Dates and allowed values worked out once per point, not once per pair: a day with
      // hundreds of counts (copies of one story) makes tens of thousands of pairs.
      const time = pts.map((p) => dayTime(p.asOf!));
      const range = pts.map((p) => allowed(p, tolerance));
      for (let i = 0; i < pts.length; i++) {
        const a = pts[i]!;
        const [alo, ahi] = range[i]!;
        for (let j = i + 1; j < pts.length; j++) {
          const b = pts[j]!;
          const days = daysApart(time[i]!, time[j]!);
          if (days > window) break;
          if (a.claimantKey === b.claimantKey || a.unit !== b.unit) continue;
          if (a.kind !== b.kind && a.kind !== 'unmarked' && b.kind !== 'unmarked') continue;
          const [blo, bhi] = range[j]!;
          if (alo <= bhi && blo <= ahi) continue;
          add({
            kind: 'dispute',
            series: seriesOf.get(a.kind === 'unmarked' ? b : a)!,
            a,
            b,
            days,
            reason: `${written(a)} and ${written(b)} cannot both be true`,
            repeated: 0,
          });
        }
      }
    }
  for (const s of all) {
    const pts = s.points.filter((p) => p.asOf !== null);
    // A count whose sentence says neither "so far" nor "in the strike" may be a day's count: its
    // rise or fall says nothing.
    // Nor does that of counts with no group named ("71 were injured" after "4,412 injured").
    if ((kinds.has('update') || kinds.has('revision')) && s.kind !== 'unmarked' && s.group !== NO_GROUP) {
      const byClaimant = new Map<string, FigurePoint[]>();
      for (const p of pts) {
        let l = byClaimant.get(p.claimantKey);
        if (!l) byClaimant.set(p.claimantKey, (l = []));
        l.push(p);
      }
      for (const list of byClaimant.values())
        for (let i = 1; i < list.length; i++) {
          const a = list[i - 1]!;
          const b = list[i]!;
          if (a.value === b.value || a.unit !== b.unit || a.document.id === b.document.id) continue;
          // Two counts of one day in documents of one day say nothing about which came later,
          // unless the second is a later version of the first's URL (a correction).
          if (
            a.asOf === b.asOf &&
            cmpDate(a.document.published, b.document.published) >= 0 &&
            !(b.version > a.version && a.document.published === b.document.published)
          )
            continue;
          const kind = change(allowed(a, tolerance), allowed(b, tolerance));
          if (!kind || !kinds.has(kind)) continue;
          add({
            kind,
            series: s.id,
            a,
            b,
            days: daysBetween(a.asOf!, b.asOf!),
            reason: `${kind === 'update' ? 'rises' : 'falls'} from ${written(a)} to ${written(b)}`,
            repeated: 0,
          });
        }
    }
  }
  return [...found.values()];
}
