import type { Figure } from '../../model.js';
import { COUNT_AUXILIARIES, COUNT_PLACE_PREPOSITIONS, TENS_WORDS, UNIT_WORDS } from '../lexicon/index.js';
import { isCapitalised, type Token } from '../text/index.js';
import {
  BEFORE_TRIGGER_SKIP,
  DEGREE_ADVERBS,
  GROUP_DETERMINERS,
  LIST_PLACE_PREPOSITIONS,
} from './data/grammar-words.js';
import { INTRANSITIVE_TRIGGERS, PLACE_NOUNS } from './data/triggers.js';
import type { Group } from './read-group.js';
import { MAX_PLACE_WORDS, type TriggerHit } from './find-trigger.js';

/** Token shapes the sentence refiners of the figures stage test around counts. */

// "killing 12 civilians and 3 soldiers", "the murder of six priests and their two housekeepers"
const COORDINATORS = new Set(['and', ',', 'while', 'as', 'well', 'their', 'his', 'her', 'its']);

/**
 * "12 *of the 40*", "two *of 17*": after the count at `b`, "of", a determiner or none, and
 * another number — the token of that number, or -1. Without a determiner: "Two of 17 members of
 * a group kidnapped last month have been freed" (news-dev: AP on the missionaries held in Haiti;
 * AFP's report of the next release, "Three of 17 … kidnapped … have been freed").
 */
export function ofCountAt(tokens: readonly Token[], b: number): number {
  if (tokens[b + 1]?.lower !== 'of') return -1;
  const k = GROUP_DETERMINERS.has(tokens[b + 2]?.lower ?? '') ? b + 3 : b + 2;
  const n = tokens[k];
  return n && (n.kind === 'digits' || UNIT_WORDS.has(n.lower) || TENS_WORDS.has(n.lower)) ? k : -1;
}

/** Whether "of", a determiner or none, and another number follow the count at `b` ({@link ofCountAt}). */
export function ofCount(tokens: readonly Token[], b: number): boolean {
  return ofCountAt(tokens, b) >= 0;
}

/**
 * Whether the trigger after a count is the verb of its clause ("the 40 suspects *were detained*",
 * "the 12 passengers *died*"), not a participle describing it ("the 12 *killed* in the blast").
 */
export function predicate(tokens: readonly Token[], group: Group, hit: TriggerHit): boolean {
  if (!hit.rule.afterCount) return false;
  // "six of the eight trapped miners *in the north shaft were* killed": a short place phrase of
  // words before the auxiliary, as the trigger reader steps over it (MAX_PLACE_WORDS)
  if (COUNT_PLACE_PREPOSITIONS.has(tokens[group.next]?.lower ?? '')) {
    for (let k = group.next + 2; k <= group.next + 1 + MAX_PLACE_WORDS && tokens[k - 1]?.kind === 'word'; k++)
      if (COUNT_AUXILIARIES.has(tokens[k]?.lower ?? '')) return true;
  }
  // step over the words before the trigger ("were", "initially"), stopping at the trigger itself
  for (let k = group.next; k < tokens.length && k <= group.next + 3; k++) {
    const w = tokens[k]!.lower;
    // "17 workers *who were kidnapped* last month": a relative clause describes the count too
    if (RELATIVE_PRONOUNS.has(w)) return false;
    if (COUNT_AUXILIARIES.has(w)) return true;
    if (!w.endsWith('ly') && !BEFORE_TRIGGER_SKIP.has(w)) return INTRANSITIVE_TRIGGERS.has(w);
  }
  return false;
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'that', 'which', 'whom']);

/** The last of `figures` counting `metric`, or null. */
export function lastOfMetric(figures: readonly Figure[], metric: Figure['metric']): Figure | null {
  for (let i = figures.length - 1; i >= 0; i--) if (figures[i]!.metric === metric) return figures[i]!;
  return null;
}

/** Whether tokens `[from, to)` are one to three coordinating words: "and", ",", "as well as", "and their". */
export function onlyCoordinators(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let k = from; k < to; k++) if (!COORDINATORS.has(tokens[k]!.lower)) return false;
  return true;
}

/** "20 of them critically", "40% of them.": the breakdown ends with a degree adverb or the clause. */
export function endsBreakdown(tokens: readonly Token[], k: number): boolean {
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

// "two in Panchthar", "16 in the suburbs of the capital": words a place phrase of a list item may hold
const MAX_LIST_PLACE_WORDS = 7;
const PLACE_JOINERS = new Set(['of', 'the', 'and', '-']);

/**
 * The end (exclusive) of a place phrase opened by "in" at `k` — "in Sindh", "in Daraa and
 * Deir-ez Zor", "in the suburbs of the capital" — or -1. It starts with a capitalised word or "the"
 * and holds words only (lower-case ones after "the" only), no number; it ends before a comma, the
 * sentence's end, or an "and" that joins no name.
 */
export function listPlaceEnd(tokens: readonly Token[], k: number): number {
  if (!LIST_PLACE_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return -1;
  const first = tokens[k + 1];
  if (!first || first.kind !== 'word' || !(isCapitalised(first) || first.lower === 'the')) return -1;
  const common = first.lower === 'the';
  let q = k + 1;
  for (; q < tokens.length && q <= k + MAX_LIST_PLACE_WORDS; q++) {
    const t = tokens[q]!;
    if (t.lower === 'and' && !(tokens[q + 1] && isCapitalised(tokens[q + 1]!))) break;
    // "Deir-ez Zor": a word after a hyphen belongs to the name whatever its case
    const named = isCapitalised(t) || common || tokens[q - 1]!.text === '-';
    if (PLACE_JOINERS.has(t.lower) || (t.kind === 'word' && named)) {
      if (UNIT_WORDS.has(t.lower) || TENS_WORDS.has(t.lower)) return -1;
      continue;
    }
    break;
  }
  return q > k + 1 ? q : -1;
}

/** The place of the list item at count `b`: "two *in Panchthar*", "three *each in* Daraa and Homs"; its end or -1. */
export function listItemPlace(tokens: readonly Token[], b: number): number {
  return listPlaceEnd(tokens, tokens[b + 1]?.lower === 'each' ? b + 2 : b + 1);
}
