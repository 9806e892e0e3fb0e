/** Labels in front of a date line ("Published: 2023-11-10", "Updated 10 November 2023"), lower case. */

import { readBy, type ReadWord } from './read-by.js';

// Readers:
//   dates: the line classifier and masthead reader: a line opening with one is a date line
//   updates: the publication-date reader: a date line opening with one gives a later version’s date
// Each word once, with the readers it holds for. The readers were tuned on different words and
// their output is kept as it was; moving a word to another reader is accuracy work, measured on its own.
const WORDS: readonly ReadWord[] = [
  ['published', 'dates'],
  ['first published', 'dates'],
  ['updated', 'dates updates'],
  ['last updated', 'dates updates'],
  ['posted', 'dates'],
  ['date', 'dates'],
  ['dated', 'dates'],
  ['modified', 'dates updates'],
  ['last modified', 'dates updates'],
  ['published on', 'dates'],
  ['updated on', 'dates'],
  ['posted on', 'dates'],
  ['issued', 'dates'],
  ['issued on', 'dates'],
  ['released', 'dates'],
  ['edited', 'updates'],
  ['revised', 'updates'],
];

/** Labels that make a short line a date line ("Published: 2023-11-10", "Updated 10 November 2023"). */
export const DATE_LINE_LABELS: readonly string[] = readBy(WORDS, 'dates');

/** Labels of a date line that gives a later version’s date, not the first publication ("Updated", "Last modified"). */
export const UPDATE_LABELS: readonly string[] = readBy(WORDS, 'updates');
