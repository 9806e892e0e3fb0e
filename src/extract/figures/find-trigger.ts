import type { Metric } from '../../model.js';
import { matchPhrase, matchPhraseEndingAt, phraseIndex, type Token } from '../numbers/index.js';
import { isPeopleWord } from './read-group.js';
import { AFTER_TRIGGER_SKIP, AGE_COMPARATIVES, AGE_CUES, AGE_WORDS, BEFORE_TRIGGER_SKIP, BREAKDOWN_CUES, PLACE_PREPOSITIONS } from './data/grammar-words.js';
import { AFTER_COUNT, ATTRIBUTIVE, BEFORE_COUNT, EVENT_WORDS, GROUP_NOUNS, TOLL_LINKS, TOLL_MODIFIERS, TOLL_NOUNS, TOLL_PREPOSITIONS } from './data/triggers.js';

/** A metric found next to a count, and the rule that found it. */
export interface TriggerHit {
  metric: Metric;
  rule: string;
}

const AFTER = phraseIndex(AFTER_COUNT);
// "of the dead", "of those killed", "among the displaced"
const SHARE_OPENERS = new Set(['of', 'among']);
const SHARE_DETERMINERS = new Set(['the', 'those']);
const BEFORE = phraseIndex(BEFORE_COUNT);
const BREAKDOWN = phraseIndex(BREAKDOWN_CUES);
const MAX_SKIP = 5;
const MAX_PLACE_WORDS = 4;

/**
 * A trigger after the count and its group: "N people *had been killed*", "N *remain missing*",
 * "thousands of civilians *flee*", "N people in northern Gaza *were wounded*", "12 *dead*".
 * `k` is the first token after the group (or after the count when no group is named).
 */
export function triggerAfter(tokens: readonly Token[], k: number): TriggerHit | null {
  const direct = triggerAfterSkip(tokens, k);
  if (direct) return direct;
  // "N people in northern Gaza were killed": step over a short place phrase of words
  if (!PLACE_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return null;
  for (let p = k + 2; p <= k + 1 + MAX_PLACE_WORDS && tokens[p - 1]?.kind === 'word'; p++) {
    const hit = triggerAfterSkip(tokens, p);
    if (hit && tokens[p]?.kind === 'word' && BEFORE_TRIGGER_SKIP.has(tokens[p]!.lower)) return hit;
  }
  return null;
}

function triggerAfterSkip(tokens: readonly Token[], k: number): TriggerHit | null {
  for (let j = k, skipped = 0; j < tokens.length && skipped <= MAX_SKIP; j++, skipped++) {
    const m = matchPhrase(tokens, j, AFTER);
    if (m) return { metric: m.value, rule: j === k && !BEFORE_TRIGGER_SKIP.has(tokens[j]!.lower) ? 'count-then-trigger' : 'count-aux-trigger' };
    if (!BEFORE_TRIGGER_SKIP.has(tokens[j]!.lower)) return null;
  }
  return null;
}

/**
 * A trigger verb or noun right before the count: "*killed* 12", "Strike *kills* 12", "*killing* at
 * least 40", "*abducted* 276 students", "the *deaths of* 12 people", "*wounded* another 30".
 * `a` is the first token of the number expression (its qualifier included).
 */
export function triggerBefore(tokens: readonly Token[], a: number): TriggerHit | null {
  for (let p = a - 1; p >= 0 && p >= a - 4; p--) {
    const m = matchPhraseEndingAt(tokens, p, BEFORE);
    if (m) return { metric: m.value, rule: 'trigger-then-count' };
    if (!AFTER_TRIGGER_SKIP.has(tokens[p]!.lower)) return null;
  }
  return null;
}

/**
 * A tally whose value is the count: "the death *toll* rose to 10,569", "a *toll* of 40", "raising
 * the *toll* to 1,032", "the *number of* people killed reached 500", "the *number of* displaced
 * stands at 1.5 million". A "casualty toll" mixes metrics and gives nothing.
 */
export function triggerToll(tokens: readonly Token[], a: number): TriggerHit | null {
  let p = a - 1;
  while (p >= 0 && p >= a - 6 && TOLL_LINKS.has(tokens[p]!.lower)) p--;
  const t = tokens[p];
  // at least one link: "the toll rose to N", "a toll of N"
  if (!t || t.kind !== 'word' || p === a - 1) return null;
  if (t.lower === 'toll' || t.lower === 'tolls') return tollMetric(tokens, p);
  // "the death toll from the quake rose to N", "the toll in Gaza stands at N"
  for (let q = p - 1; q >= 0 && q >= p - 4; q--) {
    if (tokens[q]!.lower === 'toll' && TOLL_PREPOSITIONS.has(tokens[q + 1]!.lower)) return tollMetric(tokens, q);
  }
  // "the number of people killed rose to": find "<tally> of" within three words back
  for (let q = p - 1; q >= 1 && q >= p - 3; q--) {
    if (tokens[q]!.lower !== 'of' || !TOLL_NOUNS.has(tokens[q - 1]!.lower)) continue;
    for (let r = q + 1; r <= p; r++) {
      const w = tokens[r]!.lower;
      const metric = tallyWordMetric(tokens, r);
      if (metric) return { metric, rule: 'number-of-trigger' };
    }
  }
  return null;
}

// The metric a word names inside a tally or a share: "dead", "killed", "displaced", "hostages".
function tallyWordMetric(tokens: readonly Token[], r: number): Metric | null {
  const w = tokens[r]?.lower ?? '';
  return EVENT_WORDS.get(w) ?? ATTRIBUTIVE.get(w) ?? GROUP_NOUNS.get(w) ?? matchPhrase(tokens, r, AFTER)?.value ?? null;
}

/**
 * A share of a tally named around the count: "40% *of the dead* were children", "*Of those
 * killed*, 40% were women", "*Among the displaced*, half are children". Returns the metric and
 * the token where the group named as the share may start (after "were"/"are"), or null.
 */
export function shareOfTally(tokens: readonly Token[], a: number, b: number): (TriggerHit & { groupAt: number }) | null {
  if (tokens[b + 1]?.lower === 'of' && SHARE_DETERMINERS.has(tokens[b + 2]?.lower ?? '')) {
    const metric = tallyWordMetric(tokens, b + 3);
    if (metric) return { metric, rule: 'share-of-tally', groupAt: b + 4 };
  }
  let p = a - 1;
  if (tokens[p]?.text === ',') p--;
  for (let q = p; q >= 2 && q >= p - 1; q--) {
    if (!SHARE_OPENERS.has(tokens[q - 2]!.lower) || !SHARE_DETERMINERS.has(tokens[q - 1]!.lower)) continue;
    const metric = tallyWordMetric(tokens, q);
    if (metric) return { metric, rule: 'share-of-tally', groupAt: b + 1 };
  }
  return null;
}

function tollMetric(tokens: readonly Token[], p: number): TriggerHit | null {
  const mod = tokens[p - 1]?.lower ?? '';
  if (TOLL_MODIFIERS.has(mod)) {
    const metric = TOLL_MODIFIERS.get(mod);
    return metric ? { metric, rule: 'toll' } : null;
  }
  return { metric: 'killed', rule: 'toll' };
}

/** A word just after the count that names the event: "1,200 *deaths*", "40 *fatalities*". */
export function eventWordAfter(tokens: readonly Token[], k: number): TriggerHit | null {
  const metric = EVENT_WORDS.get(tokens[k]?.lower ?? '');
  return metric ? { metric, rule: 'count-event-noun' } : null;
}

/** Whether a cue before the count breaks down a figure named earlier: "*including* 4,000 children". */
export function breakdownCueBefore(tokens: readonly Token[], a: number): boolean {
  return a > 0 && matchPhraseEndingAt(tokens, a - 1, BREAKDOWN) !== null;
}

/**
 * Whether the count is an age: "a 12-*year-old*", "34 *years old*", "*aged* 34", "the *age of* 18",
 * "children *under 18*". `a`..`b` are the tokens of the number expression.
 */
export function isAge(tokens: readonly Token[], a: number, b: number): boolean {
  const prev = tokens[a - 1]?.lower ?? '';
  if (AGE_CUES.has(prev) || prev === 'of' && AGE_CUES.has(tokens[a - 2]?.lower ?? '')) return true;
  let k = b + 1;
  if (tokens[k]?.text === '-') k++;
  if (AGE_WORDS.has(tokens[k]?.lower ?? '') && (tokens[k + 1]?.lower === 'old' || tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'old')) return true;
  // "children under 18": a comparative between a people word and the count
  const before = tokens[a - 1];
  return AGE_COMPARATIVES.has(tokens[a]!.lower) && !!before && before.kind === 'word' && isPeopleWord(before);
}
