import {
  CHARACTERISING_VERBS,
  CLAUSE_AUXILIARIES,
  FRAME_TOLL_NOUNS,
  REPORTING_VERBS,
  THAT_CLAUSE_VERBS,
} from '../lexicon/index.js';
import type { Sentence, Span } from '../../model.js';
import type { QuoteRun } from '../statements/outer-quotes.js';
import {
  ADDRESSEE_PARTICIPLES,
  ADDRESSEE_VERBS,
  CLAIMANT_AFTER_CUES,
  NOUN_CUE_FOLLOWERS,
  NOUN_CUE_FORMS,
  NOUN_CUE_MODIFIERS,
  NON_REPORTING_BEFORE,
  NON_REPORTING_OBJECTS,
  OBJECT_VERBS,
  PARTICIPLE_CUES,
  PARTICIPLE_LEAD_WORDS,
  PASSIVE_QUESTION_BEFORE,
  PASSIVE_QUESTION_OPENERS,
  PASSIVE_QUESTION_VERB,
  QUESTION_OCCASION_OPENERS,
  QUESTION_VERBS,
  QUESTION_WORDS,
  SPEECH_NOUNS,
  TOLL_VERBS,
} from './data/reporting-cues.js';
import {
  hasFiniteVerb,
  nameEnd,
  readAfterCue,
  readClaimantAfterCue,
  skipAdverbials,
  trimClause,
  type CueContext,
} from './read-after-cue.js';
import { quoteClosingBefore, readBeforeCue } from './read-before-cue.js';
import { readClaimant, readSourcePhrase, type ClaimantPhrase } from './read-claimant.js';
import { NOT_IN_CLAIMANT, SOURCE_CONTAINERS } from './data/claimant-words.js';
import { FINITE_MARKERS, GAP_CLAUSE_NON_OPENERS, INTRO_OPENERS } from './data/frame-words.js';
import { firstNonSpace, phraseWords, type Token, trimSpan, withQuoteMarks } from '../text/index.js';
import { isNameWord } from './name-words.js';
import { wordAlternation } from '../text/index.js';

/** A reporting frame as read from the text, before pronouns and surnames are resolved. */
export interface Frame {
  claimant: ClaimantPhrase;
  cue: string;
  cueSpan: Span;
  content: Span;
  /** The quotation the content is, when the frame introduces or closes one. */
  quote: QuoteRun | null;
  sentence: number;
  paragraph: number;
  by: string;
  /** Where an earlier report's content in the same sentence must stop ("…, while Y said"). */
  cut: number | null;
  /** True when the content follows the cue (so a later coordinated report may cut it). */
  contentAfter: boolean;
  /**
   * Set by resolution when the claimant is a pronoun with nothing to refer to, or from the start
   * when the text names no claimant at all ("Asked whether …": `claimant` then only holds the cue's
   * place and is never read as a name): who spoke is unknown.
   */
  unresolved: boolean;
}

const alt = wordAlternation;
// One scan of the text finds every cue: verbs (lower case: "Said" is often a name), participles,
// "according to" (any case: it opens sentences), and "put(s) the toll at" / "revised that figure to".
const CUE = new RegExp(
  `\\b(?:(${alt([...REPORTING_VERBS, ...CHARACTERISING_VERBS, ...THAT_CLAUSE_VERBS])})|(${alt(PARTICIPLE_CUES)})|(${alt(PASSIVE_QUESTION_OPENERS)})|(${CLAIMANT_AFTER_CUES.map((c) => `[${c[0]!.toUpperCase()}${c[0]}]${alt([c.slice(1)])}`).join('|')})|((?:${alt(TOLL_VERBS)}) (?:the|its|their|that|this) (?:[A-Za-z-]+ ){0,4}?(?:at|to))|((?:${alt(SPEECH_NOUNS)}) that))\\b(?![’'-])`,
  'g',
);
// "put the number who left at": the words between verb and "at"/"to" must name a count.
const TOLL_NOUN = new RegExp(`\\b(?:${alt(FRAME_TOLL_NOUNS)})\\b`, 'i');
const NON_REPORTING_OBJECT = new RegExp(`^\\s+(?:${alt(NON_REPORTING_OBJECTS)})(?![\\p{L}])`, 'iu');
const WORD_CHAR = /[\p{L}'’-]/u;
const SPACE_OR_MARK = /[\s,"“”‘’«»*]/u;
const NEXT_WORD = /^\s+(\p{Ll}+)/u;
const VERB_SET: ReadonlySet<string> = new Set(REPORTING_VERBS);
const CHARACTERISING: ReadonlySet<string> = new Set(CHARACTERISING_VERBS);
const THAT_CLAUSE: ReadonlySet<string> = new Set(THAT_CLAUSE_VERBS);
const THAT_NEXT = /^\s*that\s+$/;
const MAX_SUBJECT_WORDS = 8;
// ", saying", ",” adding", " – saying", " by saying", " while saying": what may open a participle's report.
const PARTICIPLE_LEAD = new RegExp(`(?:,["”’»]?|\\s[–—]|\\s(?:${alt(PARTICIPLE_LEAD_WORDS)}))\\s+$`, 'u');
// "was quoted as saying", "has been quoted by state media as saying": a passive frame before the participle.
const QUOTED_AS = /\s(?:was|were|is|are|been)\s+quoted(?:\s+by\s+[^,.;:"“”]{1,60}?)?\s+as\s+$/u;
/** Rule of a frame whose content is a plain noun phrase ("announced €5 million in aid"): no statement. */
export const OBJECT_RULE = 'attribution/claimant-verb-object';
/** Rule of a toll phrase ("put the toll at 112"): its content is a number, which attributes figures but is no statement. */
export const TOLL_RULE = 'attribution/put-toll-at';
const CLAUSE_RULE = 'attribution/claimant-verb-clause';
/** Rule of a question put to someone by an unnamed asker ("Asked whether …"): it asks, it claims nothing, so it is no statement. */
export const QUESTION_RULE = 'attribution/passive-question';
// "Asked on Fox News who leads …": an occasion of up to five words, then the question word.
const QUESTION_AHEAD = new RegExp(
  `^[ \\t]+(?:(?:${alt(QUESTION_OCCASION_OPENERS)})(?: [\\p{L}\\p{N}'’.-]+){0,5}? )?(?=(?:${alt(QUESTION_WORDS)}) )`,
  'iu',
);
const RELATIVE_RULE = 'attribution/relative-clause-verb';
/** Rule of a cue inside a relative clause whose relative word is a gap in the reported clause ("which the ministry said killed 12"). */
const GAP_RULE = 'attribution/relative-gap-clause';
// "Haddad's claim", "Mr. Trump’s repeated assertion", "his claim": the owner right before a speech noun.
const POSSESSOR =
  /(?:(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4})['’]s?|\b(his|her|its|their|His|Her|Its|Their)) (?:\p{Ll}+ )?$/u;
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, { word: string; kind: ClaimantPhrase['kind'] }> = new Map([
  ['his', { word: 'he', kind: 'person' }],
  ['her', { word: 'she', kind: 'person' }],
  ['its', { word: 'it', kind: 'organization' }],
  ['their', { word: 'they', kind: 'group' }],
]);
// A comma that ends a clause, not one inside a number ("19,667").
const CLAUSE_COMMA = /,\s/g;
const THAT_BEFORE = /\bthat\s+$/;
// "…, analysts said, …": a comma closes the words before the claimant.
const COMMA_BEFORE = /[\p{L}\p{N}”’"»)],\s*$/u;
// "… and said", "… and later said": a verb coordinated with the sentence's main verb.
const AND_BEFORE = /\band(?:\s+(?:also|later|then|has|have|had|again))?\s+$/u;
const DIGIT_BEFORE = /\p{N}\s+$/u;
const PAST_ED = /^\p{Ll}{2,}ed$/u;
const POSSESSIVE_END = /\p{L}['’]s$/u;
// "He’s", "It’s", "That’s" opening a sentence: a word and "is", not a possessive.
const CONTRACTED_SUBJECTS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'it',
  'that',
  'there',
  'here',
  'what',
  'who',
  'this',
]);
// "Haddad whether …", "the minister if …": one to four words of listener before a question word.
const LISTENER_BEFORE_QUESTION = new RegExp(`^(?:[\\p{L}\\p{N}'’.-]+ ){1,4}?(?=(?:${alt(QUESTION_WORDS)}) )`, 'u');
const PARTICIPLE_SET: ReadonlySet<string> = new Set(PARTICIPLE_CUES);
const POSSESSIVE_CONTAINER = new RegExp(
  `^(?:its|their|his|her)\\s(?:[\\p{L}-]+\\s)?(?:${alt([...SOURCE_CONTAINERS])})$`,
  'iu',
);
// A bulleted line inside a sentence ("…there.\n• According to …"): each bullet is its own unit.
const BULLET_LINE = /\n[ \t]*[•·▪◦‣*\-–—][ \t]/g;
const COMMA_END = /,\s*$/;
const OPENING_MARK = /["“«‘]/;

/**
 * The reporting cues of a text, in order, found in one scan: `verb` ("said"), `participle`
 * ("saying"), `question` ("Asked" opening a sentence), `after` ("according to": the claimant
 * follows), `toll` ("put the toll at") or `noun` ("his claim that").
 */
export function findCues(text: string): CueMatch[] {
  const out: CueMatch[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const kind = m[1] ? 'verb' : m[2] ? 'participle' : m[3] ? 'question' : m[4] ? 'after' : m[5] ? 'toll' : 'noun';
    if (kind === 'toll' && !TOLL_NOUN.test(m[0])) {
      // "raised the alarm to …" names no count; rescan from the word after the verb.
      CUE.lastIndex = m.index + 1;
      continue;
    }
    out.push({ text: m[0], kind, span: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}

/** A reporting cue found in the text. */
export interface CueMatch {
  text: string;
  kind: 'verb' | 'participle' | 'question' | 'after' | 'toll' | 'noun';
  span: Span;
}

/**
 * Finds the reporting frames of one paragraph from its `cues`. `sentences` are the document's sentences and
 * `first` the index of the paragraph's first one; `quotes` the paragraph's outermost quotations and
 * `next` the next paragraph's; `dateline` the dateline opening the story ("KHARKIV, Ukraine (Wire)
 * —"), which is no part of any reported clause.
 */
export function proposeFrames(
  text: string,
  paragraph: Span,
  paragraphIndex: number,
  cues: readonly CueMatch[],
  sentences: readonly Sentence[],
  first: number,
  quotes: readonly QuoteRun[],
  next: readonly QuoteRun[],
  dateline: Span | null,
): Frame[] {
  const frames: Frame[] = [];
  let si = first;
  for (const m of cues) {
    const cueSpan = m.span;
    // A cue inside a quotation is the speaker's own report, not the outlet's frame.
    if (quotes.some((q) => q.span.start <= cueSpan.start && cueSpan.start < q.span.end)) continue;
    while (si + 1 < sentences.length && sentences[si + 1]!.span.start <= cueSpan.start) si++;
    const sentence = _lineOf(text, sentences[si]!.span, cueSpan.start);
    if (dateline && sentence.start <= dateline.start && dateline.end <= cueSpan.start)
      sentence.start = firstNonSpace(text, dateline.end);
    const c: CueContext = { text, sentence, paragraph, quotes };
    const last = frames.length > 0 && frames[frames.length - 1]!.sentence === si ? frames[frames.length - 1]! : null;
    // "Asked whether …, Haddad said": the question names no speaker for a later cue to take, and
    // the later cue's claimant stands after the question.
    const question = last !== null && last.by === QUESTION_RULE;
    const prevFrame = question ? null : last;
    // "Barkley, who said he …, said", "The strike, which the ministry said killed 12, hit a school,
    // residents said": a report inside a relative clause is part of the next claimant's stretch.
    let regionStart = Math.max(
      sentence.start,
      question
        ? last.content.end
        : prevFrame && prevFrame.by !== RELATIVE_RULE && prevFrame.by !== GAP_RULE
          ? prevFrame.cueSpan.end
          : 0,
    );
    for (const q of quotes)
      if (q.open < regionStart && q.close !== null && q.close >= regionStart && q.close < cueSpan.start)
        regionStart = q.close + 1;
    const base = { cue: m.text, cueSpan, sentence: si, paragraph: paragraphIndex, cut: null };
    if (m.kind === 'verb') frames.push(..._verbFrames(c, m.text, cueSpan, regionStart, next, base, prevFrame));
    else if (m.kind === 'question') {
      const f = text.slice(regionStart, cueSpan.start).trim() === '' ? _passiveQuestionFrame(c, cueSpan, base) : null;
      if (f) frames.push(f);
    } else if (m.kind === 'participle') {
      const f = _participleFrame(c, cueSpan, regionStart, prevFrame, base);
      if (f) frames.push(f);
    } else if (m.kind === 'after') {
      const f = _accordingToFrame(c, cueSpan, regionStart, base);
      if (f) frames.push(f);
    } else if (m.kind === 'toll') {
      const f = _tollFrame(c, cueSpan, regionStart, base);
      if (f) frames.push(f);
    } else {
      const f = _speechNounFrame(c, cueSpan, regionStart, base);
      if (f) frames.push(f);
    }
  }
  _cutCoordinated(text, frames);
  return frames;
}

type Base = Pick<Frame, 'cue' | 'cueSpan' | 'sentence' | 'paragraph' | 'cut'>;

/** Builds a frame with one fixed shape (object spread in this hot path was a measurable cost). */
function _frame(
  base: Base,
  claimant: ClaimantPhrase,
  content: Span,
  quote: QuoteRun | null,
  by: string,
  cut: number | null,
  contentAfter: boolean,
): Frame {
  return {
    claimant,
    cue: base.cue,
    cueSpan: base.cueSpan,
    content,
    quote,
    sentence: base.sentence,
    paragraph: base.paragraph,
    by,
    cut,
    contentAfter,
    unresolved: false,
  };
}

function _verbFrames(
  c: CueContext,
  verb: string,
  cueSpan: Span,
  regionStart: number,
  next: readonly QuoteRun[],
  base: Base,
  prevFrame: Frame | null,
): Frame[] {
  const { text } = c;
  const before = _wordBefore(text, cueSpan.start, regionStart);
  // "she was asked whether …", "when asked why …": a question whose asker is not named.
  if (verb === PASSIVE_QUESTION_VERB && before && PASSIVE_QUESTION_BEFORE.has(before)) {
    const f = _passiveQuestionFrame(c, cueSpan, base);
    return f ? [f] : [];
  }
  // "it was reported", "declined to say", "the reported toll": no claimant speaks here.
  if (before && NON_REPORTING_BEFORE.has(before)) return [];
  // "voters in 11 states", "five other states": the cue word is a plural noun.
  if (
    NOUN_CUE_FORMS.has(verb) &&
    ((before && NOUN_CUE_MODIFIERS.has(before)) ||
      DIGIT_BEFORE.test(text.slice(Math.max(regionStart, cueSpan.start - 4), cueSpan.start)))
  )
    return [];
  if (NON_REPORTING_OBJECT.test(text.slice(cueSpan.end, cueSpan.end + 40))) return [];
  // "Media reports said …": the first cue word is a noun; the verb comes next. Not after a gap
  // relative, whose clause opens with its verb ("which the ministry said would take weeks").
  const nextWord = NEXT_WORD.exec(text.slice(cueSpan.end, cueSpan.end + 20))?.[1];
  if (
    nextWord &&
    (VERB_SET.has(nextWord) || NOUN_CUE_FOLLOWERS.has(nextWord)) &&
    !(NOUN_CUE_FOLLOWERS.has(nextWord) && readBeforeCue(c, regionStart, cueSpan.start)?.gap)
  )
    return [];
  const thatOnly = THAT_CLAUSE.has(verb);
  const read = readAfterCue(c, cueSpan.end, ADDRESSEE_VERBS.has(verb));
  let after = read;
  // "agreed to pay", "mentioned the shooting", "agreed to a call … to tell Garland that": only a
  // that-clause right after the verb (or its listener) is reported; a quotation before is read below.
  if (
    thatOnly &&
    after.kind === 'content' &&
    (!after.that ||
      !(
        ADDRESSEE_VERBS.has(verb) ||
        THAT_NEXT.test(text.slice(skipAdverbials(text, cueSpan.end, c.sentence.end), after.content.start))
      ))
  )
    after = { kind: 'none' };
  if (after.kind === 'next-paragraph') {
    const q = next[0];
    after =
      q && q.continues === false && q.open === firstNonSpace(text, c.paragraph.end)
        ? { kind: 'content', content: q.span, quote: q, clause: true, that: false }
        : { kind: 'none' };
  }
  if (CHARACTERISING.has(verb)) {
    // "called the strikes “another … mistake”": only the quoted words are the claimant's.
    if (after.kind !== 'content') return [];
    const { content } = after;
    if (!c.quotes.some((q) => content.start <= q.span.start && q.span.end <= content.end)) return [];
    if (!after.that) after = { ...after, clause: false };
  }
  // "asked Haddad whether the border would reopen": the listener is no part of the question.
  if (after.kind === 'content' && !after.quote && QUESTION_VERBS.has(verb)) {
    const listener = LISTENER_BEFORE_QUESTION.exec(
      text.slice(after.content.start, Math.min(after.content.end, after.content.start + 80)),
    );
    if (listener)
      after = {
        ...after,
        content: { start: after.content.start + listener[0].length, end: after.content.end },
        clause: true,
      };
  }
  // "told a townhall meeting in Ohio": after "told", words without a verb are the listener.
  if (after.kind === 'content' && !after.quote && !after.clause && ADDRESSEE_VERBS.has(verb)) after = { kind: 'none' };
  let left = readBeforeCue(c, regionStart, cueSpan.start);
  // "The strike, which the ministry said killed 12, hit a school", "which he argued seeks to …": the
  // relative word is the clause's subject or object, never "that", so any clause verb reports it;
  // "which he called a disaster" names no clause, "what he asked" asks.
  // "with which France maintains close ties" reports no clause; "which he has denied and which …"
  // reports none after the verb.
  if (left?.gap) {
    if (
      read.kind !== 'content' ||
      read.quote ||
      CHARACTERISING.has(verb) ||
      QUESTION_VERBS.has(verb) ||
      (left.gap === 'adjunct' && !read.clause)
    )
      return [];
    const content = _toClauseComma(text, read.content);
    const words = phraseWords(text, content.start, content.end, 2);
    if (words.length < 2 || GAP_CLAUSE_NON_OPENERS.has(words[0]!.lower)) return [];
    return [_frame(base, left.claimant, content, null, GAP_RULE, null, true)];
  }
  // "… the probe is “ongoing.” He said the FBI has not …": a quotation closing the sentence before
  // belongs to that sentence's report when this cue reports words of its own.
  if (left?.quoteBefore && after.kind === 'content' && left.quoteBefore.close! < c.sentence.start)
    left = { ...left, quoteBefore: null };
  // "“…,” Trump said to cheers": after a quotation, only a "that" clause or a quotation is reported.
  if (left?.quoteBefore && after.kind === 'content' && !after.quote && !after.that) after = { kind: 'none' };
  // "Barkley, who said he typically votes Democratic, said …": the relative clause ends at its comma.
  if (left?.relative && after.kind === 'content' && !after.quote) {
    after = { ...after, content: _toClauseComma(text, after.content) };
    if (after.clause) return [_frame(base, left.claimant, after.content, null, RELATIVE_RULE, null, true)];
  }
  // "During a stop in Iowa, the candidate repeated …": a that-clause verb reports nothing before it
  // but a quotation joined to it by a comma ("“…,” the report concluded").
  if (left && thatOnly && after.kind !== 'content') {
    const q = left.quoteBefore;
    left =
      q && text.slice(q.span.end, left.claimant.span.start).includes(',') ? { ...left, contentBefore: null } : null;
  }
  if (left) {
    const claimant =
      after.kind === 'content' && left.preRole && !left.claimant.role
        ? { ...left.claimant, role: left.preRole }
        : left.claimant;
    const out: Frame[] = [];
    if (left.quoteBefore)
      out.push(
        _frame(
          base,
          claimant,
          left.quoteBefore.span,
          left.quoteBefore,
          'attribution/quote-then-claimant-verb',
          null,
          false,
        ),
      );
    if (after.kind === 'content') {
      const objectOnly = !after.clause && (OBJECT_VERBS.has(verb) || CHARACTERISING.has(verb));
      const by = after.quote ? 'attribution/claimant-verb-quote' : objectOnly ? OBJECT_RULE : CLAUSE_RULE;
      out.push(_frame(base, claimant, after.content, after.quote, by, left.cut, true));
    } else if (!left.quoteBefore && left.contentBefore) {
      out.push(
        _frame(
          base,
          claimant,
          trimClause(text, left.contentBefore),
          null,
          'attribution/clause-then-claimant-verb',
          left.cut,
          false,
        ),
      );
    }
    // "Mrs. Clinton, analysts said, has other reasons": the cue sits inside the clause it reports.
    if (out.length === 0 && !left.quoteBefore) {
      const inside = _parentheticalContent(c, regionStart, left.claimant.span.start, cueSpan.end);
      if (inside)
        out.push(_frame(base, claimant, inside, null, 'attribution/parenthetical-claimant-verb', null, false));
    }
    if (out.length > 0) out[0]!.cut = left.cut;
    return out;
  }
  // "Obama praised her record and said she would finish the job": the sentence's subject reports.
  const and = AND_BEFORE.exec(text.slice(Math.max(regionStart, cueSpan.start - 24), cueSpan.start));
  if (and && after.kind === 'content') {
    const subject = prevFrame ? prevFrame.claimant : _subject(c);
    if (!subject) return [];
    const cut = cueSpan.start - and[0].length;
    const by = after.quote ? 'attribution/and-verb-quote' : after.clause ? 'attribution/and-verb-clause' : OBJECT_RULE;
    return [_frame(base, subject, after.content, after.quote, by, cut, true)];
  }
  // "…,” said Salama Maarouf, the head of …" / "Tanks retreated, said the ministry."
  const claimant = readClaimantAfterCue(c, cueSpan.end);
  if (!claimant) return [];
  const lead = text.slice(regionStart, cueSpan.start);
  const quote = quoteClosingBefore(c, cueSpan.start);
  if (quote) return [_frame(base, claimant, quote.span, quote, 'attribution/quote-then-verb-claimant', null, false)];
  if (!COMMA_END.test(lead)) return [];
  const clause = trimClause(text, trimSpan(text, { start: regionStart, end: cueSpan.start }));
  if (phraseWords(text, clause.start, clause.end, 3).length < 3) return [];
  return [_frame(base, claimant, clause, null, 'attribution/clause-then-verb-claimant', null, false)];
}

/** A clause of a relative clause ends at its first clause comma ("…, which he said killed 12, hit …" → "killed 12"). */
function _toClauseComma(text: string, content: Span): Span {
  CLAUSE_COMMA.lastIndex = content.start;
  const comma = CLAUSE_COMMA.exec(text)?.index ?? -1;
  return comma > content.start && comma < content.end
    ? trimClause(text, { start: content.start, end: comma })
    : content;
}

/**
 * The clause around a parenthetical cue, "CLAUSE-START, X said, CLAUSE-END": from the region start
 * to the sentence end, when a comma closes the part before the claimant (`claimantStart`) and one
 * follows the cue (`cueEnd`) with at least three words after it, not a quotation or a participle.
 */
function _parentheticalContent(c: CueContext, regionStart: number, claimantStart: number, cueEnd: number): Span | null {
  const { text, sentence } = c;
  if (!COMMA_BEFORE.test(text.slice(regionStart, claimantStart))) return null;
  let k = skipAdverbials(text, cueEnd, sentence.end);
  while (k < sentence.end && text[k] === ' ') k++;
  if (text[k] !== ',') return null;
  const rest = phraseWords(text, k + 1, sentence.end, 3);
  if (rest.length < 3 || PARTICIPLE_SET.has(rest[0]!.lower) || OPENING_MARK.test(text.slice(k + 1, rest[0]!.start)))
    return null;
  return trimClause(text, { start: regionStart, end: sentence.end });
}

/** "…, saying: “…”" / "…,” adding that …": the claimant is the sentence's earlier one or its subject. */
function _participleFrame(
  c: CueContext,
  cueSpan: Span,
  regionStart: number,
  prevFrame: Frame | null,
  base: Base,
): Frame | null {
  const quoted = QUOTED_AS.exec(c.text.slice(Math.max(regionStart, cueSpan.start - 80), cueSpan.start));
  if (quoted) return _quotedAsFrame(c, cueSpan, regionStart, cueSpan.start - quoted[0].length, base);
  // Only ", saying …", ",” adding that …", "by saying …": "ignored warning messages" is no report.
  const from = Math.max(0, cueSpan.start - 8);
  const lead = PARTICIPLE_LEAD.exec(c.text.slice(from, cueSpan.start));
  if (!lead) return null;
  const after = readAfterCue(c, cueSpan.end, ADDRESSEE_PARTICIPLES.has(base.cue));
  // "adding 10 to 14 days to voyages": no clause, no report.
  if (after.kind !== 'content' || !after.clause) return null;
  const claimant = prevFrame ? prevFrame.claimant : _subject(c);
  if (!claimant) return null;
  // The earlier report stops at the comma, the dash or the word before the participle.
  const cut = from + lead.index + (c.text[from + lead.index] === ',' ? 0 : 1);
  return _frame(
    base,
    claimant,
    after.content,
    after.quote,
    after.quote ? 'attribution/participle-quote' : 'attribution/participle-clause',
    cut,
    true,
  );
}

/**
 * "Asked whether the border would reopen, …", "she was asked on Monday why …": the question, from
 * its question word to the next clause comma or the sentence end, reported with no speaker (the
 * asker is not named; the one asked is the listener). "He was asked to leave" asks no question.
 */
function _passiveQuestionFrame(c: CueContext, cueSpan: Span, base: Base): Frame | null {
  const { text, sentence } = c;
  const lead = QUESTION_AHEAD.exec(text.slice(cueSpan.end, Math.min(sentence.end, cueSpan.end + 80)));
  if (!lead) return null;
  const start = cueSpan.end + lead[0].length;
  CLAUSE_COMMA.lastIndex = start;
  const comma = CLAUSE_COMMA.exec(text)?.index ?? -1;
  const content = trimClause(text, { start, end: comma >= 0 && comma < sentence.end ? comma : sentence.end });
  if (phraseWords(text, content.start, content.end, 3).length < 3) return null;
  const placeholder: ClaimantPhrase = { name: '', span: cueSpan, role: null, pronoun: null, kind: 'person' };
  const f = _frame(base, placeholder, content, null, QUESTION_RULE, null, true);
  f.unresolved = true;
  return f;
}

/** "X was quoted (by the agency) as saying CLAUSE": the subject before "was quoted" reports. */
function _quotedAsFrame(
  c: CueContext,
  cueSpan: Span,
  regionStart: number,
  subjectEnd: number,
  base: Base,
): Frame | null {
  const after = readAfterCue(c, cueSpan.end, false);
  if (after.kind !== 'content' || !after.clause) return null;
  const left = readBeforeCue(c, regionStart, subjectEnd);
  if (!left) return null;
  return _frame(
    base,
    left.claimant,
    after.content,
    after.quote,
    after.quote ? 'attribution/quoted-as-saying-quote' : 'attribution/quoted-as-saying-clause',
    left.cut,
    true,
  );
}

/**
 * "Haddad's claim that CLAUSE", "his assertion that CLAUSE": the possessive owns the report. The
 * clause runs to its first comma or the sentence end and must hold a verb (see `_ownClause`).
 */
function _speechNounFrame(c: CueContext, cueSpan: Span, regionStart: number, base: Base): Frame | null {
  const { text } = c;
  const from = Math.max(regionStart, cueSpan.start - 80);
  const owner = POSSESSOR.exec(text.slice(from, cueSpan.start));
  if (!owner) return null;
  let claimant: ClaimantPhrase | null;
  if (owner[2]) {
    const start = from + owner.index + owner[0].indexOf(owner[2]);
    const pronoun = POSSESSIVE_PRONOUNS.get(owner[2].toLowerCase())!;
    claimant = {
      name: pronoun.word,
      span: { start, end: start + owner[2].length },
      role: null,
      pronoun: pronoun.kind,
      kind: pronoun.kind,
    };
  } else {
    const start = from + owner.index;
    claimant = readClaimant(text, start, start + owner[1]!.length);
  }
  if (!claimant) return null;
  CLAUSE_COMMA.lastIndex = cueSpan.end;
  const comma = CLAUSE_COMMA.exec(text)?.index ?? -1;
  const content = _ownClause(
    text,
    trimClause(text, { start: cueSpan.end, end: comma >= 0 && comma < c.sentence.end ? comma : c.sentence.end }),
  );
  if (!content || phraseWords(text, content.start, content.end, 3).length < 3) return null;
  return _frame(base, claimant, content, null, 'attribution/possessive-speech-noun', null, true);
}

/**
 * A that-clause inside a subject ends where the main clause's verb begins: an auxiliary after the
 * clause's own verb (a finite marker or an -ed word) and another word ("that 40 people died could not
 * be verified" → "40 people died"). Null when no verb is seen: "his claim that day" is no clause.
 */
function _ownClause(text: string, span: Span): Span | null {
  const words = phraseWords(text, span.start, span.end);
  let seenVerb = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.lower;
    if (seenVerb && CLAUSE_AUXILIARIES.has(w) && !CLAUSE_AUXILIARIES.has(words[i - 1]!.lower))
      return trimClause(text, { start: span.start, end: words[i]!.start });
    if (FINITE_MARKERS.has(w) || PAST_ED.test(w)) seenVerb = true;
  }
  return seenVerb ? span : null;
}

/** "according to X, CLAUSE" / "CLAUSE, according to X". */
function _accordingToFrame(c: CueContext, cueSpan: Span, regionStart: number, base: Base): Frame | null {
  const { text, sentence } = c;
  const stop = nameEnd(text, cueSpan.end, sentence.end);
  let end = stop;
  for (let k = cueSpan.end + 1; k < stop; k++) {
    if (text[k] === ' ' && skipAdverbials(text, k, stop) > k) {
      end = k;
      break;
    }
  }
  // "according to a new poll by the Harvard Institute of Politics": a source longer than a claimant phrase.
  const claimant =
    readSourcePhrase(text, cueSpan.end, stop, true) ??
    readClaimant(text, cueSpan.end, end) ??
    readSourcePhrase(text, cueSpan.end, stop, false);
  if (!claimant || claimant.pronoun) return null;
  const lead = trimSpan(text, { start: regionStart, end: cueSpan.start });
  const leadWords = phraseWords(text, lead.start, lead.end, 3);
  if (leadWords.length >= 3) {
    return _frame(
      base,
      claimant,
      trimClause(text, withQuoteMarks(text, lead)),
      null,
      'attribution/clause-according-to',
      null,
      false,
    );
  }
  if (text[stop] !== ',') return null;
  const content = trimClause(text, { start: stop + 1, end: sentence.end });
  if (content.end <= content.start) return null;
  return _frame(base, claimant, content, null, 'attribution/according-to-clause', null, true);
}

/** "the ministry put the toll at 112": the content is the number and what follows it. */
function _tollFrame(c: CueContext, cueSpan: Span, regionStart: number, base: Base): Frame | null {
  const left = readBeforeCue(c, regionStart, cueSpan.start);
  if (!left) return null;
  // "The forum said its own count put the number at …": the count is the outer claimant's.
  if (POSSESSIVE_CONTAINER.test(left.claimant.name)) return null;
  const content = trimClause(c.text, { start: cueSpan.end, end: c.sentence.end });
  if (content.end <= content.start) return null;
  return _frame(base, left.claimant, content, null, TOLL_RULE, left.cut, true);
}

/** The subject opening a sentence: a proper name ("Abu Hamza also addressed …") or a pronoun. */
function _subject(c: CueContext): ClaimantPhrase | null {
  let start = c.sentence.start;
  // "In his speech, Obama positioned …": an opening phrase before the subject.
  const opening = phraseWords(c.text, start, c.sentence.end, 1)[0];
  if (opening && INTRO_OPENERS.has(opening.lower)) {
    const comma = c.text.indexOf(',', opening.end);
    if (
      comma < 0 ||
      comma >= c.sentence.end ||
      phraseWords(c.text, opening.end, comma, MAX_SUBJECT_WORDS).length >= MAX_SUBJECT_WORDS
    )
      return null;
    start = comma + 1;
  }
  const words = phraseWords(c.text, start, c.sentence.end, MAX_SUBJECT_WORDS + 1);
  let n = 0;
  while (n < words.length && isNameWord(words[n]!)) n++;
  if (n === 0 || n === words.length) return null;
  const last = words[n - 1]!;
  if (POSSESSIVE_END.test(last.text)) {
    // "He’s", "That’s": a pronoun and "is", no subject to read. "Ryan’s campaign shrugged off …,
    // telling": the name owns the subject, which runs on to its verb or a comma.
    if (CONTRACTED_SUBJECTS.has(last.lower.slice(0, -2))) return null;
    const head = n;
    while (n < words.length && !_endsSubject(c.text, words[n - 1]!, words[n]!)) n++;
    if (n === head || n === words.length) return null;
  }
  const claimant = readClaimant(c.text, words[0]!.start, words[n - 1]!.end);
  return claimant && !POSSESSIVE_END.test(claimant.name) ? claimant : null;
}

/** Whether the word `w` (after `prev`) no longer belongs to a subject: a comma before it, a verb or a word never in a claimant. */
function _endsSubject(text: string, prev: Token, w: Token): boolean {
  return (
    text.slice(prev.end, w.start).includes(',') ||
    FINITE_MARKERS.has(w.lower) ||
    CLAUSE_AUXILIARIES.has(w.lower) ||
    PAST_ED.test(w.lower) ||
    NOT_IN_CLAIMANT.has(w.lower)
  );
}

/** "X said A, while Y said B": A stops at the comma before "while". */
function _cutCoordinated(text: string, frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i]!;
    const prev = frames[i - 1]!;
    if (f.cut === null || !prev.contentAfter || prev.sentence !== f.sentence || prev.quote) continue;
    if (prev.content.start < f.cut && f.cut < prev.content.end) {
      prev.content = trimClause(text, { start: prev.content.start, end: f.cut });
      // "The EU announced €5 million in aid, and the agency said it was …": the verb the clause
      // test saw belonged to the second report, so the first is a plain object.
      // "Trump responded first by saying …": what is left before a participle's report is no clause either.
      if (
        prev.by === CLAUSE_RULE &&
        (OBJECT_VERBS.has(prev.cue) || PARTICIPLE_SET.has(f.cue)) &&
        !THAT_BEFORE.test(text.slice(Math.max(0, prev.content.start - 6), prev.content.start)) &&
        !hasFiniteVerb(text, prev.content)
      )
        prev.by = OBJECT_RULE;
    }
  }
}

/** The lower-cased word just before `at` (spaces and marks skipped), or null at `limit`. */
function _wordBefore(text: string, at: number, limit: number): string | null {
  let end = at;
  while (end > limit && SPACE_OR_MARK.test(text[end - 1]!)) end--;
  let start = end;
  while (start > limit && WORD_CHAR.test(text[start - 1]!)) start--;
  return start < end ? text.slice(start, end).toLowerCase() : null;
}

/** The part of a sentence on the bulleted line holding `at` (the whole sentence when there are no bullets). */
function _lineOf(text: string, sentence: Span, at: number): Span {
  let { start, end } = sentence;
  const nl = text.indexOf('\n', start);
  if (nl < 0 || nl >= end) return { start, end };
  BULLET_LINE.lastIndex = start;
  for (let m = BULLET_LINE.exec(text); m && m.index < end; m = BULLET_LINE.exec(text)) {
    if (m.index < at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return { start, end };
}
