/**
 * Words just before a quotation that make it a name, a title or a scare quote rather than someone's
 * words: "the so-called “humanitarian pause”", "Operation “Swords of Iron”", "a song called
 * “Homeland”". Lower case; matched as the last word(s) before the opening mark.
 */
export const SCARE_QUOTE_CUES: readonly string[] = [
  'so-called',
  'so called',
  'dubbed',
  'called',
  'call',
  'calls',
  'named',
  'nicknamed',
  'codenamed',
  'code-named',
  'titled',
  'entitled',
  'known as',
  'branded',
  'termed',
  'labelled',
  'labeled',
  'billed as',
  'operation',
  'song',
  'film',
  'book',
  'album',
  'programme',
  'program',
  'campaign',
  'slogan',
  'hashtag',
  'poem',
  'documentary',
  'series',
  'show',
  'plan',
  'initiative',
  'doctrine',
  'brigade',
  'battalion',
  'word',
  'term',
  'phrase',
  'chanting',
  'chanted',
  'chants',
  'banner',
  'banners',
  'placard',
  'placards',
  'slogans',
  'headline',
  'headlined',
];

/**
 * The fewest words a quotation inside a reported clause needs to count as a partial quote: one or
 * two words ("said the country was “at war”", "said the camp had been “nearly emptied”") stay
 * inside the indirect statement, which already carries them (news-dev guidelines; seen in TASS,
 * BBC and AFP copy).
 */
export const MIN_PARTIAL_QUOTE_WORDS = 3;

/**
 * The fewest words a quotation needs when it is all a frame reports, with no indirect statement
 * around it: "called the vote “a farce”", "described the talks as “very productive”".
 */
export const MIN_CHARACTERISING_QUOTE_WORDS = 2;

/** The fewest words an unattributed quotation needs to count as speech (with a sentence mark). */
export const MIN_UNATTRIBUTED_QUOTE_WORDS = 6;
