import type { EntityType, Span } from '../../model.js';
import type { NameToken } from './1-tokenize.js';
import type { NameRun } from './2-propose-runs.js';
import { DEMONYMS } from './data/demonyms.js';
import { PERSON_NAME_OPENERS } from './data/name-particles.js';
import { ORGANIZATION_HEADS } from './data/organization-cues.js';
import { PERSON_ROLE_WORDS, PERSON_TITLES, SPEECH_VERBS_AFTER_NAME, TITLE_MODIFIERS } from './data/person-cues.js';
import { LOWERCASE_PLACE_HEADS, PLACE_DIRECTION_WORDS, PLACE_HEADS, PLACE_PREPOSITIONS } from './data/place-cues.js';
import { EVENT_OPENERS } from './data/sentence-starters.js';
import { KNOWN_BY_LOWER, LONGEST_KNOWN_NAME, lookupExact, PLACE_NAMES } from './lexicon.js';
import type { LowerCaseWords } from './lower-case-words.js';

/**
 * One mention proposed as a name. `type` is null when nothing typed it (a lone capitalised word):
 * it may still join an entity typed elsewhere, or a full name it is the surname of.
 * `strength` ranks the evidence when mentions of one name disagree: lists 5, heads and titles 4,
 * name openers and role words 3, prepositions and speech verbs 2, name shape 1, nothing 0.
 */
export interface NameCandidate {
  name: string;
  span: Span;
  type: EntityType | null;
  strength: number;
  by: string;
}

/** What the classifier may look at around a run. */
export interface RunContext {
  text: string;
  tokens: readonly NameToken[];
  /** The run is the first words of one of the first paragraphs and a dateline tail follows. */
  dateline: boolean;
  /** Words the document writes in lower case somewhere ("official", "office"). */
  lowerVocabulary: LowerCaseWords;
}

/**
 * Types a proposed run: peels titles and demonyms off the front ("Israeli Prime Minister Benjamin
 * Netanyahu" → "Benjamin Netanyahu", person), then tries the cues from the strongest down: the
 * lists, head words, the dateline, name openers ("Abu", "Umm"), role words before the name,
 * place prepositions, a speech verb after it, and finally the shape (two or more name words).
 * Returns null when nothing of a name is left ("Israeli", "President", "Operation al-Aqsa Storm").
 */
export function classifyRun(run: NameRun, ctx: RunContext): NameCandidate | null {
  const { tokens } = ctx;
  let first = run.first;
  let last = run.last;
  if (EVENT_OPENERS.has(tokens[first]!.text)) return null;

  const whole = _listed(ctx, first, last);
  if (whole) return whole;

  // "President Volodymyr Zelensky", "Israeli Prime Minister Benjamin Netanyahu", "Gen. Herzi Halevi".
  let titleEnd = -1;
  let k = first;
  for (; k <= last; k++) {
    const w = tokens[k]!.text;
    if (PERSON_TITLES.has(w)) titleEnd = k;
    // "U.S. President Joe Biden": a country before a title qualifies it, like a demonym.
    else if (!DEMONYMS.has(w) && !TITLE_MODIFIERS.has(w) && !(titleEnd < 0 && PLACE_NAMES.has(w))) break;
  }
  // Titles alone name nobody: "Prosecutor General", "Israeli Prime Minister", "UN Emergency Relief
  // Coordinator" (a role ending in a title).
  if ((k > last && titleEnd >= 0) || PERSON_TITLES.has(tokens[last]!.text)) return null;
  if (titleEnd >= 0 && !_endsWithHead(tokens[last]!.text)) {
    return _candidate(ctx, titleEnd + 1, last, 'person', 4, 'entities/title-before-name');
  }

  // Demonyms stay inside an organization or place ("Palestinian Islamic Jihad", "Russian Defence
  // Ministry") and go elsewhere ("Displaced Gazan Khaled Abu Issa", "heavy Israeli").
  if (!_endsWithHead(tokens[last]!.text)) {
    while (last >= first && DEMONYMS.has(tokens[last]!.text)) last--;
    // One demonym at a time: "Palestinian Islamic Jihad" → "Islamic Jihad", a listed name.
    while (first <= last && DEMONYMS.has(tokens[first]!.text)) {
      first++;
      const inner = first <= last ? _listed(ctx, first, last) : null;
      if (inner) return inner;
    }
    if (first > last) return null;
    if (last !== run.last) {
      const inner = _listed(ctx, first, last);
      if (inner) return inner;
    }
  }

  const head = tokens[last]!.text;
  const single = first === last;
  if (!single && (PLACE_HEADS.has(head) || LOWERCASE_PLACE_HEADS.has(head) || _placeHeadBeforeOf(tokens, first, last))) {
    return _candidate(ctx, first, last, 'place', 4, 'entities/place-head');
  }
  if (!single && _hasOrganizationHead(tokens, first, last)) return _candidate(ctx, first, last, 'organization', 4, 'entities/organization-head');
  if (ctx.dateline && first === run.first) return _candidate(ctx, first, last, 'place', 4, 'entities/dateline');
  if (!single && PERSON_NAME_OPENERS.has(tokens[first]!.text)) return _candidate(ctx, first, last, 'person', 3, 'entities/name-opener');

  const before = tokens[first - 1];
  const joinedBefore = before && tokens[first]!.joinPrev;
  if (joinedBefore && PERSON_ROLE_WORDS.has(before.text)) return _candidate(ctx, first, last, 'person', 3, 'entities/role-word-before');
  if (joinedBefore && _placePrepositionBefore(tokens, first - 1)) return _candidate(ctx, first, last, 'place', 2, 'entities/place-preposition');

  // Capitalised common words ("Official Portal", "the Office said") also occur in lower case in
  // the same document; names of people almost never do.
  const common = _hasCommonWord(ctx, first, last);
  const after = tokens[last + 1];
  // "Volunteers said", "Witnesses said": a lone capitalised opener before a verb is a group, not a name.
  const groupOpener = single && tokens[first]!.initial;
  if (!common && !groupOpener && after && after.joinPrev && !tokens[last]!.possessive && SPEECH_VERBS_AFTER_NAME.has(after.text)) {
    return _candidate(ctx, first, last, 'person', 2, 'entities/speaker-before-verb');
  }
  if (!single && !common && last - first < 4) return _candidate(ctx, first, last, 'person', 1, 'entities/name-shape');
  return single ? _candidate(ctx, first, last, null, 0, 'entities/unknown') : null;
}

/** The candidate for the whole name `[first, last]` when a list knows it (ALL CAPS looked up by its letters: "GAZA CITY"). */
function _listed(ctx: RunContext, first: number, last: number): NameCandidate | null {
  const { text, tokens } = ctx;
  const written = _nameText(text, tokens[first]!.start, tokens[last]!.end);
  // "GUERRILLAS ATTACKED THE CAPITAL": a run longer than any list name (lower-casing never shortens it) is none.
  if (written.length > LONGEST_KNOWN_NAME) return null;
  const exact = lookupExact(written);
  if (exact) return _candidate(ctx, first, last, exact.type, 5, exact.by);
  if (_allCaps(tokens, first, last)) {
    const known = KNOWN_BY_LOWER.get(written.toLowerCase());
    if (known) return { ..._candidate(ctx, first, last, known.type, 5, known.by), name: known.name };
  }
  return null;
}

function _hasCommonWord(ctx: RunContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = ctx.tokens[k]!;
    if (t.cap && ctx.lowerVocabulary.has(t.text)) return true;
  }
  return false;
}

function _allCaps(tokens: readonly NameToken[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!tokens[k]!.allCaps) return false;
  return true;
}

function _endsWithHead(word: string): boolean {
  return ORGANIZATION_HEADS.has(word) || PLACE_HEADS.has(word) || LOWERCASE_PLACE_HEADS.has(word);
}

/** "Gaza Health Ministry", and "Ministry of Health" where the head opens the name. */
function _hasOrganizationHead(tokens: readonly NameToken[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (ORGANIZATION_HEADS.has(tokens[k]!.text)) return true;
  return false;
}

/** "Gulf of Aden", "Cape of Good Hope": a place word followed by "of" inside the name. */
function _placeHeadBeforeOf(tokens: readonly NameToken[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (tokens[k + 1]!.text === 'of' && PLACE_HEADS.has(tokens[k]!.text)) return true;
  return false;
}

/** "in Rafah", "near Bakhmut", and "north of Gaza City" / "the outskirts of Kherson". */
function _placePrepositionBefore(tokens: readonly NameToken[], k: number): boolean {
  const w = tokens[k]!.text;
  if (PLACE_PREPOSITIONS.has(w)) return true;
  const before = tokens[k - 1];
  return w === 'of' && !!before && tokens[k]!.joinPrev && PLACE_DIRECTION_WORDS.has(before.text);
}

function _candidate(ctx: RunContext, first: number, last: number, type: EntityType | null, strength: number, by: string): NameCandidate {
  const start = ctx.tokens[first]!.start;
  const end = ctx.tokens[last]!.end;
  return { name: _nameText(ctx.text, start, end), span: { start, end }, type, strength, by };
}

const ODD_BLANKS_RE = /[\t\u00a0]+/g;

/** The name as written, with tabs and no-break spaces as plain spaces ("Gaza\u00a0City" → "Gaza City"). */
function _nameText(text: string, start: number, end: number): string {
  const written = text.slice(start, end);
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x09 || c === 0xa0) return written.replace(ODD_BLANKS_RE, ' ');
  }
  return written;
}
