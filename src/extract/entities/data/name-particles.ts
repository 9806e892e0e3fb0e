/**
 * Lower-case words that sit inside a name and join the capitalised words around it:
 * "Mohammed bin Salman", "Ursula von der Leyen", "Pedro de la Cruz". Matched case-sensitively;
 * a particle joins only between two capitalised words.
 */
export const INNER_PARTICLES: ReadonlySet<string> = new Set([
  'bin',
  'ibn',
  'bint',
  'de',
  'del',
  'della',
  'der',
  'den',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'van',
  'von',
  'al',
  'el',
  'ul',
  'ben',
]);

/**
 * Article prefixes written with a hyphen before a capitalised word, which make one name token:
 * "al-Quds", "el-Sisi", "Al-Aqsa", "ash-Sham". Compared in lower case.
 */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'ad',
  'ag',
  'ar',
  'as',
  'ash',
  'at',
  'az',
  'an',
  'ul',
  'bin',
  'ibn',
  'abu',
  'umm',
  'um',
]);

/**
 * Capitalised words that open Arabic names: "Abu Hamza", "Umm Hassan", "Um Hassan", "Bin Laden",
 * "Mc" names are single tokens already ("McGurk"). A run that starts with one of these is a person
 * unless a list says otherwise ("Abu Dhabi" is in the gazetteer).
 */
export const PERSON_NAME_OPENERS: ReadonlySet<string> = new Set([
  'Abu',
  'Umm',
  'Um',
  'Bin',
  'Ibn',
  'Bint',
  'Mc',
  'Mac',
]);

/**
 * Abbreviations written with a full stop inside a name, so the stop does not end it: "Gen. Herzi
 * Halevi", "Lt. Col. Richard Hecht", "St. Petersburg", "Dr. Ahmed".
 */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Sgt',
  'Cpl',
  'Pvt',
  'Adm',
  'Brig',
  'Cmdr',
  'Sen',
  'Rep',
  'Gov',
  'St',
  'Mt',
  'Ft',
  'Jr',
  'Sr',
]);
