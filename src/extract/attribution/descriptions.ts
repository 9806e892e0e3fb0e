import { CLAIMANT_DEMONYMS, ORGANIZATION_HEADS, ORGANIZATION_WORDS, PERSON_ROLE_NOUNS } from '../lexicon/index.js';
import { phraseWords, type Token } from '../text/index.js';
import {
  ASSOCIATION_HEADS,
  BODY_DESCRIPTION_HEADS,
  DESCRIPTION_OF_WORDS,
  DOCUMENT_HEADS,
  GENERIC_PERSON_HEADS,
  OFFICE_WORDS,
  ROLE_STEMS,
} from './data/claimant-words.js';
import { isCapitalisedName } from './name-words.js';
import type { ClaimantKind } from './read-claimant.js';

/** Longest description ("the army's chief spokesman") before "of" or "for". */
const MAX_DESCRIPTION_WORDS = 4;
/** Most words a description may give after "for" or "of" ("the spokesman for the al-Quds Brigades"). */
const MAX_OF_WORDS = 6;
const ACRONYM = /^\p{Lu}{2,}$/u;
const DEFINITE = 'the';
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'another']);
/** Lower-case words inside a body's proper name: "Save the Children", "Doctors of the World". */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the']);

/**
 * A claimant written as a description, not a name: "the ministry", "a provincial official", "the
 * head of the mission", "the statement". What its words say about whom it may stand for.
 */
export interface Description {
  /** "the …" points back to someone named before; "a …" introduces someone the text may name next. */
  definite: boolean;
  /** The head noun, lower case: "official", "ministry", "website", "statement". */
  head: string;
  /** The words between the article and the head, lower case ("provincial", "un", "pro-rebel"). */
  modifiers: string[];
  /** Whether a modifier is an acronym, naming whose it is ("the UN refugee agency"): not any body's other name. */
  owned: boolean;
  /** The words after "of" or "for", lower case, without a leading "the" ("mission", "the al-quds brigades"). */
  owner: string[];
  /** What it may stand for: one person ("the official"), a body ("the agency") or the document a body issued ("the statement"). */
  of: 'person' | 'body' | 'document';
}

/**
 * Reads a claimant phrase as a description: an article, at most three words, a head noun, and
 * perhaps "of"/"for" and whose ("the head of the mission"). Words after the article are lower
 * case, demonyms or acronyms ("a UN spokesman", "The Tolvaren ministry" is a name). Null for a name
 * ("the Gaza health ministry", "Hamas") or a phrase no description's head ends.
 */
export function readDescription(name: string, kind: ClaimantKind): Description | null {
  const all = phraseWords(name, 0, name.length, MAX_DESCRIPTION_WORDS + MAX_OF_WORDS + 2);
  const first = all[0]?.lower;
  if (first === undefined || (first !== DEFINITE && !INDEFINITE.has(first))) return null;
  const of = all.findIndex((w, i) => i >= 2 && DESCRIPTION_OF_WORDS.has(w.lower));
  const words = of < 0 ? all : all.slice(0, of);
  const owner =
    of < 0
      ? []
      : all
          .slice(of + 1)
          .map((w) => w.lower)
          .filter((w, i) => i > 0 || w !== DEFINITE);
  if (words.length < 2 || words.length > MAX_DESCRIPTION_WORDS || (of >= 0 && owner.length === 0)) return null;
  if (owner.length > MAX_OF_WORDS || all.length > MAX_DESCRIPTION_WORDS + MAX_OF_WORDS + 1) return null;
  const rest = words.slice(1);
  const head = words[words.length - 1]!;
  const headWord = head.lower;
  // "The Tolvaren Monitor", "the Office for Refugees" are names; "The Ministry confirms …" in a
  // ministry's own release is the head alone, capitalised as the body's full name writes it (a
  // defence and an interior ministry's releases, examples/): a description still.
  const capitalHead = of < 0 && words.length === 2 && ORGANIZATION_WORDS.has(headWord) && !ACRONYM.test(head.text);
  const named =
    isCapitalisedName(head) ||
    rest.some((w) => isCapitalisedName(w) && !ACRONYM.test(w.text) && !CLAIMANT_DEMONYMS.has(w.lower));
  if (named && !capitalHead) return null;
  const modifiers = rest.slice(0, -1).map((w) => w.lower);
  const owned = rest.some((w) => ACRONYM.test(w.text));
  const definite = first === DEFINITE;
  if (DOCUMENT_HEADS.has(headWord) && of < 0)
    return { definite, head: headWord, modifiers, owned, owner, of: 'document' };
  if (kind === 'person' && PERSON_ROLE_NOUNS.has(headWord))
    return { definite, head: headWord, modifiers, owned, owner, of: 'person' };
  if (kind !== 'person' && (ORGANIZATION_WORDS.has(headWord) || BODY_DESCRIPTION_HEADS.has(headWord)))
    return { definite, head: headWord, modifiers, owned, owner, of: 'body' };
  return null;
}

/**
 * Whether a role (or a description's own words) shows the described person: it holds a stem of the
 * head ("the spokesman" ~ "who speaks for the al-Quds Brigades"), every modifier ("the army
 * spokesman" ~ "army spokesman") and whose ("the spokesman for al-Quds Brigades").
 */
export function roleFits(d: Description, role: string): boolean {
  const r = role.toLowerCase();
  const stems = ROLE_STEMS.get(d.head) ?? [d.head];
  return stems.some((st) => r.includes(st)) && d.modifiers.every((m) => r.includes(m)) && r.includes(d.owner.join(' '));
}

/**
 * Whether the role given with a name fits a description the text used before naming it: "a UN
 * spokesman said … Stephane Varin, spokesman for the UN chief, said", "a provincial official" ~
 * "the provincial governor's spokesman" (an official is anyone holding an office). The role holds
 * every modifier but a demonym ("a Tolvaren governor" ~ "governor of Ostrava province", a place the
 * demonym's country may hold): "a military intelligence official" is not "a rebel spokesman".
 */
export function namedRoleFits(d: Description, role: string): boolean {
  const words = phraseWords(role, 0, role.length).map((w) => w.lower);
  const r = role.toLowerCase();
  if (!d.modifiers.every((m) => CLAIMANT_DEMONYMS.has(m) || words.includes(m))) return false;
  const stems = ROLE_STEMS.get(d.head) ?? [d.head];
  if (stems.some((st) => r.includes(st))) return true;
  return GENERIC_PERSON_HEADS.has(d.head) && words.some((w) => OFFICE_WORDS.has(w));
}

/** Whether a role holds an office ("Governor General of the province", "army spokesman"): what "the official" may point back to. */
export function holdsOffice(role: string): boolean {
  return phraseWords(role, 0, role.length).some((w) => OFFICE_WORDS.has(w.lower));
}

/**
 * Whether a name is a bare proper name, all capitalised, with no word saying what kind of body it
 * is ("Inter-Services Public Relations", "VOA", "Daymohk"): a description of a body ("the media
 * wing", "the website") may stand for it. "the Gaza health ministry" or "Reuters News Agency" say
 * what they are and are found by their head noun instead.
 */
export function isBareName(name: string): boolean {
  const proper = _properWords(name);
  return (
    proper !== null &&
    proper.every((w) => NAME_JOINERS.has(w.lower) || (!ORGANIZATION_HEADS.has(_capitalised(w)) && !_describes(w)))
  );
}

/**
 * Whether a name is an association's proper name, capitalised words ending in a head that a group
 * or organisation may be ("Madani Resistance Committee", "Christian Aid Ministries"): what "the
 * group" or "the organisation" (GROUP_DESCRIPTION_HEADS) may stand for, though its head says what
 * kind of body it is. A state body's head ("Ministry", "Army") is not one: "the group" is not
 * the army that spoke before it.
 */
export function isAssociationName(name: string): boolean {
  const proper = _properWords(name);
  return proper !== null && ASSOCIATION_HEADS.has(proper[proper.length - 1]!.lower);
}

/**
 * The words of a proper name without a leading "the": capitalised words, with "of", "for", "and" or
 * "the" between two of them ("Save the Children", "Doctors of the World"); null for anything else.
 */
function _properWords(name: string): Token[] | null {
  const words = phraseWords(name, 0, name.length);
  const proper = words.filter((w, i) => i > 0 || w.lower !== DEFINITE);
  const last = proper.length - 1;
  if (last < 0 || !isCapitalisedName(proper[0]!) || !isCapitalisedName(proper[last]!)) return null;
  return proper.every((w) => isCapitalisedName(w) || NAME_JOINERS.has(w.lower)) ? proper : null;
}

/** Whether a word of a name is a description's head ("Group", "Agency" written in any case). */
function _describes(w: Token): boolean {
  return BODY_DESCRIPTION_HEADS.has(w.lower) || DOCUMENT_HEADS.has(w.lower);
}

function _capitalised(w: Token): string {
  return w.text[0]!.toUpperCase() + w.text.slice(1).toLowerCase();
}
