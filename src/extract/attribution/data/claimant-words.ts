/**
 * Word lists that shape a claimant noun phrase. Compared in lower case unless a comment says
 * otherwise. None of them names a party: every rule must treat every party the same way.
 */

/** Words that open a noun phrase: "the Gaza health ministry", "its military wing". */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those', 'another',
  'some', 'several', 'many', 'two', 'three', 'four', 'five', 'other', 'both', 'one', 'senior',
]);

/** Pronouns that can be a claimant, and what they can refer to. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'organization' | 'group'> = new Map([
  ['he', 'person'],
  ['she', 'person'],
  ['it', 'organization'],
  ['they', 'group'],
]);

/**
 * Words that never sit inside a claimant phrase: verbs, auxiliaries, conjunctions, relative
 * words. "Israeli tanks were forced to retreat Hamas" is no claimant ("were").
 */
export const NOT_IN_CLAIMANT: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'not', 'no',
  'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'if', 'because', 'while', 'there',
  'here', 'what', 'how', 'why', 'than', 'then', 'so', 'very', 'i', 'we', 'you', 'me', 'us',
  'them', 'him', 'it', 'he', 'she', 'they', 'also', 'after', 'before', 'since', 'although',
  'though', 'however', 'yet', 'until', 'amid', 'despite', 'during', 'killed', 'wounded', 'injured',
]);

/** Words that cannot end a claimant phrase: "the head of" is cut off mid-phrase. */
export const NOT_LAST_IN_CLAIMANT: ReadonlySet<string> = new Set([
  'of', 'for', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'and', 'or', 'the', 'a', 'an', 'its',
  'his', 'her', 'their', 'our', 'as',
]);

/** Prepositions that end the head of a claimant phrase: "sources with the group" → head "sources". */
export const HEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'with', 'from', 'at', 'in', 'close', 'familiar', 'inside', 'within', 'near', 'on']);

/**
 * Plural heads that may open a claimant in lower case: "medical sources said", "witnesses told".
 * Other lower-case openings ("troops retreated, officials") must start with a determiner.
 */
export const SOURCE_HEADS: ReadonlySet<string> = new Set([
  'officials', 'sources', 'witnesses', 'eyewitnesses', 'residents', 'medics', 'doctors',
  'paramedics', 'police', 'authorities', 'analysts', 'diplomats', 'activists', 'rescuers',
  'survivors', 'officers', 'soldiers', 'experts', 'observers', 'monitors', 'relatives', 'villagers',
  'locals', 'workers', 'volunteers', 'journalists', 'reporters', 'families', 'parents', 'nurses',
  'spokesmen', 'commanders', 'leaders', 'lawmakers', 'ministers', 'investigators', 'prosecutors',
  'rights groups', 'groups', 'hospitals', 'media', 'reports', 'medical staff', 'staff',
  'aides', 'advisers', 'advisors', 'voters', 'critics', 'opponents', 'supporters', 'allies',
  'strategists', 'economists', 'scientists', 'researchers', 'respondents', 'delegates', 'donors',
  'insiders', 'specialists', 'executives', 'lawyers', 'attorneys', 'organizers', 'organisers',
  'protesters', 'demonstrators', 'historians', 'pollsters', 'people', 'members', 'employees',
  // Shares of a group: "half of the voters said", "a majority of members say".
  'half', 'majority', 'majorities', 'two-thirds', 'three-quarters',
]);

/**
 * Role nouns: a phrase holding one before a name is the name's role ("Hamas spokesman Abu
 * Obeida", "the Palestinian resistance movement Hamas"). Lower case.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'minister', 'chief', 'head', 'leader',
  'official', 'president', 'director', 'general', 'envoy', 'ambassador', 'secretary',
  'secretary-general', 'coordinator', 'representative', 'negotiator', 'adviser', 'advisor',
  'governor', 'mayor', 'member', 'lawmaker', 'senator', 'analyst', 'doctor', 'nurse', 'surgeon',
  'resident', 'mother', 'father', 'teacher', 'student', 'journalist', 'reporter', 'correspondent',
  'worker', 'volunteer', 'survivor', 'witness', 'group', 'movement', 'militia', 'organisation',
  'organization', 'agency', 'faction', 'wing', 'broadcaster', 'channel', 'outlet', 'farmer',
  'engineer', 'driver', 'shopkeeper', 'mediator', 'chairman', 'chairwoman', 'founder', 'premier',
  'prime', 'colonel', 'major', 'captain', 'sergeant', 'lieutenant', 'admiral', 'brigadier', 'gen',
  'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'brig', 'cmdr', 'dr', 'prof', 'sheikh', 'imam', 'rabbi',
  'bishop', 'archbishop', 'cleric', 'activist', 'lawyer', 'researcher', 'professor', 'manager',
  'administrator', 'paramedic', 'medic', 'pharmacist', 'fighter', 'soldier', 'officer', 'deputy',
  'vice', 'justice', 'judge', 'prosecutor', 'attorney', 'king', 'queen', 'emir', 'prince',
]);

/**
 * Role nouns that name one person, so "he"/"she" may refer to the phrase they head: "the
 * regional governor said …. Among the dead are five children, he said." Lower case.
 */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'minister', 'chief', 'head', 'leader',
  'official', 'president', 'director', 'general', 'envoy', 'ambassador', 'secretary',
  'secretary-general', 'coordinator', 'representative', 'negotiator', 'adviser', 'advisor',
  'governor', 'mayor', 'lawmaker', 'senator', 'analyst', 'doctor', 'nurse', 'surgeon', 'resident',
  'mother', 'father', 'teacher', 'student', 'journalist', 'reporter', 'correspondent', 'volunteer',
  'survivor', 'witness', 'farmer', 'engineer', 'driver', 'mediator', 'chairman', 'chairwoman',
  'premier', 'colonel', 'captain', 'officer', 'deputy', 'judge', 'prosecutor', 'medic',
  'paramedic', 'activist', 'lawyer', 'researcher', 'professor', 'manager', 'administrator',
  'woman', 'man', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'grandmother',
  'grandfather', 'neighbour', 'neighbor', 'shopkeeper', 'fighter', 'soldier', 'pilot', 'cleric',
]);

/**
 * Titles that may stand, capitalised, inside a run of capitalised words before a name: the run
 * "Israeli Prime Minister Benjamin Netanyahu" splits after the last one. Lower case.
 */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'minister', 'president', 'prime', 'secretary-general', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'commander', 'chief', 'director', 'ambassador', 'envoy', 'governor', 'mayor',
  'senator', 'general', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'brig', 'cmdr', 'dr',
  'prof', 'sheikh', 'imam', 'rabbi', 'colonel', 'major', 'captain', 'lieutenant', 'admiral',
  'brigadier', 'sergeant', 'deputy', 'chairman', 'chairwoman', 'premier', 'king', 'queen', 'emir',
  'prince', 'judge', 'justice', 'archbishop', 'bishop', 'patriarch', 'ayatollah', 'pope',
  'rep', 'sen', 'gov', 'representative', 'congressman', 'congresswoman',
]);

/** Courtesy titles dropped from a claimant: "Mr Maarouf" → "Maarouf". */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);

/**
 * Demonyms and residents' names. Before a name they are a role ("Displaced Gazan Khaled Abu
 * Issa"); a capitalised run holding one is not a person's name. Lower case.
 */
export const DEMONYMS: ReadonlySet<string> = new Set([
  'gazan', 'palestinian', 'israeli', 'ukrainian', 'russian', 'lebanese', 'syrian', 'iranian',
  'iraqi', 'yemeni', 'houthi', 'sudanese', 'egyptian', 'jordanian', 'american', 'british',
  'french', 'german', 'turkish', 'qatari', 'saudi', 'emirati', 'armenian', 'azerbaijani',
  'kosovar', 'serbian', 'albanian', 'congolese', 'rwandan', 'ethiopian', 'tigrayan', 'eritrean',
  'somali', 'kenyan', 'malian', 'burkinabe', 'nigerien', 'nigerian', 'chadian', 'libyan',
  'moroccan', 'algerian', 'tunisian', 'mozambican', 'afghan', 'pakistani', 'indian', 'burmese',
  'haitian', 'mexican', 'colombian', 'venezuelan', 'chinese', 'taiwanese', 'japanese', 'korean',
  'belarusian', 'georgian', 'polish', 'european', 'western', 'arab', 'kurdish', 'darfuri',
  'rohingya', 'druze', 'bedouin', 'hebronite', 'jerusalemite', 'muslim', 'christian', 'jewish',
  'displaced', 'local', 'former', 'veteran', 'senior', 'top', 'acting', 'interim',
]);

/**
 * Words that make a capitalised run an organisation or a place rather than a person ("Gaza Health
 * Ministry", "Al-Aqsa TV"). Lower case.
 */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'army', 'forces', 'force', 'brigades', 'brigade', 'council', 'agency', 'office',
  'committee', 'authority', 'authorities', 'movement', 'party', 'government', 'police', 'military',
  'crescent', 'cross', 'nations', 'tv', 'radio', 'news', 'service', 'services', 'command', 'corps',
  'guard', 'guards', 'union', 'front', 'group', 'organization', 'organisation', 'department',
  'directorate', 'center', 'centre', 'institute', 'court', 'commission', 'fund', 'programme',
  'program', 'jihad', 'kremlin', 'pentagon', 'hospital', 'university', 'times', 'post', 'press',
  'network', 'channel', 'agency', 'bureau', 'house', 'palace', 'parliament', 'assembly', 'senate',
  'congress', 'cabinet', 'presidency', 'administration', 'watch', 'international', 'doctors',
  'hamas', 'hezbollah', 'idf', 'un', 'unrwa', 'ocha', 'who', 'icrc', 'unicef', 'unhcr', 'wfp',
  'nato', 'eu', 'rsf', 'saf', 'strip', 'city', 'bank', 'street', 'road', 'camp', 'province',
  'region', 'state', 'republic', 'kingdom', 'emirates', 'states', 'mission', 'battalion',
  'monitor', 'observatory',
]);

/** Particles inside personal names, in lower case: "Abu Hamza", "Saleh al-Arouri", "bin Salman". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abd', 'umm', 'um', 'de', 'da', 'di', 'del', 'van',
  'von', 'der', 'den', 'le', 'la', 'ben', 'ould', 'ag',
]);

/**
 * Words that turn "X of/from Y" into Y's report: "figures from the health ministry" → "the health
 * ministry"; "a statement by the army" → "the army". Lower case, without the preposition.
 */
export const SOURCE_CONTAINERS: ReadonlySet<string> = new Set([
  'figures', 'data', 'statement', 'statements', 'tally', 'count', 'report', 'reports', 'estimates',
  'toll', 'numbers', 'records', 'a statement', 'the latest tally', 'the latest figures',
]);

/**
 * Plural heads that "they" may refer to besides lower-case plurals ("the Rapid Support Forces …
 * they said"). Lower case.
 */
export const PLURAL_NAME_HEADS: ReadonlySet<string> = new Set(['forces', 'brigades', 'guards', 'nations', 'authorities']);

/**
 * Descriptions of a medium and the words its name may hold, so "the station says" finds "Radio
 * Tolvaren reports …" and "the broadcaster" finds "Example TV". Any other organisation word matches
 * itself ("the agency" ~ "the UN refugee agency"). Lower case.
 */
export const MEDIUM_NAME_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['station', ['radio', 'tv', 'television', 'station']],
  ['broadcaster', ['radio', 'tv', 'television', 'broadcasting', 'broadcaster']],
  ['channel', ['tv', 'television', 'channel']],
  ['newspaper', ['times', 'post', 'herald', 'gazette', 'journal', 'daily', 'tribune', 'standard', 'chronicle', 'courier', 'ledger']],
  ['daily', ['times', 'post', 'herald', 'gazette', 'journal', 'daily', 'tribune', 'standard', 'chronicle', 'courier', 'ledger']],
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
  'who', 'that', 'which', 'whose', 'on', 'in', 'at', 'during', 'this', 'last', 'seen', 'given', 'shown', 'made', 'sent', 'written',
]);

/** Participles whose "by" names the source: "a report released Tuesday by the group". Lower case. */
export const PUBLISHING_PARTICIPLES: ReadonlySet<string> = new Set([
  'released', 'published', 'issued', 'conducted', 'compiled', 'commissioned', 'prepared', 'posted', 'written', 'carried',
]);
