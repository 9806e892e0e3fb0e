/**
 * Name particles: the short words of names in Arabic, Dutch, French, German, Italian, Portuguese and
 * Spanish ("bin", "al", "von", "de"), lower case as they are written inside a name.
 */

import { readBy, type ReadWord } from './read-by.js';

// Readers:
//   inner: the name finder: one between two capitalised words joins them ("Mohammed bin Salman")
//   hyphen: the name finder: one with a hyphen before a capitalised word is one word with it ("al-Quds")
//   openers: the name finder: one, capitalised, opens a person’s name ("Abu Hamza", "Umm Hassan")
//   claimants: the claimant reader: one may stand in a person’s name ("Saleh al-Arouri", "Abu Obeida")
//   joined: the claimant reader: one with a hyphen before a capital makes a capitalised name ("al-Arouri")
//   places: the dateline reader: kept lower case in a place printed in capitals ("DEIR AL-BALAH" → "Deir al-Balah")
// Each word once, with the readers it holds for. The readers were tuned on different words and
// their output is kept as it was; moving a word to another reader is accuracy work, measured on its own.
const WORDS: readonly ReadWord[] = [
  ['bin', 'inner hyphen openers claimants joined'],
  ['ibn', 'inner hyphen openers claimants joined'],
  ['bint', 'inner openers claimants'],
  ['de', 'inner claimants places'],
  ['del', 'inner claimants places'],
  ['della', 'inner'],
  ['der', 'inner claimants'],
  ['den', 'inner claimants'],
  ['di', 'inner claimants'],
  ['da', 'inner claimants places'],
  ['dos', 'inner'],
  ['das', 'inner'],
  ['du', 'inner places'],
  ['la', 'inner claimants places'],
  ['le', 'inner claimants places'],
  ['van', 'inner claimants'],
  ['von', 'inner claimants'],
  ['al', 'inner hyphen claimants joined places'],
  ['el', 'inner hyphen claimants joined places'],
  ['ul', 'inner hyphen places'],
  ['ben', 'inner claimants'],
  ['ad', 'hyphen joined places'],
  ['ag', 'hyphen claimants'],
  ['ar', 'hyphen joined places'],
  ['as', 'hyphen joined places'],
  ['ash', 'hyphen joined'],
  ['at', 'hyphen joined places'],
  ['az', 'hyphen joined'],
  ['an', 'hyphen joined places'],
  ['abu', 'hyphen openers claimants joined'],
  ['umm', 'hyphen openers claimants'],
  ['um', 'hyphen openers claimants'],
  ['mc', 'openers'],
  ['mac', 'openers'],
  ['abd', 'claimants joined'],
  ['ould', 'claimants'],
  ['of', 'places'],
];

/** Particles that join the capitalised words around them into one name ("Mohammed bin Salman", "Ursula von der Leyen"); compared as written. */
export const INNER_PARTICLES: ReadonlySet<string> = new Set(readBy(WORDS, 'inner'));

/** Prefixes written with a hyphen before a capitalised word, one name word with it ("al-Quds", "Al-Aqsa"); compared in lower case. */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(readBy(WORDS, 'hyphen'));

/** Capitalised words that open a person’s name ("Abu Hamza", "Umm Hassan", "Bin Laden"); compared as written, capitalised. */
export const PERSON_NAME_OPENERS: ReadonlySet<string> = new Set(
  readBy(WORDS, 'openers').map((w) => w[0]!.toUpperCase() + w.slice(1)),
);

/** Particles that may stand in a claimant’s name ("Saleh al-Arouri", "Abu Obeida", "Iyad ag Ghaly"), lower case. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(readBy(WORDS, 'claimants'));

/** Particles that, with a hyphen before a capital, make a capitalised claimant word ("al-Arouri", "el-Sisi"), lower case. */
export const JOINED_PARTICLES: readonly string[] = readBy(WORDS, 'joined');

/** Words kept lower case inside a place name printed in capitals ("DEIR AL-BALAH" → "Deir al-Balah", "PORT OF SPAIN"). */
export const PLACE_PARTICLES: ReadonlySet<string> = new Set(readBy(WORDS, 'places'));
