import { LOWER_MONTH_WORDS, TENS_WORDS, UNIT_WORDS } from '../lexicon/index.js';
import type { Metric } from '../../model.js';
import { isCapitalised, matchPhrase, type Token } from '../text/index.js';
import { NOT_PEOPLE, NOT_PEOPLE_SUFFIXES, PEOPLE_NOUNS, PEOPLE_SINGULAR, PEOPLE_SUFFIXES } from './data/groups.js';
import { BACK_REFERENCES, GROUP_DETERMINERS, GROUP_LEAD_SKIP, GROUP_STOP } from './data/grammar-words.js';
import { ATTRIBUTIVE, EVENT_WORDS, GROUP_NOUNS } from './data/triggers.js';
import { AFTER_INDEX } from './trigger-index.js';
import {
  ATTRIBUTIVE_RULE,
  GROUP_AFTER_BACK_REFERENCE,
  GROUP_AFTER_COUNT,
  GROUP_NOUN,
  GROUP_AFTER_OF,
  type FieldRule,
  type MetricRule,
} from './rules.js';

/** The group a count counts, read from the words after it. */
export interface Group {
  /** Token range `[first, last]` of the group as written ("its soldiers"), or null when none is named. */
  who: readonly [number, number] | null;
  /** Index of the first token after the group (where a trigger verb may follow). */
  next: number;
  /** "40% of them", "4,000 of whom": the count points back to a group named before. */
  backRef: boolean;
  /** A metric the group itself carries: "240 hostages" (group noun), "2 million displaced people" (attributive). */
  metric: Metric | null;
  /** The rule that read `metric` from the group (GROUP_NOUN, ATTRIBUTIVE), or null. */
  metricRule: MetricRule | null;
  /** The rule that read `who`, or null when no group is named. */
  whoRule: FieldRule | null;
  /** The words after the count name things, not people ("12 tanks", "17 days"): no figure. */
  refused: boolean;
}

const MAX_GROUP_WORDS = 5;
/** No group named: the words from `next` on are left to the trigger. */
export function noGroup(next: number): Group {
  return { who: null, whoRule: null, next, backRef: false, metric: null, metricRule: null, refused: false };
}
const MAX_COMPOUND_PARTS = 4;
// "cows", "hours": a plural-looking word (not "'s", not "-ss")
const PLURAL = /[^s's]s$/;

/** Whether a word of a group names people: listed, a people ending, or a capitalised plural ("Gazans"). */
export function isPeopleWord(t: Token): boolean {
  const w = t.lower;
  if (NOT_PEOPLE.has(w)) return false;
  if (PEOPLE_NOUNS.has(w) || GROUP_NOUNS.has(w) || PEOPLE_SINGULAR.has(w) || (MAN_WORD.test(w) && w.length > 4))
    return true;
  if (isCapitalised(t) && w.length > 3 && DEMONYM_PLURAL.test(t.text)) return true;
  if (NOT_PEOPLE_SUFFIXES.some((s) => w.endsWith(s))) return false;
  return PEOPLE_SUFFIXES.some((s) => w.endsWith(s) && w.length > s.length + 2);
}

// "gunmen", "policewoman", "a watchman", "a fisherman", but not "human". The singular was read as
// no people word ("-men?" matched "-men" and "-me" only), so "a watchman was killed" counted no
// one (MUC-4 dev: a DPA dispatch "killed a watchman", an AFP one "the murder of a … businessman").
const MAN_WORD = /(?:^|[^u])(?:wo)?m[ae]n$/;
// A capitalised plural names people ("Gazans", "Israelis", "Kurds"); a name that merely ends in
// "s" does not: "Hamas", "Cyprus", "Tunis"... — so no "-as", "-us", "-ss", possessive ("Gaza's") or
// all-capital acronym ("ISIS"). Whether a name is a party never matters: "2,000 Hamas" and "2,000 IDF" name no
// group alike (the mirror test swaps them).
const DEMONYM_PLURAL = /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F]+(?<![aus])s$/;

// Whether the last word of a run, tokens [from, to) (one compound: "al-Shabaab", "M23"), is a name.
function nameEnds(tokens: readonly Token[], from: number, to: number): boolean {
  for (let q = from; q < to; q++)
    if (tokens[q]!.kind === 'word' && isNameLike(tokens[q]!) && !LOWER_MONTH_WORDS.has(tokens[q]!.lower)) return true;
  return false;
}

// "Rohingya", "Yazidis", "IDF": a capitalised word with a lower-case letter after its first, or a
// short acronym — not a long word in capitals, which in a text set all in capitals says nothing.
function isNameLike(t: Token): boolean {
  return isCapitalised(t) && (t.text !== t.text.toUpperCase() || t.text.length <= 5);
}

/**
 * Reads the group after a count starting at token `k`: "10,569 *people*", "33 *of its soldiers*",
 * "21,000 *others*", "40% *of them children*", "more than half *the enclave's population*",
 * "2 million *displaced people*". Stops at an auxiliary, a preposition, punctuation or a trigger
 * ("12 *dead*": no group named). The group ends at its last people word, so "10 people gathered"
 * gives "people".
 */
export function readGroup(tokens: readonly Token[], k: number): Group {
  const none = noGroup(k);
  let i = k;
  let afterOf = false;
  if (tokens[i]?.lower === 'of') {
    if (BACK_REFERENCES.has(tokens[i + 1]?.lower ?? '')) {
      // "40% of them children", "4,000 of whom were children": the named group, if any, follows
      let j = i + 2;
      while (tokens[j] && (tokens[j]!.lower === 'were' || tokens[j]!.lower === 'are' || tokens[j]!.lower === 'being'))
        j++;
      const rest = readRun(tokens, j, false);
      return {
        ...rest,
        backRef: true,
        metric: null,
        metricRule: null,
        refused: false,
        who: rest.refused ? null : rest.who,
        whoRule: rest.refused || !rest.who ? null : GROUP_AFTER_BACK_REFERENCE,
        next: rest.who ? rest.next : i + 2,
      };
    }
    afterOf = true;
    i++;
  } else if (GROUP_DETERMINERS.has(tokens[i]?.lower ?? '') || (tokens[i]?.lower ?? '').endsWith("'s")) {
    // "half the population", "half Gaza's residents"
    afterOf = true;
  }
  const g = readRun(tokens, i, afterOf);
  if (afterOf && !g.who && !g.refused) return none;
  return g;
}

// The last token of a compound starting at word `i`: parts glued by hyphens ("al-Shabaab",
// "Iranian-backed") or digits glued to a word ("M23"), at most MAX_COMPOUND_PARTS of them.
function compoundEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  for (let parts = 1; parts < MAX_COMPOUND_PARTS; parts++) {
    const n = tokens[j + 1];
    if (!n || n.start !== tokens[j]!.end) break;
    if (n.kind === 'digits' && tokens[j]!.kind === 'word') j++;
    else if (n.text === '-' && tokens[j + 2] && tokens[j + 2]!.kind !== 'punct' && tokens[j + 2]!.start === n.end)
      j += 2;
    else break;
  }
  return j;
}

// The most tokens inside the brackets of a name or acronym passed over in a group.
const MAX_BRACKETED_NAME = 8;
// Lower-case words a name in brackets may hold: "(Organisation of Islamic Cooperation)".
const NAME_JOINERS = new Set(['of', 'and', 'for', 'the']);

/**
 * The token after a name or an acronym in brackets at `j` — "five Tarne Liberation Front *(TLF)*
 * fighters", "including a captain *(CPT)*", "fighters of the banned TLF *(Tarne-i-Liberation
 * Front)*" (Xinhua on the Philippines and on Pakistan, Outlook on Kashmir, The Citizen on Nigeria)
 * — or -1: "(", capitalised words (lower-case ones only as joiners or after a hyphen), ")".
 */
export function nameInBracketsEnd(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.text !== '(') return -1;
  let named = false;
  for (let q = j + 1; q < tokens.length && q <= j + 1 + MAX_BRACKETED_NAME; q++) {
    const t = tokens[q]!;
    if (t.text === ')') return named ? q + 1 : -1;
    if (t.kind === 'word') {
      if (isCapitalised(t)) named = true;
      else if (!NAME_JOINERS.has(t.lower) && tokens[q - 1]!.text !== '-') return -1;
    } else if (t.text !== '-') return -1;
  }
  return -1;
}

function readRun(tokens: readonly Token[], k: number, afterOf: boolean): Group {
  let i = k;
  const first = i;
  const determiner =
    afterOf && (GROUP_DETERMINERS.has(tokens[i]?.lower ?? '') || (tokens[i]?.lower ?? '').endsWith("'s"));
  if (determiner) i++;
  // "12 more people" → "people"; but "its other soldiers" keeps its determiner and all after it
  while (GROUP_LEAD_SKIP.has(tokens[i]?.lower ?? '')) i++;
  const runStart = i;
  let head = -1;
  let metric: Metric | null = null;
  let metricRule: MetricRule | null = null;
  let lastStart = i;
  for (let words = 0; i < tokens.length && words < MAX_GROUP_WORDS; i++, words++) {
    // "five Tarne Liberation Front (TLF) fighters": a name's acronym in brackets before the people word
    const bracketed = head < 0 && i > runStart ? nameInBracketsEnd(tokens, i) : -1;
    if (bracketed > 0) i = bracketed;
    const t = tokens[i]!;
    if (!t || t.kind !== 'word' || GROUP_STOP.has(t.lower)) break;
    // "some three years ago two marines died", "12 trucks carrying soldiers": a plural of
    // NOT_PEOPLE before any people word is what the count counts (the refusal of "12 tanks", "17
    // days" below), so the group does not read on past it to people named later (MUC-4 TST1 "SOME
    // 3 YEARS AGO TWO MARINES DIED" counted 3). A singular is a modifier: "12 hospital workers".
    if (head < 0 && NOT_PEOPLE.has(t.lower) && PLURAL.test(t.lower)) return { ...noGroup(i), refused: true };
    lastStart = i;
    // "al-Shabaab fighters", "Iranian-backed militiamen", "M23 rebels", "Kuki-Zo people": a
    // compound is one word of the group, a modifier unless its last part names people
    const end = compoundEnd(tokens, i);
    if (end > i) {
      if (isPeopleWord(tokens[end]!)) head = end;
      else if (head >= 0) break;
      i = end;
      continue;
    }
    const attributive = ATTRIBUTIVE.get(t.lower);
    if (attributive) {
      // "displaced people": part of the group; "12 dead" or "12 displaced": the trigger, not a group
      const nxt = tokens[i + 1];
      if (i === runStart && nxt && nxt.kind === 'word' && isPeopleWord(nxt)) {
        metric = attributive;
        metricRule = ATTRIBUTIVE_RULE;
        continue;
      }
      break;
    }
    if (EVENT_WORDS.has(t.lower) && i === runStart) break;
    // "46 taken prisoner", "85 soldiers prisoner": the trigger, not part of the group
    if (matchPhrase(tokens, i, AFTER_INDEX)) break;
    if (isPeopleWord(t)) {
      head = i;
      // "women and children", "army soldiers and allied fighters": one group joined by "and" —
      // but not a second count ("12 civilians and three soldiers")
      const after = tokens[i + 2];
      if (
        tokens[i + 1]?.lower === 'and' &&
        after &&
        after.kind === 'word' &&
        !UNIT_WORDS.has(after.lower) &&
        !TENS_WORDS.has(after.lower) &&
        !GROUP_STOP.has(after.lower)
      ) {
        if (isPeopleWord(after)) i += 1;
        else if (tokens[i + 3]?.kind === 'word' && isPeopleWord(tokens[i + 3]!)) i += 2;
      }
    } else if (head >= 0) {
      // "12 military vehicles", "three police patrols": the people word describes the things counted
      if (NOT_PEOPLE.has(t.lower) || (PLURAL.test(t.lower) && !isCapitalised(t) && !EVENT_WORDS.has(t.lower)))
        return { ...noGroup(i), refused: true };
      // "two military security officers", "five police special forces": a people word may
      // describe the people named after one more word (MUC-4 dev army reports; news-dev wire copy)
      const nxt = tokens[i + 1];
      if (nxt?.kind === 'word' && !GROUP_STOP.has(nxt.lower) && isPeopleWord(nxt)) continue;
      break;
    }
  }
  if (head < 0) {
    // "12 tanks", "17 days", "40 cows": the count names something other than people. A word that
    // is neither listed nor plural is more likely a verb: "the war that killed thousands began".
    let refused = determiner;
    // A capitalised word is a name, never a thing counted: "2,000 Hamas were killed" and "2,000
    // IDF were killed" must read alike.
    for (let r = runStart; r < i && !refused; r++) {
      refused =
        NOT_PEOPLE.has(tokens[r]!.lower) ||
        (r === runStart && !isCapitalised(tokens[r]!) && PLURAL.test(tokens[r]!.lower));
    }
    // "About 740,000 Muslim minority Rohingya have fled", "2,000 M23 were killed": a run ending in a
    // name (a capitalised word that is no month) may name the people counted; a trigger after it
    // decides. The group stays unnamed, as for any name alone ("2,000 Hamas").
    if (!refused && i > runStart && nameEnds(tokens, lastStart, i)) {
      return noGroup(i);
    }
    // "five more were wounded": the lead words ("more", "other") name no group; the trigger follows them
    return { ...noGroup(refused ? i : determiner ? k : runStart), refused };
  }
  const noun = GROUP_NOUNS.get(tokens[head]!.lower);
  if (noun && !metric) {
    metric = noun;
    metricRule = GROUP_NOUN;
  }
  return {
    who: [determiner ? first : runStart, head],
    whoRule: afterOf ? GROUP_AFTER_OF : GROUP_AFTER_COUNT,
    next: head + 1,
    backRef: false,
    metric,
    metricRule,
    refused: false,
  };
}

/** "4,000 of whom were children": the token after the copula at `k` ("were", "are", "being"), where the named group starts. */
export function skipCopula(tokens: readonly Token[], k: number): number {
  while (['were', 'are', 'was', 'is', 'being'].includes(tokens[k]?.lower ?? '')) k++;
  return k;
}
