import {
  CLAUSE_AUXILIARIES,
  HONORIFICS,
  LY_NOUNS,
  MONTH_WORDS,
  NAME_TITLES,
  ORGANIZATION_WORDS,
  PERSON_ROLE_NOUNS,
  ROLE_NOUNS,
  WEEKDAY_NAMES,
} from '../lexicon/index.js';
import type { Span } from '../../model.js';
import type { QuoteRun } from '../sentences/index.js';
import {
  ADDRESSEES,
  CHANNELS,
  FINITE_MARKERS,
  QUANTITY_WORDS,
  NON_CLAUSE_OPENERS,
  OCCASION_NOUNS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
} from './data/frame-words.js';
import { isPersonName, readBy, readClaimant, type ClaimantPhrase } from './read-claimant.js';
import { CLAIMANT_RULES } from './rules.js';
import { lastOf, phraseWords, trimSpan } from '../text/index.js';
import { wordAlternation } from '../text/index.js';
import { isSpace } from '../text/index.js';

/** What follows a reporting verb. */
export type AfterCue =
  /** Reported words follow: "said (that) CLAUSE", "said: “…”". `quote` is set when they are one quotation. */
  | { kind: 'content'; content: Span; quote: QuoteRun | null; clause: boolean; that: boolean }
  /** Nothing reported follows ("…,” he said in a statement."): the content, if any, came before. */
  | { kind: 'none' }
  /** "He said:" closes the paragraph: the quotation opening the next paragraph is the content. */
  | { kind: 'next-paragraph' };

/** Where the text around a cue may be read: the sentence, its paragraph and the quotations in it. */
export interface CueContext {
  text: string;
  sentence: Span;
  paragraph: Span;
  /** The paragraph's outermost quotations, in order. */
  quotes: readonly QuoteRun[];
}

const alt = wordAlternation;
const END = '(?![\\p{L}\\p{N}])';
// "in a video statement", "in an interview with the Kestrel Herald", "on Telegram", "on his website",
// "late on Tuesday", "last night": the occasion of a report. "(June 19)", "(Mar 11)": the date
// AFP copy puts in brackets after the weekday ("said on Sunday (June 19), with …": a Bangladeshi
// daily's and another news site's Indonesian flood reports).
const ADVERBIAL = new RegExp(
  `[ \\t]*(?:\\((?:(?:${alt(MONTH_WORDS)})\\.? \\d{1,2}|\\d{1,2} (?:${alt(MONTH_WORDS)}))\\)` +
    `|(?:in|at|during|on|via|through|after) (?:a|an|the|his|her|its|their|this|that) (?:[\\p{L}\\p{N}'’-]+ ){0,3}(?:${alt(OCCASION_NOUNS)})s?` +
    `|(?:on|over|via|in|by) (?:(?:his|her|its|their) )?(?:${alt(CHANNELS)})|(?:(?:late|early) )?(?:on )?(?:${alt(WEEKDAY_NAMES)})(?: (?:morning|night|evening|afternoon))?` +
    `|(?:${alt(TIME_WORDS)})|(?:on )?(?:(?:\\d{1,2} (?:${alt(MONTH_WORDS)}))|(?:(?:${alt(MONTH_WORDS)})\\.? \\d{1,2}))(?:,? \\d{4})?)${END}`,
  'iuy',
);
// "in an interview with the Kestrel Herald", "in a speech to the United Nations": who the occasion was
// with, a capitalised name (case-sensitive, apart from ADVERBIAL's 'i' flag).
// A possessive ("on NBC's “Meet the Press”") is no partner: the quotation after it is a title.
const OCCASION_PARTNER =
  /[ \t](?:with|to|for|on) (?:the )?\p{Lu}[\p{L}\p{N}&-]*(?: \p{Lu}[\p{L}\p{N}&-]*)*(?![\p{L}\p{N}'’])/uy;
// "saying he still disagreed", "told the AP his firm worked": a subject pronoun and a next word open a clause.
const SUBJECT_PRONOUN_OPENING = new RegExp(`^(?:${alt(SUBJECT_PRONOUNS)})[ \\t]+[\\p{L}’']`, 'u');
const FINITE = new RegExp(`\\b(?:${alt([...FINITE_MARKERS])})\\b`, 'gi');
const ADDRESSEE = new RegExp(`[ \\t]*(?:${alt(ADDRESSEES)})${END}`, 'iuy');
const OBJECT_PRONOUN = /[ \t]*(?:him|her|them|us|me|you)(?![\p{L}\p{N}])/uy;
const THAT = /[ \t]*that[ \t]+/uy;
// The first "that" before any quotation mark or sentence stop: "said in Milwaukee that …".
const THAT_WORD = /[^"“”«».;!?]*?\bthat[ \t]+/uy;
const FIRST_WORD = /^[ \t]*(\p{Ll}+)(?![\p{L}'’-])/u;
const ADVERB_LY = /^\p{Ll}{3,}ly$/u;
const PAST_PARTICIPLE = /^\p{Ll}{2,}ed$/u;
const QUANTITY_AHEAD = new RegExp(`^[ \\t]+(?:least|most|\\p{N}|(?:${alt(QUANTITY_WORDS)})(?![\\p{L}]))`, 'iu');
// "told Hamas-affiliated Al-Aqsa TV that …": "that" within a few words, before any punctuation.
const THAT_AHEAD = /^[ \t]*(?:[\p{L}\p{N}'’-]+[ \t]+){1,5}?that[ \t]+/u;
const SPACES = /[ \t\n]*/y;
const NAME_STOP = /[,;:!?"“”«»(]/u;
// "(NDMA)", "(Red Shield of David)": capitalised words in brackets, at most five.
const BRACKETED_NAME = /\(\p{Lu}[\p{L}\p{N}&'’-]*(?: (?:of|for|and|the|\p{Lu}[\p{L}\p{N}&'’-]*)){0,4}\)/uy;
// "the “Blue Helmets” group", "the \"Never Again\" movement": a short quoted name, one to four
// capitalised words, with more of the claimant's words after it.
const QUOTED_NAME = /["“]\p{Lu}[\p{L}\p{N}&'’-]*(?: \p{Lu}[\p{L}\p{N}&'’-]*){0,3}["”](?= \p{L})/uy;
const WORD_BEFORE_DOT = /\p{L}+$/u;
const INITIAL = /^\p{Lu}$/u;
// "Benjamin J. Rhodes": after an initial, a capitalised word goes on with the name.
const NAME_GOES_ON = /^ \p{Lu}/u;
const ROLE_OPENING = /^(?:the|a|an|who|its|his|her|their)\s/iu;
const WORDS = /[\p{L}\p{N}]+/gu;
// An aside between commas before "that": one to six words, no quotation mark or stop.
const ASIDE = /[ \t]*[\p{L}\p{N}'’-]+(?:[ \t]+[\p{L}\p{N}'’-]+){0,5}(?=[ \t]*,)/uy;
const PARTICIPLE_WORD = /\p{Ll}{2,}ing(?![\p{L}])/u;
const MAX_ASIDES = 2;
/** Most words of a setting phrase opening a reported clause ("during the first night of the operation"). */
const SETTING_WORDS = 6;
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'after', 'before', 'since']);
const SETTING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'this']);
const SETTING_COMMA = /^\s*,\s*$/u;
const CAPITAL_START = /^\p{Lu}/u;
const SETTING_SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'they',
  'we',
  'it',
  'its',
  'their',
  'his',
  'her',
  'troops',
  'police',
]);
const THAT_END = /that[ \t]+$/;
const CLAUSE_STOP = /[.!?;)\]”»]/;
const CLAUSE_TAIL = /[\s.*_]/;
const OPENING_MARK = /["“«‘]/;
const ROLE_STOP = /[,.;:!?"“”«»]/u;
const MAX_ADDRESSEE_WORDS = 5;
/** Most words of a role set off by commas after a claimant ("the head of the navy's press office on Sunday in the capital"). */
const MAX_ROLE_WORDS = 10;
/** How far into the role its role or organisation noun may stand ("the military's media wing"). */
const ROLE_HEAD_WITHIN = 3;
/** Fewest words of the clause after a role. */
const MIN_CLAUSE_WORDS = 4;
const ROLE_DETERMINER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'where', 'when', 'whom']);
// "told Reuters the army had …": the listener is a run of capitalised words.
// "told the AP his firm …", "told The Huffington Post he …": an article may open it.
const CAPITALISED_RUN = /^[ \t]*(?:[Tt]he[ \t]+)?(?:\p{Lu}[\p{L}\p{N}'’.-]*[ \t]+)+(?=\p{Ll})/u;

/** Skips the occasion phrases after a cue ("in a video statement on Monday") and returns the new offset. */
export function skipAdverbials(text: string, pos: number, limit: number): number {
  for (;;) {
    ADVERBIAL.lastIndex = pos;
    const m = ADVERBIAL.exec(text);
    if (!m || m.index + m[0].length > limit) return pos;
    pos = m.index + m[0].length;
    OCCASION_PARTNER.lastIndex = pos;
    const partner = OCCASION_PARTNER.exec(text);
    if (partner && pos + partner[0].length <= limit) pos += partner[0].length;
  }
}

/**
 * Reads what follows a reporting verb ending at `cueEnd`. `addressee` is set for "told", whose
 * first object is the listener ("told Al-Aqsa TV that …", "told reporters the army had …").
 */
export function readAfterCue(c: CueContext, cueEnd: number, addressee: boolean): AfterCue {
  const { text, sentence } = c;
  let i = skipAdverbials(text, cueEnd, sentence.end);
  let thatSkipped = false;
  let listener = false;
  if (addressee) {
    const j = _skipAddressee(text, i, sentence.end);
    // "told state television that at least one …": the "that" went with the listener.
    thatSkipped = j > i && THAT_END.test(text.slice(Math.max(i, j - 8), j));
    // "told the AP his firm worked …": words after a named listener are what was told.
    listener = j > i && j < sentence.end;
    i = j;
  }
  i = skipAdverbials(text, i, sentence.end);
  i = _skip(SPACES, text, i);
  const ch = text[i];
  if (ch === ':' || ch === ',') {
    const j = _skip(SPACES, text, i + 1);
    const quote = _quoteOpeningAt(c.quotes, j);
    if (quote) return { kind: 'content', content: quote.span, quote, clause: true, that: false };
    if (ch === ':' && j >= c.paragraph.end) return { kind: 'next-paragraph' };
    // "added, in a statement, that …", "announced today, Saturday, that …": asides set off by
    // commas before the that-clause. Any other comma ends the report ("…,” he said, adding …").
    i = ch === ',' ? _thatAfterAsides(text, j, sentence.end) : j;
    if (i < 0) return { kind: 'none' };
  }
  const quote = _quoteOpeningAt(c.quotes, i);
  if (quote) return { kind: 'content', content: quote.span, quote, clause: true, that: false };
  if (i >= sentence.end || ch === undefined || CLAUSE_STOP.test(ch)) return { kind: 'none' };
  let afterThat = _skip(THAT, text, i);
  if (afterThat === i && !thatSkipped && _opensAdverbial(text, i)) {
    // "said in Milwaukee on Saturday night", "said of the platform", "told a crowd in Ohio": an
    // occasion, not a clause, unless a "that" clause follows it ("said in Milwaukee that …").
    const that = _thatAfter(text, i, sentence.end);
    if (that >= 0) afterThat = that;
    else if (!_clauseAfterSetting(text, i, sentence.end)) return { kind: 'none' };
  }
  const content = _clauseFrom(c, afterThat);
  const that = afterThat > i || thatSkipped;
  const clause =
    that ||
    listener ||
    hasFiniteVerb(text, content) ||
    SUBJECT_PRONOUN_OPENING.test(text.slice(content.start, content.start + 16));
  return { kind: 'content', content, quote: null, clause, that };
}

/** Whether the words at `at` open an adverbial: a preposition or subordinator ("in", "of", "when") or an -ly adverb. */
function _opensAdverbial(text: string, at: number): boolean {
  const m = FIRST_WORD.exec(text.slice(at, at + 24));
  if (!m) return false;
  const w = m[1]!;
  const rest = text.slice(at + m[0].length, at + m[0].length + 24);
  // "said at least 40 …", "said nearly half of the dead …": a qualified number opens a clause.
  if (QUANTITY_AHEAD.test(rest)) return false;
  if (NON_CLAUSE_OPENERS.has(w) || (ADVERB_LY.test(w) && !LY_NOUNS.has(w))) return true;
  // "said in an affidavit filed before the court": a participle and its preposition go on describing the occasion.
  const next = FIRST_WORD.exec(rest);
  return PAST_PARTICIPLE.test(w) && next !== null && NON_CLAUSE_OPENERS.has(next[1]!);
}

/**
 * Whether the reported clause opens with a setting of its own, a preposition and a short definite
 * phrase ("in the attack", "during the operation"), and then its subject and verb: "said during the
 * operation, the troops came under fire" (a comma, then a determiner, pronoun or name), "said in the
 * attack scores were killed" (a word or two, then an auxiliary). Not "said in Milwaukee on Saturday",
 * "told a crowd in Ohio", "said in the interview, which aired Sunday". Seen in two Nigerian papers'
 * army and Russian-official reports (news-dev).
 */
function _clauseAfterSetting(text: string, at: number, limit: number): boolean {
  const words = phraseWords(text, at, limit, SETTING_WORDS + 3);
  if (words.length < 5 || !SETTING_PREPOSITIONS.has(words[0]!.lower) || !SETTING_DETERMINERS.has(words[1]!.lower))
    return false;
  for (let k = 2; k + 2 < words.length && k < SETTING_WORDS; k++) {
    const gap = text.slice(words[k]!.end, words[k + 1]!.start);
    if (SETTING_COMMA.test(gap)) {
      const next = words[k + 1]!;
      return SETTING_SUBJECT_OPENERS.has(next.lower) || CAPITAL_START.test(next.text);
    }
    if (!_isSpaceOnly(gap)) return false;
    // "in the attack scores were killed": the setting's noun, the subject's, then an auxiliary.
    if (
      k <= 3 &&
      CLAUSE_AUXILIARIES.has(words[k + 2]!.lower) &&
      _isSpaceOnly(text.slice(words[k + 1]!.end, words[k + 2]!.start))
    )
      return true;
  }
  return false;
}

function _isSpaceOnly(s: string): boolean {
  return s.trim() === '';
}

/**
 * Where "that" opens the reported clause after asides set off by commas (`from` is after the comma
 * that opens them): "added, in a statement, that …", "announced today, Saturday, that …", "said,
 * however, that …"; -1 when anything else stands there ("…,” he said, adding that …": a participle
 * reports on its own). Seen in a Moroccan quake report (twice) and in PolNeAR train.
 */
function _thatAfterAsides(text: string, from: number, limit: number): number {
  let p = from;
  for (let n = 0; n < MAX_ASIDES; n++) {
    if (n > 0 && _skip(THAT, text, p) > p) return p;
    ASIDE.lastIndex = p;
    const m = ASIDE.exec(text);
    const q = m && m.index + m[0].length <= limit ? m.index + m[0].length : skipAdverbials(text, p, limit);
    if (q === p || PARTICIPLE_WORD.test(text.slice(p, q))) return -1;
    p = _skip(SPACES, text, q);
    if (_skip(THAT, text, p) > p) return p;
    if (text[p] !== ',') return -1;
    p = _skip(SPACES, text, p + 1);
  }
  return _skip(THAT, text, p) > p ? p : -1;
}

/** The offset after the first "that" in `[from, limit)` before any quotation mark, or -1. */
function _thatAfter(text: string, from: number, limit: number): number {
  THAT_WORD.lastIndex = from;
  const m = THAT_WORD.exec(text);
  return m && m.index + m[0].length <= limit ? m.index + m[0].length : -1;
}

/** Whether a stretch holds a finite-verb marker ("were", "had", "killed"), so it reads as a clause. */
export function hasFiniteVerb(text: string, span: Span): boolean {
  FINITE.lastIndex = span.start;
  const m = FINITE.exec(text);
  return m !== null && m.index < span.end;
}

/**
 * Reads a claimant after the cue: "…,” said Salama Maarouf, the head of the Hamas office in Gaza."
 * The role is the comma-separated phrase after the name ("said Lt. Col. Dana Levi, an army
 * spokeswoman" → "an army spokeswoman": the phrase says more than the rank), else a title before it.
 */
export function readClaimantAfterCue(c: CueContext, cueEnd: number): ClaimantPhrase | null {
  const { text, sentence } = c;
  const start = _skip(SPACES, text, cueEnd);
  const stop = nameEnd(text, start, sentence.end);
  let end = stop;
  // "said the ministry in a statement": the occasion is no part of the name.
  for (let k = start; k < stop; k++) {
    if (text[k] === ' ' && skipAdverbials(text, k, stop) > k) {
      end = k;
      break;
    }
  }
  const read = readClaimant(text, start, end);
  // "…,” said he" is old-fashioned but clear; "said it" / "said they" begin a clause instead.
  if (!read || (read.pronoun !== null && read.pronoun !== 'person')) return null;
  const phrase = readBy(read, CLAIMANT_RULES.afterCue);
  if (text[stop] !== ',') return phrase;
  // "said Tetiana Kozub, a teacher from the village, standing by the ruins": the role ends at a comma.
  const roleEnd = _firstOf(text, stop + 1, sentence.end, ROLE_STOP);
  const role = trimSpan(text, { start: stop + 1, end: roleEnd });
  if (role.end <= role.start) return phrase;
  // "said the Humanitarian Coordinator for Sudan, Marta Lindqvist": the name comes second.
  const named = _nameOfDescription(text, phrase, role);
  if (named) return named;
  if (!ROLE_OPENING.test(text.slice(role.start, role.end))) return phrase;
  return { ...phrase, role: text.slice(role.start, role.end) };
}

/**
 * "according to the country's emergency medical service, Magen Varda (Shield of Varda), CLAUSE":
 * the description is the role of the name after it, and the clause starts after the name's comma
 * (the apposition "said the Humanitarian Coordinator for Sudan, Marta Lindqvist" after "according
 * to"). Only a description headed by an organisation or role noun: in "according to an FBI summary
 * of its investigation, Cheryl Mills, …" the name is the clause's subject. `comma` is the comma after
 * the description; null when no such name follows.
 */
export function namedAfterDescription(
  c: CueContext,
  phrase: ClaimantPhrase,
  comma: number,
): { claimant: ClaimantPhrase; end: number } | null {
  const { text, sentence } = c;
  const words = phraseWords(text, phrase.span.start, phrase.span.end);
  const head = lastOf(words)?.lower;
  if (!head || !(ORGANIZATION_WORDS.has(head) || PERSON_ROLE_NOUNS.has(head))) return null;
  const end = _firstOf(text, comma + 1, sentence.end, ROLE_STOP);
  if (text[end] !== ',') return null;
  const claimant = _nameOfDescription(text, phrase, trimSpan(text, { start: comma + 1, end }));
  return claimant && { claimant: { ...claimant, kind: phrase.kind }, end };
}

/**
 * "according to Maj. Ilse Varga, the director of army public relations, the convoy was hit …": a
 * role of the claimant set off by commas before the clause (BusinessDay on a Nigerian army
 * statement; an Indian site's "according to a statement from the ISPR, the media wing of the
 * Pakistan Army, …"; examples invented). The role opens with an article or possessive, names a
 * role or organisation in its first words, holds no verb, and a clause of four words or more
 * follows its comma, not a relative one ("the death toll, which rose on Monday, stands at 12" is
 * the clause). `comma` is the comma after the claimant; null when no such role follows.
 */
export function roleAfterClaimant(c: CueContext, comma: number): { role: Span; end: number } | null {
  const { text, sentence } = c;
  const end = _firstOf(text, comma + 1, sentence.end, ROLE_STOP);
  if (text[end] !== ',') return null;
  const role = trimSpan(text, { start: comma + 1, end });
  const words = phraseWords(text, role.start, role.end, MAX_ROLE_WORDS + 1);
  if (words.length < 2 || words.length > MAX_ROLE_WORDS || !ROLE_DETERMINER.has(words[0]!.lower)) return null;
  if (!words.slice(1, ROLE_HEAD_WITHIN + 1).some((w) => ROLE_NOUNS.has(w.lower) || ORGANIZATION_WORDS.has(w.lower)))
    return null;
  if (hasFiniteVerb(text, role)) return null;
  const rest = phraseWords(text, end + 1, sentence.end, MIN_CLAUSE_WORDS);
  if (rest.length < MIN_CLAUSE_WORDS || NON_CLAUSE_OPENERS.has(rest[0]!.lower) || RELATIVE_OPENERS.has(rest[0]!.lower))
    return null;
  return { role, end };
}

/** The person's name in `role` ("Marta Lindqvist") described by `phrase`, with it as the role; null when `role` is no name or `phrase` is one. */
function _nameOfDescription(text: string, phrase: ClaimantPhrase, role: Span): ClaimantPhrase | null {
  const named = readClaimant(text, role.start, role.end);
  if (
    !named ||
    named.pronoun ||
    !isPersonName(phraseWords(text, named.span.start, named.span.end)) ||
    isPersonName(phraseWords(text, phrase.span.start, phrase.span.end))
  )
    return null;
  return readBy(
    { ...named, role: text.slice(phrase.span.start, phrase.span.end), kind: 'person' },
    CLAIMANT_RULES.afterCueNamedSecond,
  );
}

/**
 * The reported clause from `start` to the end of its sentence, without the final full stop. A
 * quotation opened in the clause and closed after the sentence end stays whole.
 */
function _clauseFrom(c: CueContext, start: number): Span {
  let end = c.sentence.end;
  for (const q of c.quotes) {
    if (q.open >= start && q.open < end && q.close !== null && q.close >= end) end = q.close + 1;
  }
  return trimClause(c.text, { start, end });
}

/** Narrows a reported clause: no leading space, no final full stop or emphasis mark ("*"). */
export function trimClause(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && CLAUSE_TAIL.test(text[end - 1]!)) end--;
  return { start, end };
}

function _skipAddressee(text: string, i: number, limit: number): number {
  const rest = text.slice(i, limit);
  const that = THAT_AHEAD.exec(rest);
  if (that) return i + that[0].length;
  // "she told a RIB correspondent.": a short remainder is only the listener.
  if ((rest.match(WORDS) ?? []).length <= MAX_ADDRESSEE_WORDS && !OPENING_MARK.test(rest)) return limit;
  const run = CAPITALISED_RUN.exec(rest);
  if (run) return i + run[0].length;
  for (const re of [ADDRESSEE, OBJECT_PRONOUN]) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m) return m.index + m[0].length;
  }
  return i;
}

function _quoteOpeningAt(quotes: readonly QuoteRun[], at: number): QuoteRun | null {
  for (const q of quotes) if (q.open === at) return q;
  return null;
}

function _skip(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  const m = re.exec(text);
  return m ? m.index + m[0].length : i;
}

/**
 * Where a name after a cue ends: at punctuation, except the full stop of a title, an honorific or
 * an initial before more of the name ("Lt. Col. Dana Levi", "Mr. Rhodes", "Benjamin J. Rhodes").
 */
export function nameEnd(text: string, start: number, end: number): number {
  for (let k = start; k < end; k++) {
    const ch = text[k]!;
    if (ch === '.') {
      const word = WORD_BEFORE_DOT.exec(text.slice(Math.max(start, k - 12), k));
      if (
        word &&
        k + 1 < end &&
        (NAME_TITLES.has(word[0].toLowerCase()) ||
          HONORIFICS.has(word[0].toLowerCase()) ||
          (INITIAL.test(word[0]) && NAME_GOES_ON.test(text.slice(k + 1, k + 4))))
      )
        continue;
      return k;
    }
    if (ch === '(' && k > start) {
      // "according to the Tolvaren Relief Authority (TRA), …", "Magen Varda (Shield of Varda), …": an
      // acronym or a gloss of the name in brackets goes with it (news-dev: two outlets).
      BRACKETED_NAME.lastIndex = k;
      const m = BRACKETED_NAME.exec(text);
      if (m && k + m[0].length <= end) {
        k += m[0].length - 1;
        continue;
      }
    }
    if (ch === '"' || ch === '“') {
      // "according to the Tolvarian health minister and the “Blue Helmets” group": a quoted name
      // inside the claimant goes with it (news-dev: Pledge Times on the Syrian quake, twice;
      // PolNeAR train sources "the “Never Trump” movement", "The “No Comparison” ad").
      QUOTED_NAME.lastIndex = k;
      const m = QUOTED_NAME.exec(text);
      if (m && k + m[0].length < end) {
        k += m[0].length - 1;
        continue;
      }
    }
    if (NAME_STOP.test(ch)) return k;
  }
  return end;
}

function _firstOf(text: string, start: number, end: number, re: RegExp): number {
  for (let k = start; k < end; k++) if (re.test(text[k]!)) return k;
  return end;
}
