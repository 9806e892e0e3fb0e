/**
 * Function words the figure rules step over or stop at. All lower case.
 */

/**
 * Words that end the group after a count: auxiliaries, prepositions, conjunctions, pronouns and
 * adverbs. "10,569 people *had* been killed": the group is "people".
 */
export const GROUP_STOP: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'could',
  'may',
  'might',
  'must',
  'should',
  'can',
  'remain',
  'remains',
  'remained',
  'in',
  'on',
  'at',
  'from',
  'since',
  'during',
  'after',
  'before',
  'by',
  'including',
  'as',
  'with',
  'across',
  'inside',
  'near',
  'into',
  'for',
  'to',
  'of',
  'and',
  'or',
  'but',
  'while',
  'who',
  'whom',
  'whose',
  'which',
  'that',
  'this',
  'these',
  'those',
  'there',
  'here',
  'it',
  'they',
  'them',
  'he',
  'she',
  'we',
  'i',
  'you',
  'according',
  'said',
  'says',
  'say',
  'told',
  'reported',
  'each',
  'between',
  'among',
  'amid',
  'over',
  'under',
  'within',
  'outside',
  'along',
  'around',
  'through',
  'throughout',
  'when',
  'where',
  'following',
  'so',
  'far',
  'also',
  'now',
  'still',
  'all',
  'already',
  'reportedly',
  'allegedly',
  'mostly',
  'mainly',
  'many',
  'most',
  'last',
  'yesterday',
  'today',
  'tonight',
  'overnight',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'than',
  'about',
  'up',
  'out',
  'off',
  'down',
  'per',
  'a',
  'an',
  'the',
  'not',
  'no',
  'just',
  'only',
  'either',
  'both',
  'against',
  'toward',
  'towards',
  'via',
  'like',
  'if',
]);

// How badly: "20 of them *critically*", "N were *seriously* wounded".
const DEGREE = [
  'lightly',
  'seriously',
  'critically',
  'severely',
  'badly',
  'fatally',
  'gravely',
  'moderately',
  'slightly',
  'permanently',
];

/** Degree adverbs that may close a breakdown: "120 people had been wounded, 20 of them *critically*". */
export const DEGREE_ADVERBS: ReadonlySet<string> = new Set(DEGREE);

/**
 * Words between the group and a trigger after it: "N people *have been* killed", "N *are
 * feared* dead", "N *remain* missing", "N *who were* wounded", "N *had reportedly been* detained".
 */
export const BEFORE_TRIGGER_SKIP: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  "'ve",
  'remain',
  'remains',
  'remained',
  'reportedly',
  'allegedly',
  'also',
  'now',
  'still',
  'all',
  'already',
  'who',
  'that',
  'feared',
  // "Around 10,000 people are estimated to be missing" (news-dev: WION on Derna; WikiEvents dev)
  'estimated',
  'believed',
  'thought',
  'presumed',
  'confirmed',
  'said',
  'reported',
  'known',
  'to',
  'likely',
  'officially',
  'either',
  'later',
  // "15 villagers were earlier reported to have been killed", "eight travellers were later
  // discovered to have been abducted" (Information Nigeria after ThisDay, The Sun on Zamfara)
  'earlier',
  'discovered',
  'since',
  'then',
  'subsequently',
  'got',
  'get',
  'so',
  'far',
  'mostly',
  'recently',
  'previously',
  ...DEGREE,
  'temporarily',
  'forcibly',
  'apparently',
  'each',
  'altogether',
  // "between 18,000 and 20,000 residents *could have* died", "50 women and children *it* holds hostage"
  'could',
  'may',
  'might',
  'would',
  'will',
  'it',
  'they',
]);

/**
 * Words between a trigger verb and the count after it: "killed *a total of* 40", "wounded
 * *another* 12" (a qualifier like "at least" belongs to the number itself).
 */
export const AFTER_TRIGGER_SKIP: ReadonlySet<string> = new Set([
  'a',
  'total',
  'of',
  'another',
  'an',
  'additional',
  'further',
  'the',
  'only',
  'just',
  'reportedly',
  'allegedly',
  'also',
  // "killing all seven gunmen", "have killed all four attackers" (PPI and Anadolu via MENAFN on
  // Pakistani army statements): the whole group, counted
  'all',
]);

/** Words at the start of a group that do not name it: "12 *more* people", "30 *other* civilians". */
export const GROUP_LEAD_SKIP: ReadonlySet<string> = new Set(['more', 'other', 'additional', 'further', 'fellow']);

/** Words a group may start with after a count and "of": "33 of *its* soldiers", "half *the* population". */
export const GROUP_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'whose',
]);

/** Words after a count that point back to a group just named: "40% *of them*", "4,000 *of whom*". */
export const BACK_REFERENCES: ReadonlySet<string> = new Set(['them', 'whom', 'those', 'these', 'which']);

/**
 * Words before a count that break a figure down: "*including* 4,000 children", "*among them* 12
 * women", "*of whom* 30 were children".
 */
export const BREAKDOWN_CUES: ReadonlyArray<readonly [string, true]> = [
  ['including', true],
  ['among them', true],
  ['among whom', true],
  ['among those', true],
  ['of whom', true],
  ['of them', true],
  ['of those', true],
  ['among the dead', true],
  ['among the victims', true],
];

/** Words before a count that make it an age: "*aged* 34", "*age* 12", "*ages* 5 to 12". */
export const AGE_CUES: ReadonlySet<string> = new Set(['aged', 'age', 'ages', 'ageing']);

/**
 * Words after a count that make it an age or a span of time: "a 12-*year-old*", "34 *years old*",
 * "a 3-*month-old*". Matched on the first word after the count (after a hyphen, if any).
 */
export const AGE_WORDS: ReadonlySet<string> = new Set([
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
]);

/** Comparatives after which a count is an age: "children *under* 18", "men *over* 60". */
export const AGE_COMPARATIVES: ReadonlySet<string> = new Set(['under', 'over', 'below', 'above']);

/**
 * Words before "of N" that make N something other than a count of the people concerned: "a
 * *mother of* five" (her children). ("*one of* 14 schools" is left to the group: "one of 12 people
 * killed" counts the dead.)
 */
export const NOT_A_COUNT_BEFORE_OF: ReadonlySet<string> = new Set([
  'mother',
  'father',
  'parent',
  'parents',
  'grandmother',
  'grandfather',
]);

/**
 * Word pairs that open a new reported clause between a figure and a later date: "received 390
 * patients since Friday *and that* 41 had died by Sunday" — Sunday is the 41's day, not the 390's.
 */
export const CLAUSE_OPENERS: readonly string[] = ['and that', 'but that', 'and said', 'and added', 'while'];

/**
 * Words that open a phrase about an earlier event: a count inside it ("talks set for 20 November,
 * but *after* the killing of 10 union leaders …") happened before the date of the main clause, so
 * that date is not the count's.
 */
export const EARLIER_EVENT_OPENERS: readonly string[] = ['after', 'in the wake of'];

/**
 * Words that close such a phrase and go back to the main clause: "on Monday our forces, after 17
 * days of fighting, freed 61" needs no comma when written "after 17 days of fighting *and* freed 61".
 */
export const EARLIER_EVENT_CLOSERS: readonly string[] = ['and', 'then'];

/**
 * Words in front of a count that make its clause a supposition: "it would be worse *if* one were
 * killed" — no one was.
 */
export const HYPOTHETICAL_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);

/** Words that deny every member of the group after "of" or "among": "*none* of the 40 passengers". */
export const NONE_OF_OPENERS: ReadonlySet<string> = new Set(['none', 'neither', 'nobody']);
/** "no one of", "not one among": the two-word openers of a denied group, by their first word. */
export const NONE_OF_PAIRS: ReadonlySet<string> = new Set(['no', 'not']);
/** Words that end the noun phrase a "none of" governs, looking back from a count: a new clause starts. */
export const NONE_OF_STOPS: ReadonlySet<string> = new Set([
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'yet',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
]);

/**
 * Words after ", N," that show N is the age of the person just named: "Pablo Ruiz, 45, *a* former
 * mayor, was murdered", "Ana Soto, 31, *was* shot". A count between commas goes on to a plural verb
 * or a breakdown ("In Kharkiv, 12, including two children, were killed") and keeps its figure.
 */
export const AGE_APPOSITION_FOLLOWERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'who',
  'was',
  'is',
  'has',
  'had',
  'said',
  'says',
  'told',
  'died',
  'and',
  'from',
  'of',
]);

/** The oldest age an apposition may give: ", 45," is an age, ", 450," is not. */
export const MAX_APPOSITION_AGE = 120;

/** The preposition of a per-place list after a count: "759 died in Sindh, 308 *in* Punjab". */
export const LIST_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in']);

/** Articles that count one person: "*a* soldier was killed", "*another* civilian was wounded". */
export const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'another']);

/**
 * Words that end the search for a count's verb past a relative clause of its group ("two women who
 * worked there were killed"): another clause opens inside it ("who said that their sons were
 * killed", "who left when the houses were shelled"), so the verb after it may be another subject's.
 */
export const RELATIVE_CLAUSE_STOPS: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'that',
  'when',
  'where',
  'while',
  'because',
  'after',
  'before',
  'if',
  'since',
  'until',
]);

/**
 * Words in -ing after a counted group that open no clause of the group's own: prepositions
 * ("including", "during", "following") and nouns ("the building", "the morning").
 */
export const NOT_PARTICIPLES: ReadonlySet<string> = new Set([
  'including',
  'according',
  'during',
  'following',
  'regarding',
  'concerning',
  'excluding',
  'pending',
  'notwithstanding',
  'building',
  'buildings',
  'morning',
  'evening',
  'meeting',
  'nothing',
  'something',
  'anything',
  'everything',
]);
