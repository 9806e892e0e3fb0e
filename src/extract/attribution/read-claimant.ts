import {
  CLAIMANT_DEMONYMS,
  HONORIFICS,
  NAME_TITLES,
  ORGANIZATION_WORDS,
  PERSON_ROLE_NOUNS,
  ROLE_NOUNS,
} from '../lexicon/index.js';
import type { RuleId, Span } from '../../model.js';
import {
  DETERMINERS,
  HEAD_PREPOSITIONS,
  INTRO_PREPOSITIONS,
  NOT_IN_CLAIMANT,
  NOT_LAST_IN_CLAIMANT,
  PLURAL_NAME_HEADS,
  OWNER_POSSESSIVES,
  PRONOUNS,
  PUBLISHING_PARTICIPLES,
  SOURCE_CONTAINERS,
  SOURCE_HEADS,
  SOURCE_PHRASE_CUTS,
} from './data/claimant-words.js';
import { LEADING_CONNECTIVES, OCCASION_NOUNS } from './data/frame-words.js';
import { lastOf, phraseWords, type Token, tokensSpan, trimSpan } from '../text/index.js';
import { isCapitalisedName, isNameWord } from './name-words.js';
import { CLAIMANT_RULES } from './rules.js';

/** What a claimant phrase refers to, as far as its words tell. */
export type ClaimantKind = 'person' | 'organization' | 'group';

/** A claimant phrase read from the text, before pronouns and surnames are resolved. */
export interface ClaimantPhrase {
  /** The claimant as written, role split off: "Saleh al-Arouri", "The Israeli military". */
  name: string;
  span: Span;
  role: string | null;
  /** Set when the phrase is a bare pronoun ("he", "it", "they"): what it may refer to. */
  pronoun: ClaimantKind | null;
  /** What the phrase names (a guess from its words; the entities stage may know better). */
  kind: ClaimantKind;
  /**
   * The rules that read the phrase and resolved it, in order (see CLAIMANT_RULES): the reader
   * ("attribution/claimant-before-cue"), refinements ("attribution/role-split-from-name"), then the
   * resolution ("attribution/pronoun-to-claimant"). The attribution's `why.claimant`.
   */
  read: RuleId[];
}

/** `phrase` as read by the reader `rule`: its id goes first in `read`. */
export function readBy(phrase: ClaimantPhrase, rule: RuleId): ClaimantPhrase {
  const { name, span, role, pronoun, kind } = phrase;
  return { name, span, role, pronoun, kind, read: [rule, ...phrase.read] };
}

// The claimant reader tries many stretches for each cue: a phrase shares these lists (never changed;
// a rule added later makes a new list) instead of allocating one each time.
const NO_RULES: RuleId[] = [];
const ROLE_SPLIT: RuleId[] = [CLAIMANT_RULES.roleSplit];

const MAX_CLAIMANT_WORDS = 10;
/** Longest claimant that is a title joined by "of"/"and" and a name ("… Spokesperson and Deputy Inspector General of Police Dan Varga"). */
const MAX_TITLED_WORDS = 14;
/** Lower-case words inside a capitalised title: "Inspector General of Police", "Minister for Defence". */
const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and']);
/** Longest source phrase read after "according to" ("an email from the president of the federation obtained by …"). */
const MAX_SOURCE_WORDS = 20;
// "released", "obtained", "conducted": a participle after the head starts a description of the source.
const PARTICIPLE_ED = /^\p{Ll}{3,}ed$/u;
const DIGITS = /^\p{N}/u;
const LOWER_START = /^\p{Ll}/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
// "officials", "forces" end in a plural s; "crisis", "bus", "press" do not.
const PLURAL_S = /[^su]s$/;
const NOT_PLURAL_S = /(?:ss|is|us)$/;
const MAX_BARE_HEADLINE_WORDS = 3;
const ING_WORD = /^\p{Ll}{3,}ing$/u; // "competing", not "wing"
// "the UN humanitarian office (OCHA)" → "the UN humanitarian office": a trailing parenthesis.
const TRAILING_PARENS = /\s*\([^()]*\)\s*$/u;
const CLOSING_PAREN = 0x29;

/**
 * Reads a claimant noun phrase from `text[start, end)`, a stretch already cut at commas and clause
 * boundaries. Returns null when the words cannot be a claimant (a verb or conjunction inside, an
 * article alone, more than ten words). Splits a role written before a name: "Displaced Gazan
 * Khaled Abu Issa" → name "Khaled Abu Issa", role "Displaced Gazan"; "the Palestinian resistance
 * movement Hamas" → "Hamas", role "the Palestinian resistance movement".
 */
export function readClaimant(text: string, start: number, end: number): ClaimantPhrase | null {
  let span = trimSpan(text, { start, end });
  // The trimmed span ends in a letter, a digit or ")": only the last asks for the pattern.
  const parens =
    text.charCodeAt(span.end - 1) === CLOSING_PAREN ? TRAILING_PARENS.exec(text.slice(span.start, span.end)) : null;
  if (parens) span = trimSpan(text, { start: span.start, end: span.start + parens.index });
  let tokens = phraseWords(text, span.start, span.end);
  while (tokens.length > 1 && LEADING_CONNECTIVES.has(tokens[0]!.lower)) tokens = tokens.slice(1);
  if (tokens.length > 1 && HONORIFICS.has(tokens[0]!.lower)) tokens = tokens.slice(1);
  if (_possessiveBeforeName(tokens)) tokens = tokens.slice(1);
  tokens = _beforeOccasion(tokens);
  if (tokens.length > 0 && INTRO_PREPOSITIONS.has(tokens[0]!.lower)) {
    const rest = _afterIntro(tokens);
    if (!rest) return null;
    tokens = rest;
  }
  if (tokens.length === 0) return null;
  const first = tokens[0]!;
  if (tokens.length === 1 && PRONOUNS.has(first.lower)) {
    const kind = PRONOUNS.get(first.lower)!;
    return { name: first.text, span: tokensSpan(tokens), role: null, pronoun: kind, kind, read: NO_RULES };
  }
  const contained = _afterContainer(text, tokens);
  if (contained) return contained;
  // "Police Spokesperson and Deputy Inspector General of Police Dan Varga": a long title before a name.
  if (tokens.length > MAX_CLAIMANT_WORDS)
    return tokens.length <= MAX_TITLED_WORDS ? _titleChainSplit(text, tokens) : null;
  if (!_isClaimantShape(tokens)) return null;
  return _splitRole(text, tokens);
}

const OCCASIONS: ReadonlySet<string> = new Set(OCCASION_NOUNS);
/** Most words between the determiner and the occasion noun: "in a short written statement". */
const MAX_OCCASION_MODIFIERS = 3;

/**
 * The words before an occasion phrase that ends the claimant: "the coalition in a statement said",
 * "The army in a video statement on Monday said" → "the coalition", "The army" (the phrase is how
 * it spoke, as after the verb: "said in a statement"). Seen in a Pakistani daily's report of an army
 * statement and in an Armenian agency's report of a NATO statement (news wires on Afghanistan).
 */
function _beforeOccasion(tokens: Token[]): Token[] {
  for (let k = 1; k < tokens.length - 2; k++) {
    if (tokens[k]!.lower !== 'in' || !DETERMINERS.has(tokens[k + 1]!.lower)) continue;
    const modifiers = tokens.slice(k + 2, k + 3 + MAX_OCCASION_MODIFIERS);
    if (modifiers.some((t) => OCCASIONS.has(t.lower))) return tokens.slice(0, k);
  }
  return tokens;
}

/**
 * Whether the phrase is "its" or "their" before a name ("Its General Staff", "their Coastal
 * Guard"): the possessive points back to the owner named before and is no part of the name, which
 * is read as if written alone (the general trim of what opens a claimant, with connectives and
 * honorifics). A description keeps it: "its director", "their Ohio-based church group" (a
 * lower-case word) say whose they are.
 */
function _possessiveBeforeName(tokens: readonly Token[]): boolean {
  if (tokens.length < 2 || !OWNER_POSSESSIVES.has(tokens[0]!.lower) || !isCapitalisedName(tokens[1]!)) return false;
  return tokens.slice(2).every((t) => isCapitalisedName(t) || TITLE_JOINERS.has(t.lower) || t.lower === 'the');
}

/**
 * The source named after "according to" when it is longer than a claimant phrase, or null:
 * - the agent after "by" when a document noun or a publishing participle stands right before it
 *   ("a new poll by the Harvard Institute of Politics" → "the Harvard Institute of Politics", "a
 *   report released Tuesday by the group Airwatch" → "the group Airwatch"); `agentOnly` asks for
 *   this reading alone;
 * - else the words before a relative word, preposition of time or place or participle ("members who
 *   spoke with reporters" → "members", "an email … obtained by a reporter" → "an email …").
 * At most MAX_SOURCE_WORDS words; null for a pronoun.
 */
export function readSourcePhrase(text: string, start: number, end: number, agentOnly: boolean): ClaimantPhrase | null {
  const tokens = phraseWords(text, start, end, MAX_SOURCE_WORDS + 1);
  const first = tokens[0];
  // "according to him" is a pronoun; "according to her report" a source phrase.
  if (!first || tokens.length > MAX_SOURCE_WORDS || (PRONOUNS.has(first.lower) && !DETERMINERS.has(first.lower)))
    return null;
  const by = tokens.findIndex((t, i) => i > 0 && t.lower === 'by');
  if (
    by > 0 &&
    by < tokens.length - 1 &&
    tokens
      .slice(Math.max(0, by - 3), by)
      .some((t) => SOURCE_CONTAINERS.has(t.lower) || PUBLISHING_PARTICIPLES.has(t.lower))
  ) {
    const agent = _cutAtRelative(tokens.slice(by + 1));
    return readClaimant(text, agent[0]!.start, agent[agent.length - 1]!.end) ?? _phrase(text, agent, []);
  }
  if (agentOnly) return null;
  const head = _cutAtRelative(tokens);
  if (NOT_LAST_IN_CLAIMANT.has(head[head.length - 1]!.lower)) return null;
  return readClaimant(text, head[0]!.start, head[head.length - 1]!.end) ?? _phrase(text, head, []);
}

/** The words before the first relative word, preposition or participle after the first word ("members who spoke" → "members"). */
function _cutAtRelative(tokens: readonly Token[]): readonly Token[] {
  const k = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      (SOURCE_PHRASE_CUTS.has(t.lower) || (PARTICIPLE_ED.test(t.text) && !DETERMINERS.has(tokens[i - 1]!.lower))),
  );
  return k > 0 ? tokens.slice(0, k) : tokens;
}

/**
 * True when the words look like a person's name: two to five capitalised words or name particles,
 * none of them a title, demonym or organisation word ("Salama Maarouf", "Abu Hamza").
 */
export function isPersonName(tokens: readonly Token[]): boolean {
  if (tokens.length < 2 || tokens.length > 5 || !isCapitalisedName(tokens[0]!)) return false;
  return tokens.every(
    (t) =>
      isNameWord(t) &&
      !ORGANIZATION_WORDS.has(t.lower) &&
      !CLAIMANT_DEMONYMS.has(t.lower) &&
      !NAME_TITLES.has(t.lower) &&
      !DETERMINERS.has(t.lower),
  );
}

/** Whether a phrase names a plural group ("Palestinian officials", "the Rapid Support Forces"). */
export function isPluralPhrase(tokens: readonly Token[]): boolean {
  const last = lastOf(tokens);
  if (!last) return false;
  if (PLURAL_NAME_HEADS.has(last.lower)) return true;
  return LOWER_START.test(last.text) && PLURAL_S.test(last.lower) && !NOT_PLURAL_S.test(last.lower);
}

function _isClaimantShape(tokens: readonly Token[]): boolean {
  if (tokens.length > MAX_CLAIMANT_WORDS) return false;
  // "WHO", "US": an acronym is a name, not the function word it spells.
  if (tokens.some((t) => NOT_IN_CLAIMANT.has(t.lower) && !ACRONYM.test(t.text))) return false;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  // "The competing claims set off protests": a phrase ending in an -ing word modifies the cue word.
  if (NOT_LAST_IN_CLAIMANT.has(last.lower) || ING_WORD.test(last.text)) return false;
  if (DETERMINERS.has(first.lower)) return tokens.length > 1;
  if (isCapitalisedName(first) || DIGITS.test(first.text)) return true;
  // Lower case opening: a source noun ("medical sources with the group", "witnesses"), or a role
  // before a name ("volunteer Andriy Tkach", "government spokeswoman Arta Berisha").
  if (SOURCE_HEADS.has(headWord(tokens).lower)) return true;
  // Headline style drops the article: "ministry says 471 killed", "monitor says 23 dead".
  if (
    tokens.length <= MAX_BARE_HEADLINE_WORDS &&
    (ORGANIZATION_WORDS.has(last.lower) || PERSON_ROLE_NOUNS.has(last.lower))
  )
    return true;
  let k = tokens.length;
  while (k > 0 && isNameWord(tokens[k - 1]!)) k--;
  return k < tokens.length && isCapitalisedName(tokens[k]!) && tokens.slice(0, k).some((t) => ROLE_NOUNS.has(t.lower));
}

/**
 * Whether a claimant phrase names someone who can report (a person, a body, a group, a source),
 * not a thing ("A previous toll", "the scale of the damage"): a pronoun, or a head that is
 * capitalised or a noun of a role, a body or a source.
 */
export function namesParty(phrase: ClaimantPhrase): boolean {
  if (phrase.pronoun) return true;
  const tokens = phraseWords(phrase.name, 0, phrase.name.length);
  if (tokens.length === 0) return false;
  const head = headWord(tokens);
  return (
    isCapitalisedName(head) ||
    ROLE_NOUNS.has(head.lower) ||
    PERSON_ROLE_NOUNS.has(head.lower) ||
    ORGANIZATION_WORDS.has(head.lower) ||
    SOURCE_HEADS.has(head.lower)
  );
}

/** The head noun: the last word before a preposition ("sources with the group" → "sources"). */
export function headWord(tokens: readonly Token[]): Token {
  const prep = tokens.findIndex((t, i) => i > 0 && HEAD_PREPOSITIONS.has(t.lower));
  return tokens[(prep < 0 ? tokens.length : prep) - 1]!;
}

/**
 * The words after short introductory phrases, which are no part of a claimant: "In statement the
 * ministry said", "In a statement in Hebrew the army said", "On Tuesday the army said" → "the
 * ministry", "the army" (each phrase a preposition, an optional article and one word; then a
 * phrase opening with an article or a capital; seen in a state agency's report and a wire story).
 * Null when a phrase is longer ("In another report from the province, …": no claimant there at all).
 */
function _afterIntro(tokens: readonly Token[]): Token[] | null {
  let at = 0;
  while (tokens[at] && INTRO_PREPOSITIONS.has(tokens[at]!.lower)) {
    at += tokens[at + 1] && DETERMINERS.has(tokens[at + 1]!.lower) ? 3 : 2;
  }
  const next = tokens[at];
  return next && (DETERMINERS.has(next.lower) || isCapitalisedName(next)) ? tokens.slice(at) : null;
}

/**
 * "figures from the health ministry" → the health ministry; "a statement by the army" → the army;
 * "a statement issued by the governor's office" → the governor's office: a publishing participle
 * between the document and its author, as "according to" already reads it (readSourcePhrase). Seen
 * opening a sentence in a Sputnik story carried by a Pakistani site, after "according to" in a
 * Kuwaiti agency's story.
 */
function _afterContainer(text: string, tokens: readonly Token[]): ClaimantPhrase | null {
  const k = tokens.findIndex((t) => t.lower === 'from' || t.lower === 'by');
  if (k < 1 || k === tokens.length - 1) return null;
  const before = tokens
    .slice(0, k)
    .filter((t) => !DETERMINERS.has(t.lower) && t.lower !== 'latest' && t.lower !== 'official')
    .filter((t, i, kept) => !(i > 0 && i === kept.length - 1 && PUBLISHING_PARTICIPLES.has(t.lower)));
  if (before.length !== 1 || !SOURCE_CONTAINERS.has(before[0]!.lower)) return null;
  const inner = readClaimant(text, tokens[k + 1]!.start, tokens[tokens.length - 1]!.end);
  return inner && { ...inner, read: [CLAIMANT_RULES.container, ...inner.read] };
}

function _splitRole(text: string, tokens: readonly Token[]): ClaimantPhrase {
  const n = tokens.length;
  let runStart = n;
  while (runStart > 0 && isNameWord(tokens[runStart - 1]!)) runStart--;
  while (runStart < n && !isCapitalisedName(tokens[runStart]!)) runStart++;
  const prefix = tokens.slice(0, runStart);
  const contentPrefix = prefix.filter((t) => !DETERMINERS.has(t.lower));
  const prefixLast = lastOf(prefix);
  // "Hamas spokesman Abu Obeida", "the Palestinian resistance movement Hamas": a role noun in a
  // lower-case prefix, which ends on a noun (not "the spokesman for al-Quds Brigades").
  if (
    runStart < n &&
    prefixLast &&
    contentPrefix.some((t) => !isCapitalisedName(t)) &&
    !NOT_LAST_IN_CLAIMANT.has(prefixLast.lower) &&
    contentPrefix.some((t) => ROLE_NOUNS.has(t.lower) || CLAIMANT_DEMONYMS.has(t.lower)) &&
    !_objectOfPreposition(prefix, tokens.slice(runStart))
  ) {
    return _phrase(text, tokens.slice(runStart), prefix);
  }
  // All capitalised: "Israeli Prime Minister Benjamin Netanyahu", "Displaced Gazan Khaled Abu Issa".
  if (contentPrefix.every(isCapitalisedName)) {
    for (let i = n - 2; i >= 0; i--) {
      const t = tokens[i]!;
      if (!NAME_TITLES.has(t.lower) && !CLAIMANT_DEMONYMS.has(t.lower)) continue;
      const rest = tokens.slice(i + 1);
      // "according to the General Staff": a title before a group's noun (SOURCE_HEADS) names a body,
      // no person "Staff" (army reports and the agency copy carrying them write it alike: "the
      // General Staff said 40 were killed").
      const group = rest.length === 1 && SOURCE_HEADS.has(rest[0]!.lower);
      if (
        !group &&
        rest.every(isNameWord) &&
        !rest.some((r) => ORGANIZATION_WORDS.has(r.lower) || CLAIMANT_DEMONYMS.has(r.lower))
      ) {
        return _phrase(text, rest, tokens.slice(0, i + 1));
      }
      break;
    }
  }
  return _titleChainSplit(text, tokens) ?? _phrase(text, tokens, []);
}

/**
 * A title of capitalised words joined by "of", "for" or "and", holding a title or role word, then
 * a name: "Deputy Inspector General of Police Dan Varga", "Regional Police Spokesperson and
 * Inspector of Police Varga" → the name, the title its role. Seen in a Nepali agency's report
 * (news-dev) and in PolNeAR train ("Secretary of State …", "Supervisor of Elections …" before a name).
 */
function _titleChainSplit(text: string, tokens: readonly Token[]): ClaimantPhrase | null {
  let k = tokens.length;
  while (k > 0 && isCapitalisedName(tokens[k - 1]!) && !_titleWord(tokens[k - 1]!)) k--;
  const from = DETERMINERS.has(tokens[0]!.lower) ? 1 : 0;
  if (k <= from || k === tokens.length || !isCapitalisedName(tokens[k - 1]!)) return null;
  const title = tokens.slice(from, k);
  if (
    !title.some((t) => TITLE_JOINERS.has(t.lower)) ||
    !title.every((t) => isCapitalisedName(t) || TITLE_JOINERS.has(t.lower)) ||
    !title.some((t) => NAME_TITLES.has(t.lower) || ROLE_NOUNS.has(t.lower))
  )
    return null;
  return { ..._phrase(text, tokens.slice(k), tokens.slice(0, k)), kind: 'person' };
}

/** A word of a title or a body's name, never of a person's: "Inspector", "Police", "Tolvaren". */
function _titleWord(t: Token): boolean {
  return (
    NAME_TITLES.has(t.lower) ||
    ROLE_NOUNS.has(t.lower) ||
    ORGANIZATION_WORDS.has(t.lower) ||
    CLAIMANT_DEMONYMS.has(t.lower)
  );
}

/**
 * Whether the capitalised words after a role prefix finish a phrase a preposition in it opened,
 * unless they are a person's name: "the mayor of a town in northern Tolvaria" and "a columnist for
 * the news site Kestrel" name a place and a medium, not a person called "Tolvaria" or "Kestrel";
 * "the head of the UN mission Anna Varga" names her. Seen in a wire digest (news-dev) and in PolNeAR
 * train ("a spokesman for committee …", "a columnist for the … site …").
 */
function _objectOfPreposition(prefix: readonly Token[], run: readonly Token[]): boolean {
  const role = prefix.findIndex((t) => ROLE_NOUNS.has(t.lower));
  return role >= 0 && prefix.slice(role + 1).some((t) => HEAD_PREPOSITIONS.has(t.lower)) && !isPersonName(run);
}

function _phrase(text: string, nameTokens: readonly Token[], roleTokens: readonly Token[]): ClaimantPhrase {
  const span = tokensSpan(nameTokens);
  let role: string | null = null;
  if (roleTokens.length > 0) {
    const r = tokensSpan(roleTokens);
    // "Lt. Col." keeps the full stop of its last abbreviation.
    const end = text[r.end] === '.' ? r.end + 1 : r.end;
    role = text.slice(r.start, end);
  }
  // "the regional governor", "A spokesman for Iran's foreign ministry": one person, though unnamed.
  const personal =
    isPersonName(nameTokens) ||
    (!isCapitalisedName(headWord(nameTokens)) && PERSON_ROLE_NOUNS.has(headWord(nameTokens).lower));
  const kind: ClaimantKind = personal ? 'person' : isPluralPhrase(nameTokens) ? 'group' : 'organization';
  const read = roleTokens.length > 0 ? ROLE_SPLIT : NO_RULES;
  return { name: text.slice(span.start, span.end), span, role, pronoun: null, kind, read };
}
