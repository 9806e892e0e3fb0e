/**
 * Titles and ranks written before a person's name ("President", "Gen", "Sheikh", "Mr"), capitalised
 * as they are before a name.
 */

import { readBy, type ReadWord } from './read-by.js';

// Readers:
//   names: the name finder: peeled off the front of a name ("President Volodymyr Zelensky"), compared as written
//   claimants: the claimant reader: a title before a name is its role ("Prime Minister Benjamin Netanyahu"), lower case
//   courtesy: the claimant reader: a courtesy title dropped from a claimant ("Mr Maarouf" → "Maarouf"), lower case
// Each word once, with the readers it holds for. The readers were tuned on different words and
// their output is kept as it was; moving a word to another reader is accuracy work, measured on its own.
const WORDS: readonly ReadWord[] = [
  ['Mr', 'names courtesy'],
  ['Mrs', 'names courtesy'],
  ['Ms', 'names courtesy'],
  ['Miss', 'names courtesy'],
  ['Dr', 'names claimants'],
  ['Prof', 'names claimants'],
  ['Professor', 'names'],
  ['Sir', 'names'],
  ['Dame', 'names'],
  ['Lord', 'names'],
  ['Lady', 'names'],
  ['Sheikh', 'names claimants'],
  ['Shaikh', 'names'],
  ['Imam', 'names claimants'],
  ['Rabbi', 'names claimants'],
  ['Father', 'names'],
  ['Pope', 'names claimants'],
  ['Bishop', 'names claimants'],
  ['Patriarch', 'names claimants'],
  ['Ayatollah', 'names claimants'],
  ['Mullah', 'names'],
  ['Emir', 'names claimants'],
  ['King', 'names claimants'],
  ['Queen', 'names claimants'],
  ['Prince', 'names claimants'],
  ['Princess', 'names'],
  ['Crown', 'names'],
  ['Sultan', 'names'],
  ['President', 'names claimants'],
  ['Premier', 'names claimants'],
  ['Minister', 'names claimants'],
  ['Chancellor', 'names'],
  ['Secretary', 'names claimants'],
  ['Secretary-General', 'names claimants'],
  ['Ambassador', 'names claimants'],
  ['Envoy', 'names claimants'],
  ['Governor', 'names claimants'],
  ['Mayor', 'names claimants'],
  ['Senator', 'names claimants'],
  ['Sen', 'names claimants'],
  ['Rep', 'names claimants'],
  ['Speaker', 'names'],
  ['Commissioner', 'names'],
  ['Judge', 'names claimants'],
  ['Justice', 'names claimants'],
  ['General', 'names claimants'],
  ['Gen', 'names claimants'],
  ['Lt', 'names claimants'],
  ['Lieutenant', 'names claimants'],
  ['Col', 'names claimants'],
  ['Colonel', 'names claimants'],
  ['Maj', 'names claimants'],
  ['Major', 'names claimants'],
  ['Capt', 'names claimants'],
  ['Captain', 'names claimants'],
  ['Sgt', 'names claimants'],
  ['Sergeant', 'names claimants'],
  ['Cpl', 'names'],
  ['Corporal', 'names'],
  ['Pvt', 'names'],
  ['Private', 'names'],
  ['Adm', 'names claimants'],
  ['Admiral', 'names claimants'],
  ['Brig', 'names claimants'],
  ['Brigadier', 'names claimants'],
  ['Commander', 'names claimants'],
  ['Cmdr', 'names claimants'],
  ['Marshal', 'names'],
  ['Spokesman', 'names claimants'],
  ['Spokeswoman', 'names claimants'],
  ['Spokesperson', 'names claimants'],
  ['Director', 'names claimants'],
  ['Director-General', 'names'],
  ['Prosecutor', 'names'],
  ['Prosecutor-General', 'names'],
  ['Attorney', 'names'],
  ['Ombudsman', 'names'],
  ['Chief', 'names claimants'],
  ['Chairman', 'names claimants'],
  ['Chairwoman', 'names claimants'],
  ['Leader', 'names'],
  ['Haji', 'names'],
  ['Hajji', 'names'],
  ['Coordinator', 'names'],
  ['Representative', 'names claimants'],
  ['Rapporteur', 'names'],
  ['Administrator', 'names'],
  ['Head', 'names'],
  ['Prime', 'claimants'],
  ['Deputy', 'claimants'],
  ['Archbishop', 'claimants'],
  ['Gov', 'claimants'],
  ['Congressman', 'claimants'],
  ['Congresswoman', 'claimants'],
  ['Mx', 'courtesy'],
];

/** Titles the name finder peels off the front of a person’s name ("President", "Gen", "Mr"); compared as written. */
export const PERSON_TITLES: ReadonlySet<string> = new Set(readBy(WORDS, 'names'));

/** Titles the claimant reader splits off a name as its role ("Israeli Prime Minister Benjamin Netanyahu"), lower case. */
export const NAME_TITLES: ReadonlySet<string> = new Set(readBy(WORDS, 'claimants').map((w) => w.toLowerCase()));

/** Courtesy titles dropped from a claimant ("Mr Maarouf" → "Maarouf"), lower case. */
export const HONORIFICS: ReadonlySet<string> = new Set(readBy(WORDS, 'courtesy').map((w) => w.toLowerCase()));
