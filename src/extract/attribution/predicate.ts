import type { Span } from '../../model.js';
import { CLAUSE_AUXILIARIES, REPORTING_VERB_SET, UNIT_WORDS } from '../lexicon/index.js';
import { phraseWords } from '../text/index.js';
import {
  COORDINATING_BOUNDARIES,
  NON_CLAUSE_OPENERS,
  SUBORDINATING_AFTER_COMMA,
  TIME_SPAN_LEADS,
  TIME_SPAN_UNITS,
} from './data/frame-words.js';
import {
  CLAIMANT_AFTER_CUES,
  OBJECT_ALONE_VERBS,
  PARTICIPLE_CUES,
  POINTING_OBJECTS,
  PREDICATE_VERBS,
  STATING_OBJECT_VERBS,
} from './data/reporting-cues.js';
import { hasFiniteVerb, type CueContext } from './read-after-cue.js';

// Reading a report that is the predicate a verb or a participle heads ("vowed to rebuild the
// bridge", ", accusing the army of looting"), shared by the verb and participle proposers.

const PARTICIPLE_SET: ReadonlySet<string> = new Set(PARTICIPLE_CUES);
const NEXT_WORD = /^\s+(\p{Ll}+)/u;
// A comma that ends a clause, not one inside a number ("19,667").
const CLAUSE_COMMA = /,\s/g;
// "vowed to rebuild", "pledged not to run": an infinitive.
const INFINITIVE = /^(?:not\s+)?to\s+\p{L}/u;
// "described the attacker as a local man", "describe as the worst crisis": "as" within the predicate.
const AS_WORD = /(?:^|\s)as\s/u;
// An object opens with a word, a number or a quotation mark ("blamed “Serbia-sponsored criminals”").
const OBJECT_START = /^["“«‘\p{L}\p{N}]/u;
/** Most words of a claimant after a comma that closes a predicate ("…, the regional governor said"). */
const MAX_TRAILING_CLAIMANT_WORDS = 5;

/**
 * Whether `rest` (the words after the verb, occasions skipped) has the shape `word` reports with
 * (PREDICATE_VERBS): an infinitive ("vowed to …"), an object ("accused the militia of …"; with
 * `demonstrative`, "rejected that account" already counts) or "… as …" ("described X as …").
 */
export function predicateFits(word: string, rest: string, demonstrative = false): boolean {
  const shape = PREDICATE_VERBS.get(word);
  if (shape === 'to') return INFINITIVE.test(rest);
  if (shape === 'as') return AS_WORD.test(rest.slice(0, 120)) && _opensObject(rest, true, true);
  if (shape === 'object') return demonstrative || _opensObject(rest, false, true);
  return false;
}

/**
 * Whether an object verb's plain object (`object`, after the verb) is a report (STATING_OBJECT_VERBS):
 * "confirmed the death toll", "denied the army's count", "claimed responsibility for the attack";
 * not an act ("announced €5 million in aid", "claimed a victory") nor a pointing word ("confirmed it").
 */
export function statesObject(verb: string, text: string, object: Span): boolean {
  const heads = STATING_OBJECT_VERBS.get(verb);
  if (heads === undefined) return false;
  const rest = text.slice(object.start, Math.min(object.end, object.start + 200));
  if (!_opensObject(rest, false, false)) return false;
  return heads === null || heads.includes(phraseWords(rest, 0, rest.length, 1)[0]?.lower ?? '');
}

/**
 * Where a stated object's statement starts: at the verb ("confirmed the death toll"), or at the
 * object for a verb that reports as "said" does ("reported four deaths" → "four deaths"; see
 * OBJECT_ALONE_VERBS).
 */
export function statedObjectStart(verb: string, cueSpan: Span, object: Span): number {
  return OBJECT_ALONE_VERBS.has(verb) ? object.start : cueSpan.start;
}

/**
 * Whether `rest` opens an object: a word that is no preposition or subordinator ("blamed on the
 * militia" is passive, "said in Gaza" an occasion), and, unless `pointed` allows one ("accused it
 * of …"), more than a pointing word ("confirmed it in a statement"). With `as`, "describe as …" may
 * open with "as".
 */
function _opensObject(rest: string, as: boolean, pointed: boolean): boolean {
  if (!OBJECT_START.test(rest)) return false;
  const words = phraseWords(rest, 0, rest.length, 2);
  const first = words[0];
  if (!first) return false;
  // "the plan rejected on Monday was …": a passive participle, its verb after it.
  if (first.lower === 'that' || CLAUSE_AUXILIARIES.has(first.lower)) return false;
  if (NON_CLAUSE_OPENERS.has(first.lower) && !(as && first.lower === 'as')) return false;
  return (
    pointed || !(POINTING_OBJECTS.has(first.lower) && (words.length < 2 || NON_CLAUSE_OPENERS.has(words[1]!.lower)))
  );
}

/**
 * Where a predicate ends: its sentence's end, or a comma before a word that opens a clause of its
 * own ("vowed to bring the girls back, although …"), not "and" ("accused it of shelling, looting,
 * and driving people away"). A quotation opened before and closed after
 * the sentence end stays whole.
 */
export function predicateEnd(c: CueContext, from: number): number {
  const { text, sentence } = c;
  let end = sentence.end;
  for (const q of c.quotes) if (q.open >= from && q.open < end && q.close !== null && q.close >= end) end = q.close + 1;
  CLAUSE_COMMA.lastIndex = from;
  for (let m = CLAUSE_COMMA.exec(text); m && m.index < end; m = CLAUSE_COMMA.exec(text)) {
    if (c.quotes.some((q) => q.open < m!.index && (q.close ?? end) > m!.index)) continue;
    const next = NEXT_WORD.exec(text.slice(m.index + 1, m.index + 24))?.[1];
    // ", and driving women away" goes on listing, ", and the attack was …" opens a clause; so do
    // ", although …", ", as …", ", claiming …".
    if (next === 'and') {
      if (hasFiniteVerb(text, { start: m.index + 1, end })) return m.index;
    } else if (
      next &&
      (COORDINATING_BOUNDARIES.has(next) || SUBORDINATING_AFTER_COMMA.has(next) || PARTICIPLE_SET.has(next))
    )
      return m.index;
    // "accused the militia of raiding the market, a day after …": a span of time and "after"
    if (_timeSpanClause(text, m.index + 1, end)) return m.index;
    // "pledged to back the senator, according to the chair", "vowed to run, his aide said": the
    // sentence's own attribution closes the predicate.
    if (_attributionAfter(text, m.index + 1, end)) return m.index;
  }
  return end;
}

/** Whether `[at, end)` opens with "according to" or a short claimant and its reporting verb ("his aide said"). */
function _attributionAfter(text: string, at: number, end: number): boolean {
  const words = phraseWords(text, at, end, MAX_TRAILING_CLAIMANT_WORDS + 1);
  if (words.length > 1 && CLAIMANT_AFTER_CUES.includes(`${words[0]!.lower} ${words[1]!.lower}`)) return true;
  return words.slice(1).some((w) => REPORTING_VERB_SET.has(w.lower)) && !REPORTING_VERB_SET.has(words[0]?.lower ?? '');
}

/** Whether `[at, end)` opens with a span of time and "after" or "before": ", a day after", ", hours before" (TIME_SPAN_UNITS). */
function _timeSpanClause(text: string, at: number, end: number): boolean {
  const words = phraseWords(text, at, end, 4);
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    if (TIME_SPAN_UNITS.has(w.lower)) return words[i + 1]!.lower === 'after' || words[i + 1]!.lower === 'before';
    if (!TIME_SPAN_LEADS.has(w.lower) && !UNIT_WORDS.has(w.lower) && w.kind !== 'digits') return false;
  }
  return false;
}
