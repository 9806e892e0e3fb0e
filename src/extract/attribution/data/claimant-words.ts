/**
 * Word lists that shape a claimant noun phrase. Compared in lower case unless a comment says
 * otherwise. None of them names a party: every rule must treat every party the same way.
 */

/** Words that open a noun phrase: "the Gaza health ministry", "its military wing". */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'this',
  'these',
  'those',
  'another',
  'some',
  'several',
  'many',
  'two',
  'three',
  'four',
  'five',
  'other',
  'both',
  'one',
  'senior',
]);

/**
 * Possessives that point back to a body named before and are no part of the name after them ("Its
 * General Staff", "their Coastal Guard"). Not "our": it opens names ("Our Revolution", "Our
 * Principles PAC" in PolNeAR train) and an outlet's own voice ("Our forces"); not "his"/"her" ("Her
 * Majesty's Government").
 */
export const OWNER_POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their']);

/** Determiners that make a cited party the citing party's own ("citing its own sources"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their', 'our']);

/**
 * Words that leave a cited party unnamed, so the citing party stays the claimant: "the website,
 * citing sources close to the rebels, said", "citing unnamed officials". Lower case.
 */
export const UNNAMED_CITED_WORDS: ReadonlySet<string> = new Set([
  'source',
  'sources',
  'unnamed',
  'anonymous',
  'unidentified',
]);

/** Pronouns that can be a claimant, and what they can refer to. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'organization' | 'group'> = new Map([
  ['he', 'person'],
  ['she', 'person'],
  ['it', 'organization'],
  ['they', 'group'],
  // "according to him", "according to them": the object forms after a preposition (PolNeAR train, news-dev).
  ['him', 'person'],
  ['her', 'person'],
  ['them', 'group'],
]);

/**
 * Words that never sit inside a claimant phrase: verbs, auxiliaries, conjunctions, relative
 * words. "Israeli tanks were forced to retreat Hamas" is no claimant ("were").
 */
export const NOT_IN_CLAIMANT: ReadonlySet<string> = new Set([
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
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  'not',
  'no',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'if',
  'because',
  'while',
  'there',
  'here',
  'what',
  'how',
  'why',
  'than',
  'then',
  'so',
  'very',
  'i',
  'we',
  'you',
  'me',
  'us',
  'them',
  'him',
  'it',
  'he',
  'she',
  'they',
  'also',
  'after',
  'before',
  'since',
  'although',
  'though',
  'however',
  'yet',
  'until',
  'amid',
  'despite',
  // Prepositions that open a sentence before a noun that is also a reporting verb: "Regarding claims
  // made abroad, …", "Concerning reports of …" (ministry statements; opinion and wire copy in
  // PolNeAR train) — 'Regarding' claims nothing.
  'regarding',
  'concerning',
  'during',
  'killed',
  'wounded',
  'injured',
]);

/**
 * Prepositions that open an introductory phrase, never a claimant: "In statement the ministry
 * said", "On Tuesday the army said". Lower case.
 */
export const INTRO_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during']);

/** Words that cannot end a claimant phrase: "the head of" is cut off mid-phrase. */
export const NOT_LAST_IN_CLAIMANT: ReadonlySet<string> = new Set([
  'of',
  'for',
  'in',
  'on',
  'at',
  'to',
  'with',
  'by',
  'from',
  'and',
  'but',
  'or',
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'as',
]);

/** Prepositions that end the head of a claimant phrase: "sources with the group" → head "sources". */
export const HEAD_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'with',
  'from',
  'at',
  'in',
  'close',
  'familiar',
  'inside',
  'within',
  'near',
  'on',
]);

/**
 * Plural heads that may open a claimant in lower case: "medical sources said", "witnesses told".
 * Other lower-case openings ("troops retreated, officials") must start with a determiner.
 */
export const SOURCE_HEADS: ReadonlySet<string> = new Set([
  'officials',
  'sources',
  'witnesses',
  'eyewitnesses',
  'residents',
  'medics',
  'doctors',
  'paramedics',
  'police',
  'authorities',
  'analysts',
  'diplomats',
  'activists',
  'rescuers',
  'survivors',
  'officers',
  'soldiers',
  // "…, while government troops claimed to have killed 12 rebels", "security forces said": armed
  // bodies written in lower case (news-dev: AP on a Philippine offensive; PolNeAR train has the
  // bare "<adjective> troops" as a source)
  'troops',
  'forces',
  'experts',
  'observers',
  'monitors',
  'relatives',
  'villagers',
  'locals',
  'workers',
  'volunteers',
  'journalists',
  'reporters',
  'families',
  'parents',
  'nurses',
  'spokesmen',
  'commanders',
  'leaders',
  'lawmakers',
  'ministers',
  'investigators',
  'prosecutors',
  'rights groups',
  'groups',
  'hospitals',
  // "what aid agencies describe as …" (AFP copy in news-dev), "press agencies reported that …" (MUC-4 dev).
  'agencies',
  'media',
  'reports',
  'medical staff',
  'staff',
  'aides',
  'advisers',
  'advisors',
  'voters',
  'critics',
  'opponents',
  'supporters',
  'allies',
  'strategists',
  'economists',
  'scientists',
  'researchers',
  'respondents',
  'delegates',
  'donors',
  'insiders',
  'specialists',
  'executives',
  'lawyers',
  'attorneys',
  'organizers',
  'organisers',
  'protesters',
  'demonstrators',
  'historians',
  'pollsters',
  'people',
  'members',
  'employees',
  // Shares of a group: "half of the voters said", "a majority of members say".
  'half',
  'majority',
  'majorities',
  'two-thirds',
  'three-quarters',
]);

/**
 * Words that turn "X of/from Y" into Y's report: "figures from the health ministry" → "the health
 * ministry"; "a statement by the army" → "the army". Lower case, without the preposition.
 */
export const SOURCE_CONTAINERS: ReadonlySet<string> = new Set([
  'figures',
  'data',
  'statement',
  'statements',
  'tally',
  'count',
  'report',
  'reports',
  'estimates',
  'toll',
  'numbers',
  'records',
  'a statement',
  'the latest tally',
  'the latest figures',
]);

/**
 * Plural heads that "they" may refer to besides lower-case plurals ("the Rapid Support Forces …
 * they said"); "police" takes a plural verb ("police said they arrived": a Balkan wire story in
 * news-dev, "Kestrel police say they have not …" in PolNeAR train). Lower case.
 */
export const PLURAL_NAME_HEADS: ReadonlySet<string> = new Set([
  'forces',
  'brigades',
  'guards',
  'nations',
  'authorities',
  'police',
]);

/**
 * Descriptions of a medium and the words its name may hold, so "the station says" finds "Radio
 * Tolvaren reports …" and "the broadcaster" finds "Example TV". Any other organisation word matches
 * itself ("the agency" ~ "the UN refugee agency"). Lower case.
 */
export const MEDIUM_NAME_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['station', ['radio', 'tv', 'television', 'station']],
  ['broadcaster', ['radio', 'tv', 'television', 'broadcasting', 'broadcaster']],
  ['channel', ['tv', 'television', 'channel']],
  [
    'newspaper',
    ['times', 'post', 'herald', 'gazette', 'journal', 'daily', 'tribune', 'standard', 'chronicle', 'courier', 'ledger'],
  ],
  [
    'daily',
    ['times', 'post', 'herald', 'gazette', 'journal', 'daily', 'tribune', 'standard', 'chronicle', 'courier', 'ledger'],
  ],
]);

/**
 * Heads of descriptions of a body that may stand for a body the text names without saying what it
 * is ("the military's media wing" for "Inter-Services Public Relations", "the American medium" for
 * "VOA", "the group" for "Hamas"); besides these a description matches a name by its head noun
 * ("the ministry" ~ "the Palestinian health ministry"). Lower case.
 */
export const BODY_DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  'website',
  'site',
  'medium',
  'outlet',
  'wing',
  'arm',
  'agency',
  'organization',
  'organisation',
  'group',
  'body',
  'monitor',
  'watchdog',
  'broadcaster',
  'network',
  'channel',
  'station',
  'newspaper',
  'daily',
  'movement',
  'militia',
  'faction',
]);

/**
 * Description heads that say only that a body is an association of people: "the group", "the
 * organisation". Besides a bare name they may stand for an association's name (ASSOCIATION_HEADS).
 * Lower case.
 */
export const GROUP_DESCRIPTION_HEADS: ReadonlySet<string> = new Set(['group', 'organisation', 'organization']);

/**
 * Last words of an association's name, which "the group" or "the organisation" may stand for: a
 * committee, a front, an armed group's brigades, a charity's "Ministries" ("Madani Resistance
 * Committee", "Christian Aid Ministries"), never a state body's head ("Ministry", "Army", "Police").
 * Lower case.
 */
export const ASSOCIATION_HEADS: ReadonlySet<string> = new Set([
  'committee',
  'brigade',
  'brigades',
  'committees',
  'ministries',
  'front',
  'movement',
  'alliance',
  'coalition',
  'network',
  'union',
  'association',
  'society',
  'foundation',
  'federation',
  'league',
  'group',
  'organization',
  'organisation',
  'observatory',
  'coordinators',
]);

/** Documents a body issues: "the statement said", "according to the bulletin" stand for who issued it. Lower case. */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'statement',
  'bulletin',
  'communique',
  'communiqué',
  'release',
  'announcement',
  'notice',
]);

/** Person heads that say only that someone holds an office or knows: "the official", "the source". Lower case. */
export const GENERIC_PERSON_HEADS: ReadonlySet<string> = new Set(['official', 'source']);

/** Words of a role that make its holder an official ("Governor General of the province", "army spokesman"). Lower case. */
export const OFFICE_WORDS: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'governor',
  'minister',
  'commander',
  'chief',
  'head',
  'director',
  'official',
  'officer',
  'president',
  'mayor',
  'secretary',
  'coordinator',
  'envoy',
  'ambassador',
  'general',
  'chairman',
  'chairwoman',
  'administrator',
  'inspector',
  'deputy',
  'prosecutor',
]);

/** Words that join a description to whose it is: "the spokesman for …", "the head of …". */
export const DESCRIPTION_OF_WORDS: ReadonlySet<string> = new Set(['for', 'of']);

/**
 * Role words and the stems a named speaker's role may show them with, so "the spokesman" finds
 * "Abu Hamza, who speaks for the al-Quds Brigades". A role word not listed matches itself. Lower case.
 */
export const ROLE_STEMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['spokesman', ['spokes', 'speaks for']],
  ['spokeswoman', ['spokes', 'speaks for']],
  ['spokesperson', ['spokes', 'speaks for']],
  ['minister', ['minister']],
  ['commander', ['command']],
  ['official', ['official']],
]);

/**
 * Words that end a long source phrase after "according to" (relative words, prepositions of time
 * and place, participles without -ed): "members who spoke with reporters" → "members", "a poll
 * released this week" → "a poll". Lower case.
 */
export const SOURCE_PHRASE_CUTS: ReadonlySet<string> = new Set([
  'who',
  'that',
  'which',
  'whose',
  'on',
  'in',
  'at',
  'during',
  'this',
  'last',
  'seen',
  'given',
  'shown',
  'made',
  'sent',
  'written',
]);

/** Participles whose "by" names the source: "a report released Tuesday by the group". Lower case. */
export const PUBLISHING_PARTICIPLES: ReadonlySet<string> = new Set([
  'released',
  'published',
  'issued',
  'conducted',
  'compiled',
  'commissioned',
  'prepared',
  'posted',
  'written',
  'carried',
]);

/**
 * Words that make a party a medium, which relays the words it reports ("Radio Tolvaren", "the
 * Kestrel news agency", "state television"). Lower case.
 */
export const MEDIUM_WORDS: ReadonlySet<string> = new Set([
  'radio',
  'tv',
  'television',
  'broadcaster',
  'broadcasting',
  'channel',
  'newspaper',
  'news',
  'media',
  'wire',
]);

/** Heads that make a name holding a medium word a body's own office, no medium ("the army's media office", "the media wing"). Lower case. */
export const NOT_MEDIUM_HEADS: ReadonlySet<string> = new Set([
  'office',
  'wing',
  'service',
  'department',
  'centre',
  'center',
  'unit',
  'cell',
  'directorate',
  'adviser',
  'advisor',
  'officer',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);
