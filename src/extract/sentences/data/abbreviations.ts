/**
 * Abbreviations the sentence splitter must not end a sentence after. Compared case-sensitively,
 * without the final full stop. Lists are written for news copy: wire style titles, ranks, months.
 */

/** Titles and ranks that always precede a name: "Lt. Col. Peter Lerner", "Dr. Ghassan Abu Sitta". */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Dr',
  'Prof',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Cpt',
  'Cpl',
  'Sgt',
  'Pvt',
  'Adm',
  'Cmdr',
  'Cdr',
  'Brig',
  'Gov',
  'Sen',
  'Rep',
  'Pres',
  'Rev',
  'Fr',
  'Hon',
  'Amb',
  'Supt',
  'Insp',
  'Det',
  'Messrs',
  'Mmes',
  'St',
  'Ste',
  'Mt',
  'Ft',
  'Sheikh',
  'Gens',
  'Lieut',
  'Cmdt',
]);

/**
 * Abbreviations that precede a number: "No. 10", "Nov. 10", "Sept. 11", "Art. 51". A full stop
 * after one of these does not end the sentence when a digit follows.
 */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'No',
  'Nos',
  'no',
  'Art',
  'art',
  'Vol',
  'vol',
  'p',
  'pp',
  'Fig',
  'fig',
  'Ch',
  'Para',
  'para',
  'Sec',
  'sec',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
]);

/**
 * Lower-case abbreviations that never end a sentence in news copy even before a capital:
 * "approx. 200", "est. 1948", "vs. Russia".
 */
export const INNER_ABBREVIATIONS: ReadonlySet<string> = new Set(['approx', 'est', 'vs', 'cf', 'incl', 'esp']);
