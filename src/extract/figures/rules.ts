import type { RuleId } from '../../model.js';

/**
 * The rules of the figures stage, each a unit with its id written out in full where it is defined
 * (`grep -rn "figures/count-aux-trigger" src` finds it). A figure's `by` is the rule that decided
 * its metric; `why` names the rule behind each other field. What a later rule needs to know of an
 * earlier one is a typed property of the rule, never its id.
 *
 * The order they apply in, per sentence (figures/index.ts):
 * 1. per count, the count rules (COUNT_RULES in index.ts): refusals ("a 12-year-old", "one of
 *    the"), the two shapes that decide everything at once (a toll given as lives, a share of a
 *    tally), then the group after the count (GROUP_RULES) and the trigger proposers in order
 *    (TRIGGER_PROPOSERS in index.ts): the first that finds a metric decides it;
 * 2. per sentence, the refiners in order: counts joined by "and" share a trigger
 *    (COORDINATED_COUNT), a share takes the trigger of its whole (SHARE_OF_COUNT), a count with no
 *    trigger breaks down the figure just named (BREAKDOWN_OF_PARENT), a tally of "that figure"
 *    takes the metric of the figure named last, a tally opening the sentence continues the report
 *    before it;
 * 3. per figure, the dates (AS_OF_*, SINCE_DATE) and the source (the attribution holding it).
 */

/** A rule that decides a figure's metric, and what later rules need to know of it. */
export interface MetricRule {
  readonly id: RuleId;
  /**
   * The trigger stands after the count ("12 people *were killed*", "1,200 *deaths*"): a count
   * joined to it by "and" before it shares it, and a share before it ("12 of the 40 suspects were
   * detained") may take it.
   */
  readonly afterCount?: boolean;
  /** A share of a tally named around the count ("40% *of the dead*"): counts with no group named. */
  readonly shareOfTally?: boolean;
  /** Breaks down the figure just named: the count after it starts no coordination of its own. */
  readonly breakdown?: boolean;
  /** Its trigger is the figure's own verb ("the floods *claimed* 40 lives"), which is no reporting cue. */
  readonly verbIsNoCue?: boolean;
}

// Triggers after the count ("N were killed"), the shapes of figures/find-trigger.ts triggerAfter.
/** "12 killed", "N remain missing": the trigger right after the count and its group. */
export const COUNT_THEN_TRIGGER: MetricRule = { id: 'figures/count-then-trigger', afterCount: true };
/** "N people had been killed", "N were brutally murdered": auxiliaries or adverbs before the trigger. */
export const COUNT_AUX_TRIGGER: MetricRule = { id: 'figures/count-aux-trigger', afterCount: true };
/**
 * "four nurses who worked at the clinic were killed": the count's own verb after a relative clause
 * of its group that holds no trigger.
 */
export const COUNT_RELATIVE_THEN_TRIGGER: MetricRule = { id: 'figures/count-relative-then-trigger', afterCount: true };
/** "Hundreds of tourists left Marrakech's old city": a verb of leaving with a place after it. */
export const COUNT_LEFT_PLACE: MetricRule = { id: 'figures/count-left-place', afterCount: true };
/** "60,362 people were living in 349 relief camps": a verb of living and a shelter noun. */
export const COUNT_LIVING_IN_SHELTERS: MetricRule = { id: 'figures/count-living-in-shelters', afterCount: true };
/** "150 women held in its prisons": a verb of holding and a custody noun. */
export const COUNT_HELD_IN: MetricRule = { id: 'figures/count-held-in', afterCount: true };
/** "222 people were taken into Gaza as hostages": a verb of taking and "as hostages". */
export const COUNT_TAKEN_AS: MetricRule = { id: 'figures/count-taken-as', afterCount: true };
/** "1,200 deaths", "40 fatalities", "10 confirmed civilian deaths": a word naming the event after the count. */
export const COUNT_EVENT_NOUN: MetricRule = { id: 'figures/count-event-noun', afterCount: true };
/** "13 people suffered mostly minor injuries", "five sustained light to moderate shrapnel wounds". */
export const COUNT_SUFFERED_INJURIES: MetricRule = { id: 'figures/count-suffered-injuries', afterCount: true };
/** "three remain in critical condition", "including 1,220 in serious condition": patients are wounded. */
export const COUNT_IN_CONDITION: MetricRule = { id: 'figures/count-in-condition', afterCount: true };

// Triggers before or around the count.
/** "killed 12", "Strike kills 12", "the deaths of 12 people": a trigger right before the count. */
export const TRIGGER_THEN_COUNT: MetricRule = { id: 'figures/trigger-then-count' };
/** "forced tens of thousands of people from their homes": a trigger split around the count. */
export const SPLIT_TRIGGER: MetricRule = { id: 'figures/split-trigger' };
/**
 * "the camp, which housed at least 400,000 people", "a school sheltering 2,000 people": a shelter
 * holding people counts the displaced.
 */
export const SHELTER_HOLDS_COUNT: MetricRule = { id: 'figures/shelter-holds-count' };
/** "eliminated five of the terrorists", "destroyed 43 terrorists", "the loss of five soldiers": a verb that counts people only. */
export const PEOPLE_VERB_THEN_COUNT: MetricRule = { id: 'figures/people-verb-then-count' };

/**
 * "42 people were released Saturday", "the 58 people were rescued": people freed after the count,
 * captives in a report of captivity (data/triggers.ts FREEING_VERBS).
 */
export const COUNT_FREED: MetricRule = { id: 'figures/count-freed', afterCount: true };
/** "troops rescued 78 persons", "freed 61 civilians": people freed after the verb, as COUNT_FREED. */
export const FREED_THEN_COUNT: MetricRule = { id: 'figures/freed-then-count' };

// Tallies whose value is the count.
/**
 * "the mayor was shot dead along with three of her guards", "nine were killed in the port, along
 * with four hotel staff": a count after "along with" shares the casualty verb of its clause.
 */
export const ALONG_WITH_COUNT: MetricRule = { id: 'figures/along-with-count' };

/** "the death toll rose to 10,569", "a toll of 40": a toll (a "casualty toll" gives nothing). */
export const TOLL: MetricRule = { id: 'figures/toll' };
/** "revised that figure to 14": a tally named before; the metric is that figure's. */
export const TALLY_OF_PREVIOUS: MetricRule = { id: 'figures/tally-of-previous' };
/** "the number of people killed reached 500", "the number who left": a count of a tally word. */
export const NUMBER_OF_TRIGGER: MetricRule = { id: 'figures/number-of-trigger' };
/** "the dead included two men", "the death toll includes 14 officers": the parts of a tally. */
export const TALLY_INCLUDES_RULE: MetricRule = { id: 'figures/tally-includes' };
/** "40% of the dead were children", "Of those killed, 40% were women": a share of a tally. */
export const SHARE_OF_TALLY: MetricRule = { id: 'figures/share-of-tally', shareOfTally: true };
/** "the floods have claimed 40 lives", "40 lives were lost": a toll given as lives. */
export const LIVES_TAKEN: MetricRule = { id: 'figures/lives-taken', verbIsNoCue: true };

// The group itself carries the metric.
/** "240 hostages", "12 prisoners": a group noun that names the metric. */
export const GROUP_NOUN: MetricRule = { id: 'figures/group-noun' };
/** "2 million displaced people", "40 dead civilians": an adjective before the people counted. */
export const ATTRIBUTIVE_RULE: MetricRule = { id: 'figures/attributive' };

// Sentence refiners.
/** "killing 12 civilians and 3 soldiers": a count joined by "and" or a comma shares the trigger. */
export const COORDINATED_COUNT: MetricRule = { id: 'figures/coordinated-count' };
/** "12 of the 40 suspects were detained": the share takes the trigger and the group of the whole. */
export const SHARE_OF_COUNT: MetricRule = { id: 'figures/share-of-count' };
/**
 * "759 people died in Sindh, 308 in Punjab and 23 in Gilgit": a count with no trigger, followed by
 * its place, continues the per-place list of the count before it and takes its metric and group.
 */
export const PLACE_LIST_ITEM: MetricRule = { id: 'figures/place-list-item' };
/** "10,569 killed, 40% of them children", "including 4,000 children": a share of the figure just named. */
export const BREAKDOWN_OF_PARENT: MetricRule = { id: 'figures/breakdown-of-parent', breakdown: true };

/** The rule behind a field other than the metric. */
export interface FieldRule {
  readonly id: RuleId;
}

/** "a soldier was killed", "another civilian was wounded": an article before a singular person counts 1. */
export const SINGULAR_COUNT: FieldRule = { id: 'figures/singular-count' };
/** "fired at the two gunmen, killing both": "both" right after the trigger counts the pair named before, 2. */
export const BOTH_COUNT: FieldRule = { id: 'figures/both-count' };
/** "the death toll *passes* 1,000": the trigger states the bound (`more_than`) the number left exact. */
export const TOLL_PASSES_RULE: FieldRule = { id: 'figures/toll-passes' };
/** "the death toll has gone *up to* nine": the words read as a bound are the verb's; the value is exact. */
export const TOLL_GONE_UP_RULE: FieldRule = { id: 'figures/toll-gone-up' };

// Groups (`who`), read after the count by figures/read-group.ts.
/** "10,569 *people*", "21,000 *others*", "2 million *displaced people*": people words after the count. */
export const GROUP_AFTER_COUNT: FieldRule = { id: 'figures/group-after-count' };
/** "33 *of its soldiers*", "thousands *of families*", "half *the enclave's population*": the group after "of" or a determiner. */
export const GROUP_AFTER_OF: FieldRule = { id: 'figures/group-after-of' };
/** "40% of them *children*", "4,000 of whom were *children*": the group named after a back reference. */
export const GROUP_AFTER_BACK_REFERENCE: FieldRule = { id: 'figures/group-after-back-reference' };

// Dates (`asOf`, `since`), picked among the sentence's dates by figures/figure-dates.ts.
/** "killed on Tuesday", "as of Wednesday": a date after the count in its clause. */
export const AS_OF_DATE_AFTER: FieldRule = { id: 'figures/as-of-date-after-count' };
/** "As of 16 November, 11,470 have been killed": the nearest date before the count. */
export const AS_OF_DATE_BEFORE: FieldRule = { id: 'figures/as-of-date-before-count' };
/** "1,000 were killed, the ministry said Wednesday": no day for the count, the day of its claim. */
export const AS_OF_CLAIM_DATE: FieldRule = { id: 'figures/as-of-claim-date' };
/**
 * "seven people were killed in the strikes a day earlier", "kidnapped two days earlier": the count's
 * own clause dates it back from the day the sentence gives it (its claim day: "the ministry said
 * Saturday") or from the publication date.
 */
export const AS_OF_DAYS_EARLIER: FieldRule = { id: 'figures/as-of-days-earlier' };
/**
 * "a guerrilla was killed in 1988", "12 were abducted in March 2019": the count's clause dates it
 * by a month or a year only, all of it before the publication date: `asOf` is its first day, as
 * GUIDELINES.md dates a count by its casualty clause and a month alone by its 1st (news-dev: AP on
 * the Philippines, "killing a guerrilla fighter in 1988" → 1988-01-01; The Sun on Nigeria, "were
 * abducted by Boko Haram in 2014"; MUC-4 dev, "KILLED 69 PEASANTS … IN 1985" in a 1989 message).
 * The publication date was a day the count cannot be as of. No publication date known: null, as
 * before (news-dev's gold leaves "in 2014" undated there).
 */
export const AS_OF_PAST_PERIOD: FieldRule = { id: 'figures/as-of-past-month-or-year' };
/** No date stated for the count: `asOf` is the publication date (`asOfBasis` implied). */
export const AS_OF_PUBLICATION_DATE: FieldRule = { id: 'figures/as-of-publication-date' };
/** "since October 7", "from Saturday": the start of the counting period. */
export const SINCE_DATE: FieldRule = { id: 'figures/since-date' };
