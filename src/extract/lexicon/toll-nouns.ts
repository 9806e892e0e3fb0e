/** Nouns of a tally: the number a toll or count gives ("toll", "number", "figure", "tally"), lower case. */

import { readBy, type ReadWord } from './read-by.js';

// Readers:
//   frames: the frame finder: "put the X at" names a count ("put the toll at 112")
//   figures: the figure reader: a tally whose value is the count ("the number of people killed rose to 500")
// Each word once, with the readers it holds for. The readers were tuned on different words and
// their output is kept as it was; moving a word to another reader is accuracy work, measured on its own.
const WORDS: readonly ReadWord[] = [
  ['toll', 'frames figures'],
  ['number', 'frames figures'],
  ['figure', 'frames figures'],
  ['count', 'frames figures'],
  ['tally', 'frames figures'],
  ['estimate', 'frames'],
  ['casualties', 'frames'],
  ['dead', 'frames'],
  ['killed', 'figures'],
  ['total', 'figures'],
];

/** Nouns that make "put the … at", "revised that … to" a report of a count ("put the toll at 112"). */
export const FRAME_TOLL_NOUNS: readonly string[] = readBy(WORDS, 'frames');

/** Nouns of a tally whose value is the count after it ("the number of people killed rose to 500", "revised that figure to 14"). */
export const TALLY_NOUNS: ReadonlySet<string> = new Set(readBy(WORDS, 'figures'));
