import type { Figure } from '../../model.js';
import type { Token } from '../text/index.js';
import type { Candidate } from './candidate.js';
import { GROUP_DETERMINERS } from './data/grammar-words.js';
import { FREEING_VERBS } from './data/triggers.js';
import { COUNT_AUXILIARIES, REPORTING_VERB_SET } from '../lexicon/index.js';
import { breakdownCueBefore, skipInsertion, startsWithBreakdown, triggerBefore } from './find-trigger.js';
import { readGroup, skipCopula } from './read-group.js';
import { BREAKDOWN_OF_PARENT, COORDINATED_COUNT, PLACE_LIST_ITEM, SHARE_OF_COUNT, type MetricRule } from './rules.js';
import {
  endsBreakdown,
  lastOfMetric,
  listItemPlace,
  listPlaceEnd,
  ofCountAt,
  onlyCoordinators,
  predicate,
} from './shapes.js';

/** A refiner of one sentence's candidates, in the order of SENTENCE_REFINERS. */
interface SentenceRefiner {
  readonly rule: MetricRule;
  refine(tokens: readonly Token[], cs: Candidate[]): void;
}

/**
 * The refiners of a sentence's candidates, in order, before each candidate is settled: counts
 * joined by "and" share a trigger, then a share takes the trigger of its whole.
 */
export const SENTENCE_REFINERS: readonly SentenceRefiner[] = [
  { rule: COORDINATED_COUNT, refine: coordinate },
  { rule: SHARE_OF_COUNT, refine: shareOfCount },
  { rule: PLACE_LIST_ITEM, refine: placeList },
];

/**
 * Shares a trigger across counts joined by "and" or a comma: "killing 12 civilians and 3
 * soldiers", "3 soldiers and 12 civilians were killed", also past an insertion ("six priests
 * (five Spaniards and one Salvadoran) and two women were killed"). Only counts that name a people
 * group.
 */
function coordinate(tokens: readonly Token[], cs: Candidate[]): void {
  // A list whose trigger comes last passes it back item by item: "eight women, a girl and four men
  // were hurt" gives "a girl" its trigger first, then "eight women" (WikiEvents dev; MUC-4 dev "ONE
  // ARMY LIEUTENANT, FOUR SOLDIERS, AND THREE CIVILIANS WERE KILLED"). Hits are only ever added, so
  // the passes end.
  while (coordinatePass(tokens, cs));
}

// One pass of {@link coordinate} over the sentence's candidates: whether any took a trigger.
function coordinatePass(tokens: readonly Token[], cs: Candidate[]): boolean {
  let changed = false;
  // the items of a breakdown list so far: "including six children *and three women*"
  const items = new Set<Candidate>();
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    const prev = cs[i - 1];
    // a breakdown ("including four children") belongs to its parent, not to the next count
    if (breakdownCueBefore(tokens, c.a) || (prev && items.has(prev) && joinedTo(tokens, prev, c))) {
      items.add(c);
      continue;
    }
    if (c.hit || !c.group.who || c.mention.percent || c.group.backRef) continue;
    // "Of the 12 passengers, three were killed": the whole a share is taken from is no count of its own
    if (tokens[c.a - 2]?.lower === 'of' && GROUP_DETERMINERS.has(tokens[c.a - 1]!.lower)) continue;
    // "Troops arrested 12 people, two officials said", "…, a police spokesman said": the count
    // after the comma is the claimant of the reporting verb that follows it, not an item of the
    // list before (IDMC kili, AFP on Rohingya refugees: traffickers arrested ", an official
    // said", read as 1 detained; the session-9 audit of unannotated wire copy met the same close,
    // ", a police spokesman said", in a second outlet)
    if (REPORTING_VERB_SET.has(tokens[c.group.next]?.lower ?? '')) continue;
    if (prev?.hit && !prev.hit.rule.breakdown && joinedTo(tokens, prev, c)) {
      c.hit = { metric: prev.hit.metric, rule: COORDINATED_COUNT, freed: prev.hit.freed };
      changed = true;
      continue;
    }
    // the counts inside an insertion are passed over: "(five Spaniards and one Salvadoran)"
    const from = skipInsertion(tokens, c.group.next, false);
    let n = i + 1;
    while (n < cs.length && cs[n]!.a < from) n++;
    const next = cs[n];
    if (next?.hit && (next.hit.rule.afterCount || next.hit.passedBack) && onlyCoordinators(tokens, from, next.a)) {
      c.hit = { metric: next.hit.metric, rule: COORDINATED_COUNT, freed: next.hit.freed, passedBack: true };
      changed = true;
    }
  }
  return changed;
}

// Whether only "and" or a comma (past an insertion in brackets or dashes) stand between the
// count `prev` and its group and the count `c`.
function joinedTo(tokens: readonly Token[], prev: Candidate, c: Candidate): boolean {
  return onlyCoordinators(tokens, skipInsertion(tokens, prev.group.next, false), c.a);
}

/**
 * "12 of the 40 suspects were detained": the verb after the group belongs to the share, not to
 * the whole, which only says how many there were ("two of the 12 killed were police" keeps both).
 * The share takes the trigger and the group; the whole keeps a figure only when its group carries
 * a metric of its own ("two of the 14 murdered fishermen", "three of the 40 hostages").
 * When the whole's own trigger only describes it ("two of 17 workers *kidnapped* last month", "who
 * were kidnapped"), the share is of the captives the main verb frees: "Two of 17 workers who were
 * kidnapped last month have been freed" counts two captives (GUIDELINES.md: the freed are
 * captives; news-dev: AP on the missionaries held in Haiti; AFP's "Three of 17 North Americans
 * kidnapped in Haiti … have been freed"); the whole keeps its trigger.
 */
function shareOfCount(tokens: readonly Token[], cs: Candidate[]): void {
  for (let i = 1; i < cs.length; i++) {
    const whole = cs[i]!;
    const share = cs[i - 1]!;
    if (share.hit || whole.a !== ofCountAt(tokens, share.b)) continue;
    if (!whole.hit || !predicate(tokens, whole.group, whole.hit)) {
      // A verb right before the share is the share's: "a bomb killed 120 of the 137 passengers"
      // (MUC-4 train), "gunmen killed two of the 12 hostages" (an Indian daily on a siege), "the
      // bodies of four of the nine students who were kidnapped" (MUC-4 dev) count 120, 2 and 4
      // killed; the whole keeps its own figure ("the 12 hostages", "nine … who were kidnapped").
      const before = triggerBefore(tokens, share.a);
      if (before) {
        share.hit = before;
        share.group = whole.group;
        continue;
      }
    }
    if (!whole.hit) continue;
    if (!predicate(tokens, whole.group, whole.hit)) {
      if (whole.hit.metric !== 'captive' || !freedAfter(tokens, whole.b + 1)) continue;
      // the whole names them captives: no earlier report of captivity is needed (settle)
      share.hit = { metric: 'captive', rule: SHARE_OF_COUNT };
      share.group = whole.group;
      continue;
    }
    share.hit = { metric: whole.hit.metric, rule: SHARE_OF_COUNT, freed: whole.hit.freed };
    share.group = whole.group;
    whole.hit =
      whole.group.metric && whole.group.metricRule
        ? { metric: whole.group.metric, rule: whole.group.metricRule }
        : null;
  }
}

// Words from the whole to the verb that frees the share: "17 members of a group who were
// kidnapped more than a month ago *have been freed*" — no more, and no punctuation between.
const MAX_FREED_GAP = 16;

// Whether a freeing verb after an auxiliary ("have been *freed*", "were *released*") or joined to
// the capture by "and" ("two of three engineers who were kidnapped in the north *and released*
// today", MUC-4 dev; "kidnapped and released" in a MUC-4 train report) stands within
// MAX_FREED_GAP words from `k`, with no punctuation before it.
function freedAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + MAX_FREED_GAP; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') return false;
    const before = tokens[j - 1]?.lower ?? '';
    if (FREEING_VERBS.has(t.lower) && (COUNT_AUXILIARIES.has(before) || before === 'and')) return true;
  }
  return false;
}

// How far a list item may stand from the count before it: "759 people died in Sindh, 308 …"
const MAX_LIST_GAP = 14;

/**
 * Per-place lists after a count: "two people died in Dhankuta, two in Panchthar, three in Kavre
 * and one in Jhapa", "killed 50 in Aleppo, 15 in Homs, three each in Daraa and Hama" (news-dev:
 * Mehr on Nepal, VoteSup on Pakistan, World Bulletin on Syria, Xinhua on Mozambique). A count with
 * no trigger and no group, followed by its place, takes the metric and group of the count before
 * it when only that count's place and a comma or "and" stand between them. "Israel killed 12 in
 * Rafah, 3 soldiers were hurt" is no item: "soldiers" names a group of its own.
 */
function placeList(tokens: readonly Token[], cs: Candidate[]): void {
  for (let i = 1; i < cs.length; i++) {
    const c = cs[i]!;
    const p = cs[i - 1]!;
    if (c.hit || c.group.who || c.group.backRef || c.mention.percent || !p.hit || c.a - p.b > MAX_LIST_GAP) continue;
    if (listItemPlace(tokens, c.b) < 0) continue;
    let coord = c.a;
    while (coord > p.b + 1 && onlyCoordinators(tokens, coord - 1, c.a)) coord--;
    if (coord === c.a) continue;
    let joined = false;
    for (let q = p.b + 1; q < coord && !joined; q++) joined = listPlaceEnd(tokens, q) === coord;
    if (!joined) continue;
    c.hit = { metric: p.hit.metric, rule: PLACE_LIST_ITEM, freed: p.hit.freed };
    if (p.group.who) c.group = { ...p.group, next: c.group.next };
  }
}

/** What settling a sentence's candidates keeps across them. */
export interface Settling {
  tokens: readonly Token[];
  /** The figures of this sentence so far. */
  figures: readonly Figure[];
  /** The figures of the sentence before. */
  previous: readonly Figure[];
  /** The last candidate settled as a breakdown, whose list a next count may continue. */
  lastBreakdown: Candidate | null;
  /** A figure of captives was found in an earlier sentence: the report is of captivity. */
  captivity: boolean;
}

/**
 * Settles one candidate after the refiners, in this order; false when it gives no figure:
 * - people freed ("42 were released") with no figure of captives before them: no figure;
 * - no trigger: a breakdown of the figure just named ("40% of them children", "including 4,000
 *   children", an apposition "1.9 million people, about 85 percent of the population, have
 *   fled", the next item of a breakdown list), BREAKDOWN_OF_PARENT;
 * - a percentage with no group, unless a share of a tally: "40% were killed" shares nothing named;
 * - a tally of "that figure": the metric of the figure named last, here or just before;
 * - a tally opening the sentence ("The toll includes 14 officers."): it continues the report of
 *   the figure of its metric just before, and keeps that figure's source and dates.
 */
export function settle(c: Candidate, s: Settling): boolean {
  const { tokens, figures, previous } = s;
  // people freed are captives only in a report of captivity: "rescued 40 people" from a flood is none
  if (c.hit?.freed && !s.captivity && !figures.some((f) => f.metric === 'captive')) return false;
  if (!c.hit) {
    const apposition = c.mention.percent && tokens[c.a - 1]?.text === ',';
    const continued = s.lastBreakdown !== null && onlyCoordinators(tokens, s.lastBreakdown.group.next, c.a);
    if (
      !c.group.backRef &&
      !apposition &&
      !continued &&
      !breakdownCueBefore(tokens, c.a) &&
      !startsWithBreakdown(tokens, c.a)
    )
      return false;
    c.parent =
      figures[figures.length - 1] ??
      (startsWithBreakdown(tokens, c.a) ? (previous[previous.length - 1] ?? null) : null);
    if (!c.parent) return false;
    if (!c.group.who) c.group = readGroup(tokens, skipCopula(tokens, c.b + 1));
    // "120 wounded, 20 of them critically" is a breakdown; "dozens of whom surrendered" names
    // no group and no degree of the parent's metric: no figure
    if (!c.group.who && !(c.group.backRef && endsBreakdown(tokens, c.group.next))) return false;
    c.hit = { metric: c.parent.metric, rule: BREAKDOWN_OF_PARENT };
    s.lastBreakdown = c;
  } else if (c.mention.percent && !c.group.who && !c.hit.rule.shareOfTally) {
    return false;
  } else if (c.hit.fromPrevious) {
    const named = figures[figures.length - 1] ?? previous[previous.length - 1];
    if (!named) return false;
    c.hit = { metric: named.metric, rule: c.hit.rule };
  } else if (c.hit.continues && figures.length === 0) {
    c.parent = lastOfMetric(previous, c.hit.metric);
  }
  return true;
}
