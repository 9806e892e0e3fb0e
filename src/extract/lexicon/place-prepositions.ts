/** Prepositions that open a place ("in Rafah", "near Bakhmut", "across the north"), lower case. */

import { readBy, type ReadWord } from './read-by.js';

// Readers:
//   names: the name finder: one before a capitalised run makes it a place ("in Rafah")
//   figures: the figure reader: one after a count opens a place phrase ("12 people in northern Gaza were killed")
// Each word once, with the readers it holds for. The readers were tuned on different words and
// their output is kept as it was; moving a word to another reader is accuracy work, measured on its own.
const WORDS: readonly ReadWord[] = [
  ['in', 'names figures'],
  ['near', 'names figures'],
  ['from', 'names figures'],
  ['into', 'names'],
  ['outside', 'names'],
  ['inside', 'names figures'],
  ['across', 'names figures'],
  ['towards', 'names'],
  ['toward', 'names'],
  ['around', 'names figures'],
  ['through', 'names'],
  ['throughout', 'names figures'],
  ['outskirts', 'names'],
  ['nearby', 'names'],
  ['besieged', 'names'],
  ['on', 'figures'],
  ['at', 'figures'],
];

/** Prepositions that make the capitalised run after them a place ("in Rafah", "near Bakhmut"). */
export const NAME_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(readBy(WORDS, 'names'));

/** Prepositions that open a place phrase after a count or breakdown ("12 people in northern Gaza were killed", "9,000 of them in Kestrel province"). */
export const COUNT_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(readBy(WORDS, 'figures'));
