import type { Span } from '../../model.js';
import type { NameToken } from './1-tokenize.js';
import type { EntityDraft } from './4-group-mentions.js';
import { KNOWN_BY_LOWER, type KnownName } from './known-names.js';
import { NON_NAME, TITLE_SMALL_WORD } from './word-classes.js';

const FULL_STOP_END_RE = /\.["”’'*)\]]*\s*$/;

/** Longest name, in words, looked for inside a headline. */
const MAX_NAME_WORDS = 6;

/**
 * Whether a line is set in Title Case or ALL CAPS ("Hamas Says Israeli Tanks Forced to Retreat"),
 * where capitals say nothing about names: no final full stop (a body sentence full of names,
 * "Saleh al-Arouri met Abu Hamza in Gaza City.", has one), at least three words outside the small
 * words, and all of them but one in five capitalised.
 */
export function isTitleCaseLine(text: string, span: Span, tokens: readonly NameToken[]): boolean {
  if (FULL_STOP_END_RE.test(text.slice(Math.max(span.start, span.end - 4), span.end))) return false;
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    // "Official Portal | News | 12.06.2023": numbers are neither case.
    if ((t.classes & TITLE_SMALL_WORD) !== 0 || _isDigit(text.charCodeAt(t.start))) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps >= words * 0.8;
}

/**
 * Finds, in a Title Case headline, only names the document or the lists already know, longest
 * first, case-insensitively ("GAZA CITY" → "Gaza City"; "Maarouf" → "Salama Maarouf" when the body
 * names him). Mentions are added to `byName`; a list name new to the document becomes an entity.
 */
export function addHeadlineMentions(
  text: string,
  tokens: readonly NameToken[],
  byName: Map<string, EntityDraft>,
  known: ReadonlyMap<string, KnownName>,
): void {
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    // The stretch of joined capitalised words from i, read once: every shorter stretch is a prefix
    // of it, and so is its lower-case text ("GAZA CITY SHELLED" → "gaza city shelled", "gaza city",
    // "gaza"), unless lower-casing changed the length ("İ" → "i̇"), when each is lower-cased alone.
    const longest = _contiguousFrom(tokens, i, Math.min(MAX_NAME_WORDS, n - i));
    const start = tokens[i]!.start;
    const written = longest > 0 ? text.slice(start, tokens[i + longest - 1]!.end) : '';
    const lower = written.toLowerCase();
    const sameLength = lower.length === written.length;
    let matched = 0;
    for (let len = longest; len >= 1 && matched === 0; len--) {
      const end = tokens[i + len - 1]!.end;
      const key = sameLength ? lower.slice(0, end - start) : text.slice(start, end).toLowerCase();
      const hit = known.get(key) ?? KNOWN_BY_LOWER.get(key);
      if (!hit) continue;
      const span = { start, end };
      const draft = byName.get(hit.name);
      if (draft) draft.mentions.push(span);
      else byName.set(hit.name, { name: hit.name, type: hit.type, strength: 5, by: hit.by, mentions: [span] });
      matched = len;
    }
    i += matched || 1;
  }
}

/** Lower-cased names (and persons' surnames, when only one person has it) of the entities found in the body: built once per document. */
export function documentNames(byName: ReadonlyMap<string, EntityDraft>): Map<string, KnownName> {
  const out = new Map<string, KnownName>();
  const surnames = new Map<string, string | null>();
  for (const d of byName.values()) {
    if (d.type === null) continue;
    out.set(d.name.toLowerCase(), { name: d.name, type: d.type, by: d.by });
    const space = d.name.lastIndexOf(' ');
    if (d.type === 'person' && space > 0) {
      const s = d.name.slice(space + 1).toLowerCase();
      surnames.set(s, surnames.has(s) ? null : d.name);
    }
  }
  for (const [s, name] of surnames) {
    if (name && !out.has(s)) out.set(s, out.get(name.toLowerCase())!);
  }
  return out;
}

/**
 * How many tokens from `first` (at most `max`) form one stretch of capitalised words separated by
 * blanks only: 0 when `first` itself cannot open a name.
 */
function _contiguousFrom(tokens: readonly NameToken[], first: number, max: number): number {
  // "Tell Us", "Who Fled": title-cased common words, never the acronyms "US", "WHO".
  if (!tokens[first]!.cap || (tokens[first]!.classes & NON_NAME) !== 0) return 0;
  let len = 1;
  while (len < max) {
    const k = first + len;
    if (!tokens[k]!.joinPrev || !tokens[k]!.cap || tokens[k - 1]!.possessive) break;
    len++;
  }
  return len;
}

/** Whether a code unit is an ASCII digit, as `\d` reads the first character of a word ("12.06.2023"). */
function _isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
