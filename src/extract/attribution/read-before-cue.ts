import {
  CLAIMANT_DEMONYMS,
  LY_NOUNS,
  NAME_TITLES,
  PERSON_ROLE_NOUNS,
  ROLE_NOUNS,
  WEEKDAY_NAMES,
} from '../lexicon/index.js';
import type { RuleId, Span } from '../../model.js';
import type { QuoteRun } from '../sentences/index.js';
import { DETERMINERS, NOT_IN_CLAIMANT } from './data/claimant-words.js';
import {
  BEFORE_CUE_FILLERS,
  CLAUSE_BOUNDARIES,
  COORDINATING_BOUNDARIES,
  SUBORDINATING_AFTER_COMMA,
  GAP_RELATIVES,
  INTRO_OPENERS,
  NON_CLAUSE_OPENERS,
  NON_ROLE_APPOSITIVES,
  ROLE_RELATIVES,
} from './data/frame-words.js';
import type { CueContext } from './read-after-cue.js';
import { isPersonName, readBy, readClaimant, type ClaimantPhrase } from './read-claimant.js';
import { CLAIMANT_RULES } from './rules.js';
import { phraseWords, trimSpan, withQuoteMarks } from '../text/index.js';
import { isCapitalisedName } from './name-words.js';
import { isSpace } from '../text/index.js';

/** What stands before a reporting verb. */
export interface BeforeCue {
  claimant: ClaimantPhrase;
  /** A clause before the claimant: "Troops retreated, the army said" → "Troops retreated". */
  contentBefore: Span | null;
  /** A quotation closing just before the claimant: "“…,” he said". */
  quoteBefore: QuoteRun | null;
  /**
   * For "X said A, while Y said B": where an earlier report's content must stop (the comma before
   * "while"). Null when the claimant is not coordinated with an earlier clause.
   */
  cut: number | null;
  /** "Another displaced Gazan, Um Hassan says": the phrase before the name, a role if content follows. */
  preRole: string | null;
  /** "Barkley, who said he votes, said …": the cue sits in a relative clause, whose content ends at its comma. */
  relative: boolean;
  /**
   * "the strike, which the ministry said killed 12, …", "what she said was a deliberate attack": a
   * relative word before the claimant stands for the subject or object of the reported clause, which
   * follows the cue (`argument`); after a preposition ("an interview in which he says he will …") it
   * stands for an adverbial, and the clause after the cue is whole (`adjunct`).
   */
  gap?: 'argument' | 'adjunct';
}

interface Segment {
  span: Span;
  /** What ends the segment before this one: a comma, a closing quotation mark, or a strong stop (; : —). */
  after: ',' | 'quote' | 'strong' | 'start';
}

const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAY_NAMES.map((w) => w.toLowerCase()));
const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'for']);
const MIN_CLAUSE_WORDS = 3;
const MAX_PRE_ROLE_WORDS = 6;
/** Characters before a cue searched for a claimant and its clause boundary. */
const MAX_CLAIMANT_STRETCH = 160;
const INDEFINITE = new Set(['a', 'an', 'another']);
/** Lower-case words inside a proper name: "Organization for Migration", "Ministry of Health". */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on']);
// "The Migration Office (MO)": an acronym in brackets after the name.
const ACRONYM_AFTER = /^\s*\(\p{Lu}[\p{Lu}\p{N}&-]+\)\s*$/u;
const AGE = /^\p{N}+$/u;
const DIGIT_START = /^\p{N}/u;
const ADVERB_LY = /^\p{Ll}{3,}ly$/u;
const POSSESSIVE = /['’]s$/u;
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;
const LETTER = /\p{L}/u;
const SPACES_AND_COMMAS = /^[\s,]*$/;
// After a quoted name inside a noun phrase: a space and a lower-case word ("“White Helmets” organization").
const QUOTED_NAME_AFTER = /^ \p{Ll}/u;
const QUOTED_NAME_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const MAX_QUOTED_NAME_WORDS = 3;
const MAX_AFTER_QUOTED_NAME = 4;
const BLANK = /^[\s*_#>]*$/;
const RELATIVE_PRONOUN = /^\s*(?:which|who)\s*$/u;
const RELATIVE_WHO = 'who';
const FREE_RELATIVE = 'what';
/** Longest relative clause kept as the role of a claimant before its cue ("voters who have listened to him say"). */
const MAX_RELATIVE_WORDS = 12;
/** A clause this short that opens like "In a statement" or "On Monday" is an introduction, not content. */
const MAX_INTRO_WORDS = 6;

/**
 * Reads the claimant written before a cue at `cueStart`, in the stretch `[regionStart, cueStart)`
 * (the sentence, after any earlier cue in it). Handles "Hamas said", "the Gaza health ministry has
 * also said", "Saleh al-Arouri, an exiled Hamas commander, told", "“…,” he said", "CLAUSE, X said"
 * and "…, while the group said". Returns null when no claimant phrase stands there.
 */
export function readBeforeCue(c: CueContext, regionStart: number, cueStart: number): BeforeCue | null {
  const { text } = c;
  const end = _stripFillers(text, regionStart, cueStart);
  const segs = _segments(c, regionStart, end);
  if (segs.length === 0) return null;
  const last = segs[segs.length - 1]!;
  if (_isBlank(text, last.span) && last.after === ',') return _apposition(c, segs.slice(0, -1));
  // "…, while the Islamist group said": the claimant starts after the boundary word.
  const bounded = _afterBoundary(text, last);
  if (!bounded) return null;
  const { start, cut } = bounded;
  const before = segs[segs.length - 2];
  if (before && last.after === ',' && RELATIVE_PRONOUN.test(text.slice(start, last.span.end))) {
    // "the Hamas-run health ministry, which claims that …", "Barkley, who said he …, said": the phrase before the comma.
    const antecedent = _trailingPhrase(text, before.span);
    return (
      antecedent && {
        claimant: readBy(antecedent, CLAIMANT_RULES.relativeAntecedent),
        contentBefore: null,
        quoteBefore: null,
        cut: null,
        preRole: null,
        relative: true,
      }
    );
  }
  const phrase = readClaimant(text, start, last.span.end);
  let claimant = phrase && readBy(phrase, CLAIMANT_RULES.beforeCue);
  if (!claimant) {
    // A relative word is never part of a claimant phrase, so only a stretch that reads as none is searched for one.
    const gap = _gapClaimant(text, start, last.span.end);
    if (gap)
      return {
        claimant: readBy(gap.claimant, CLAIMANT_RULES.afterGapRelative),
        contentBefore: null,
        quoteBefore: null,
        cut: null,
        preRole: null,
        relative: false,
        gap: gap.kind,
      };
    claimant = _relativeClaimant(text, start, last.span.end);
  }
  // "one of the congressman’s alleged affairs", "Mrs. Varga's reported donations": after a
  // possessive the cue word describes a noun; no one reports.
  if (!claimant || POSSESSIVE.test(claimant.name)) return null;
  let prev = segs[segs.length - 2];
  const named = prev && last.after === ',' && cut === null ? _nameBeforeRole(text, prev.span, claimant) : null;
  if (named) {
    claimant = named;
    prev = segs[segs.length - 3];
  }
  let preRole: string | null = null;
  let contentBefore: Span | null = null;
  if (prev && (named ? segs[segs.length - 2]!.after : last.after) === ',' && cut === null) {
    const words = phraseWords(text, prev.span.start, prev.span.end, MAX_PRE_ROLE_WORDS + 1);
    // "Another displaced Gazan, Um Hassan says" is a role; "Another 64 people were wounded, the
    // department said" is a clause (a number or a verb inside).
    const roleShaped =
      words.length > 0 &&
      words.length <= MAX_PRE_ROLE_WORDS &&
      INDEFINITE.has(words[0]!.lower) &&
      !words.some((w) => DIGIT_START.test(w.text) || NOT_IN_CLAIMANT.has(w.lower));
    if (roleShaped && prev.after !== 'quote') {
      preRole = text.slice(words[0]!.start, words[words.length - 1]!.end);
    } else contentBefore = _clause(c, regionStart, prev.span.end);
  }
  const quoteBefore = quoteClosingBefore(c, last.span.start);
  return { claimant, contentBefore: quoteBefore ? null : contentBefore, quoteBefore, cut, preRole, relative: false };
}

/**
 * A proper name before a role that reads as the claimant, when no comma closes the role: "…, Aliu
 * Fari, a local village hunter told reporters", "The Migration Office (MO), an agency of the
 * Kestrel Union said" → the name, with the role (seen in wire copy of two outlets). The role opens
 * with "a", "an" or "another"; the name is two or more capitalised words, or one with an acronym
 * in brackets after it; after a person's name the role may also open with "the" or a capital.
 * Null otherwise: "in Tolvaren, a town near the border" names no one.
 */
function _nameBeforeRole(text: string, nameSpan: Span, role: ClaimantPhrase): ClaimantPhrase | null {
  if (role.pronoun || role.role) return null;
  const roleWords = phraseWords(text, role.span.start, role.span.end, 2);
  if (!roleWords[0]) return null;
  // "Mr Ilse Varga, the district chairman told reporters", "Insp. Dana Varin, Police Public
  // Relations Officer said": a definite or bare role after a person's name, seen in two Nigerian
  // dailies' agency copy; only a person's name, so that "Tarsk, the regional capital" stays a place.
  const definite = !INDEFINITE.has(roleWords[0].lower);
  if (definite && roleWords[0].lower !== 'the' && !isCapitalisedName(roleWords[0])) return null;
  const name = readClaimant(text, nameSpan.start, nameSpan.end);
  if (!name || name.pronoun || name.role) return null;
  const words = phraseWords(text, name.span.start, name.span.end);
  const proper = words.filter((w, i) => i > 0 || !DETERMINERS.has(w.lower));
  const acronym = ACRONYM_AFTER.test(text.slice(name.span.end, nameSpan.end));
  if (
    proper.length === 0 ||
    !isCapitalisedName(proper[0]!) ||
    !isCapitalisedName(proper[proper.length - 1]!) ||
    !proper.every((w) => isCapitalisedName(w) || NAME_JOINERS.has(w.lower)) ||
    (proper.length < 2 && !acronym)
  )
    return null;
  const roleText = text.slice(role.span.start, role.span.end);
  const person = isPersonName(proper);
  if (definite && !person) return null;
  const kind = person ? 'person' : name.kind;
  return readBy({ ...name, role: roleText, kind }, CLAIMANT_RULES.nameBeforeRole);
}

/**
 * The claimant after a relative word that stands for a gap in the reported clause: "which the
 * ministry said" → "the ministry", "what many analysts said" → "many analysts", "in which he says"
 * → "he". Null unless the words between the relative word (the last one of the stretch) and the cue
 * read as a claimant.
 */
function _gapClaimant(
  text: string,
  start: number,
  end: number,
): { claimant: ClaimantPhrase; kind: 'argument' | 'adjunct' } | null {
  const words = phraseWords(text, Math.max(start, end - MAX_CLAIMANT_STRETCH), end);
  for (let i = words.length - 2; i >= 0; i--) {
    if (!GAP_RELATIVES.has(words[i]!.lower)) continue;
    // "What he said was true": opening its clause, "what" is the subject of the verb after the cue.
    if (i === 0 && words[i]!.lower === FREE_RELATIVE) return null;
    const claimant = readClaimant(text, words[i + 1]!.start, end);
    return (
      claimant && { claimant, kind: i > 0 && NON_CLAUSE_OPENERS.has(words[i - 1]!.lower) ? 'adjunct' : 'argument' }
    );
  }
  return null;
}

/**
 * A claimant with a relative clause before its cue: "some voters who have listened to his speeches
 * say" → "some voters", role "who have listened to his speeches". The phrase before "who" must read
 * as a claimant and the clause be at most MAX_RELATIVE_WORDS words.
 */
function _relativeClaimant(text: string, start: number, end: number): ClaimantPhrase | null {
  const words = phraseWords(text, start, end, MAX_RELATIVE_WORDS + 12);
  const k = words.findIndex((w) => w.lower === RELATIVE_WHO);
  if (k < 1 || words.length - k > MAX_RELATIVE_WORDS || words.length === MAX_RELATIVE_WORDS + 12) return null;
  const head = readClaimant(text, start, words[k]!.start);
  if (!head || head.pronoun) return null;
  return readBy(
    { ...head, role: head.role ?? text.slice(words[k]!.start, words[words.length - 1]!.end) },
    CLAIMANT_RULES.withRelativeRole,
  );
}

/** "NAME, ROLE," before the verb: "Saleh al-Arouri, an exiled Hamas commander, told". */
function _apposition(c: CueContext, segs: Segment[]): BeforeCue | null {
  const { text } = c;
  let k = segs.length - 1;
  let roleSeg: Segment | null = segs[k] ?? null;
  if (!roleSeg || roleSeg.after !== ',') return null;
  k--;
  // "Smith, 45, a teacher, said": the age is neither name nor role.
  if (_isAge(text, roleSeg)) roleSeg = null;
  else if (segs[k] && _isAge(text, segs[k]!) && segs[k]!.after === ',') k--;
  let nameSeg = segs[k];
  if (!nameSeg) return null;
  let claimant = readClaimant(text, nameSeg.span.start, nameSeg.span.end);
  let role = roleSeg ? _role(text, roleSeg.span) : null;
  // "Geoff Garin, a pollster who works with Priorities USA, a pro-Clinton group, said": a role in two
  // phrases, the second describing a name inside the first.
  const outer = segs[k - 1];
  if (!claimant && roleSeg && outer && nameSeg.after === ',' && _role(text, nameSeg.span)) {
    const wide = readClaimant(text, outer.span.start, outer.span.end);
    if (wide && !wide.pronoun) {
      claimant = wide;
      role = text.slice(trimSpan(text, nameSeg.span).start, trimSpan(text, roleSeg.span).end);
      nameSeg = outer;
      k--;
    }
  }
  // "The school's headteacher, Sani Abdullahi Haruna, said": the name is the second phrase.
  const other = roleSeg ? readClaimant(text, roleSeg.span.start, roleSeg.span.end) : null;
  const named = other && other.kind === 'person' && isPersonName(phraseWords(text, other.span.start, other.span.end));
  const nameRole = named ? _role(text, nameSeg.span) : undefined;
  let reader: RuleId = CLAIMANT_RULES.apposition;
  if (named && nameRole) {
    claimant = other;
    role = nameRole;
    reader = CLAIMANT_RULES.namedAfterRole;
  }
  if (role === undefined || !claimant || claimant.pronoun) return null;
  const before = segs[k - 1];
  const quoteBefore = quoteClosingBefore(c, nameSeg.span.start);
  const contentBefore =
    !quoteBefore && before && nameSeg.after === ',' ? _clause(c, segs[0]!.span.start, before.span.end) : null;
  // "Lalrinmawii, a nursing student, said": a role naming a person makes the claimant one.
  const kind =
    role && phraseWords(role, 0, role.length).some((w) => PERSON_ROLE_NOUNS.has(w.lower)) ? 'person' : claimant.kind;
  return {
    claimant: readBy({ ...claimant, role: role ?? claimant.role, kind }, reader),
    contentBefore,
    quoteBefore,
    cut: null,
    preRole: null,
    relative: false,
  };
}

/**
 * A role phrase as written, or null for an appositive that is no role ("citing the health
 * ministry"), or undefined when the phrase is neither (then the shape is not an apposition).
 */
function _role(text: string, span: Span): string | null | undefined {
  const s = trimSpan(text, span);
  const words = phraseWords(text, s.start, s.end);
  const first = words[0];
  if (!first) return undefined;
  if (ROLE_RELATIVES.has(first.lower)) return text.slice(s.start, s.end);
  // "citing the health ministry", "briefing reporters on condition of anonymity": no role.
  if (NON_ROLE_APPOSITIVES.has(first.lower) || PARTICIPLE.test(first.text)) return null;
  // "chair of the party's platform committee", "co-founder of the group": a lower-case noun and "of".
  const nounOf = words.length > 2 && !isCapitalisedName(first) && ROLE_PREPOSITIONS.has(words[1]!.lower);
  const roleLike =
    DETERMINERS.has(first.lower) ||
    ROLE_NOUNS.has(first.lower) ||
    NAME_TITLES.has(first.lower) ||
    CLAIMANT_DEMONYMS.has(first.lower) ||
    (isCapitalisedName(first) && POSSESSIVE.test(first.text)) ||
    words.some((w) => ROLE_NOUNS.has(w.lower)) ||
    nounOf;
  return roleLike ? text.slice(s.start, s.end) : undefined;
}

/** The reported clause `[start, end)` when it reads as one (three words or more, not "In a statement"). */
function _clause(c: CueContext, start: number, end: number): Span | null {
  const span = trimSpan(c.text, { start, end });
  const words = phraseWords(c.text, span.start, span.end, MAX_INTRO_WORDS + 1);
  if (words.length < MIN_CLAUSE_WORDS || (words.length <= MAX_INTRO_WORDS && INTRO_OPENERS.has(words[0]!.lower)))
    return null;
  // trimSpan stops at letters; keep the quotation marks around the clause's edge words.
  return withQuoteMarks(c.text, span);
}

function _afterBoundary(text: string, seg: Segment): { start: number; cut: number | null } | null {
  // A claimant has at most ten words: a longer stretch without a boundary holds none.
  const from = Math.max(seg.span.start, seg.span.end - MAX_CLAIMANT_STRETCH);
  const words = phraseWords(text, from, seg.span.end);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (!CLAUSE_BOUNDARIES.has(w.lower)) continue;
    // "Israeli and Palestinian officials": "and"/"but" split clauses only after a comma.
    if ((w.lower === 'and' || w.lower === 'but') && i > 0) continue;
    // "…, while the group said" / "…, after local media reported": a new clause after a comma.
    const newClause =
      i === 0 && seg.after === ',' && (COORDINATING_BOUNDARIES.has(w.lower) || SUBORDINATING_AFTER_COMMA.has(w.lower));
    return { start: w.end, cut: newClause ? seg.span.start - 1 : null };
  }
  return from === seg.span.start ? { start: seg.span.start, cut: null } : null;
}

/** Drops "also", "has", "on Monday" … between a claimant and its verb, reading backwards word by word. */
/**
 * The noun phrase closing a stretch: the longest run of its last words (up to ten) that opens with
 * an article or a capital and reads as a claimant, not right after "of" ("the head of the ministry,
 * which" has no safe antecedent).
 */
function _trailingPhrase(text: string, span: Span): ClaimantPhrase | null {
  const words = phraseWords(text, Math.max(span.start, span.end - MAX_CLAIMANT_STRETCH), span.end);
  for (let i = Math.max(0, words.length - 10); i < words.length; i++) {
    const w = words[i]!;
    if (!DETERMINERS.has(w.lower) && !isCapitalisedName(w)) continue;
    if (words[i - 1]?.lower === 'of') return null;
    const phrase = readClaimant(text, w.start, span.end);
    if (phrase && !phrase.pronoun) return phrase;
  }
  return null;
}

function _stripFillers(text: string, start: number, end: number): number {
  for (;;) {
    let e = end;
    while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
    let s = e;
    while (s > start && LETTER.test(text[s - 1]!)) s--;
    if (s === e || s === start) return end;
    const w = text.slice(s, e).toLowerCase();
    // "The regime immediately claimed", "Hamas quickly denied": an -ly adverb is no part of the claimant.
    const adverb = ADVERB_LY.test(w) && text[s] === w[0] && !LY_NOUNS.has(w);
    if (!BEFORE_CUE_FILLERS.has(w) && !WEEKDAY_SET.has(w) && !adverb) return end;
    end = s;
  }
}

/** Splits `[start, end)` at commas, strong stops and closing quotation marks; quotations and brackets stay whole. */
function _segments(c: CueContext, start: number, end: number): Segment[] {
  const { text } = c;
  const out: Segment[] = [];
  let segStart = start;
  let after: Segment['after'] = 'start';
  const push = (to: number, next: Segment['after'], from: number): void => {
    out.push({ span: { start: segStart, end: to }, after });
    segStart = from;
    after = next;
  };
  let qi = 0;
  for (let k = start; k < end; k++) {
    while (qi < c.quotes.length && c.quotes[qi]!.open < k) qi++;
    const q = c.quotes[qi];
    if (q && q.open === k) {
      const close = q.close ?? c.paragraph.end;
      if (close >= end) break;
      // "the “White Helmets” organization announced": a quoted name inside a noun phrase.
      if (_quotedNameInPhrase(text, q, close, end)) {
        k = close;
        continue;
      }
      push(k, after, k);
      k = close;
      push(close + 1, 'quote', close + 1);
      continue;
    }
    const ch = text[k]!;
    if (ch === '(') {
      const close = text.indexOf(')', k);
      if (close > k && close < end) k = close;
    } else if (ch === ',') push(k, ',', k + 1);
    else if (ch === ';' || ch === ':' || ch === '—' || ch === '–' || ch === '\n') push(k, 'strong', k + 1);
  }
  out.push({ span: { start: segStart, end }, after });
  return out.filter((s, i) => i === out.length - 1 || s.span.end > s.span.start || s.after === 'quote');
}

/**
 * Whether a quotation is a name or term inside the claimant's noun phrase, not words someone
 * said: opened right after an article or possessive, at most MAX_QUOTED_NAME_WORDS words, followed
 * by a space and a lower-case noun, and the verb a few words on ("the “White Helmets” organization
 * announced"; names in quotes inside noun phrases, "the “gun violence” narrative", in PolNeAR train).
 */
function _quotedNameInPhrase(text: string, q: QuoteRun, close: number, cue: number): boolean {
  if (!QUOTED_NAME_AFTER.test(text.slice(close + 1, close + 3))) return false;
  // The rest of the claimant's phrase up to the verb: a few words, no comma.
  const rest = text.slice(close + 1, cue);
  if (rest.includes(',') || phraseWords(rest, 0, rest.length, MAX_AFTER_QUOTED_NAME + 1).length > MAX_AFTER_QUOTED_NAME)
    return false;
  const before = phraseWords(text, Math.max(0, q.open - 8), q.open).pop();
  if (!before || !QUOTED_NAME_DETERMINERS.has(before.lower) || before.end < q.open - 1) return false;
  return phraseWords(text, q.span.start, q.span.end, MAX_QUOTED_NAME_WORDS + 1).length <= MAX_QUOTED_NAME_WORDS;
}

/** The quotation that closes just before `at`, with nothing but spaces and commas between: "“…,” he said". */
export function quoteClosingBefore(c: CueContext, at: number): QuoteRun | null {
  for (let i = c.quotes.length - 1; i >= 0; i--) {
    const q = c.quotes[i]!;
    if (q.close === null || q.close >= at) continue;
    return SPACES_AND_COMMAS.test(c.text.slice(q.close + 1, at)) ? q : null;
  }
  return null;
}

function _isBlank(text: string, span: Span): boolean {
  return BLANK.test(text.slice(span.start, span.end));
}

function _isAge(text: string, seg: Segment): boolean {
  return AGE.test(text.slice(seg.span.start, seg.span.end).trim());
}
