import type { EntityType, Span } from '../../model.js';
import { isAllCapsWord, type NameToken } from './1-tokenize.js';
import type { NameRun } from './2-propose-runs.js';
import { KNOWN_BY_LOWER, LONGEST_KNOWN_NAME, lookupExact, type KnownName } from './known-names.js';
import {
  DATELINE,
  KNOWN_ORGANIZATION,
  NAME_OPENER,
  NAME_SHAPE,
  ORGANIZATION_HEAD_RULE,
  PLACE_HEAD_RULE,
  PLACE_PREPOSITION_RULE,
  ROLE_WORD_BEFORE,
  SPEAKER_BEFORE_VERB,
  TITLE_BEFORE_NAME,
  UNKNOWN,
  type EntityRule,
} from './rules.js';
import type { LowerCaseWords } from './lower-case-words.js';
import {
  DEMONYM,
  EVENT_OPENER,
  LISTED_NAME,
  LOWERCASE_PLACE_HEAD,
  NAME_HEAD,
  ORGANIZATION_HEAD,
  PERSON_NAME_OPENER,
  PERSON_ROLE_WORD,
  PERSON_TITLE,
  PLACE_DIRECTION_WORD,
  PLACE_HEAD,
  PLACE_NAME,
  PLACE_PREPOSITION,
  SPEECH_VERB_AFTER_NAME,
  TITLE_MODIFIER,
  WORD_FOR,
  WORD_OF,
  WORD_THE,
} from './word-classes.js';

const CAPITAL_ARTICLE = 'THE';

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
  lowerWords: LowerCaseWords;
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
  if ((tokens[first]!.classes & EVENT_OPENER) !== 0) return null;

  const whole = _listed(ctx, first, last);
  if (whole) return whole;
  // "fired by the movement THE KESTREL FRONT", "THE FMLN": an article set in capitals, as copy that
  // caps party names or whole lines writes it (TASS copy in news-dev, the upper-case MUC-4 dev
  // texts), is no part of the name after it, as "the" in lower case is not; a listed whole
  // ("THE HAGUE") was taken above.
  if (first < last && _isCapitalArticle(ctx, first)) {
    first++;
    const inner = _listed(ctx, first, last);
    if (inner) return inner;
  }

  // "President Volodymyr Zelensky", "Israeli Prime Minister Benjamin Netanyahu", "Gen. Herzi Halevi".
  let titleEnd = -1;
  let k = first;
  for (; k <= last; k++) {
    const w = tokens[k]!.classes;
    if ((w & PERSON_TITLE) !== 0) titleEnd = k;
    // "U.S. President Joe Biden": a country before a title qualifies it, like a demonym.
    else if ((w & (DEMONYM | TITLE_MODIFIER)) === 0 && !(titleEnd < 0 && (w & PLACE_NAME) !== 0)) break;
  }
  // Titles alone name nobody: "Prosecutor General", "Israeli Prime Minister", "UN Emergency Relief
  // Coordinator" (a role ending in a title).
  const endsWithHead = (tokens[last]!.classes & NAME_HEAD) !== 0;
  if ((k > last && titleEnd >= 0) || (tokens[last]!.classes & PERSON_TITLE) !== 0) return null;
  // "The Minister of Health, Dr. …": a title's "of"/"for" phrase names an office, not a person
  // (seen in a ministry's press release and an agency's report alike: "Minister of Defence, Gen.
  // …"). Where the office ends and a name begins the capitals do not say; a name written right
  // after it is taken as the last two words, the commonest length of a name in news copy
  // ("Commissioner for Refugee Affairs Ana Lind" → "Ana Lind"), when the office keeps a word.
  if (titleEnd >= 0 && k === titleEnd + 1 && (tokens[k]!.classes & (WORD_OF | WORD_FOR)) !== 0) {
    const office = k + (((tokens[k + 1]?.classes ?? 0) & WORD_THE) !== 0 ? 2 : 1);
    return last - office >= 2 ? _candidate(ctx, last - 1, last, TITLE_BEFORE_NAME) : null;
  }
  if (titleEnd >= 0 && !endsWithHead) {
    return _candidate(ctx, titleEnd + 1, last, TITLE_BEFORE_NAME);
  }

  // Demonyms stay inside an organization or place ("Palestinian Islamic Jihad", "Russian Defence
  // Ministry") and go elsewhere ("Displaced Gazan Khaled Abu Issa", "heavy Israeli").
  if (!endsWithHead) {
    while (last >= first && (tokens[last]!.classes & DEMONYM) !== 0) last--;
    // One demonym at a time: "Palestinian Islamic Jihad" → "Islamic Jihad", a listed name.
    while (first <= last && (tokens[first]!.classes & DEMONYM) !== 0) {
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

  const head = tokens[last]!.classes;
  const single = first === last;
  if (!single && ((head & (PLACE_HEAD | LOWERCASE_PLACE_HEAD)) !== 0 || _placeHeadBeforeOf(tokens, first, last))) {
    return _candidate(ctx, first, last, PLACE_HEAD_RULE);
  }
  if (!single && _hasOrganizationHead(tokens, first, last)) return _candidate(ctx, first, last, ORGANIZATION_HEAD_RULE);
  if (ctx.dateline && first === run.first) return _candidate(ctx, first, last, DATELINE);
  if (!single && (tokens[first]!.classes & PERSON_NAME_OPENER) !== 0) return _candidate(ctx, first, last, NAME_OPENER);

  const before = tokens[first - 1];
  const joinedBefore = before && tokens[first]!.joinPrev;
  if (joinedBefore && (before.classes & PERSON_ROLE_WORD) !== 0) return _candidate(ctx, first, last, ROLE_WORD_BEFORE);
  if (joinedBefore && _placePrepositionBefore(tokens, first - 1))
    return _candidate(ctx, first, last, PLACE_PREPOSITION_RULE);

  // Capitalised common words ("Official Portal", "the Office said") also occur in lower case in
  // the same document; names of people almost never do.
  const common = _hasCommonWord(ctx, first, last);
  const after = tokens[last + 1];
  // "Volunteers said", "Witnesses said": a lone capitalised opener before a verb is a group, not a name.
  const groupOpener = single && tokens[first]!.initial;
  if (
    !common &&
    !groupOpener &&
    after &&
    after.joinPrev &&
    !tokens[last]!.possessive &&
    (after.classes & SPEECH_VERB_AFTER_NAME) !== 0
  ) {
    return _candidate(ctx, first, last, SPEAKER_BEFORE_VERB);
  }
  if (!single && !common && last - first < 4) return _candidate(ctx, first, last, NAME_SHAPE);
  return single ? _candidate(ctx, first, last, UNKNOWN) : null;
}

/** The candidate for the whole name `[first, last]` when a list knows it (ALL CAPS looked up by its letters: "GAZA CITY"). */
function _listed(ctx: RunContext, first: number, last: number): NameCandidate | null {
  const { text, tokens } = ctx;
  // One word no list holds, not in capitals, is none of theirs: its list bits, looked up when it
  // was read, say so without cutting it from the text and hashing it again (most runs are one word).
  if (first === last && (tokens[first]!.classes & LISTED_NAME) === 0 && !isAllCapsWord(text, tokens[first]!))
    return null;
  const written = _nameText(text, tokens[first]!.start, tokens[last]!.end);
  // "GUERRILLAS ATTACKED THE CAPITAL": a run longer than any list name (lower-casing never shortens it) is none.
  if (written.length > LONGEST_KNOWN_NAME) return null;
  const exact = lookupExact(written);
  // The string just looked up is the name: already hashed, so grouping by name hashes it no more.
  if (exact) return _listedCandidate(ctx, first, last, exact, written);
  if (_allCaps(ctx, first, last)) {
    const known = KNOWN_BY_LOWER.get(written.toLowerCase());
    if (known) return _listedCandidate(ctx, first, last, known, known.name);
  }
  return null;
}

/** The token is "THE": the article, written in capitals. */
function _isCapitalArticle(ctx: RunContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return t.end - t.start === CAPITAL_ARTICLE.length && ctx.text.startsWith(CAPITAL_ARTICLE, t.start);
}

function _hasCommonWord(ctx: RunContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = ctx.tokens[k]!;
    if (t.cap && ctx.lowerWords.hasLowerOf(ctx.text, t.start, t.end)) return true;
  }
  return false;
}

function _allCaps(ctx: RunContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!isAllCapsWord(ctx.text, ctx.tokens[k]!)) return false;
  return true;
}

/** "Gaza Health Ministry", and "Ministry of Health" where the head opens the name. */
function _hasOrganizationHead(tokens: readonly NameToken[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if ((tokens[k]!.classes & ORGANIZATION_HEAD) !== 0) return true;
  return false;
}

/** "Gulf of Aden", "Cape of Good Hope": a place word followed by "of" inside the name. */
function _placeHeadBeforeOf(tokens: readonly NameToken[], first: number, last: number): boolean {
  for (let k = first; k < last; k++)
    if ((tokens[k + 1]!.classes & WORD_OF) !== 0 && (tokens[k]!.classes & PLACE_HEAD) !== 0) return true;
  return false;
}

/** "in Rafah", "near Bakhmut", and "north of Gaza City" / "the outskirts of Kherson". */
function _placePrepositionBefore(tokens: readonly NameToken[], k: number): boolean {
  const w = tokens[k]!.classes;
  if ((w & PLACE_PREPOSITION) !== 0) return true;
  const before = tokens[k - 1];
  return (w & WORD_OF) !== 0 && !!before && tokens[k]!.joinPrev && (before.classes & PLACE_DIRECTION_WORD) !== 0;
}

/** The candidate for tokens `[first, last]` typed by `rule`; `name` defaults to the words as written (_nameText). */
function _candidate(ctx: RunContext, first: number, last: number, rule: EntityRule, name?: string): NameCandidate {
  const start = ctx.tokens[first]!.start;
  const end = ctx.tokens[last]!.end;
  return {
    name: name ?? _nameText(ctx.text, start, end),
    span: { start, end },
    type: rule.type,
    strength: rule.strength,
    by: rule.id,
  };
}

/** The candidate for tokens `[first, last]` that a list knows as `known` (the lists' evidence is the strongest). */
function _listedCandidate(ctx: RunContext, first: number, last: number, known: KnownName, name: string): NameCandidate {
  const span = { start: ctx.tokens[first]!.start, end: ctx.tokens[last]!.end };
  return { name, span, type: known.type, strength: KNOWN_ORGANIZATION.strength, by: known.by };
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
