/**
 * Abbreviations written with a full stop that ends no sentence ("Lt. Col. Peter Lerner", "No. 10",
 * "approx. two"), as written, without the stop. Month abbreviations ("Nov. 10") are in months.ts.
 */

import { MONTH_ABBREVIATIONS } from './months.js';
import { readBy, type ReadWord } from './read-by.js';

// Readers:
//   titles: the sentence splitter: titles and ranks before a name ("Dr. Ghassan Abu Sitta")
//   inner: the sentence splitter: words inside a sentence ("approx. two")
//   numbers: the sentence splitter: before a number ("No. 10"), with the month abbreviations
//   names: the name finder: inside a name ("Gen. Herzi Halevi", "St. Petersburg")
// Each word once, with the readers it holds for. The readers were tuned on different words and
// their output is kept as it was; moving a word to another reader is accuracy work, measured on its own.
const WORDS: readonly ReadWord[] = [
  ['Mr', 'titles names'],
  ['Mrs', 'titles names'],
  ['Ms', 'titles names'],
  ['Mx', 'titles'],
  ['Dr', 'titles names'],
  ['Prof', 'titles names'],
  ['Gen', 'titles names'],
  ['Lt', 'titles names'],
  ['Col', 'titles names'],
  ['Maj', 'titles names'],
  ['Capt', 'titles names'],
  ['Cpt', 'titles'],
  ['Cpl', 'titles names'],
  ['Sgt', 'titles names'],
  ['Pvt', 'titles names'],
  ['Adm', 'titles names'],
  ['Cmdr', 'titles names'],
  ['Cdr', 'titles'],
  ['Brig', 'titles names'],
  ['Gov', 'titles names'],
  ['Sen', 'titles names'],
  ['Rep', 'titles names'],
  ['Pres', 'titles'],
  ['Rev', 'titles'],
  ['Fr', 'titles'],
  ['Hon', 'titles'],
  ['Amb', 'titles'],
  ['Supt', 'titles'],
  ['Insp', 'titles'],
  ['Det', 'titles'],
  ['Messrs', 'titles'],
  ['Mmes', 'titles'],
  ['St', 'titles names'],
  ['Ste', 'titles'],
  ['Mt', 'titles names'],
  ['Ft', 'titles names'],
  ['Sheikh', 'titles'],
  ['Gens', 'titles'],
  ['Lieut', 'titles'],
  ['Cmdt', 'titles'],
  ['approx', 'inner'],
  ['est', 'inner'],
  ['vs', 'inner'],
  ['cf', 'inner'],
  ['incl', 'inner'],
  ['esp', 'inner'],
  ['No', 'numbers'],
  ['Nos', 'numbers'],
  ['no', 'numbers'],
  ['Art', 'numbers'],
  ['art', 'numbers'],
  ['Vol', 'numbers'],
  ['vol', 'numbers'],
  ['p', 'numbers'],
  ['pp', 'numbers'],
  ['Fig', 'numbers'],
  ['fig', 'numbers'],
  ['Ch', 'numbers'],
  ['Para', 'numbers'],
  ['para', 'numbers'],
  ['Sec', 'numbers'],
  ['sec', 'numbers'],
  ['Jr', 'names'],
  ['Sr', 'names'],
];

/** Titles and ranks that always precede a name: no sentence ends after them ("Lt. Col. Peter Lerner"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(readBy(WORDS, 'titles'));

/** Abbreviations that stand inside a sentence ("approx. two", "vs. Hamas"). */
export const INNER_ABBREVIATIONS: ReadonlySet<string> = new Set(readBy(WORDS, 'inner'));

/** Abbreviations before a number ("No. 10", "Nov. 10"): no sentence ends between them; with the month abbreviations. */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([...readBy(WORDS, 'numbers'), ...MONTH_ABBREVIATIONS]);

/** Abbreviations inside a name, whose stop does not end it ("Gen. Herzi Halevi", "St. Petersburg"). */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(readBy(WORDS, 'names'));
