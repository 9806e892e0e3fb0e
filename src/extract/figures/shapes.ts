import type { Figure } from '../../model.js';
import { COUNT_AUXILIARIES, COUNT_PLACE_PREPOSITIONS, TENS_WORDS, UNIT_WORDS } from '../lexicon/index.js';
import { isCapitalised, type Token } from '../text/index.js';
import { BEFORE_TRIGGER_SKIP, DEGREE_ADVERBS, GROUP_DETERMINERS } from './data/grammar-words.js';
import { INTRANSITIVE_TRIGGERS, PLACE_NOUNS } from './data/triggers.js';
import type { Group } from './read-group.js';
import type { TriggerHit } from './find-trigger.js';

/** Token shapes the sentence refiners of the figures stage test around counts. */

// "killing 12 civilians and 3 soldiers", "the murder of six priests and their two housekeepers"
const COORDINATORS = new Set(['and', ',', 'while', 'as', 'well', 'their', 'his', 'her', 'its']);

/** "12 *of the 40*": after the count at `b`, "of", a determiner and another number. */
export function ofCount(tokens: readonly Token[], b: number): boolean {
  const n = tokens[b + 3];
  return (
    tokens[b + 1]?.lower === 'of' &&
    GROUP_DETERMINERS.has(tokens[b + 2]?.lower ?? '') &&
    !!n &&
    (n.kind === 'digits' || UNIT_WORDS.has(n.lower) || TENS_WORDS.has(n.lower))
  );
}

/**
 * Whether the trigger after a count is the verb of its clause ("the 40 suspects *were detained*",
 * "the 12 passengers *died*"), not a participle describing it ("the 12 *killed* in the blast").
 */
export function predicate(tokens: readonly Token[], group: Group, hit: TriggerHit): boolean {
  if (!hit.rule.afterCount) return false;
  // step over the words before the trigger ("were", "initially"), stopping at the trigger itself
  for (let k = group.next; k < tokens.length && k <= group.next + 3; k++) {
    const w = tokens[k]!.lower;
    if (COUNT_AUXILIARIES.has(w)) return true;
    if (!w.endsWith('ly') && !BEFORE_TRIGGER_SKIP.has(w)) return INTRANSITIVE_TRIGGERS.has(w);
  }
  return false;
}

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
