/**
 * News-agency codes as they appear in datelines ("KYIV, Ukraine (AP) —", "GAZA, Oct 31 (Reuters) -")
 * mapped to the agency's name. A code not listed is kept as printed ("(RHC)" → "RHC").
 */
export const AGENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ['AP', 'Associated Press'],
  ['AFP', 'Agence France-Presse'],
  ['Reuters', 'Reuters'],
  ['REUTERS', 'Reuters'],
  ['UPI', 'United Press International'],
  ['dpa', 'Deutsche Presse-Agentur'],
  ['DPA', 'Deutsche Presse-Agentur'],
  ['ANI', 'Asian News International'],
  ['PTI', 'Press Trust of India'],
  ['IANS', 'Indo-Asian News Service'],
  ['AA', 'Anadolu Agency'],
  ['EFE', 'EFE'],
  ['ANSA', 'ANSA'],
  ['TASS', 'TASS'],
  ['Xinhua', 'Xinhua'],
  ['Kyodo', 'Kyodo News'],
  ['Yonhap', 'Yonhap'],
  ['WAFA', 'WAFA'],
  ['IRNA', 'Islamic Republic News Agency'],
  ['SANA', 'Syrian Arab News Agency'],
  ['SUNA', 'Sudan News Agency'],
  ['KUNA', 'Kuwait News Agency'],
  ['CNA', 'Central News Agency'],
  ['Bernama', 'Bernama'],
  ['APA', 'Azerbaijan Press Agency'],
  ['Ukrinform', 'Ukrinform'],
  ['Interfax', 'Interfax'],
  ['RIA', 'RIA Novosti'],
]);

/**
 * Each agency's code by what a credit prints: the code itself ("AP", "Reuters") or the agency's
 * name ("Associated Press", "Agence France-Presse"), names keyed in lower case without "the".
 */
export const AGENCY_CODES: ReadonlyMap<string, string> = new Map([
  ...[...AGENCY_NAMES.keys()].map((code) => [code, code] as const),
  ...[...AGENCY_NAMES].map(([code, name]) => [name.toLowerCase(), code] as const),
]);

/**
 * Words of an end credit naming the agency's staff: "Associated Press writer Ana Pell in Kestrel
 * contributed to this report", "Reuters reporters … contributed reporting".
 */
export const CREDIT_STAFF_WORDS: readonly string[] = [
  'writer',
  'writers',
  'reporter',
  'reporters',
  'correspondent',
  'correspondents',
  'photographer',
  'journalist',
  'journalists',
];
