/** Auxiliary and linking verbs ("is", "were", "has", "would", "remain"), lower case. */

import { readBy, type ReadWord } from './read-by.js';

// Readers:
//   clauses: the frame reader: an auxiliary after a clause’s own verb opens the main clause ("that 40 died could not be verified")
//   counts: the figure reader: one after a counted group makes the trigger its verb ("the 40 suspects were detained")
// Each word once, with the readers it holds for. The readers were tuned on different words and
// their output is kept as it was; moving a word to another reader is accuracy work, measured on its own.
const WORDS: readonly ReadWord[] = [
  ['is', 'clauses counts'],
  ['are', 'clauses counts'],
  ['was', 'clauses counts'],
  ['were', 'clauses counts'],
  ['has', 'clauses counts'],
  ['have', 'clauses counts'],
  ['had', 'clauses counts'],
  ['will', 'clauses'],
  ['would', 'clauses'],
  ['could', 'clauses'],
  ['can', 'clauses'],
  ['may', 'clauses'],
  ['might', 'clauses'],
  ['must', 'clauses'],
  ['should', 'clauses'],
  ['did', 'clauses'],
  ['does', 'clauses'],
  ['do', 'clauses'],
  ['be', 'counts'],
  ['been', 'counts'],
  ['being', 'counts'],
  ['remain', 'counts'],
  ['remains', 'counts'],
  ['remained', 'counts'],
  ['got', 'counts'],
  ['get', 'counts'],
];

/** Auxiliaries that open a verb phrase: after a that-clause’s own verb, the main clause ("that 40 people died could not be verified"). */
export const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set(readBy(WORDS, 'clauses'));

/** Verbs after a counted group that make the trigger after them the group’s verb ("the 40 suspects were detained"). */
export const COUNT_AUXILIARIES: ReadonlySet<string> = new Set(readBy(WORDS, 'counts'));
