/**
 * Words around a digit run that show it is not a count: a date, a time, money, a measurement, an
 * identifier. All lower case.
 */

/** Month names and their newsroom abbreviations: "October 7", "7 Oct", "Oct. 7". */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words after a number that make it a clock time: "3 pm", "0300 GMT", "5 o'clock". */
export const TIME_SUFFIXES: ReadonlySet<string> = new Set([
  'am', 'a.m.', 'pm', 'p.m.', 'gmt', 'utc', 'bst', 'cet', 'est', 'edt', 'pst', "o'clock", 'hrs', 'local',
]);

/** Currency signs written before an amount: "$1.2 million", "€40", "US$3bn". */
export const CURRENCY_SIGNS: readonly string[] = ['$', '€', '£', '¥', '₪', '₴', '₽', '₹'];

/** Currency names and codes written before or after an amount: "USD 40", "40 shekels". */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'sterling', 'shekel', 'shekels', 'hryvnia',
  'hryvnias', 'rouble', 'roubles', 'ruble', 'rubles', 'yuan', 'dinar', 'dinars', 'riyal', 'riyals',
  'rupee', 'rupees', 'usd', 'eur', 'gbp', 'ils', 'nis', 'uah', 'rub', 'cents', 'francs', 'lira',
]);

/**
 * Nouns in front of a number that make it a label: "Resolution 2334", "Route 60", "Day 30",
 * "Gate 4". Matched on the word just before the number.
 */
export const IDENTIFIER_NOUNS: ReadonlySet<string> = new Set([
  'resolution', 'route', 'highway', 'road', 'gate', 'article', 'chapter', 'section', 'page', 'room',
  'flight', 'bus', 'line', 'building', 'block', 'number', 'no', 'no.', 'nos', 'platform', 'channel',
  'brigade', 'battalion', 'division', 'unit', 'level', 'phase', 'grade', 'ward', 'sector', 'day',
  'week', 'paragraph', 'version', 'episode', 'season', 'item', 'apartment', 'floor', 'tower', 'hall',
  'terminal', 'kilometre', 'kilometer', 'mile', 'km', 'lot', 'box', 'tel', 'tel.', 'phone', 'call',
  'hotline', 'ext', 'ext.', 'fax', 'covid', 'class', 'camp', 'zone', 'area', 'bloc',
]);

/**
 * Words just before a four-digit number that make it a year: "in 1948", "since 2014", "the 2023
 * war" is handled by YEAR_NOUNS instead.
 */
export const YEAR_CUES: ReadonlySet<string> = new Set([
  'in', 'since', 'of', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'between', 'and',
  'to', 'year', 'early', 'late', 'mid', 'summer', 'winter', 'spring', 'autumn', 'fall', 'through',
  'throughout', 'circa', 'around', 'election', 'census',
]);

/** Nouns after a four-digit number that make it a year used as a modifier: "the 1948 war". */
export const YEAR_NOUNS: ReadonlySet<string> = new Set([
  'war', 'wars', 'election', 'elections', 'census', 'season', 'agreement', 'accords', 'accord', 'law',
  'conflict', 'uprising', 'invasion', 'olympics', 'budget', 'report', 'campaign', 'offensive',
  'protests', 'ceasefire', 'truce', 'deal', 'attack', 'attacks', 'massacre', 'earthquake', 'floods',
  'border', 'borders', 'lines', 'armistice', 'revolution', 'coup', 'summit', 'games', 'world',
  'cup', 'crisis', 'nakba', 'intifada', 'riots', 'referendum', 'constitution', 'treaty', 'plan',
  'figures', 'data', 'estimate', 'levels', 'level',
]);

/**
 * Street words that make a number before a name an address: "126 Harbour *Road*", "40 Al-Rashid
 * *Street*". Matched on a capitalised word within three words after the number that ends its noun
 * phrase ("12 Gaza Street residents" stays a count).
 */
export const STREET_NOUNS: ReadonlySet<string> = new Set([
  'road', 'street', 'st', 'avenue', 'ave', 'boulevard', 'blvd', 'lane', 'drive', 'terrace', 'crescent', 'rd',
]);
