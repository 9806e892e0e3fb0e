import type { NameToken } from './1-tokenize.js';
import type { LowerCaseWords } from './lower-case-words.js';
import {
  DEMONYM,
  INNER_PARTICLE,
  KNOWN_ORGANIZATION,
  KNOWN_WORD,
  LOWERCASE_PLACE_HEAD,
  NON_NAME,
  OF_JOINING_HEAD,
  ORGANIZATION_HEAD,
  PERSON_TITLE,
  TITLE_MODIFIER,
  WORD_FOR,
  WORD_OF,
  WORD_THE,
} from './word-classes.js';

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
export function isNameWord(text: string, t: NameToken, lowerWords: LowerCaseWords): boolean {
  if (!t.cap || t.end - t.start < 2 || (t.classes & NON_NAME) !== 0) return false;
  // Titles are peeled later, so "President Volodymyr Zelensky urged" keeps its cue even when the
  // text also says "the president of the European Commission".
  if (
    t.initial &&
    (t.classes & (KNOWN_WORD | PERSON_TITLE | TITLE_MODIFIER)) === 0 &&
    lowerWords.hasLowerOf(text, t.start, t.end)
  )
    return false;
  return true;
}

/**
 * Proposes maximal runs of name words joined by blanks, with the news-aware joins that keep names
 * whole: inner particles ("Mohammed bin Salman", "Ursula von der Leyen"), "of"/"for" after an
 * organization or place head ("Ministry of Health", "Office for the Coordination of Humanitarian
 * Affairs"), and a lower-case place word after a name ("Salah al-Din road", "Jabalia camp").
 * One pass over the tokens of a sentence.
 */
export function proposeRuns(text: string, tokens: readonly NameToken[], lowerWords: LowerCaseWords): NameRun[] {
  const runs: NameRun[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    if (!isNameWord(text, tokens[i]!, lowerWords)) {
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
        if ((next.classes & ORGANIZATION_HEAD) !== 0) last++;
        break;
      }
      if (isNameWord(text, next, lowerWords)) {
        last++;
        continue;
      }
      const joined = _joinThroughLowerWords(text, tokens, last, lowerWords);
      if (joined > last) {
        last = joined;
        continue;
      }
      if ((next.classes & LOWERCASE_PLACE_HEAD) !== 0 && _mayTakePlaceWord(tokens, i, last)) last++;
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
function _joinThroughLowerWords(
  text: string,
  tokens: readonly NameToken[],
  last: number,
  lowerWords: LowerCaseWords,
): number {
  let k = last + 1;
  while (k < tokens.length && (tokens[k]!.classes & INNER_PARTICLE) !== 0 && tokens[k]!.joinPrev) k++;
  if (k === last + 1 && (tokens[last]!.classes & OF_JOINING_HEAD) !== 0) {
    const joiner = tokens[k];
    if (joiner && joiner.joinPrev && (joiner.classes & (WORD_OF | WORD_FOR)) !== 0) {
      k++;
      if (tokens[k] && (tokens[k]!.classes & WORD_THE) !== 0 && tokens[k]!.joinPrev) k++;
    }
  }
  if (k === last + 1) return last;
  const after = tokens[k];
  return after && after.joinPrev && isNameWord(text, after, lowerWords) ? k : last;
}

/** A lower-case place word ends a run of place or plain name words only: "Jabalia camp", "Kharkiv region", not "Israeli camp" or "Hamas camp". */
function _mayTakePlaceWord(tokens: readonly NameToken[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if ((tokens[k]!.classes & (DEMONYM | KNOWN_ORGANIZATION)) !== 0) return false;
  return true;
}
