import {
  COUNT_PLACE_PREPOSITIONS,
  LOWER_MONTH_WORDS,
  LY_NOUNS,
  REPORTING_VERB_SET,
  TALLY_NOUNS,
  TENS_WORDS,
  UNIT_WORDS,
} from '../lexicon/index.js';
import type { Metric, Qualifier } from '../../model.js';
import { isCapitalised, matchPhrase, matchPhraseEndingAt, phraseIndex, type Token } from '../text/index.js';
import { isPeopleWord, nameInBracketsEnd, type Group } from './read-group.js';
import { NOT_PEOPLE, PEOPLE_SINGULAR } from './data/groups.js';
import { AFTER_INDEX } from './trigger-index.js';
import {
  ALONG_WITH_COUNT,
  COUNT_AUX_TRIGGER,
  COUNT_EVENT_NOUN,
  COUNT_FREED,
  FREED_THEN_COUNT,
  COUNT_HELD_IN,
  COUNT_IN_CONDITION,
  COUNT_LEFT_PLACE,
  COUNT_SUFFERED_INJURIES,
  COUNT_LIVING_IN_SHELTERS,
  COUNT_RELATIVE_THEN_TRIGGER,
  COUNT_TAKEN_AS,
  COUNT_THEN_TRIGGER,
  LIVES_TAKEN,
  NUMBER_OF_TRIGGER,
  PEOPLE_VERB_THEN_COUNT,
  SHARE_OF_TALLY,
  SHELTER_HOLDS_COUNT,
  SPLIT_TRIGGER,
  TALLY_INCLUDES_RULE,
  TALLY_OF_PREVIOUS,
  TOLL,
  TOLL_PASSES_RULE,
  TOLL_GONE_UP_RULE,
  TRIGGER_THEN_COUNT,
  type FieldRule,
  type MetricRule,
} from './rules.js';
// one list of '-ly' nouns for the whole pipeline: attribution reads the same words before its cues
import {
  AFTER_TRIGGER_SKIP,
  AGE_APPOSITION_FOLLOWERS,
  GROUP_STOP,
  AGE_COMPARATIVES,
  AGE_CUES,
  AGE_WORDS,
  MAX_APPOSITION_AGE,
  BEFORE_TRIGGER_SKIP,
  BREAKDOWN_CUES,
  NOT_A_COUNT_BEFORE_OF,
  NOT_PARTICIPLES,
  RELATIVE_CLAUSE_STOPS,
} from './data/grammar-words.js';
import {
  AGENT_PHRASES,
  AGENT_VERBS,
  ARMY_VERBS_BEFORE,
  CONDITION_DEGREES,
  CONDITION_NOUNS,
  INJURY_DEGREES,
  INJURY_NOUNS,
  KIN_LOSS_VERBS,
  KIN_NOUNS,
  LOSS_VERBS_BEFORE,
  SUFFER_VERBS,
  ATTRIBUTIVE,
  COUNTERFACTUAL_MODALS,
  INTENT_VERBS,
  INTRANSITIVE_TRIGGERS,
  LIFE_NOUNS,
  LIFE_TAKING_VERBS,
  MODALS,
  BEFORE_COUNT,
  CUSTODY_NOUNS,
  OBJECT_QUALIFIERS,
  OBJECT_STARTS,
  EVENT_NOUNS,
  EVENT_WORDS,
  FREEING_VERBS,
  FREEING_VERBS_BEFORE,
  GROUP_NOUNS,
  HELD_VERBS,
  HOUSING_VERBS,
  LEAVE_VERBS,
  TAKING_VERBS,
  PLACE_NOUNS,
  SHELTER_MODIFIERS,
  SHELTER_NOUNS,
  SHELTER_VERB_LEAD,
  SHELTER_VERBS,
  SPLIT_TRIGGERS,
  TALLY_BACK_DETERMINERS,
  TALLY_INCLUDES,
  TALLY_ONLY_WORDS,
  TALLY_OPENERS,
  TOLL_LINKS,
  TOLL_PASSES,
  TOLL_MODIFIERS,
  TOLL_PREPOSITIONS,
} from './data/triggers.js';

/** A metric found next to a count, and the rule that found it. */
export interface TriggerHit {
  metric: Metric;
  rule: MetricRule;
  /** A bound the trigger itself states: "the death toll *passes* 1,000" → `more_than`. */
  qualifier?: Qualifier;
  /** The rule that read that bound. */
  qualifierRule?: FieldRule;
  /**
   * The words the number stage read as its qualifier belong to the trigger: "the toll has gone *up
   * to* nine" is exactly nine. `qualifier` then replaces the number's own.
   */
  ownsQualifierWords?: boolean;
  /**
   * The tally points back to a figure named before ("revised *that figure* to 14"): the metric is
   * that figure's, and there is no figure without one.
   */
  fromPrevious?: boolean;
  /** The tally opens the sentence ("The toll includes 14 officers."): it continues the report before. */
  continues?: boolean;
  /**
   * The count is of people freed ("42 were released", "rescued 78 persons"): captives, and so a
   * figure only in a report of captivity — after a figure of captives in the document (settle).
   */
  freed?: boolean;
  /**
   * The trigger stands after the count, passed back along a list whose trigger comes last ("eight
   * women, *a girl* and four men were hurt"): the item before may take it too.
   */
  passedBack?: boolean;
}

const AFTER = AFTER_INDEX;
// "of the dead", "of those killed", "among the displaced"
const SHARE_OPENERS = new Set(['of', 'among']);
const SHARE_DETERMINERS = new Set(['the', 'those']);
const BEFORE = phraseIndex(BEFORE_COUNT);
const ARMY_BEFORE = phraseIndex(ARMY_VERBS_BEFORE);
const LOSS_BEFORE = phraseIndex(LOSS_VERBS_BEFORE);
// Quotation marks a trigger may stand in: '12 secessionists were "neutralized"'.
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
// Words between "in" and a patient's condition: "in a critical but stable condition", "in very serious condition".
// Group heads that may stand for things named before: "seized 22 vehicles and destroyed nine *others*".
const ANAPHORIC_HEADS = new Set(['others', 'more']);
const CONDITION_FILLERS = new Set(['a', 'but', 'and', 'very', 'extremely', 'life']);
const BREAKDOWN = phraseIndex(BREAKDOWN_CUES);
const MAX_SKIP = 5;
const MAX_INSERTION = 10;
// A list of names between dashes or brackets is longer: "four soldiers -- Havildar A, Lance Naik
// B, Lance Naik C and Sepoy D -- embraced martyrdom" (news-dev: Suchtv on ISPR; ISPR reprints).
const MAX_LIST_INSERTION = 20;
const DASHES = new Set(['—', '–']);
const RELATIVES = new Set(['who', 'that']);
const MIXERS = new Set(['and', 'or']);
const SPLIT = SPLIT_TRIGGERS.map((t) => ({ ...t, after: phraseIndex(t.after.map((p) => [p, true] as const)) }));
const SHARE_ADVERBS = new Set(['newly', 'recently', 'internally', 'officially', 'reportedly']);
// Verbs that tell how people were harmed, but not the harm, before "and" and a trigger: "were
// *shot* and killed", "were *stabbed* and wounded" (no metric of their own: "shot" is not "wounded").
const HARM_MANNER = new Set(['shot', 'stabbed', 'beaten', 'attacked', 'ambushed']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);
const TOLL_WINDOW = 20;
const GONE_UP = new Set(['gone', 'went']);
const MAX_TOLL_INSERTION = 4;
/** Words of a short place phrase between a count and its verb: "N people *in northern Gaza* were killed". */
export const MAX_PLACE_WORDS = 4;
const MAX_EVENT_MODIFIERS = 2;

/**
 * A trigger after the count and its group: "N people *had been killed*", "N *remain missing*",
 * "thousands of civilians *flee*", "N people in northern Gaza *were wounded*", "12 *dead*".
 * `k` is the first token after the group (or after the count when no group is named); `named`
 * says a group was named, so that an active verb with an object makes the count its agents ("Four
 * gunmen murdered the mayor"), while "14 murdered fishermen" stays a count of the dead.
 */
export function triggerAfter(tokens: readonly Token[], k: number, named = false): TriggerHit | null {
  // "Some 2,700 people, including 1,500 children, are reported missing": step over an insertion
  // between commas (or dashes, or brackets) that holds no verb of its own
  if (insertionMark(tokens, k)) {
    const after = skipInsertion(tokens, k);
    if (after > k) return triggerAfter(tokens, after, named);
    // "some 20 people, including three guards were injured", "nine persons, including a nurse
    // working for the Tarne Relief Office (TRO) were abducted": the breakdown's closing comma left
    // out (Daily Pakistan on Jaffarabad, The Citizen on Zamfara) — but not "wounding five troops,
    // including the captain who was among those killed": the part's own relative clause
    const included = tokens[k]!.text === ',' ? includedEnd(tokens, k + 1) : -1;
    return included > 0 && !RELATIVES.has(tokens[included]!.lower) ? triggerAfterSkip(tokens, included, named) : null;
  }
  const direct = triggerAfterSkip(tokens, k, named);
  if (direct) return direct;
  // "seven people including two children were killed": a breakdown written without commas
  const included = includedEnd(tokens, k);
  if (included > 0) return triggerAfterSkip(tokens, included, named);
  // "Five policemen and a civilian were killed": a single person joined to the group is no count
  // of its own; the trigger after both gives the count's metric
  const single = singleJoined(tokens, k);
  if (single > 0) return triggerAfterSkip(tokens, single, named);
  // "four nurses who worked at the clinic were killed": the verb after a relative clause of the group
  const relative = relativeClauseEnd(tokens, k);
  if (relative > 0) {
    const hit = triggerAfterSkip(tokens, relative, named);
    return hit && { ...hit, rule: COUNT_RELATIVE_THEN_TRIGGER };
  }
  // "N people in northern Gaza were killed": step over a short place phrase of words
  if (!COUNT_PLACE_PREPOSITIONS.has(tokens[k]?.lower ?? '') && tokens[k]?.lower !== 'of') return null;
  for (let p = k + 2; p <= k + 1 + MAX_PLACE_WORDS && tokens[p - 1]?.kind === 'word'; p++) {
    // "six fighters of the banned TLF (Tarne Liberation Front) were killed"
    const bracketed = nameInBracketsEnd(tokens, p);
    const at = bracketed > 0 ? bracketed : p;
    const hit = triggerAfterSkip(tokens, at, named);
    // "16 members of the village defence committee died": a verb without an object may follow directly
    if (
      hit &&
      tokens[at]?.kind === 'word' &&
      (BEFORE_TRIGGER_SKIP.has(tokens[at]!.lower) || INTRANSITIVE_TRIGGERS.has(tokens[at]!.lower))
    )
      return hit;
  }
  return null;
}

// The token after a breakdown written without commas at `k` — "seven people *including two
// children* were killed", "517 civilians *including 151 children and 46 women* have been killed"
// (news-dev: Ya Libnan on Tyre, World Bulletin on Aleppo) — where the trigger of the whole may
// stand: "including" and a count, then words only up to a word that may stand before a trigger
// or the trigger itself; else -1.
function includedEnd(tokens: readonly Token[], k: number): number {
  // "three civilians *including a woman* have also lost their lives" (Xinhua on Punjab; Daily Post
  // on Zamfara: villagers "including the village head … have reportedly been kidnapped"): the part
  // named by an article is read the same way
  const part = tokens[k + 1];
  if (tokens[k]?.lower !== 'including' || !(isNumberStart(part) || INCLUDED_ARTICLES.has(part?.lower ?? ''))) return -1;
  for (let j = k + 2, limit = k + MAX_INSERTION; j < tokens.length && j <= limit; j++) {
    // "including a nurse working for the Tarne Relief Office (TRO) were abducted"
    const named = nameInBracketsEnd(tokens, j);
    if (named > 0) {
      limit += named - j;
      j = named;
    }
    const t = tokens[j];
    if (!t) return -1;
    if (t.kind === 'punct' && t.text !== ',') return -1;
    if (BEFORE_TRIGGER_SKIP.has(t.lower) || matchPhrase(tokens, j, AFTER)) return j;
  }
  return -1;
}

const INCLUDED_ARTICLES = new Set(['a', 'an', 'the']);
// The longest relative clause passed over between a counted group and its own verb.
const MAX_RELATIVE_CLAUSE = 14;

// The auxiliary that ends a relative clause opened by "who" at `k` and opens the verb of the
// counted group itself: "four nurses *who worked at the clinic* were killed", "only one farmer
// *who happened to be walking past the depot* was wounded", "two guards *who were escorting the
// judge* and a driver were wounded" (MUC-4 dev: a Radio Venceremos statement and a Bogota
// television report; a DPA dispatch from Tegucigalpa writes a longer one); else -1. A clause
// opened by a participle in -ing reads the same: "six porters *carrying supplies to the camp* were
// killed", "a guard *watching the gate* was wounded" (MUC-4 TST1: two army reports; TST2: an EFE
// dispatch from Lima; dev: a radio commentary). The clause is words only, with no trigger of its
// own ("who were killed" is the count's verb already), no reporting verb and no clause opened
// inside it ("who said their sons were killed", "who stayed when the market was shelled"): the
// auxiliary after those may be another subject's.
function relativeClauseEnd(tokens: readonly Token[], k: number): number {
  const opener = tokens[k];
  if (!opener || (opener.lower !== 'who' && !participle(opener))) return -1;
  // after "who" the clause's own verb comes first: "who *were* acting as her escort"
  const first = opener.lower === 'who' ? k + 3 : k + 2;
  for (let j = k + 1; j < tokens.length && j <= k + MAX_RELATIVE_CLAUSE; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || RELATIVE_CLAUSE_STOPS.has(t.lower) || REPORTING_VERB_SET.has(t.lower)) return -1;
    if (matchPhrase(tokens, j, AFTER)) return -1;
    if (j >= first && (t.lower === 'was' || t.lower === 'were')) return j;
  }
  return -1;
}

// A participle in -ing that may open a clause after a counted group ("guarding", "travelling"),
// not a preposition or noun in -ing ("including", "during", "building") nor a trigger.
function participle(t: Token): boolean {
  return t.kind === 'word' && t.lower.length > 5 && t.lower.endsWith('ing') && !NOT_PARTICIPLES.has(t.lower);
}

// After "and a" / "and an", the token after a singular people word within two words ("and a
// young girl"), or -1.
function singleJoined(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.lower !== 'and' || (tokens[k + 1]?.lower !== 'a' && tokens[k + 1]?.lower !== 'an')) return -1;
  for (let q = k + 2; q <= k + 3 && tokens[q]?.kind === 'word'; q++)
    if (PEOPLE_SINGULAR.has(tokens[q]!.lower)) return q + 1;
  return -1;
}

// The length of a dash at `k`: "—" or "–" (1), "--" as typed on a keyboard (2), else 0.
function dashAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.kind !== 'punct') return 0;
  if (DASHES.has(t.text)) return 1;
  return t.text === '-' && tokens[k + 1]?.text === '-' && tokens[k + 1]!.start === t.end ? 2 : 0;
}

// The mark that opens an insertion at `k`: a comma, a dash or "(" (its length in tokens), else 0.
function insertionMark(tokens: readonly Token[], k: number): number {
  const t = tokens[k]?.text;
  return t === ',' || t === '(' ? 1 : dashAt(tokens, k);
}

/**
 * The token after an insertion opened at `k` — "six aid workers *(four Kenyans and two Somalis)*
 * and two drivers", "six priests *-- five Spaniards and one Salvadoran --* and two women", "2,700
 * people*, including 1,500 children,* are missing" — or `k` when none opens there, none closes
 * soon, or it holds a trigger of its own (then it is a clause, not an insertion). `commas` false
 * skips only brackets and dashes (a comma may as well join a list: "12 civilians, 3 soldiers, ...").
 */
export function skipInsertion(tokens: readonly Token[], k: number, commas = true): number {
  const open = insertionMark(tokens, k);
  if (!open) return k;
  const comma = tokens[k]!.text === ',';
  if (comma && !commas) return k;
  const bracket = tokens[k]!.text === '(';
  const max = comma ? MAX_INSERTION : MAX_LIST_INSERTION;
  for (let j = k + open; j < tokens.length && j <= k + max; j++) {
    // ", including a captain (CPT), were killed": a name's acronym in brackets inside the insertion
    const named = comma ? nameInBracketsEnd(tokens, j) : -1;
    if (named > 0) j = named;
    const t = tokens[j];
    if (!t) return k;
    if ((comma && t.text === ',') || (bracket && t.text === ')')) return j + 1;
    const dash = !comma && !bracket ? dashAt(tokens, j) : 0;
    if (dash) return j + dash;
    // "(three soldiers, five civilians)", "four soldiers -- Havildar A, Sepoy B and Sepoy C --
    // embraced martyrdom": a comma may list inside brackets or dashes
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'" && t.text !== '%' && !(!comma && t.text === ','))
      return k;
    if (matchPhrase(tokens, j, AFTER) && j > k + open) return k;
  }
  return k;
}

function triggerAfterSkip(tokens: readonly Token[], k: number, named: boolean): TriggerHit | null {
  for (let j = k, skipped = 0; j < tokens.length && skipped <= MAX_SKIP; j++, skipped++) {
    const m = matchPhrase(tokens, j, AFTER);
    // "145 servicemen killed and wounded", "2,380 people were killed or injured": casualties of
    // two metrics together fit no single metric (GUIDELINES.md) — no figure
    if (m && MIXERS.has(tokens[j + m.length]?.lower ?? '')) {
      const other = matchPhrase(tokens, j + m.length + 1, AFTER);
      if (other && other.value !== m.value) return null;
    }
    // "Five gunmen shot to death a watchman", "one that murdered the priests": the count did it
    if (
      m &&
      ((named && j === k) || (j === k + 1 && RELATIVES.has(tokens[k]!.lower))) &&
      agentTrigger(tokens, j, m.length) &&
      startsObject(tokens, j + m.length)
    )
      return null;
    // "12,000 displaced families", "40 dead cattle": the adjective describes things or families, not people
    if (
      m &&
      j === k &&
      m.length === 1 &&
      ATTRIBUTIVE.has(tokens[j]!.lower) &&
      NOT_PEOPLE.has(tokens[j + 1]?.lower ?? '')
    )
      return null;
    // "hostages in hospitals", "two patients in hospital": a place, unless a verb puts them there
    // ("11 were still in hospital", "three remain in critical condition")
    if (m && j === k && m.value === 'injured' && tokens[j]!.lower === 'in') return null;
    // "3 critically injured persons succumbed", "two patients undergoing treatment died": the
    // injury words describe the people, whose verb says they died (Greater Kashmir on Baramulla,
    // ETV Bharat on Jaipur: hospital updates of a toll)
    if (m && m.value === 'injured') {
      const people = tokens[j + 1];
      const describing =
        m.length === 1 && ATTRIBUTIVE.has(tokens[j]!.lower) && people?.kind === 'word' && isPeopleWord(people)
          ? j + 2
          : j === k
            ? j + m.length
            : -1;
      const died = describing > 0 ? triggerAfterSkip(tokens, describing, named) : null;
      if (died?.metric === 'killed') return died;
    }
    if (m)
      return {
        metric: m.value,
        rule: j === k && !BEFORE_TRIGGER_SKIP.has(tokens[j]!.lower) ? COUNT_THEN_TRIGGER : COUNT_AUX_TRIGGER,
      };
    const elsewhere =
      leftPlace(tokens, j) ??
      livingInShelters(tokens, j) ??
      heldIn(tokens, j, j > k) ??
      takenAs(tokens, j) ??
      injuriesSuffered(tokens, j) ??
      inCondition(tokens, j) ??
      inShelters(tokens, j, j > k);
    if (elsewhere) return elsewhere;
    // '12 secessionists were also "neutralized"': scare quotes opening on the trigger are passed over
    if (quoteBefore(tokens, j)) continue;
    // "two police officers were shot and killed": how the harm was done, then the trigger (Xinhua
    // on Khost; MUC-4 dev, two radio reports: "… WAS SHOT AND KILLED TODAY"); passive only, as
    // "three men shot and killed the minister" names the killers
    if (
      HARM_MANNER.has(tokens[j]!.lower) &&
      PASSIVE_AUXILIARIES.has(tokens[j - 1]?.lower ?? '') &&
      tokens[j + 1]?.lower === 'and' &&
      matchPhrase(tokens, j + 2, AFTER)
    ) {
      j++;
      skipped++;
      continue;
    }
    if (!BEFORE_TRIGGER_SKIP.has(tokens[j]!.lower) && !isAdverb(tokens[j]!)) return null;
    // "15 villagers were earlier reported to have been killed", "eight travellers were later
    // discovered to have been abducted" (Information Nigeria after ThisDay, The Sun on Zamfara): "to
    // have been" is one step of the verb, so that a report and a time word may stand before it
    if (tokens[j]!.lower === 'to' && tokens[j + 1]?.lower === 'have' && tokens[j + 2]?.lower === 'been') j += 2;
    // "5,000 people would have died": a counterfactual, nobody did
    if (COUNTERFACTUAL_MODALS.has(tokens[j]!.lower) && tokens[j + 1]?.lower === 'have') return null;
  }
  return null;
}

// Whether token `j` is a quotation mark glued to the word after it: the '"' of '"neutralized"'.
function quoteBefore(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const n = tokens[j + 1];
  return !!t && t.kind === 'punct' && QUOTE_MARKS.has(t.text) && !!n && n.kind === 'word' && n.start === t.end;
}

// "13 people suffered mostly minor injuries", "five people sustained slight injuries", "an
// officer suffered light to moderate shrapnel wounds": a verb of suffering and an injury noun with
// only words of degree or kind between them — "suffered no injuries" counts nobody hurt (news-dev:
// TASS on Ashkelon, Israel National News on Kissufim; WikiEvents dev; MUC-4 dev).
function injuriesSuffered(tokens: readonly Token[], j: number): TriggerHit | null {
  if (!SUFFER_VERBS.has(tokens[j]!.lower)) return null;
  for (let q = j + 1; q < tokens.length && q <= j + 6; q++) {
    const t = tokens[q]!;
    if (INJURY_NOUNS.has(t.lower)) return { metric: 'injured', rule: COUNT_SUFFERED_INJURIES };
    if (!INJURY_DEGREES.has(t.lower) && t.text !== '-') return null;
  }
  return null;
}

// "three remain in critical condition", "including 1,220 in serious condition", "two in a
// critical but stable condition": how a patient is, so the count is of the wounded — right after
// the count too, unlike "in hospital" ("hostages in hospital" names a place) (news-dev: the
// Moroccan interior ministry via Pledge Times; corpus wire copy).
function inCondition(tokens: readonly Token[], j: number): TriggerHit | null {
  if (tokens[j]!.lower !== 'in') return null;
  let degree = false;
  for (let q = j + 1; q < tokens.length && q <= j + 6; q++) {
    const t = tokens[q]!;
    if (CONDITION_NOUNS.has(t.lower)) return degree ? { metric: 'injured', rule: COUNT_IN_CONDITION } : null;
    if (CONDITION_DEGREES.has(t.lower)) degree = true;
    else if (!CONDITION_FILLERS.has(t.lower) && t.text !== '-' && !(t.kind === 'word' && isAdverb(t))) return null;
  }
  return null;
}

// Whether the trigger of `length` tokens at `j` also takes an object: "murdered", "shot to death".
function agentTrigger(tokens: readonly Token[], j: number, length: number): boolean {
  if (length === 1) return AGENT_VERBS.has(tokens[j]!.lower);
  let phrase = tokens[j]!.lower;
  for (let q = j + 1; q < j + length; q++) phrase += ' ' + tokens[q]!.lower;
  return AGENT_PHRASES.has(phrase);
}

// "were brutally murdered", "were mercilessly massacred": a word in "-ly" between the count and
// its trigger is an adverb of the trigger, unless it is a noun like "family" or "rally".
function isAdverb(t: Token): boolean {
  return t.kind === 'word' && t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower);
}

// "Four gunmen murdered the mayor", "Three soldiers killed two rebels": an active verb with an
// object after a named group makes the count its agents, not its victims ("12 people killed in
// the attack", "12 killed Tuesday", "14 murdered fishermen" keep theirs).
function startsObject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (isNumberStart(t) || OBJECT_STARTS.has(t.lower)) return true;
  // "killed at least 12", "wounded over 40" — but "kidnapped over the same period"
  if (OBJECT_QUALIFIERS.has(t.lower))
    return isNumberStart(tokens[i + 1]) || tokens[i + 1]?.lower === 'least' || tokens[i + 1]?.lower === 'than';
  if (t.kind !== 'word' || GROUP_STOP.has(t.lower) || LOWER_MONTH_WORDS.has(t.lower)) return false;
  return isCapitalised(t) || isPeopleWord(t);
}

function isNumberStart(t: Token | undefined): boolean {
  return !!t && (t.kind === 'digits' || UNIT_WORDS.has(t.lower) || TENS_WORDS.has(t.lower));
}

// "Hundreds of tourists left Marrakech's old city", "residents abandoned the town": a verb of
// leaving with a place after it (a capitalised name, or a determiner and a place noun).
function leftPlace(tokens: readonly Token[], j: number): TriggerHit | null {
  if (!LEAVE_VERBS.has(tokens[j]!.lower)) return null;
  const o = tokens[j + 1];
  if (!o || o.kind !== 'word') return null;
  const named = isCapitalised(o);
  const place =
    (o.lower === 'the' || o.lower === 'their' || o.lower === 'its') && PLACE_NOUNS.has(tokens[j + 2]?.lower ?? '');
  return named || place ? { metric: 'fled', rule: COUNT_LEFT_PLACE } : null;
}

// "more than 2,000 residents were still in emergency shelters", "about 300 people remain in
// school-based shelters" (Reuters on Louisiana, Christian Aid via the Church Times on Phailin): a
// verb before "in" (`afterVerb`), words that describe shelters, then "shelters" — as "in shelters"
// is (AFTER_COUNT), with the shelter's kind written.
function inShelters(tokens: readonly Token[], j: number, afterVerb: boolean): TriggerHit | null {
  if (!afterVerb || tokens[j]!.lower !== 'in') return null;
  let q = j + 1;
  while (q <= j + 3 && SHELTER_MODIFIERS.has(tokens[q]?.lower ?? '')) q++;
  return q > j + 1 && tokens[q]?.lower === 'shelters' ? { metric: 'displaced', rule: COUNT_LIVING_IN_SHELTERS } : null;
}

// "60,362 people were living in 349 relief camps": a verb of living, "in", and a shelter noun
// within a few words (a count of shelters between them is no figure: camps are not people).
function livingInShelters(tokens: readonly Token[], j: number): TriggerHit | null {
  if (!SHELTER_VERBS.has(tokens[j]!.lower) || (tokens[j + 1]?.lower !== 'in' && tokens[j + 1]?.lower !== 'at'))
    return null;
  for (let q = j + 2; q < tokens.length && q <= j + 5; q++) {
    if (SHELTER_NOUNS.has(tokens[q]!.lower)) return { metric: 'displaced', rule: COUNT_LIVING_IN_SHELTERS };
    if (tokens[q]!.kind === 'punct' && tokens[q]!.text !== ',') return null;
  }
  return null;
}

// "150 women held in its prisons", "soldiers remain in Russian captivity": a verb of holding (or
// an auxiliary already stepped over) and "in" with a custody noun ending the phrase within 3 words.
function heldIn(tokens: readonly Token[], j: number, afterAux: boolean): TriggerHit | null {
  let q = j;
  if (HELD_VERBS.has(tokens[q]!.lower)) q++;
  else if (!afterAux) return null;
  if (tokens[q]?.lower !== 'in') return null;
  for (let r = q + 1; r < tokens.length && r <= q + 3 && tokens[r]!.kind === 'word'; r++) {
    const metric = CUSTODY_NOUNS.get(tokens[r]!.lower);
    const after = tokens[r + 1];
    if (metric && (!after || after.kind === 'punct' || GROUP_STOP.has(after.lower)))
      return { metric, rule: COUNT_HELD_IN };
  }
  return null;
}

// "222 people were taken into Gaza as hostages": a verb of taking, then "as hostages" within a
// few words.
function takenAs(tokens: readonly Token[], j: number): TriggerHit | null {
  if (!TAKING_VERBS.has(tokens[j]!.lower)) return null;
  for (let r = j + 1; r < tokens.length && r <= j + 5 && tokens[r]!.kind === 'word'; r++) {
    if (tokens[r]!.lower !== 'as') continue;
    const metric = CUSTODY_NOUNS.get(tokens[r + 1]?.lower ?? '');
    return metric ? { metric, rule: COUNT_TAKEN_AS } : null;
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
    if (m)
      return intended(tokens, p - m.length + 1) || mixedBefore(tokens, p - m.length + 1, m.value)
        ? null
        : { metric: m.value, rule: TRIGGER_THEN_COUNT };
    if (!AFTER_TRIGGER_SKIP.has(tokens[p]!.lower)) return null;
  }
  return null;
}

// Words from the casualty verb to "along with": "killed *in northern Kenya*, along with …" — no more
// than this, so that the verb is the clause's own ("lost their lives when they confronted, along
// with four other men, the troops" is not).
const MAX_ALONG_WITH_GAP = 3;

/**
 * "The mayor was shot dead along with three of her guards", "Okafor was killed along with two other
 * union organisers", "Nine tourists were killed in the port, along with four hotel staff": a count
 * right after "along with" shares the casualty verb a few words before it in its clause (MUC-4 dev:
 * an AFP dispatch and an EFE one, a party official and a minister each killed "along with" two
 * more; TempEval AQUAINT wire copy, two stories of the same shape). Only a comma right before
 * "along" may stand between them: "Okafor, who was wounded in 2010, arrived along with three aides"
 * counts no one.
 */
export function alongWithTrigger(tokens: readonly Token[], a: number): TriggerHit | null {
  if (tokens[a - 1]?.lower !== 'with' || tokens[a - 2]?.lower !== 'along') return null;
  const from = tokens[a - 3]?.text === ',' ? a - 4 : a - 3;
  for (let p = from; p >= 0 && p >= from - MAX_ALONG_WITH_GAP; p--) {
    if (tokens[p]!.kind !== 'word') return null;
    const m = matchPhrase(tokens, p, AFTER);
    if (m) return intended(tokens, p) ? null : { metric: m.value, rule: ALONG_WITH_COUNT };
  }
  return null;
}

/**
 * A verb or noun right before the count that counts people only: "*eliminated* five of the
 * terrorists", "*neutralised* 12 militants", "*eliminated* five of them" (a back reference is
 * enough for these), "*destroyed* 43 terrorists", "*lost* 12 relatives", "the *loss of* five
 * soldiers" (these need the people named) — "destroyed 40 tanks" names none.
 */
export function peopleVerbBefore(tokens: readonly Token[], a: number, group: Group): TriggerHit | null {
  // "destroyed nine others": "others" may stand for things named before; a people noun is needed
  const head = group.who ? tokens[group.who[1]]!.lower : null;
  const named = head !== null && !ANAPHORIC_HEADS.has(head);
  if (!named && !group.backRef) return null;
  for (let p = a - 1; p >= 0 && p >= a - 4; p--) {
    const army = matchPhraseEndingAt(tokens, p, ARMY_BEFORE);
    const loss = named ? matchPhraseEndingAt(tokens, p, LOSS_BEFORE) : null;
    const kin = named && KIN_NOUNS.has(head!) && KIN_LOSS_VERBS.has(tokens[p]!.lower);
    const m = army ?? loss ?? (kin ? { value: 'killed' as const, length: 1 } : null);
    if (m) return intended(tokens, p - m.length + 1) ? null : { metric: m.value, rule: PEOPLE_VERB_THEN_COUNT };
    if (!AFTER_TRIGGER_SKIP.has(tokens[p]!.lower)) return null;
  }
  return null;
}

// "we killed or wounded 800 troops": triggers of two metrics joined before the count fit no single
// metric (GUIDELINES.md). `t` is the first token of the trigger just before the count.
function mixedBefore(tokens: readonly Token[], t: number, metric: Metric): boolean {
  if (!MIXERS.has(tokens[t - 1]?.lower ?? '') || t < 2) return false;
  const other = matchPhraseEndingAt(tokens, t - 2, BEFORE);
  return !!other && other.value !== metric;
}

// "threatened to kill 10 judges", "plans to evacuate 2,000 people", "could kill 40", "would have
// killed 5,000": the trigger starting at token `t` has not happened, so it gives no figure.
function intended(tokens: readonly Token[], t: number): boolean {
  const before = tokens[t - 1]?.lower ?? '';
  if (MODALS.has(before)) return true;
  if (before === 'have' && COUNTERFACTUAL_MODALS.has(tokens[t - 2]?.lower ?? '')) return true;
  return before === 'to' && INTENT_VERBS.has(tokens[t - 2]?.lower ?? '');
}

/**
 * People freed from captivity (data/triggers.ts FREEING_VERBS): "42 people *were released*
 * Saturday", "the 58 people *were rescued*" after the count and its group, past auxiliaries and
 * adverbs; "troops *rescued* 78 persons", "*freed* another 16 civilians" before a count that names
 * people. "Three soldiers rescued 78 persons" makes the three the rescuers: a verb with an object
 * after it counts no one before it. `a` is the first token of the number expression.
 */
export function freedCount(tokens: readonly Token[], a: number, group: Group): TriggerHit | null {
  for (let j = group.next, skipped = 0; j < tokens.length && skipped <= MAX_SKIP; j++, skipped++) {
    const w = tokens[j]!.lower;
    if (FREEING_VERBS.has(w))
      return startsObject(tokens, j + 1) ? null : { metric: 'captive', rule: COUNT_FREED, freed: true };
    if (!BEFORE_TRIGGER_SKIP.has(w) && !isAdverb(tokens[j]!)) break;
  }
  if (!group.who && !group.backRef) return null;
  for (let p = a - 1; p >= 0 && p >= a - 4; p--) {
    const w = tokens[p]!.lower;
    if (FREEING_VERBS_BEFORE.has(w))
      return intended(tokens, p) ? null : { metric: 'captive', rule: FREED_THEN_COUNT, freed: true };
    if (!AFTER_TRIGGER_SKIP.has(w)) return null;
  }
  return null;
}

const MAX_SHELTER_LEAD = 4;

/**
 * A shelter holding the people counted: "the Zamzam camp, which *housed* at least 400,000 people",
 * "a university campus that *shelters* 12,000 people", "camps *hosting* 15,000 refugees" — the
 * people a camp or a shelter holds are displaced (news-dev: AFP on Zamzam; the corpus on a Tigray
 * campus; IDMC copy on refugee camps). The verb stands right before the count, the shelter noun
 * (SHELTER_NOUNS, or "campus") before the verb; the count names people. `a` is the count's first token.
 */
export function shelterHolds(tokens: readonly Token[], a: number, group: Group): TriggerHit | null {
  const v = a - 1;
  if (!group.who || !HOUSING_VERBS.has(tokens[v]?.lower ?? '')) return null;
  for (let p = v - 1; p >= 0 && p >= v - 1 - MAX_SHELTER_LEAD; p--) {
    const w = tokens[p]!.lower;
    if (SHELTER_NOUNS.has(w) || w === 'campus') return { metric: 'displaced', rule: SHELTER_HOLDS_COUNT };
    if (!SHELTER_VERB_LEAD.has(w)) return null;
  }
  return null;
}

/**
 * A trigger split around the count: "*forced* tens of thousands of people *from their homes*",
 * "*driven* millions *from their homes*". `a` is the first token of the number, `k` the first
 * token after its group.
 */
export function triggerAround(tokens: readonly Token[], a: number, k: number): TriggerHit | null {
  const verb = tokens[a - 1]?.lower ?? '';
  // 'sent three terrorists "to hell"': the phrase may stand in quotation marks
  const at = quoteBefore(tokens, k) ? k + 1 : k;
  for (const t of SPLIT) {
    if (t.before.has(verb) && matchPhrase(tokens, at, t.after)) return { metric: t.metric, rule: SPLIT_TRIGGER };
  }
  return null;
}

/**
 * A tally whose value is the count: "the death *toll* rose to 10,569", "a *toll* of 40", "raising
 * the *toll* to 1,032", "the *number of* people killed reached 500", "the *number of* displaced
 * stands at 1.5 million". A "casualty toll" mixes metrics and gives nothing.
 */
export function triggerToll(tokens: readonly Token[], a: number): TriggerHit | null {
  // "the number of injured exceeds 400": the qualifier read with the number is the tally's verb
  // (news-dev: Asbarez on Karabakh; corpus "the toll passes 1,000" reads the same)
  const linked = TOLL_PASSES.has(tokens[a]!.lower);
  let p = a - 1;
  // "put the number of dead in the hundreds": "in the" links a tally to a vague plural (news-dev:
  // Reuters on Sudan; "the toll is in the thousands" is the same idiom)
  if (tokens[a]!.lower.endsWith('s') && tokens[p]?.lower === 'the' && tokens[p - 1]?.lower === 'in') p -= 2;
  let passes = false;
  // one step back per word; the test sits apart from the step so that a later "passes" cannot
  // short-circuit the step away ("The toll has passed 500" once looped here forever)
  for (; p >= 0 && p >= a - 6 && TOLL_LINKS.has(tokens[p]!.lower); p--) {
    if (TOLL_PASSES.has(tokens[p]!.lower)) passes = true;
  }
  // "the death toll from the quake that struck on Friday evening, Friday, had risen to 1,305",
  // "the toll, according to officials, rose to 40": a short insertion between commas before the
  // links is passed over (news-dev: Pledge Times on Morocco, and wire copy elsewhere)
  const before = p < a - 1 ? commaInsertionBefore(tokens, p) : p;
  const hit = tallyBefore(tokens, a, before, linked || before !== p);
  if (hit && passes) return { ...hit, qualifier: 'more_than', qualifierRule: TOLL_PASSES_RULE };
  // "the death toll has gone up to eleven": "up to" is the verb's, not a bound (rediff on Kashmir;
  // AFP via The Manila Times on a cyclone)
  if (hit && tokens[a]!.lower === 'up' && GONE_UP.has(tokens[a - 1]?.lower ?? ''))
    return { ...hit, qualifier: 'exact', qualifierRule: TOLL_GONE_UP_RULE, ownsQualifierWords: true };
  return hit;
}

// The token before an insertion between commas that ends at `p` (", Friday,", ", according to
// officials,"): at most MAX_TOLL_INSERTION words, no other punctuation; else `p`.
function commaInsertionBefore(tokens: readonly Token[], p: number): number {
  if (tokens[p]?.text !== ',') return p;
  for (let q = p - 1; q >= 1 && q >= p - 1 - MAX_TOLL_INSERTION; q--) {
    const t = tokens[q]!;
    if (t.text === ',') return q < p - 1 && tokens[q - 1]!.kind === 'word' ? q - 1 : p;
    if (t.kind === 'punct') return p;
  }
  return p;
}

function tallyBefore(tokens: readonly Token[], a: number, p: number, linked = false): TriggerHit | null {
  const t = tokens[p];
  // at least one link: "the toll rose to N", "a toll of N"
  // ("the number of detainees since October 7 to about 6,500": the tally's clause may end in digits)
  if (!t || t.kind === 'punct' || (p === a - 1 && !linked)) return null;
  if (t.lower === 'toll' || t.lower === 'tolls') return tollMetric(tokens, p);
  // "revised that figure to 14", "raised the tally to 60": a tally named before, its metric too
  if (
    TALLY_NOUNS.has(t.lower) &&
    TALLY_BACK_DETERMINERS.has(tokens[p - 1]?.lower ?? '') &&
    !TALLY_OPENERS.has(tokens[p + 1]?.lower ?? '')
  ) {
    return { metric: 'killed', rule: TALLY_OF_PREVIOUS, fromPrevious: true };
  }
  // "the death toll from the quake rose to N", "the number of people killed when a missile struck
  // the block has risen to N": look back through the clause (no punctuation) for the tally
  for (let q = p - 1; q >= 1 && q >= p - TOLL_WINDOW; q--) {
    const w = tokens[q]!;
    if (w.kind === 'punct' && w.text !== '-' && w.text !== "'") return null;
    // "a toll of 1 person wounded and damage to over 20 shops": a tally that states its own value
    // is not the value of a count after it ("the toll of 11 days of fighting" states a time)
    if (w.lower === 'toll' && TOLL_PREPOSITIONS.has(tokens[q + 1]!.lower))
      return ownValue(tokens, q + 1) ? null : tollMetric(tokens, q);
    // "the number of people killed", "the number who left"
    if (TALLY_OPENERS.has(w.lower) && TALLY_NOUNS.has(tokens[q - 1]!.lower)) {
      if (ownValue(tokens, q)) return null;
      // "the number of Kuki-Zo dead": a compound name may stand before the tally word
      for (let r = q + 1; r <= q + 5 && r <= p; r++) {
        const metric = tallyWordMetric(tokens, r);
        if (metric) return { metric, rule: NUMBER_OF_TRIGGER };
        // "the number of people released had been updated to 58": freed captives (freedCount)
        if (FREEING_VERBS.has(tokens[r]!.lower)) return { metric: 'captive', rule: NUMBER_OF_TRIGGER, freed: true };
      }
      return null;
    }
  }
  return null;
}

// Whether "of" at `q` gives the tally its own value: "a toll *of 1* person wounded", "the number *of
// 12* ..." — not a span of time ("the toll of 11 days of fighting").
function ownValue(tokens: readonly Token[], q: number): boolean {
  return tokens[q]!.lower === 'of' && isNumberStart(tokens[q + 1]) && !AGE_WORDS.has(tokens[q + 2]?.lower ?? '');
}

// The metric a word names inside a tally or a share: "dead", "killed", "displaced", "hostages".
function tallyWordMetric(tokens: readonly Token[], r: number): Metric | null {
  const w = tokens[r]?.lower ?? '';
  return (
    EVENT_WORDS.get(w) ??
    ATTRIBUTIVE.get(w) ??
    GROUP_NOUNS.get(w) ??
    TALLY_ONLY_WORDS.get(w) ??
    matchPhrase(tokens, r, AFTER)?.value ??
    null
  );
}

/**
 * A tally named before an "include" verb, whose parts the count gives: "the dead *included* two
 * men", "the death toll *includes* 14 officers", "those killed *include* four children". The tally
 * needs "the" or "those" (or is a toll), so "a convoy that included 40 trucks" is none.
 */
export function tallyIncludes(tokens: readonly Token[], a: number): TriggerHit | null {
  let p = a - 1;
  while (p >= a - 3 && p > 0 && AFTER_TRIGGER_SKIP.has(tokens[p]!.lower)) p--;
  if (p < 1 || !TALLY_INCLUDES.has(tokens[p]!.lower)) return null;
  const r = p - 1;
  const w = tokens[r]!.lower;
  if (w === 'toll' || w === 'tolls') {
    const toll = tollMetric(tokens, r);
    const first = TOLL_MODIFIERS.has(tokens[r - 1]?.lower ?? '') ? r - 1 : r;
    return toll ? { ...toll, rule: TALLY_INCLUDES_RULE, continues: first <= 1 } : null;
  }
  // "the dead included …", "the 12 dead included four children"
  const det = isNumberStart(tokens[r - 1]) ? r - 2 : r - 1;
  if (!SHARE_DETERMINERS.has(tokens[det]?.lower ?? '')) return null;
  const metric = tallyWordMetric(tokens, r);
  return metric ? { metric, rule: TALLY_INCLUDES_RULE, continues: det === 0 } : null;
}

/**
 * A share of a tally named around the count: "40% *of the dead* were children", "*Of those
 * killed*, 40% were women", "*Among the displaced*, half are children". Returns the metric and
 * the token where the group named as the share may start (after "were"/"are"), or null.
 */
export function shareOfTally(
  tokens: readonly Token[],
  a: number,
  b: number,
): (TriggerHit & { groupAt: number }) | null {
  if (tokens[b + 1]?.lower === 'of' && SHARE_DETERMINERS.has(tokens[b + 2]?.lower ?? '')) {
    // "53 per cent of the newly displaced"
    const w = SHARE_ADVERBS.has(tokens[b + 3]?.lower ?? '') ? b + 4 : b + 3;
    const metric = tallyWordMetric(tokens, w);
    // "25 of the abducted pupils escaped": the word describes a group named after it, not a tally
    const next = tokens[w + 1];
    if (metric && !(next && next.kind === 'word' && isPeopleWord(next)))
      return { metric, rule: SHARE_OF_TALLY, groupAt: w + 1 };
  }
  let p = a - 1;
  if (tokens[p]?.text === ',') p--;
  for (let q = p; q >= 2 && q >= p - 1; q--) {
    if (!SHARE_OPENERS.has(tokens[q - 2]!.lower) || !SHARE_DETERMINERS.has(tokens[q - 1]!.lower)) continue;
    const metric = tallyWordMetric(tokens, q);
    if (metric) return { metric, rule: SHARE_OF_TALLY, groupAt: b + 1 };
  }
  return null;
}

function tollMetric(tokens: readonly Token[], p: number): TriggerHit | null {
  const mod = tokens[p - 1]?.lower ?? '';
  if (TOLL_MODIFIERS.has(mod)) {
    const metric = TOLL_MODIFIERS.get(mod);
    return metric ? { metric, rule: TOLL } : null;
  }
  return { metric: 'killed', rule: TOLL };
}

/**
 * A word just after the count that names the event: "1,200 *deaths*", "40 *fatalities*". "100
 * dead or wounded" mixes two metrics, "12,000 displaced families" counts families: none.
 */
export function eventWordAfter(tokens: readonly Token[], k: number): TriggerHit | null {
  // "10 confirmed civilian deaths", "1,119 civilian deaths", "12 new fatalities": up to two
  // words describing the event stand before its noun (news-dev: Asbarez on Karabakh; UN copy)
  for (let q = k; q < k + MAX_EVENT_MODIFIERS && eventModifier(tokens[q]); q++) {
    if (EVENT_NOUNS.has(tokens[q + 1]?.lower ?? '')) {
      k = q + 1;
      break;
    }
  }
  const metric = EVENT_WORDS.get(tokens[k]?.lower ?? '');
  // "12,000 displaced families": a count of things or families
  if (!metric || NOT_PEOPLE.has(tokens[k + 1]?.lower ?? '')) return null;
  if (MIXERS.has(tokens[k + 1]?.lower ?? '')) {
    const other = EVENT_WORDS.get(tokens[k + 2]?.lower ?? '') ?? matchPhrase(tokens, k + 2, AFTER)?.value;
    if (other && other !== metric) return null;
  }
  return { metric, rule: COUNT_EVENT_NOUN };
}

// A word that may describe an event noun after a count: "confirmed", "civilian", "Palestinian" —
// not a word that ends a group, a thing, or a plural people noun ("12 soldiers deaths" reads no group).
function eventModifier(t: Token | undefined): boolean {
  return (
    !!t &&
    t.kind === 'word' &&
    !GROUP_STOP.has(t.lower) &&
    !NOT_PEOPLE.has(t.lower) &&
    !EVENT_WORDS.has(t.lower) &&
    !(isPeopleWord(t) && !PEOPLE_SINGULAR.has(t.lower))
  );
}

/**
 * A toll given as lives: "the floods have *claimed* 40 *lives*", "the bombs claimed the nine lives",
 * "40 lives were lost". `a`..`b` are the tokens of the number expression; null unless "lives"
 * follows it.
 */
export function livesTaken(tokens: readonly Token[], a: number, b: number): TriggerHit | null {
  const lives = livesAfter(tokens, b);
  if (lives < 0) return null;
  for (let p = a - 1; p >= 0 && p >= a - 3; p--) {
    const w = tokens[p]!.lower;
    if (LIFE_TAKING_VERBS.has(w)) return intended(tokens, p) ? null : { metric: 'killed', rule: LIVES_TAKEN };
    if (!AFTER_TRIGGER_SKIP.has(w)) break;
  }
  let q = lives + 1;
  while (q < tokens.length && q <= lives + 4 && BEFORE_TRIGGER_SKIP.has(tokens[q]!.lower)) q++;
  return tokens[q]?.lower === 'lost' ? { metric: 'killed', rule: LIVES_TAKEN } : null;
}

/**
 * The token of "lives" after the count ending at `b`, right after it or after one word that
 * describes them ("40 *lives*", "517 civilian *lives*", "12 innocent *lives*": news-dev World
 * Bulletin on Syria, and the corpus), or -1.
 */
export function livesAfter(tokens: readonly Token[], b: number): number {
  if (LIFE_NOUNS.has(tokens[b + 1]?.lower ?? '')) return b + 1;
  const w = tokens[b + 1];
  return w && w.kind === 'word' && !GROUP_STOP.has(w.lower) && LIFE_NOUNS.has(tokens[b + 2]?.lower ?? '') ? b + 2 : -1;
}

/** "Of those, 4,000 were children": a breakdown cue opening the sentence, the count within 3 tokens. */
export function startsWithBreakdown(tokens: readonly Token[], a: number): boolean {
  const m = matchPhrase(tokens, 0, BREAKDOWN);
  return !!m && a - m.length <= 1;
}

/** Whether a cue before the count breaks down a figure named earlier: "*including* 4,000 children". */
export function breakdownCueBefore(tokens: readonly Token[], a: number): boolean {
  return a > 0 && matchPhraseEndingAt(tokens, a - 1, BREAKDOWN) !== null;
}

/**
 * Whether the count is an age or otherwise not a head count: "a 12-*year-old*", "34 *years old*", "*aged* 34", "the *age of* 18",
 * "children *under 18*". `a`..`b` are the tokens of the number expression.
 */
export function isAge(tokens: readonly Token[], a: number, b: number): boolean {
  const prev = tokens[a - 1]?.lower ?? '';
  if (prev === ',' && ageApposition(tokens, a, b)) return true;
  if (AGE_CUES.has(prev) || (prev === 'of' && AGE_CUES.has(tokens[a - 2]?.lower ?? ''))) return true;
  // "a mother of five", "one of 14 schools": the count is not of the people the sentence is about
  if (prev === 'of' && NOT_A_COUNT_BEFORE_OF.has(tokens[a - 2]?.lower ?? '')) return true;
  let k = b + 1;
  if (tokens[k]?.text === '-') k++;
  if (
    AGE_WORDS.has(tokens[k]?.lower ?? '') &&
    (tokens[k + 1]?.lower === 'old' || (tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'old'))
  )
    return true;
  // "children under 18": a comparative between a people word and the count
  const before = tokens[a - 1];
  return AGE_COMPARATIVES.has(tokens[a]!.lower) && !!before && before.kind === 'word' && isPeopleWord(before);
}

// "Pablo Ruiz, 45, a former mayor, was murdered": a bare number between commas after a name, and
// before words that go on about that one person, is the person's age. A participle goes on about
// the person too: "Sepoy Tariq Anwar, 31, having fought bravely, embraced martyrdom" (army
// statements as Daily Times and Geo print them, each read as the age killed), "LUISA ROJAS, 35,
// RESIDING IN …" (MUC-4 dev, a list of victims).
function ageApposition(tokens: readonly Token[], a: number, b: number): boolean {
  const t = tokens[a]!;
  const name = tokens[a - 2];
  const follower = tokens[b + 2];
  if (a !== b || t.kind !== 'digits' || Number(t.text) > MAX_APPOSITION_AGE || tokens[b + 1]?.text !== ',')
    return false;
  return (
    !!name &&
    name.kind === 'word' &&
    isCapitalised(name) &&
    !!follower &&
    (AGE_APPOSITION_FOLLOWERS.has(follower.lower) || participle(follower))
  );
}
