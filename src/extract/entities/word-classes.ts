import {
  INNER_PARTICLES,
  NAME_ABBREVIATIONS,
  NAME_DEMONYMS,
  NAME_PLACE_PREPOSITIONS,
  NON_NAME_WORDS,
  OF_JOINING_HEADS,
  ORGANIZATION_HEADS,
  PERSON_NAME_OPENERS,
  PERSON_ROLE_WORDS,
  PERSON_TITLES,
  SPEECH_VERBS_AFTER_NAME,
} from '../lexicon/index.js';
import { KNOWN_ORGANIZATIONS } from './data/organization-cues.js';
import { TITLE_MODIFIERS } from './data/person-cues.js';
import { LOWERCASE_PLACE_HEADS, PLACE_DIRECTION_WORDS, PLACE_HEADS } from './data/place-cues.js';
import { EVENT_OPENERS, TITLE_SMALL_WORDS } from './data/not-names.js';
import { PLACE_NAMES } from './known-names.js';
import { hashRange, RangeTable } from './range-table.js';

// One bit per word list, so a token looks its word up once ("Gaza" → PLACE_NAME) and every later
// rule asks a bit instead of hashing the word again into another set.
/** NON_NAME_WORDS: "The", "Monday". */
export const NON_NAME = 1 << 0;
/** PERSON_TITLES: "President", "Gen". */
export const PERSON_TITLE = 1 << 1;
/** TITLE_MODIFIERS: "Deputy", "Prime". */
export const TITLE_MODIFIER = 1 << 2;
/** NAME_DEMONYMS: "Israeli". */
export const DEMONYM = 1 << 3;
/** Gazetteer places, one word ("Kyiv"). */
export const PLACE_NAME = 1 << 4;
/** KNOWN_ORGANIZATIONS, one word ("Hamas"). */
export const KNOWN_ORGANIZATION = 1 << 5;
/** ORGANIZATION_HEADS: "Ministry". */
export const ORGANIZATION_HEAD = 1 << 6;
/** PLACE_HEADS: "City". */
export const PLACE_HEAD = 1 << 7;
/** LOWERCASE_PLACE_HEADS: "camp". */
export const LOWERCASE_PLACE_HEAD = 1 << 8;
/** OF_JOINING_HEADS: "Ministry" of "Ministry of Health". */
export const OF_JOINING_HEAD = 1 << 9;
/** INNER_PARTICLES: "bin", "von". */
export const INNER_PARTICLE = 1 << 10;
/** PERSON_NAME_OPENERS: "Abu". */
export const PERSON_NAME_OPENER = 1 << 11;
/** PERSON_ROLE_WORDS: "spokesman". */
export const PERSON_ROLE_WORD = 1 << 12;
/** SPEECH_VERBS_AFTER_NAME: "said". */
export const SPEECH_VERB_AFTER_NAME = 1 << 13;
/** NAME_PLACE_PREPOSITIONS: "in", "near". */
export const PLACE_PREPOSITION = 1 << 14;
/** PLACE_DIRECTION_WORDS: "north" of "north of Gaza". */
export const PLACE_DIRECTION_WORD = 1 << 15;
/** EVENT_OPENERS: "Operation". */
export const EVENT_OPENER = 1 << 16;
/** TITLE_SMALL_WORDS: "to", "from". */
export const TITLE_SMALL_WORD = 1 << 17;
/** NAME_ABBREVIATIONS: "Gen" of "Gen. Herzi Halevi". */
export const NAME_ABBREVIATION = 1 << 18;
/** The word "of". */
export const WORD_OF = 1 << 19;
/** The word "for". */
export const WORD_FOR = 1 << 20;
/** The word "the". */
export const WORD_THE = 1 << 21;

/** A list entry or a demonym, which a hyphen must not glue to a neighbour ("Israel-Hamas"). */
export const KNOWN_WORD = DEMONYM | PLACE_NAME | KNOWN_ORGANIZATION;
/** A word lookupExact (known-names.ts) knows: a gazetteer place or a listed organization, as written. */
export const LISTED_NAME = PLACE_NAME | KNOWN_ORGANIZATION;
/** A word that ends an organization or place name ("Ministry", "City", "camp"). */
export const NAME_HEAD = ORGANIZATION_HEAD | PLACE_HEAD | LOWERCASE_PLACE_HEAD;

const LISTS: ReadonlyArray<readonly [Iterable<string>, number]> = [
  [NON_NAME_WORDS, NON_NAME],
  [PERSON_TITLES, PERSON_TITLE],
  [TITLE_MODIFIERS, TITLE_MODIFIER],
  [NAME_DEMONYMS, DEMONYM],
  [PLACE_NAMES, PLACE_NAME],
  [KNOWN_ORGANIZATIONS, KNOWN_ORGANIZATION],
  [ORGANIZATION_HEADS, ORGANIZATION_HEAD],
  [PLACE_HEADS, PLACE_HEAD],
  [LOWERCASE_PLACE_HEADS, LOWERCASE_PLACE_HEAD],
  [OF_JOINING_HEADS, OF_JOINING_HEAD],
  [INNER_PARTICLES, INNER_PARTICLE],
  [PERSON_NAME_OPENERS, PERSON_NAME_OPENER],
  [PERSON_ROLE_WORDS, PERSON_ROLE_WORD],
  [SPEECH_VERBS_AFTER_NAME, SPEECH_VERB_AFTER_NAME],
  [NAME_PLACE_PREPOSITIONS, PLACE_PREPOSITION],
  [PLACE_DIRECTION_WORDS, PLACE_DIRECTION_WORD],
  [EVENT_OPENERS, EVENT_OPENER],
  [TITLE_SMALL_WORDS, TITLE_SMALL_WORD],
  [NAME_ABBREVIATIONS, NAME_ABBREVIATION],
  [['of'], WORD_OF],
  [['for'], WORD_FOR],
  [['the'], WORD_THE],
];

/**
 * Every listed word with the bits of the lists that hold it, matched case-sensitively. Built once
 * at module load; the keys are stretches of one string of all the words, each followed by a blank.
 */
const CLASSES: RangeTable = (() => {
  const entries = LISTS.flatMap(([words, bit]) => [...words].map((w) => [w, bit] as const));
  const source = entries.map(([w]) => `${w} `).join('');
  const table = new RangeTable(source, 4096);
  let at = 0;
  for (const [w, bit] of entries) {
    table.add(at, at + w.length, hashRange(source, at, at + w.length), bit);
    at += w.length + 1;
  }
  return table;
})();

/** The list bits of the word `text[start, end)`, whose hashRange is `h`; 0 for a word no list holds. */
export function wordClasses(text: string, start: number, end: number, h: number): number {
  return CLASSES.get(text, start, end, h);
}
