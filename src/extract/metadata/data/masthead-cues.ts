/**
 * Words that tell the parts of a masthead line apart ("The Northern Ledger | World | Thursday,
 * January 4, 2024", "Rapid Support Forces — Media Office", "Northern Chronicle live, Saturday …").
 * Matched case-insensitively.
 */

/**
 * Section and document-type labels printed beside or instead of a headline: never an outlet, a
 * place or a title ("World", "Middle East", "PRESS RELEASE", "VIDEO:").
 */
export const SECTION_LABELS: ReadonlySet<string> = new Set([
  'world',
  'world news',
  'news',
  'latest',
  'latest news',
  'top stories',
  'home',
  'local',
  'national',
  'international',
  'nation',
  'region',
  'regions',
  'politics',
  'opinion',
  'analysis',
  'explainer',
  'comment',
  'commentary',
  'editorial',
  'feature',
  'features',
  'interview',
  'live',
  'breaking',
  'breaking news',
  'exclusive',
  'update',
  'updates',
  'middle east',
  'africa',
  'asia',
  'asia pacific',
  'asia-pacific',
  'europe',
  'americas',
  'us',
  'uk',
  'global',
  'business',
  'economy',
  'sport',
  'sports',
  'culture',
  'science',
  'health',
  'environment',
  'defence',
  'defense',
  'security',
  'conflict',
  'war',
  'press release',
  'press statement',
  'statement',
  'news release',
  'media release',
  'communique',
  'communiqué',
  'announcement',
  'factbox',
  'fact box',
  'video',
  'watch',
  'photos',
  'gallery',
  'audio',
  'podcast',
  'ends',
  'highlights',
  'key highlights',
  'key points',
  'summary',
  'situation overview',
  'background',
  'for immediate release',
  'immediate release',
  'in pictures',
  'live blog',
  'live updates',
]);

/**
 * Head words of a unit inside an organization, printed after a dash in a letterhead or a sign-off
 * ("Rapid Support Forces — Media Office", "Ministry of Health — Press Office", "Office of the
 * Official Spokesman"): the organization before the dash is the publisher.
 */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  'office',
  'service',
  'centre',
  'center',
  'department',
  'desk',
  'bureau',
  'directorate',
  'cell',
  'section',
  'spokesman',
  'spokesperson',
  'spokeswoman',
]);

/**
 * Phrases that open a sign-off naming the unit first: "Press Service of the Ministry of Defence of
 * …", "Media Office of the Rapid Support Forces". The organization follows.
 */
export const UNIT_LEADS: readonly string[] = [
  'press service of the',
  'press service of',
  'press office of the',
  'press office of',
  'media office of the',
  'media office of',
  'press centre of the',
  'press center of the',
  'information department of the',
  'information office of the',
  'office of the spokesperson of the',
  'office of the spokesman of the',
];

/**
 * Lower-case words after an outlet's name in a masthead: "Northern Chronicle live, Saturday …",
 * "Greyhaven Evening Post live blog". They mark the name as the outlet's.
 */
export const EDITION_WORDS: readonly string[] = [
  'live blog',
  'live updates',
  'live coverage',
  'live',
  'online',
  'edition',
  'weekend edition',
];

/**
 * Openings of a contact line at the end of a release: "For more information, please contact the
 * UN Human Rights Office press unit", "For further information: UN Relief Coordination Office, …".
 * The publisher's name follows.
 */
export const CONTACT_LEADS: readonly string[] = [
  'please contact the',
  'please contact',
  'contact the',
  'for further information:',
  'for more information:',
];
