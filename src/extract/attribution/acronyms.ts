import { phraseWords } from '../text/index.js';
import { isCapitalisedName } from './name-words.js';

/** An acronym as a claimant writes it alone: "ISPR", "the TRA". */
const ACRONYM_CLAIMANT = /^(?:the\s+)?(\p{Lu}{2,8})$/iu;
/** An acronym in brackets after the name it shortens: "Tolvaren Relief Authority (TRA)". */
const BRACKETED = /\((\p{Lu}{2,8})\)/gu;
/** Small words a name may hold without giving a letter to its acronym ("Office for the Coordination of …"). */
const LINK_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'du', 'des', 'la', 'al']);
/** Most words read back from the bracket: an acronym's letters, and its link words. */
const MAX_NAME_WORDS = 12;

/**
 * The acronym a claimant is written as ("the TRA" → "TRA"), or null when it is not one ("the
 * ministry", "Reuters"): only an all-capital word may be looked up in the text's expansions.
 */
export function acronymOf(name: string): string | null {
  const m = ACRONYM_CLAIMANT.exec(name);
  return m && m[1] === m[1]!.toUpperCase() ? m[1]! : null;
}

/**
 * The names the text spells out before an acronym in brackets, keyed by the acronym: "the
 * Tolvaren Relief Authority (TRA) said …" then "the TRA added" are one claimant, written the long
 * way (seen in an army's press wing relayed by two outlets' reports, news-dev). The name is the
 * run of capitalised words before the bracket whose initials (each part of a hyphenated word
 * giving one: "Inter-Agency" → I, A) spell the acronym, small link words ("of", "for") giving
 * none; the first spelling wins.
 */
export function acronymTable(text: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const m of text.matchAll(BRACKETED)) {
    const acronym = m[1]!;
    if (table.has(acronym)) continue;
    const name = _spelledBefore(text, m.index, acronym);
    if (name) table.set(acronym, name);
  }
  return table;
}

/** The words just before `end` whose initials spell `acronym`, as written, or null. */
function _spelledBefore(text: string, end: number, acronym: string): string | null {
  const from = Math.max(0, end - acronym.length * 24);
  const words = phraseWords(text, from, end).slice(-MAX_NAME_WORDS);
  let letters = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    // Only spaces between the words of a name: "Relief, Authority" or a sentence end are not one.
    const gap = text.slice(w.end, i === words.length - 1 ? end : words[i + 1]!.start);
    if (gap.trim() !== '') return null;
    if (LINK_WORDS.has(w.lower) && i < words.length - 1) continue;
    if (!isCapitalisedName(w)) return null;
    letters = _initials(w.text) + letters;
    if (letters === acronym) return text.slice(w.start, words[words.length - 1]!.end);
    if (!acronym.endsWith(letters)) return null;
  }
  return null;
}

/** "Inter-Services" → "IS", "Relief" → "R", "UN" → "UN" (an acronym inside a name gives all its letters). */
function _initials(word: string): string {
  if (word === word.toUpperCase()) return word.replace(/[^\p{Lu}]/gu, '');
  return word
    .split('-')
    .map((part) => part[0] ?? '')
    .join('')
    .toUpperCase();
}
