import { LOWERCASE_PLACE_HEADS } from './data/place-cues.js';
import { INNER_PARTICLES } from './data/name-particles.js';
import { KNOWN_ORGANIZATIONS, OF_JOINING_HEADS, ORGANIZATION_HEADS } from './data/organization-cues.js';
import { DEMONYMS } from './data/demonyms.js';
import { PERSON_TITLES, TITLE_MODIFIERS } from './data/person-cues.js';
import { NON_NAME_WORDS } from './data/sentence-starters.js';
import type { NameToken } from './1-tokenize.js';
import { isKnownWord } from './lexicon.js';
import type { LowerCaseWords } from './lower-case-words.js';

/** A run of name tokens `[first, last]` (inclusive token indices) proposed as one name. */
export interface NameRun {
  first: number;
  last: number;
}

/**
 * Whether a token can be (part of) a name. A capitalised word that opens the sentence or a
 * quotation counts only when the document never writes it in lower case: "Displaced Gazan Khaled
 * Abu Issa says" loses "Displaced" when "displaced" occurs elsewhere.
 */
export function isNameWord(t: NameToken, lowerVocabulary: LowerCaseWords): boolean {
  if (!t.cap || t.text.length < 2 || NON_NAME_WORDS.has(t.text)) return false;
  // Titles are peeled later, so "President Volodymyr Zelensky urged" keeps its cue even when the
  // text also says "the president of the European Commission".
  if (t.initial && !isKnownWord(t.text) && !PERSON_TITLES.has(t.text) && !TITLE_MODIFIERS.has(t.text) && lowerVocabulary.has(t.text)) return false;
  return true;
}

/**
 * Proposes maximal runs of name words joined by blanks, with the news-aware joins that keep names
 * whole: inner particles ("Mohammed bin Salman", "Ursula von der Leyen"), "of"/"for" after an
 * organization or place head ("Ministry of Health", "Office for the Coordination of Humanitarian
 * Affairs"), and a lower-case place word after a name ("Salah al-Din road", "Jabalia camp").
 * One pass over the tokens of a sentence.
 */
export function proposeRuns(tokens: readonly NameToken[], lowerVocabulary: LowerCaseWords): NameRun[] {
  const runs: NameRun[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    if (!isNameWord(tokens[i]!, lowerVocabulary)) {
      i++;
      continue;
    }
    let last = i;
    for (;;) {
      const cur = tokens[last]!;
      const next = tokens[last + 1];
      if (!next || !next.joinPrev) break;
      // "the Prosecutor General's Office": a possessive ends a name unless an organization word follows.
      if (cur.possessive) {
        if (ORGANIZATION_HEADS.has(next.text)) last++;
        break;
      }
      if (isNameWord(next, lowerVocabulary)) {
        last++;
        continue;
      }
      const joined = _joinThroughLowerWords(tokens, last, lowerVocabulary);
      if (joined > last) {
        last = joined;
        continue;
      }
      if (LOWERCASE_PLACE_HEADS.has(next.text) && _mayTakePlaceWord(tokens, i, last)) last++;
      break;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

/**
 * Index of the name word reached through lower-case joiners after `last`, or `last` when none
 * applies. "Mohammed bin Salman": particles; "Ministry of Health", "Republic of the Congo": "of"
 * (or "for", optionally followed by "the") right after a head word.
 */
function _joinThroughLowerWords(tokens: readonly NameToken[], last: number, lowerVocabulary: LowerCaseWords): number {
  let k = last + 1;
  while (k < tokens.length && INNER_PARTICLES.has(tokens[k]!.text) && tokens[k]!.joinPrev) k++;
  if (k === last + 1 && OF_JOINING_HEADS.has(tokens[last]!.text)) {
    const joiner = tokens[k];
    if (joiner && joiner.joinPrev && (joiner.text === 'of' || joiner.text === 'for')) {
      k++;
      if (tokens[k]?.text === 'the' && tokens[k]!.joinPrev) k++;
    }
  }
  if (k === last + 1) return last;
  const after = tokens[k];
  return after && after.joinPrev && isNameWord(after, lowerVocabulary) ? k : last;
}

/** A lower-case place word ends a run of place or plain name words only: "Jabalia camp", "Kharkiv region", not "Israeli camp" or "Hamas camp". */
function _mayTakePlaceWord(tokens: readonly NameToken[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = tokens[k]!.text;
    if (DEMONYMS.has(w) || KNOWN_ORGANIZATIONS.has(w)) return false;
  }
  return true;
}
