import type { Figure, NumberMention, RuleId } from '../../model.js';
import type { Token } from '../text/index.js';
import {
  alongWithTrigger,
  eventWordAfter,
  freedCount,
  shelterHolds,
  isAge,
  livesAfter,
  livesTaken,
  peopleVerbBefore,
  shareOfTally,
  tallyIncludes,
  triggerAfter,
  triggerAround,
  triggerBefore,
  triggerToll,
  type TriggerHit,
} from './find-trigger.js';
import { noGroup, readGroup, skipCopula, type Group } from './read-group.js';
import { HYPOTHETICAL_OPENERS, NONE_OF_OPENERS, NONE_OF_PAIRS, NONE_OF_STOPS } from './data/grammar-words.js';
import { PEOPLE_SINGULAR } from './data/groups.js';
import { ATTRIBUTIVE, EVENT_NOUNS } from './data/triggers.js';
import { ofCount } from './shapes.js';
import { GROUP_AFTER_OF } from './rules.js';

// "one of *them* was killed", "one of *which* was wounded": a group named before, then its own verb
const ONE_OF_PRONOUNS: ReadonlySet<string> = new Set(['them', 'which', 'whom']);
const ONE_OF_VERBS: ReadonlySet<string> = new Set(['was', 'is', 'has', 'had']);
// "one of the wounded herders later succumbed", "one of them died": a verb of dying that takes no
// object is the one's own verb too, after "later" or not (IANS via Ommcom on Anantnag, Greater
// Kashmir on Baramulla: "one of the injured later succumbed")
const ONE_OF_DYING: ReadonlySet<string> = new Set(['died', 'succumbed', 'perished']);

// The token of the one's own verb at or after `k` ("was", "died", "later succumbed"), or -1.
function oneOfVerbAt(tokens: readonly Token[], k: number): number {
  const at = tokens[k]?.lower === 'later' ? k + 1 : k;
  const verb = tokens[at]?.lower ?? '';
  return ONE_OF_VERBS.has(verb) || ONE_OF_DYING.has(verb) ? at : -1;
}
// "one of *the* children", "one of *his* bodyguards": a group named after "one of"
const ONE_OF_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'its', 'their']);

/** A number mention placed on the sentence's tokens, with what the rules found around it. */
export interface Candidate {
  mention: NumberMention;
  /** First and last token of the number expression. */
  a: number;
  b: number;
  group: Group;
  hit: TriggerHit | null;
  /** The figure this one breaks down ("40% of them children" → the 10,569 killed). */
  parent: Figure | null;
}

/** How a count is read: `groupMetric: false` ignores the metric a group noun carries ("a *hostage* video"). */
export interface CandidateOptions {
  groupMetric?: boolean;
}

/** A count where the count rules read it: the sentence's tokens and the count's first and last token. */
interface Count {
  tokens: readonly Token[];
  mention: NumberMention;
  a: number;
  b: number;
}

/**
 * A rule of one count: `null` refuses it (no figure), a candidate decides it, `undefined` passes
 * it to the next rule.
 */
interface CountRule {
  readonly id: RuleId;
  apply(c: Count): Candidate | null | undefined;
}

/** A rule of one count once its group is read: as a count rule. */
interface GroupRule {
  readonly id: RuleId;
  apply(c: Count, group: Group): Candidate | null | undefined;
}

/** A rule that looks for the trigger of a count whose group is read: the first that finds one decides the metric. */
interface TriggerProposer {
  readonly id: RuleId;
  find(c: Count, group: Group): TriggerHit | null;
}

/**
 * The rules of one count, in order, before its group is read: refusals, and the two shapes that
 * decide the group and the trigger together.
 */
const COUNT_RULES: readonly CountRule[] = [
  // "a 12-year-old", "aged 34", "children under 18", "a mother of five": not a head count.
  { id: 'figures/refuse-age', apply: (c) => (isAge(c.tokens, c.a, c.b) ? null : undefined) },
  // "it would be worse if one were killed": a supposition, not a count.
  {
    id: 'figures/refuse-supposition',
    apply: (c) => (HYPOTHETICAL_OPENERS.has(c.tokens[c.a - 1]?.lower ?? '') ? null : undefined),
  },
  // "three of every 10 people killed", "177 out of every 100,000 were hospitalized": the count
  // after "every" is the base of a rate, not a count of people (TimeBank, AP on the flu season:
  // "out of every 100,000 were hospitalized" read as 100,000 injured; an AP tsunami report reprinted
  // by APC: "three of every 10 people killed" read as 10 killed).
  { id: 'figures/refuse-rate-base', apply: (c) => (c.tokens[c.a - 1]?.lower === 'every' ? null : undefined) },
  // "forbidden from killing one another", "respecting one another": "one" of the reciprocal
  // pronoun is no count (TimeBank, AP on Israel: "prohibited from killing one another" read as 1
  // killed; MUC-4 dev, a broadcast: "respecting one another").
  {
    id: 'figures/refuse-reciprocal',
    apply: (c) => (c.tokens[c.a]!.lower === 'one' && c.tokens[c.b + 1]?.lower === 'another' ? null : undefined),
  },
  // "none of the 40 passengers were hurt", "neither of the two guards nor the 30 workers was
  // injured": a count inside a group that "none of" denies counts no one in the metric
  // (GUIDELINES.md: a figure counts people in a metric). MUC-4 dev: a radio report, "NONE OF THE 4
  // PRIESTS AND APPROXIMATELY 100 REFUGEES … WERE HURT", read as 100 injured; another message,
  // "NONE OF THE MILITARY MEN WERE KILLED"; the same denial as "not a single villager was hurt"
  // (singular.ts).
  { id: 'figures/refuse-none-of', apply: (c) => (deniedGroup(c.tokens, c.a) ? null : undefined) },
  // "the floods claimed 40 lives": "lives" names no group, and is no thing counted either.
  {
    id: 'figures/lives-taken-count',
    apply: (c) => {
      const hit = livesTaken(c.tokens, c.a, c.b);
      return hit ? _candidate(c, noGroup(livesAfter(c.tokens, c.b) + 1), hit) : undefined;
    },
  },
  // "one of them was killed", "one of which was wounded": the one picked out of a group named
  // before is a count of 1 when a verb of its own ties it to a trigger (news-dev: AP on Kandahar,
  // FNA on Tehran; GUIDELINES.md counts singular casualties)
  {
    id: 'figures/one-of-them-count',
    apply: (c) => {
      if (c.tokens[c.a]!.lower !== 'one' || c.tokens[c.b + 1]?.lower !== 'of') return undefined;
      const k = oneOfVerbAt(c.tokens, c.b + 3);
      if (!ONE_OF_PRONOUNS.has(c.tokens[c.b + 2]?.lower ?? '') || k < 0) return undefined;
      const hit = triggerAfter(c.tokens, k);
      return hit?.rule.afterCount ? _candidate(c, noGroup(k), hit) : undefined;
    },
  },
  // "one of the children was wounded", "his driver and one of his bodyguards were killed": one
  // member of a group named after "of the", "of his"…, with a verb of its own tied to a trigger,
  // counts 1 of that group, as "one of them was killed" does (MUC-4 dev, EFE and radio copy: "ONLY
  // ONE OF THE CHILDREN WAS WOUNDED", "HIS DRIVER AND ONE OF HIS BODYGUARDS WERE KILLED"; AFP: "ONE
  // OF THE DAUGHTERS OF THE … AMBASSADOR … WAS SERIOUSLY WOUNDED"). "One of the victims was a
  // nurse" has no trigger: no count.
  {
    id: 'figures/one-of-the-group-count',
    apply: (c) => {
      if (c.tokens[c.a]!.lower !== 'one' || c.tokens[c.b + 1]?.lower !== 'of') return undefined;
      if (!ONE_OF_DETERMINERS.has(c.tokens[c.b + 2]?.lower ?? '')) return undefined;
      const read = readGroup(c.tokens, c.b + 1);
      // "one of the injured later succumbed": the wounded, named by the adjective alone
      const group = read.who || !ATTRIBUTIVE.has(c.tokens[c.b + 3]?.lower ?? '') ? read : noGroup(c.b + 4);
      const k = c.tokens[group.next]?.lower === 'were' ? group.next : oneOfVerbAt(c.tokens, group.next);
      if ((!group.who && group === read) || k < 0) return undefined;
      const hit = triggerAfter(c.tokens, k);
      return hit?.rule.afterCount ? _candidate(c, group, hit) : undefined;
    },
  },
  // "one of the", "one of them": otherwise a single member picked out, not a count (GUIDELINES.md).
  {
    id: 'figures/refuse-one-of',
    apply: (c) => (c.tokens[c.a]!.lower === 'one' && c.tokens[c.b + 1]?.lower === 'of' ? null : undefined),
  },
  // "40% of the dead were children": the tally is the trigger; the group is named after it.
  {
    id: 'figures/share-of-tally-count',
    apply: (c) => {
      const share = shareOfTally(c.tokens, c.a, c.b);
      if (!share) return undefined;
      return _candidate(c, readGroup(c.tokens, skipCopula(c.tokens, share.groupAt)), share);
    },
  },
];

/** The rules of one count once its group is read, in order, before the trigger proposers. */
const GROUP_RULES: readonly GroupRule[] = [
  // "one of 14 in the town now sheltering families": after "one of", only a named group is counted
  // ("one of 12 people killed").
  {
    id: 'figures/refuse-one-of-unnamed',
    apply: (c, g) =>
      !g.who && c.tokens[c.a - 1]?.lower === 'of' && c.tokens[c.a - 2]?.lower === 'one' ? null : undefined,
  },
  // "12 tanks", "17 days": the count names things, no figure; but "12 of the 40 suspects were
  // detained" is a share that waits for the trigger of its whole (SHARE_OF_COUNT) — also when the
  // whole is written in words, which the group reader takes for an adjective: "seven of the nine
  // soldiers were wounded" (MUC-4 train and dev, army reports) counts 7, not 7 and 9.
  {
    id: 'figures/share-waits-for-whole',
    apply: (c, g) => {
      if (ofCount(c.tokens, c.b)) return _candidate(c, g.refused ? { ...g, next: c.b + 1 } : noGroup(c.b + 1), null);
      return g.refused ? null : undefined;
    },
  },
];

/** The trigger proposers, in order: the first that finds a metric decides it. */
const TRIGGER_PROPOSERS: readonly TriggerProposer[] = [
  // "the bodies of three of the divers who went missing were recovered": a share with a trigger
  // right before it takes that one; the verb after its whole says what the whole was (The Hindu on
  // a capsized boat; MUC-4 dev, an AFP dispatch on students kidnapped, then found dead). A whole
  // with a count of its own ("three of the five divers") is settled by shareOfCount (refine.ts).
  {
    id: 'figures/trigger-before-share',
    find: (c, g) => (g.whoRule === GROUP_AFTER_OF ? triggerBefore(c.tokens, c.a) : null),
  },
  // "N people had been killed", "N remain missing", "12 dead", "N people in Gaza were wounded".
  { id: 'figures/trigger-after-count', find: (c, g) => triggerAfter(c.tokens, g.next, g.who !== null) },
  // "forced tens of thousands of people from their homes".
  { id: 'figures/trigger-around-count', find: (c, g) => triggerAround(c.tokens, c.a, g.next) },
  // "killed 12", "Strike kills 12", "abducted 276 students", "the deaths of 12 people".
  { id: 'figures/trigger-before-count', find: (c) => triggerBefore(c.tokens, c.a) },
  // "was shot dead along with three of her guards".
  { id: 'figures/along-with-before-count', find: (c) => alongWithTrigger(c.tokens, c.a) },
  // "the camp, which housed at least 400,000 people", "camps hosting 15,000 refugees".
  { id: 'figures/shelter-before-count', find: (c, g) => shelterHolds(c.tokens, c.a, g) },
  // "eliminated five of the terrorists", "destroyed 43 terrorists", "the loss of five soldiers".
  { id: 'figures/people-verb-before-count', find: (c, g) => peopleVerbBefore(c.tokens, c.a, g) },
  // "the death toll rose to 10,569", "the number of people killed reached 500".
  { id: 'figures/tally-before-count', find: (c) => triggerToll(c.tokens, c.a) },
  // "the dead included two men", "the death toll includes 14 officers".
  { id: 'figures/tally-includes-count', find: (c) => tallyIncludes(c.tokens, c.a) },
  // "240 hostages", "2 million displaced people": the group carries the metric.
  {
    id: 'figures/metric-of-group',
    find: (_c, g) => (g.metric && g.metricRule ? { metric: g.metric, rule: g.metricRule } : null),
  },
  // "1,200 deaths", "40 fatalities", "dozens of deaths", with no group named; "1,119 civilian
  // deaths", after a word that names no group of its own (a singular: "civilian").
  {
    id: 'figures/event-noun-after-count',
    find: (c, g) => {
      // after a singular only a noun names the event: in "a staff member killed three officers",
      // "killed" is the verb of the one who killed (breakingnews.bz on the Paris police
      // headquarters, read as 1 killed; MUC-4 TST3, a radio report: "ANOTHER PERSON KILLED HIMSELF")
      if (g.who)
        return PEOPLE_SINGULAR.has(c.tokens[g.who[1]]!.lower) && EVENT_NOUNS.has(c.tokens[g.next]?.lower ?? '')
          ? eventWordAfter(c.tokens, g.next)
          : null;
      return eventWordAfter(c.tokens, c.tokens[g.next]?.lower === 'of' ? g.next + 1 : g.next);
    },
  },
  // "42 people were released", "rescued 78 persons": freed captives, when the report is of
  // captivity (settle); last, so that a group's own metric wins ("released 39 prisoners").
  { id: 'figures/freed-around-count', find: (c, g) => freedCount(c.tokens, c.a, g) },
];

/**
 * Reads the group and the trigger around one number mention (tokens `a`..`b`) by the rules above;
 * null when it cannot be a figure.
 */
export function candidate(
  tokens: readonly Token[],
  mention: NumberMention,
  a: number,
  b: number,
  options: CandidateOptions = {},
): Candidate | null {
  const count: Count = { tokens, mention, a, b };
  for (const rule of COUNT_RULES) {
    const decided = rule.apply(count);
    if (decided !== undefined) return decided;
  }
  const read = readGroup(tokens, b + 1);
  const group = options.groupMetric === false ? { ...read, metric: null, metricRule: null } : read;
  for (const rule of GROUP_RULES) {
    const decided = rule.apply(count, group);
    if (decided !== undefined) return decided;
  }
  let hit: TriggerHit | null = null;
  for (const p of TRIGGER_PROPOSERS) if ((hit = p.find(count, group))) break;
  return _candidate(count, group, hit);
}

function _candidate(c: Count, group: Group, hit: TriggerHit | null): Candidate {
  return { mention: c.mention, a: c.a, b: c.b, group, hit, parent: null };
}

// Looking back from a count: at most this many words to the "of" of "none of" that governs it.
const MAX_NONE_OF_REACH = 8;

// Whether the count at `a` stands in the noun phrase of "none of the …", "neither of the …", "no
// one among the …": words only back to "of"/"among" and the denial before it, no clause between.
function deniedGroup(tokens: readonly Token[], a: number): boolean {
  for (let q = a - 1; q >= 1 && q >= a - MAX_NONE_OF_REACH; q--) {
    const t = tokens[q]!;
    if (t.kind === 'punct' || NONE_OF_STOPS.has(t.lower)) return false;
    if (t.lower !== 'of' && t.lower !== 'among') continue;
    const before = tokens[q - 1]!.lower;
    return NONE_OF_OPENERS.has(before) || (before === 'one' && NONE_OF_PAIRS.has(tokens[q - 2]?.lower ?? ''));
  }
  return false;
}
