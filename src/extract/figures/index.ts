import { COUNT_AUXILIARIES, COUNT_PLACE_PREPOSITIONS, TENS_WORDS, UNIT_WORDS } from '../lexicon/index.js';
import type { DateMention, Figure, NumberMention, Sentence } from '../../model.js';
import type { Analysis } from '../context.js';
import { isCapitalised, matchPhrase, phraseIndex, type Token } from '../text/index.js';
import { figureDates } from './figure-dates.js';
import {
  breakdownCueBefore,
  eventWordAfter,
  isAge,
  livesTaken,
  shareOfTally,
  skipInsertion,
  tallyIncludes,
  triggerAfter,
  triggerAround,
  triggerBefore,
  triggerToll,
  type TriggerHit,
} from './find-trigger.js';
import { readGroup, type Group } from './read-group.js';
import { INTRANSITIVE_TRIGGERS, LIFE_TAKING_VERBS, PLACE_NOUNS } from './data/triggers.js';
import { figureSource } from './source.js';
import { contentIndex, type ContentIndex } from '../attribution/content-index.js';
import {
  BEFORE_TRIGGER_SKIP,
  BREAKDOWN_CUES,
  DEGREE_ADVERBS,
  GROUP_DETERMINERS,
  HYPOTHETICAL_OPENERS,
} from './data/grammar-words.js';

export { figureDates } from './figure-dates.js';
export { figureSource } from './source.js';

/** A number mention placed on the sentence's tokens, with what the rules found around it. */
interface Candidate {
  mention: NumberMention;
  /** First and last token of the number expression. */
  a: number;
  b: number;
  group: Group;
  hit: TriggerHit | null;
  /** The figure this one breaks down ("40% of them children" → the 10,569 killed). */
  parent: Figure | null;
}

const BREAKDOWN = phraseIndex(BREAKDOWN_CUES);
// "killing 12 civilians and 3 soldiers", "the murder of six priests and their two housekeepers"
const COORDINATORS = new Set(['and', ',', 'while', 'as', 'well', 'their', 'his', 'her', 'its']);
const NONE: readonly Figure[] = [];

/**
 * Finds casualty and humanitarian figures: for each number mention, whether it counts people in
 * one of the seven metrics (see test/corpus/GUIDELINES.md), by the shape that ties the count to a
 * trigger — after it ("N people were killed", "N remain missing", "12 dead"), before it ("killed
 * N", "Strike kills 12", "abducted N students"), a tally ("the death toll rose to N"), a group
 * noun ("N hostages") or a breakdown of a figure just named ("40% of them children"). Fills the
 * group (`who`), the dates (`asOf` stated in the sentence or implied from the publication date,
 * `since`) and the source (the claimant of the attribution holding the figure; null in the
 * outlet's own voice). Pure.
 */
export function findFigures(a: Analysis): Figure[] {
  const out: Figure[] = [];
  let ni = 0;
  let di = 0;
  let previous: readonly Figure[] = NONE;
  const sources = contentIndex(a.attributions);
  for (let i = 0; i < a.sentences.length; i++) {
    const s = a.sentences[i]!;
    // Most sentences hold no number: they are passed over without allocating anything.
    while (ni < a.numbers.length && a.numbers[ni]!.span.start < s.span.start) ni++;
    if (ni === a.numbers.length || a.numbers[ni]!.span.start >= s.span.end) {
      previous = NONE;
      continue;
    }
    const nums: NumberMention[] = [];
    while (ni < a.numbers.length && a.numbers[ni]!.span.start < s.span.end) nums.push(a.numbers[ni++]!);
    while (di < a.dates.length && a.dates[di]!.span.end <= s.span.start) di++;
    const dates: DateMention[] = [];
    for (let k = di; k < a.dates.length && a.dates[k]!.span.start < s.span.end; k++) dates.push(a.dates[k]!);
    const found = sentenceFigures(a, s, a.base.tokens(i), nums, dates, previous, sources);
    out.push(...found);
    previous = found;
  }
  return out;
}

/** The figures of one sentence, from its tokens; `previous` holds the figures of the sentence before it. */
function sentenceFigures(
  a: Analysis,
  s: Sentence,
  tokens: readonly Token[],
  nums: readonly NumberMention[],
  dates: readonly DateMention[],
  previous: readonly Figure[],
  sources: ContentIndex,
): Figure[] {
  const candidates: Candidate[] = [];
  let t = 0;
  for (const mention of nums) {
    while (t < tokens.length && tokens[t]!.start < mention.span.start) t++;
    let b = t;
    while (b + 1 < tokens.length && tokens[b + 1]!.end <= mention.span.end) b++;
    if (tokens[t]?.start !== mention.span.start) continue; // a number not on token bounds: never a count
    const c = candidate(tokens, mention, t, b);
    if (c) candidates.push(c);
  }
  coordinate(tokens, candidates);
  shareOfCount(tokens, candidates);
  const figures: Figure[] = [];
  let lastBreakdown: Candidate | null = null;
  for (const c of candidates) {
    if (!c.hit) {
      // "40% of them children", "including 4,000 children", "1.9 million people, about 85
      // percent of the population, have fled": a share of the figure just named
      const apposition = c.mention.percent && tokens[c.a - 1]?.text === ',';
      // "including 4,707 children and 3,155 women": the second count continues the breakdown
      const continued = lastBreakdown !== null && onlyCoordinators(tokens, lastBreakdown.group.next, c.a);
      if (
        !c.group.backRef &&
        !apposition &&
        !continued &&
        !breakdownCueBefore(tokens, c.a) &&
        !startsWithBreakdown(tokens, c.a)
      )
        continue;
      c.parent =
        figures[figures.length - 1] ??
        (startsWithBreakdown(tokens, c.a) ? (previous[previous.length - 1] ?? null) : null);
      if (!c.parent) continue;
      if (!c.group.who) c.group = readGroup(tokens, skipCopula(tokens, c.b + 1));
      // "120 wounded, 20 of them critically" is a breakdown; "dozens of whom surrendered" names
      // no group and no degree of the parent's metric: no figure
      if (!c.group.who && !(c.group.backRef && endsBreakdown(tokens, c.group.next))) continue;
      c.hit = { metric: c.parent.metric, rule: 'breakdown-of-parent' };
      lastBreakdown = c;
    } else if (c.mention.percent && !c.group.who && c.hit.rule !== 'share-of-tally') {
      continue; // "40% were killed" with no group: a share of nothing named
    } else if (c.hit.fromPrevious) {
      // "The army later revised that figure to 14": the figure named last, here or just before
      const named = figures[figures.length - 1] ?? previous[previous.length - 1];
      if (!named) continue;
      c.hit = { metric: named.metric, rule: c.hit.rule };
    } else if (c.hit.continues && figures.length === 0) {
      // "The toll includes 14 officers." opening the sentence after a figure of the same metric
      // continues that report (GUIDELINES.md): it keeps the figure's source and dates
      c.parent = lastOfMetric(previous, c.hit.metric);
    }
    figures.push(toFigure(a, s, tokens, c, dates, sources));
  }
  return figures;
}

/** Reads the group and the trigger around one number mention; null when it cannot be a figure. */
function candidate(tokens: readonly Token[], mention: NumberMention, a: number, b: number): Candidate | null {
  if (isAge(tokens, a, b)) return null;
  // "it would be worse if one were killed": a supposition, not a count
  if (HYPOTHETICAL_OPENERS.has(tokens[a - 1]?.lower ?? '')) return null;
  // "the floods claimed 40 lives": "lives" names no group, and is no thing counted either
  const lives = livesTaken(tokens, a, b);
  if (lives)
    return {
      mention,
      a,
      b,
      group: { who: null, next: b + 2, backRef: false, metric: null, metricRule: null, refused: false },
      hit: lives,
      parent: null,
    };
  // "one of the", "one of them": a single member picked out, not a count (GUIDELINES.md)
  if (tokens[a]!.lower === 'one' && tokens[b + 1]?.lower === 'of') return null;
  const share = shareOfTally(tokens, a, b);
  if (share)
    return { mention, a, b, group: readGroup(tokens, skipCopula(tokens, share.groupAt)), hit: share, parent: null };
  const group = readGroup(tokens, b + 1);
  // "one of 14 in the town now sheltering families": after "one of", only a named group is counted
  // ("one of 12 people killed")
  if (!group.who && tokens[a - 1]?.lower === 'of' && tokens[a - 2]?.lower === 'one') return null;
  // "12 of the 40 suspects were detained": the share waits for the trigger of the whole (shareOfCount)
  if (group.refused)
    return ofCount(tokens, b) ? { mention, a, b, group: { ...group, next: b + 1 }, hit: null, parent: null } : null;
  const hit =
    triggerAfter(tokens, group.next, group.who !== null) ??
    triggerAround(tokens, a, group.next) ??
    triggerBefore(tokens, a) ??
    triggerToll(tokens, a) ??
    tallyIncludes(tokens, a) ??
    (group.metric && group.metricRule ? { metric: group.metric, rule: group.metricRule } : null) ??
    (group.who ? null : eventWordAfter(tokens, group.next));
  return { mention, a, b, group, hit, parent: null };
}

/**
 * Shares a trigger across counts joined by "and" or a comma: "killing 12 civilians and 3
 * soldiers", "3 soldiers and 12 civilians were killed", also past an insertion ("six priests
 * (five Spaniards and one Salvadoran) and two women were killed"). Only counts that name a people
 * group.
 */
function coordinate(tokens: readonly Token[], cs: Candidate[]): void {
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    // a breakdown ("including four children") belongs to its parent, not to the next count
    if (c.hit || !c.group.who || c.mention.percent || c.group.backRef || breakdownCueBefore(tokens, c.a)) continue;
    // "Of the 12 passengers, three were killed": the whole a share is taken from is no count of its own
    if (tokens[c.a - 2]?.lower === 'of' && GROUP_DETERMINERS.has(tokens[c.a - 1]!.lower)) continue;
    const prev = cs[i - 1];
    if (
      prev?.hit &&
      prev.hit.rule !== 'breakdown-of-parent' &&
      onlyCoordinators(tokens, skipInsertion(tokens, prev.group.next, false), c.a)
    ) {
      c.hit = { metric: prev.hit.metric, rule: 'coordinated-count' };
      continue;
    }
    // the counts inside an insertion are passed over: "(five Spaniards and one Salvadoran)"
    const from = skipInsertion(tokens, c.group.next, false);
    let n = i + 1;
    while (n < cs.length && cs[n]!.a < from) n++;
    const next = cs[n];
    if (next?.hit && next.hit.rule.startsWith('count-') && onlyCoordinators(tokens, from, next.a)) {
      c.hit = { metric: next.hit.metric, rule: 'coordinated-count' };
    }
  }
}

/**
 * "12 of the 40 suspects were detained": the verb after the group belongs to the share, not to
 * the whole, which only says how many there were ("two of the 12 killed were police" keeps both). The share takes the trigger and the group; the
 * whole keeps a figure only when its group carries a metric of its own ("two of the 14 murdered
 * fishermen", "three of the 40 hostages").
 */
function shareOfCount(tokens: readonly Token[], cs: Candidate[]): void {
  for (let i = 1; i < cs.length; i++) {
    const whole = cs[i]!;
    const share = cs[i - 1]!;
    if (share.hit || !whole.hit || whole.a !== share.b + 3 || !ofCount(tokens, share.b) || !predicate(tokens, whole))
      continue;
    share.hit = { metric: whole.hit.metric, rule: 'share-of-count' };
    share.group = whole.group;
    whole.hit =
      whole.group.metric && whole.group.metricRule
        ? { metric: whole.group.metric, rule: whole.group.metricRule }
        : null;
  }
}

// Whether the trigger after a count is the verb of its clause ("the 40 suspects *were detained*",
// "the 12 passengers *died*"), not a participle describing it ("the 12 *killed* in the blast").
function predicate(tokens: readonly Token[], c: Candidate): boolean {
  if (!c.hit!.rule.startsWith('count-')) return false;
  // step over the words before the trigger ("were", "initially"), stopping at the trigger itself
  for (let k = c.group.next; k < tokens.length && k <= c.group.next + 3; k++) {
    const w = tokens[k]!.lower;
    if (COUNT_AUXILIARIES.has(w)) return true;
    if (!w.endsWith('ly') && !BEFORE_TRIGGER_SKIP.has(w)) return INTRANSITIVE_TRIGGERS.has(w);
  }
  return false;
}

// "12 *of the 40*": after the count at `b`, "of", a determiner and another number.
function ofCount(tokens: readonly Token[], b: number): boolean {
  const n = tokens[b + 3];
  return (
    tokens[b + 1]?.lower === 'of' &&
    GROUP_DETERMINERS.has(tokens[b + 2]?.lower ?? '') &&
    !!n &&
    (n.kind === 'digits' || UNIT_WORDS.has(n.lower) || TENS_WORDS.has(n.lower))
  );
}

function lastOfMetric(figures: readonly Figure[], metric: Figure['metric']): Figure | null {
  for (let i = figures.length - 1; i >= 0; i--) if (figures[i]!.metric === metric) return figures[i]!;
  return null;
}

function onlyCoordinators(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let k = from; k < to; k++) if (!COORDINATORS.has(tokens[k]!.lower)) return false;
  return true;
}

// "Of those, 4,000 were children": a breakdown cue opening the sentence, the count within 3 tokens.
function startsWithBreakdown(tokens: readonly Token[], a: number): boolean {
  const m = matchPhrase(tokens, 0, BREAKDOWN);
  return !!m && a - m.length <= 1;
}

// "20 of them critically", "40% of them.": the breakdown ends with a degree adverb or the clause.
function endsBreakdown(tokens: readonly Token[], k: number): boolean {
  // "30,000 of them in Derna,", "9,000 of them in Kestrel province.": a place named after the
  // breakdown closes it too
  if (tokens[k] && COUNT_PLACE_PREPOSITIONS.has(tokens[k]!.lower)) {
    let q = k + 1;
    while (q <= k + 3 && tokens[q]?.kind === 'word' && isCapitalised(tokens[q])) q++;
    if (q > k + 1) k = PLACE_NOUNS.has(tokens[q]?.lower ?? '') ? q + 1 : q;
  }
  const t = tokens[k];
  return !t || t.kind === 'punct' || DEGREE_ADVERBS.has(t.lower);
}

// "4,000 of whom were children": step over the copula to the named group.
function skipCopula(tokens: readonly Token[], k: number): number {
  while (['were', 'are', 'was', 'is', 'being'].includes(tokens[k]?.lower ?? '')) k++;
  return k;
}

function toFigure(
  a: Analysis,
  s: Sentence,
  tokens: readonly Token[],
  c: Candidate,
  dates: readonly DateMention[],
  sources: ContentIndex,
): Figure {
  const { mention, group, hit, parent } = c;
  const who = group.who ? a.text.slice(tokens[group.who[0]]!.start, tokens[group.who[1]]!.end) : null;
  const published = a.meta.published;
  let dated;
  let sourced;
  if (parent) {
    dated = { asOf: parent.asOf, since: parent.since, asOfBasis: parent.asOfBasis, asOfSpan: parent.asOfSpan ?? null };
    sourced = { source: parent.source, sourceSpan: parent.sourceSpan ?? null, cue: parent.cue ?? null };
  } else {
    const d = figureDates(a.text, dates, mention.span, s.span);
    dated = {
      asOf: d.asOf ?? published,
      since: d.since,
      asOfBasis: d.asOf ? ('stated' as const) : published ? ('implied' as const) : null,
      asOfSpan: d.asOfSpan,
    };
    sourced = figureSource(sources, mention.span, hit!.rule === 'lives-taken' ? LIFE_TAKING_VERBS : undefined);
  }
  const figure: Figure = {
    value: mention.value,
    unit: mention.percent ? 'percent' : 'people',
    qualifier: mention.qualifier === 'exact' && hit!.qualifier ? hit!.qualifier : mention.qualifier,
    vague: mention.vague,
    metric: hit!.metric,
    who,
    asOf: dated.asOf,
    since: dated.since,
    source: sourced.source,
    span: { ...mention.span },
    sentence: { ...s.span },
    asOfBasis: dated.asOfBasis,
    asOfSpan: dated.asOfSpan,
    sourceSpan: sourced.sourceSpan,
    cue: sourced.cue,
    by: `figures/${hit!.rule}`,
  };
  if (mention.high !== undefined) figure.high = mention.high;
  return figure;
}
