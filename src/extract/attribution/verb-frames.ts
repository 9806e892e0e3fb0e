import type { RuleId, Span } from '../../model.js';
import {
  CHARACTERISING_VERBS,
  FRAME_TOLL_NOUNS,
  TALLY_NOUNS,
  PREDICATE_REPORTING_VERBS,
  REPORTING_VERB_SET,
  THAT_CLAUSE_VERBS,
} from '../lexicon/index.js';
import type { QuoteRun } from '../sentences/index.js';
import { firstNonSpace, isTitleWords, phraseWords, trimSpan, wordAlternation } from '../text/index.js';
import { GAP_CLAUSE_NON_OPENERS } from './data/frame-words.js';
import {
  ADDRESSEE_VERBS,
  PREDICATE_VERBS,
  EVIDENCE_VERBS,
  LIFE_CLAIM_VERBS,
  NON_REPORTING_BEFORE,
  NON_REPORTING_OBJECTS,
  NOUN_CUE_FOLLOWERS,
  NOUN_CUE_FORMS,
  NOUN_CUE_MODIFIERS,
  OBJECT_ALONE_VERBS,
  OBJECT_VERBS,
  PARTICIPLE_CUES,
  PASSIVE_QUESTION_BEFORE,
  PASSIVE_QUESTION_VERB,
  QUESTION_VERBS,
  QUESTION_WORDS,
  STATING_OBJECT_VERBS,
  UNOWNED_REPORTS_BEFORE,
} from './data/reporting-cues.js';
import { makeFrame, type Base, type Frame } from './frame.js';
import { passiveQuestionFrame, subject } from './other-frames.js';
import { predicateEnd, predicateFits, statedObjectStart, statesObject } from './predicate.js';
import {
  readAfterCue,
  readClaimantAfterCue,
  skipAdverbials,
  trimClause,
  type AfterCue,
  type CueContext,
  hasFiniteVerb,
} from './read-after-cue.js';
import { quoteClosingBefore, readBeforeCue, type BeforeCue } from './read-before-cue.js';
import { isPersonName, readBy, readClaimant, type ClaimantPhrase } from './read-claimant.js';
import { DETERMINERS } from './data/claimant-words.js';
import {
  AND_VERB_CLAUSE,
  AND_VERB_PREDICATE,
  AND_VERB_QUOTE,
  CLAIMANT_RULES,
  CLAIMANT_VERB_CLAUSE,
  CLAIMANT_VERB_OBJECT,
  CLAIMANT_VERB_PREDICATE,
  CLAIMANT_VERB_QUOTE,
  CLAUSE_THEN_CLAIMANT_VERB,
  CLAUSE_THEN_CLAIMANT_VERB_THEN_CLAUSE,
  CLAUSE_THEN_VERB_CLAIMANT,
  CLAUSE_WITH_QUOTE_THEN_CLAIMANT_VERB,
  LEAD_THEN_QUOTE_THEN_CLAIMANT_VERB,
  PARENTHETICAL_CLAIMANT_VERB,
  PASSIVE_BY_AGENT,
  PASSIVE_DESCRIBED_BY_AGENT_AS,
  QUOTE_THEN_CLAIMANT_VERB,
  QUOTE_THEN_VERB_CLAIMANT,
  RELATIVE_CLAUSE_VERB,
  RELATIVE_GAP_CLAUSE,
  RELATIVE_GAP_DESCRIBED_AS,
  UNOWNED_REPORTS_THAT,
  type FrameRule,
} from './rules.js';

const alt = wordAlternation;
const NON_REPORTING_OBJECT = new RegExp(`^\\s+(?:${alt(NON_REPORTING_OBJECTS)})(?![\\p{L}])`, 'iu');
const WORD_CHAR = /[\p{L}'’-]/u;
const SPACE_OR_MARK = /[\s,"“”‘’«»*]/u;
const NEXT_WORD = /^\s+(\p{Ll}+)/u;
const CHARACTERISING: ReadonlySet<string> = new Set(CHARACTERISING_VERBS);
const THAT_CLAUSE: ReadonlySet<string> = new Set(THAT_CLAUSE_VERBS);
const PREDICATE_ONLY: ReadonlySet<string> = new Set(PREDICATE_REPORTING_VERBS);
// "claimed 517 civilian lives", "claims more lives": a short object closed by "lives".
const LIVES_OBJECT = /^\s+(?:[\p{L}\p{N},.'’-]+\s+){0,3}lives(?![\p{L}])/u;
/** Fewest words of a quotation after a predicate verb that make it the report itself ("urged: “Stay home tonight”"). */
const MIN_QUOTED_REPORT_WORDS = 3;
const PARTICIPLE_SET: ReadonlySet<string> = new Set(PARTICIPLE_CUES);
const THAT_NEXT = /^\s*that\s+$/;
// "reported that the heavy rains cut the road", "reports that its convoy was hit": an article, a
// possessive or a subject pronoun after "that" opens a clause (whose verb the finite-verb test may
// miss: "caused", "borders"); a demonstrative "that" takes a noun ("confirmed that figure"). Seen in
// news-dev (a Pakistani floods report) and a Nigerian daily's agency copy; examples invented.
const CLAUSE_AFTER_THAT = /^(?:the|a|an|its|his|her|their|our|he|she|it|they|we)\s/iu;
const ASIDES_THEN_THAT = /^\s*,[^.;:!?"“”]*,\s*that\s+$/u;
// A comma that ends a clause, not one inside a number ("19,667").
const CLAUSE_COMMA = /,\s/g;
// "…, analysts said, …": a comma closes the words before the claimant.
const COMMA_BEFORE = /[\p{L}\p{N}”’"»)],\s*$/u;
// "… and said", "… and later said": a verb coordinated with the sentence's main verb.
// "… but claimed": the same subject's second verb, contrasted (seen in AP and Reuters copy).
const AND_BEFORE = /\b(?:and|but)(?:\s+(?:also|later|then|has|have|had|again))?\s+$/u;
const DIGIT_BEFORE = /\p{N}\s+$/u;
// "Haddad whether …", "the minister if …": one to four words of listener before a question word.
const LISTENER_BEFORE_QUESTION = new RegExp(`^(?:[\\p{L}\\p{N}'’.-]+ ){1,4}?(?=(?:${alt(QUESTION_WORDS)}) )`, 'u');
const COMMA_END = /,\s*$/;
const REPORTS_NOUN = 'reports';
/** Fewest words before a quotation that make a clause of their own (see _clauseAroundQuote). */
const MIN_LEAD_WORDS = 4;
/** Fewest words of a clause that runs straight into a quotation ("The agents “fired first”, a witness said"). */
const MIN_RUN_ON_LEAD_WORDS = 2;
// A word, then only spaces before the opening mark: the clause runs into the quotation.
const RUN_ON_BEFORE = /[\p{L}\p{N}][ \t]+$/u;
/** Most words of a scare quote, which stays inside the clause around it. */
const MAX_SCARE_WORDS = 2;
const CLAUSE_END_MARK = /[\s,;:—–-]/;
const OPENING_MARK = /["“«‘]/;
// "was stated by", "were announced by": the auxiliary before a passive report, and its agent after.
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been']);
const BY_AGENT = /^\s+by\s+/u;
const AS_NEXT = /^\s+as\s+/u;
const GO_ON_TO = /\b(?:went|goes|go|going|gone)\s+on\s+to\s+$/u;
// "broadcast of “…”", "NBC's “…”", "on “…”": what opens a title.
const TITLE_OPENER_BEFORE = /(?:['’]s|\bof|\bon)\s+$/u;
const MAX_TITLE_WORDS = 8;
const COMMA_WHICH = /,\s*which\s+$/u;
// "described by many experts as …": the "as" after the agent, before any comma or stop.
const AS_AFTER_AGENT = /[^,;:.!?"“”]{1,120}?\s(?=as\s)/uy;
const LOWER_START = /^\p{Ll}/u;
const COUNT_NOUNS: ReadonlySet<string> = new Set([...FRAME_TOLL_NOUNS, ...TALLY_NOUNS]);
const PLURAL_END = /s$/u;
/** Most comma-separated phrases of a passive report's agent ("the Coordinator, Defence Media Operations, Maj. Gen. …"). */
const MAX_AGENT_PHRASES = 4;

/** What the steps of a verb cue read and narrow, step by step. */
interface VerbReading {
  readonly c: CueContext;
  readonly verb: string;
  readonly cueSpan: Span;
  /** Where the stretch the claimant may stand in starts (the sentence, after any earlier report in it). */
  readonly regionStart: number;
  /** The next paragraph's quotations: "He said:" may close a paragraph whose quote follows. */
  readonly next: readonly QuoteRun[];
  readonly base: Base;
  /** The frame of the same sentence just before, whose claimant a second verb may share. */
  readonly prevFrame: Frame | null;
  /** The lower-case word right before the cue ("was" of "was asked"), or null. */
  readonly before: string | null;
  /** The verb reports only a "that" clause ("pointed out that …"), or a quotation before it. */
  readonly thatOnly: boolean;
  /** What follows the verb, as read. */
  read: AfterCue;
  /** What follows the verb, as the steps narrowed it. */
  after: AfterCue;
  /** What stands before the verb, once read. */
  left: BeforeCue | null;
  /** The report is the predicate the verb heads, the verb with it (`after.content` starts at the cue). */
  predicate: boolean;
}

/** One step of reading a verb cue: the frames when it decides (none: the cue reports nothing), else undefined. */
interface VerbStep {
  readonly id: RuleId;
  apply(r: VerbReading): Frame[] | undefined;
}

const NONE: AfterCue = { kind: 'none' };

/**
 * The steps of a verb cue ("said", "told", "claimed", "pointed out"), in order: refusals of words
 * that only look like reporting verbs, then what follows the verb, then what stands before it, then
 * the frames of a claimant before the verb, of a second verb sharing the sentence's subject, and of
 * a claimant after the verb. The first step that decides gives the cue's frames.
 */
const VERB_STEPS: readonly VerbStep[] = [
  // "she was asked whether …", "when asked why …": a question whose asker is not named.
  {
    id: 'attribution/asked-without-asker',
    apply: (r) => {
      if (r.verb !== PASSIVE_QUESTION_VERB || !r.before || !PASSIVE_QUESTION_BEFORE.has(r.before)) return undefined;
      const f = passiveQuestionFrame(r.c, r.cueSpan, r.base);
      return f ? [f] : [];
    },
  },
  // "The flood, described by engineers as the worst in a century, …": the agent describes.
  { id: PASSIVE_DESCRIBED_BY_AGENT_AS.id, apply: _describedByAgentFrames },
  // "This was stated by the army's spokesman, Maj. Ilse Varga, …": the agent after "by" reports.
  { id: PASSIVE_BY_AGENT.id, apply: _passiveAgentFrames },
  // "it was reported", "declined to say", "the reported toll": no claimant speaks here.
  {
    id: 'attribution/refuse-non-reporting-before',
    apply: (r) => (r.before && NON_REPORTING_BEFORE.has(r.before) && !_goesOnTo(r) ? [] : undefined),
  },
  // "…, amid reports that 40 were killed": reports no one owns, read as the claimant "reports".
  { id: UNOWNED_REPORTS_THAT.id, apply: _unownedReportsFrames },
  // "voters in 11 states", "five other states": the cue word is a plural noun.
  {
    id: 'attribution/refuse-plural-noun-cue',
    apply: (r) => {
      const { text } = r.c;
      const modified =
        (r.before && NOUN_CUE_MODIFIERS.has(r.before)) ||
        DIGIT_BEFORE.test(text.slice(Math.max(r.regionStart, r.cueSpan.start - 4), r.cueSpan.start));
      return NOUN_CUE_FORMS.has(r.verb) && modified ? [] : undefined;
    },
  },
  // "said goodbye", "reported for duty", "the floods claimed 517 civilian lives": an object that is no report.
  {
    id: 'attribution/refuse-non-reporting-object',
    apply: (r) => {
      const ahead = r.c.text.slice(r.cueSpan.end, r.cueSpan.end + 40);
      return NON_REPORTING_OBJECT.test(ahead) || (LIFE_CLAIM_VERBS.has(r.verb) && LIVES_OBJECT.test(ahead))
        ? []
        : undefined;
    },
  },
  // "Media reports said …": the first cue word is a noun; the verb comes next. Not after a gap
  // relative, whose clause opens with its verb ("which the ministry said would take weeks").
  {
    id: 'attribution/refuse-noun-before-verb',
    apply: (r) => {
      const nextWord = NEXT_WORD.exec(r.c.text.slice(r.cueSpan.end, r.cueSpan.end + 20))?.[1];
      if (!nextWord || !(REPORTING_VERB_SET.has(nextWord) || NOUN_CUE_FOLLOWERS.has(nextWord))) return undefined;
      return NOUN_CUE_FOLLOWERS.has(nextWord) && readBeforeCue(r.c, r.regionStart, r.cueSpan.start)?.gap
        ? undefined
        : [];
    },
  },
  // What follows the verb: a quotation, a clause ("that …" or not), nothing, or the next paragraph.
  {
    id: 'attribution/read-after-verb',
    apply: (r) => {
      r.read = r.after = readAfterCue(r.c, r.cueSpan.end, ADDRESSEE_VERBS.has(r.verb));
      return undefined;
    },
  },
  // "agreed to pay", "mentioned the shooting", "agreed to a call … to tell Garland that": only a
  // that-clause right after the verb (or its listener) is reported; a quotation before is read below.
  {
    id: 'attribution/that-clause-right-after-verb',
    apply: (r) => {
      const { after } = r;
      if (!r.thatOnly || after.kind !== 'content') return undefined;
      const { text } = r.c;
      // "pointed out, in a post on its Facebook account, that …": asides set off by commas (read
      // by readAfterCue) may stand between (a Syrian quake report in news-dev; PolNeAR train
      // "said, however, that").
      const rightAfter = () => {
        const between = text.slice(skipAdverbials(text, r.cueSpan.end, r.c.sentence.end), after.content.start);
        return ADDRESSEE_VERBS.has(r.verb) || THAT_NEXT.test(between) || ASIDES_THEN_THAT.test(between);
      };
      if (!after.that || !rightAfter()) r.after = NONE;
      return undefined;
    },
  },
  // "He said:" closing the paragraph: the quotation opening the next paragraph is what he said.
  {
    id: 'attribution/quote-in-next-paragraph',
    apply: (r) => {
      if (r.after.kind !== 'next-paragraph') return undefined;
      const q = r.next[0];
      r.after =
        q && q.continues === false && q.open === firstNonSpace(r.c.text, r.c.paragraph.end)
          ? { kind: 'content', content: q.span, quote: q, clause: true, that: false }
          : NONE;
      return undefined;
    },
  },
  // "vowed to rebuild the bridge", "accused the militia of looting", "confirmed the death toll":
  // the report is the predicate, the verb with it (see PREDICATE_VERBS, OBJECT_VERBS).
  { id: 'attribution/predicate-of-verb', apply: _predicateStep },
  // "called the strikes “another … mistake”": only the quoted words are the claimant's.
  {
    id: 'attribution/characterising-quote-only',
    apply: (r) => {
      if (!CHARACTERISING.has(r.verb) || r.predicate) return undefined;
      const { after } = r;
      if (after.kind !== 'content') return [];
      const { content } = after;
      if (!r.c.quotes.some((q) => content.start <= q.span.start && q.span.end <= content.end))
        return _thatClauseRightAfter(r, content) ? undefined : [];
      if (!after.that) r.after = { ...after, clause: false };
      return undefined;
    },
  },
  // "asked Haddad whether the border would reopen": the listener is no part of the question.
  {
    id: 'attribution/listener-before-question',
    apply: (r) => {
      const { after } = r;
      if (after.kind !== 'content' || after.quote || !QUESTION_VERBS.has(r.verb)) return undefined;
      const listener = LISTENER_BEFORE_QUESTION.exec(
        r.c.text.slice(after.content.start, Math.min(after.content.end, after.content.start + 80)),
      );
      if (listener)
        r.after = {
          ...after,
          content: { start: after.content.start + listener[0].length, end: after.content.end },
          clause: true,
        };
      return undefined;
    },
  },
  // "told a townhall meeting in Ohio": after "told", words without a verb are the listener.
  {
    id: 'attribution/listener-without-verb',
    apply: (r) => {
      const { after } = r;
      if (after.kind === 'content' && !after.quote && !after.clause && ADDRESSEE_VERBS.has(r.verb)) r.after = NONE;
      return undefined;
    },
  },
  // What stands before the verb: a claimant, and a clause or a quotation before it.
  {
    id: 'attribution/read-before-verb',
    apply: (r) => {
      r.left = readBeforeCue(r.c, r.regionStart, r.cueSpan.start);
      return undefined;
    },
  },
  // "A previous toll indicated that 1,037 were killed": a count read as evidence is no one's report
  // (news-dev: a Moroccan site's earlier toll; MUC-4 dev: "previous reports indicated that a total
  // of …"). Only a toll's nouns: "polls indicate" has its pollster.
  {
    id: 'attribution/refuse-evidence-of-count',
    apply: (r) => (EVIDENCE_VERBS.has(r.verb) && r.left && _namesCount(r.left.claimant) ? [] : undefined),
  },
  // "The strike, which the ministry said killed 12, hit a school", "which he argued seeks to …": the
  // relative word is the clause's subject or object, never "that", so any clause verb reports it;
  // "which he called a disaster" names no clause, "what he asked" asks. "with which France
  // maintains close ties" reports no clause; "which he has denied and which …" reports none after
  // the verb.
  { id: RELATIVE_GAP_CLAUSE.id, apply: _gapRelativeFrames },
  // "… the probe is “ongoing.” He said the FBI has not …": a quotation closing the sentence before
  // belongs to that sentence's report when this cue reports words of its own.
  {
    id: 'attribution/quote-of-sentence-before',
    apply: (r) => {
      const { left } = r;
      if (left?.quoteBefore && r.after.kind === 'content' && left.quoteBefore.close! < r.c.sentence.start)
        r.left = { ...left, quoteBefore: null };
      return undefined;
    },
  },
  // "On Sunday's broadcast of “Kestrel Tonight,” the senator said …": a programme's or a book's
  // title before the claimant is no quotation of the claimant's, and the clause after the verb is
  // the report (PolNeAR train: a TV show's title after "on" or a network's possessive, then "X
  // said", in three articles; the news-dev guidelines count only someone's words as statements).
  {
    id: 'attribution/title-before-claimant-is-no-quote',
    apply: (r) => {
      const q = r.left?.quoteBefore;
      if (!q || !TITLE_OPENER_BEFORE.test(r.c.text.slice(Math.max(0, q.open - 12), q.open))) return undefined;
      const words = phraseWords(r.c.text, q.span.start, q.span.end, MAX_TITLE_WORDS + 1);
      if (words.length <= MAX_TITLE_WORDS && isTitleWords(words.map((w) => w.text)))
        r.left = { ...r.left!, quoteBefore: null };
      return undefined;
    },
  },
  // "“…,” Trump said to cheers": after a quotation, only a "that" clause or a quotation is reported.
  {
    id: 'attribution/after-quote-only-that-or-quote',
    apply: (r) => {
      const { after } = r;
      if (r.left?.quoteBefore && after.kind === 'content' && !after.quote && !after.that) r.after = NONE;
      return undefined;
    },
  },
  // "Barkley, who said he typically votes Democratic, said …": the relative clause ends at its comma.
  {
    id: RELATIVE_CLAUSE_VERB.id,
    apply: (r) => {
      const { left } = r;
      if (!left?.relative) return undefined;
      // "Barkley, who vowed to run again, said …": a predicate inside a relative clause describes its
      // antecedent more than it reports; the verb reports as before, if at all.
      if (r.predicate) {
        if (PREDICATE_ONLY.has(r.verb)) return [];
        r.predicate = false;
        r.after = r.read;
      }
      const { after } = r;
      if (after.kind !== 'content' || after.quote) return undefined;
      const content = _toClauseComma(r.c.text, after.content);
      r.after = { ...after, content };
      return after.clause
        ? [makeFrame(r.base, left.claimant, content, null, RELATIVE_CLAUSE_VERB, null, true)]
        : undefined;
    },
  },
  // "During a stop in Iowa, the candidate repeated …": a that-clause verb reports nothing before it
  // but a quotation joined to it by a comma ("“…,” the report concluded").
  {
    id: 'attribution/that-clause-verb-reports-only-a-quote-before',
    apply: (r) => {
      const { left } = r;
      if (!left || !r.thatOnly || r.after.kind === 'content') return undefined;
      const q = left.quoteBefore;
      r.left =
        q && r.c.text.slice(q.span.end, left.claimant.span.start).includes(',')
          ? { ...left, contentBefore: null }
          : null;
      return undefined;
    },
  },
  // "Troops stormed the hideout, killing two, said the army.": a claimant after the verb closing
  // the sentence, after a comma, is the one that spoke; the words before are the report, though
  // their last phrase reads like an apposition (seen in two outlets' copy of Pakistani army
  // statements, "…, resulting in their elimination, said the ISPR").
  { id: 'attribution/claimant-after-verb-closing-sentence', apply: _claimantClosingSentenceFrames },
  { id: 'attribution/claimant-before-verb', apply: _claimantBeforeVerbFrames },
  { id: 'attribution/second-verb-of-subject', apply: _andVerbFrames },
  { id: 'attribution/claimant-after-verb', apply: _claimantAfterVerbFrames },
];

/**
 * The frames of one verb cue in a sentence (see VERB_STEPS). `regionStart` is where the claimant's
 * stretch starts; `next` the next paragraph's quotations; `prevFrame` the frame of the same
 * sentence just before.
 */
export function verbFrames(
  c: CueContext,
  verb: string,
  cueSpan: Span,
  regionStart: number,
  next: readonly QuoteRun[],
  base: Base,
  prevFrame: Frame | null,
): Frame[] {
  const r: VerbReading = {
    c,
    verb,
    cueSpan,
    regionStart,
    next,
    base,
    prevFrame,
    before: _wordBefore(c.text, cueSpan.start, regionStart),
    thatOnly: THAT_CLAUSE.has(verb),
    read: NONE,
    after: NONE,
    left: null,
    predicate: false,
  };
  for (const step of VERB_STEPS) {
    const frames = step.apply(r);
    if (frames) return frames;
  }
  return [];
}

/**
 * "This was stated by the army's spokesman, Maj. Ilse Varga, when …", "Such figures were announced
 * by the head of the mission, Anna Berg, at …": a passive report whose agent follows "by" right
 * after the verb. It reports its subject, a noun phrase (no statement of its own), and names the
 * speaker the next "he said" or "the head of the mission" refers to. Seen in a Nigerian daily's
 * and a Ukrainian site's reports (news-dev). Undefined when no agent follows ("it was reported").
 */
function _passiveAgentFrames(r: VerbReading): Frame[] | undefined {
  if (!r.before || !PASSIVE_AUXILIARIES.has(r.before)) return undefined;
  const { text } = r.c;
  const by = BY_AGENT.exec(text.slice(r.cueSpan.end, r.cueSpan.end + 8));
  if (!by) return undefined;
  const claimant = _agent(r.c, r.cueSpan.end + by[0].length);
  if (!claimant || claimant.pronoun) return undefined;
  const aux = text.lastIndexOf(r.before, r.cueSpan.start);
  const subject = trimSpan(text, { start: r.regionStart, end: aux });
  if (subject.end <= subject.start) return undefined;
  return [
    makeFrame(r.base, readBy(claimant, CLAIMANT_RULES.agentAfterBy), subject, null, PASSIVE_BY_AGENT, null, false),
  ];
}

/**
 * "The flood, described by engineers as the worst in a century, closed …": a description verb, its
 * agent after "by", and the description after "as", the agent's words (RELATIVE_GAP_DESCRIBED_AS
 * reads "what engineers describe as …"). News-dev: a Nigerian daily ("described by … experts as")
 * and AFP copy in a Bangladeshi paper ("what aid agencies describe as"); PolNeAR train holds both
 * shapes ("what his aides describe as", "described by … as").
 */
function _describedByAgentFrames(r: VerbReading): Frame[] | undefined {
  if (PREDICATE_VERBS.get(r.verb) !== 'as') return undefined;
  const { text, sentence } = r.c;
  const by = BY_AGENT.exec(text.slice(r.cueSpan.end, r.cueSpan.end + 8));
  if (!by) return undefined;
  const agentStart = r.cueSpan.end + by[0].length;
  AS_AFTER_AGENT.lastIndex = agentStart;
  const as = AS_AFTER_AGENT.exec(text);
  const asAt = as ? as.index + as[0].length - 1 : -1;
  if (asAt < 0 || asAt > sentence.end) return undefined;
  const claimant = readClaimant(text, agentStart, asAt);
  const content = _asComplement(r.c, asAt);
  if (!claimant || claimant.pronoun || !content) return undefined;
  return [
    makeFrame(
      r.base,
      readBy(claimant, CLAIMANT_RULES.agentAfterBy),
      content,
      null,
      PASSIVE_DESCRIBED_BY_AGENT_AS,
      null,
      true,
    ),
  ];
}

/** The description after "as" at `at` ("… as the worst in a century, …"), to its clause comma; null when no "as" opens there. */
function _asComplement(c: CueContext, at: number): Span | null {
  const { text, sentence } = c;
  const as = AS_NEXT.exec(text.slice(at, at + 8));
  if (!as) return null;
  const content = _toClauseComma(text, trimClause(text, { start: at + as[0].length, end: sentence.end }));
  return phraseWords(text, content.start, content.end, 2).length < 2 ? null : content;
}

/**
 * "The source went on to say that …": "to" before the verb is no refusal here (news-dev: an Iranian
 * site; "went on to say" in ten PolNeAR train articles), unlike "declined to say".
 */
function _goesOnTo(r: VerbReading): boolean {
  return (
    r.before === 'to' && GO_ON_TO.test(r.c.text.slice(Math.max(r.regionStart, r.cueSpan.start - 20), r.cueSpan.start))
  );
}

/** Whether a claimant phrase is a count ("A previous toll", "the latest figures"), no party. */
function _namesCount(phrase: ClaimantPhrase): boolean {
  if (phrase.pronoun) return false;
  const head = phraseWords(phrase.name, 0, phrase.name.length).pop()?.lower ?? '';
  return COUNT_NOUNS.has(head) || COUNT_NOUNS.has(head.replace(PLURAL_END, ''));
}

/**
 * The agent after "by": the last of its comma-separated phrases that is a person's name, the ones
 * before it the role ("the Coordinator, Defence Media Operations, Maj. Gen. Ilse Varga, when …" →
 * "Ilse Varga"); else the claimant after the cue as "said X" reads it. The phrases end at one
 * opening in lower case ("when he appeared", "at the presentation").
 */
function _agent(c: CueContext, start: number): ClaimantPhrase | null {
  const { text, sentence } = c;
  const segs: Span[] = [];
  for (let k = start; k < sentence.end && segs.length < MAX_AGENT_PHRASES;) {
    let comma = text.indexOf(',', k);
    if (comma < 0 || comma > sentence.end) comma = sentence.end;
    const first = phraseWords(text, k, comma, 1)[0];
    if (!first || (segs.length > 0 && LOWER_START.test(first.text) && !DETERMINERS.has(first.lower))) break;
    segs.push({ start: k, end: comma });
    k = comma + 1;
  }
  for (let i = segs.length - 1; i > 0; i--) {
    const named = readClaimant(text, segs[i]!.start, segs[i]!.end);
    if (!named || !isPersonName(phraseWords(text, named.span.start, named.span.end))) continue;
    const role = trimSpan(text, { start: segs[0]!.start, end: segs[i - 1]!.end });
    return { ...named, kind: 'person', role: text.slice(role.start, role.end) };
  }
  return readClaimantAfterCue(c, start);
}

/**
 * The predicate step: a verb of PREDICATE_VERBS followed by its shape ("vowed to …", "accused X of
 * …", "described X as …"), or an object verb's plain object that states something ("confirmed 197
 * people dead", "denied the army's count"; not "announced €5 million in aid", not "confirmed it"),
 * reports the predicate with the verb, to the end of its clause. A that-clause or a quotation of
 * three words or more after the verb is read as before; a verb that reports only predicates
 * ("accused", "blamed") reports nothing else ("an attack blamed on the militia").
 */
function _predicateStep(r: VerbReading): Frame[] | undefined {
  const { text, sentence } = r.c;
  const { after } = r;
  const at = skipAdverbials(text, r.cueSpan.end, sentence.end);
  // "denied that …" right after the verb; "vowed to return, although there are fears that …" is no
  // that-clause, nor "rejected that account" (a demonstrative: the object).
  const that = after.kind === 'content' && after.that && THAT_NEXT.test(text.slice(at, after.content.start));
  // "reported that relief teams arrived": after a verb that reports as "said" does, "that" opens a clause.
  const demonstrative =
    that &&
    !OBJECT_ALONE_VERBS.has(r.verb) &&
    !hasFiniteVerb(text, after.content) &&
    !CLAUSE_AFTER_THAT.test(text.slice(after.content.start));
  if (
    (that && !demonstrative) ||
    (after.kind === 'content' && after.quote && _words(text, after.content) >= MIN_QUOTED_REPORT_WORDS)
  )
    return undefined;
  const rest = text.slice(firstNonSpace(text, at), Math.min(sentence.end, at + 200));
  let fits = predicateFits(r.verb, rest, demonstrative);
  // "confirmed 197 people dead", "denied the army's count": an object verb with a stated object.
  // A stated object, unless the report stands before the verb: "…, were punished for the killing,
  // reports the AP" (the object is the claimant), "…, the Tolvaren Post reported ten days ago" (the
  // object is a time).
  // Where the predicate ends, read only when a frame needs it ("said" heads no predicate).
  let end = -1;
  const predicateEndAt = () => (end < 0 ? (end = predicateEnd(r.c, at)) : end);
  // The object runs to where the predicate ends: "denied responsibility, claiming the blast was staged".
  const objectOf = (content: Span): Span => ({ start: content.start, end: Math.min(content.end, predicateEndAt()) });
  if (
    !fits &&
    after.kind === 'content' &&
    !after.quote &&
    STATING_OBJECT_VERBS.has(r.verb) &&
    (demonstrative || !after.clause || (!after.that && !hasFiniteVerb(text, objectOf(after.content)))) &&
    statesObject(r.verb, text, objectOf(after.content))
  ) {
    const left = readBeforeCue(r.c, r.regionStart, r.cueSpan.start);
    fits = !left?.contentBefore && !left?.quoteBefore && !_claimantClosesSentence(r, after.content);
  }
  if (!fits) return PREDICATE_ONLY.has(r.verb) ? [] : undefined;
  const start = after.kind === 'content' ? statedObjectStart(r.verb, r.cueSpan, after.content) : r.cueSpan.start;
  const content = trimClause(text, { start, end: predicateEndAt() });
  r.after = { kind: 'content', content, quote: null, clause: true, that: false };
  r.predicate = true;
  return undefined;
}

/**
 * "The governor pledged that the shelters would stay open all winter": a that-clause with its own
 * verb right after a characterising verb is reported whole, as after "said" (news-dev: an Armenian
 * paper's "pledged that"; PolNeAR train marks "pledged that", "promised that", "vowed that").
 */
function _thatClauseRightAfter(r: VerbReading, content: Span): boolean {
  const { text } = r.c;
  const { after } = r;
  return (
    after.kind === 'content' &&
    after.that &&
    THAT_NEXT.test(text.slice(skipAdverbials(text, r.cueSpan.end, r.c.sentence.end), content.start)) &&
    hasFiniteVerb(text, content)
  );
}

/**
 * "…, were punished for the killing, reports the AP": after a comma, the verb's object is a name
 * running to the sentence end, the claimant of the words before ("Kyiv, as usual, denied
 * responsibility" names no one after the verb).
 */
function _claimantClosesSentence(r: VerbReading, object: Span): boolean {
  const { text } = r.c;
  if (!COMMA_END.test(text.slice(r.regionStart, r.cueSpan.start))) return false;
  const claimant = readClaimantAfterCue(r.c, r.cueSpan.end);
  if (!claimant || claimant.span.end < object.end) return false;
  return phraseWords(text, claimant.span.start, claimant.span.end).some((w) => w.text !== w.lower);
}

function _words(text: string, span: Span): number {
  return phraseWords(text, span.start, span.end, MIN_QUOTED_REPORT_WORDS).length;
}

function _gapRelativeFrames(r: VerbReading): Frame[] | undefined {
  const { left, read } = r;
  if (!left?.gap) return undefined;
  // "the bridge, which the army vowed to rebuild", "what the rebels describe as a victory": the
  // relative word is the predicate's object, whose report is too loose to read (a passive "the
  // candidates described as outsiders" reads the same); the verb reports as before, if at all.
  if (r.predicate) {
    const described = left.gap === 'argument' ? _asComplement(r.c, r.cueSpan.end) : null;
    if (described) return [makeFrame(r.base, left.claimant, described, null, RELATIVE_GAP_DESCRIBED_AS, null, true)];
    if (PREDICATE_ONLY.has(r.verb)) return [];
    r.predicate = false;
    r.after = r.read;
  }
  if (
    read.kind !== 'content' ||
    read.quote ||
    CHARACTERISING.has(r.verb) ||
    QUESTION_VERBS.has(r.verb) ||
    (left.gap === 'adjunct' && !read.clause)
  )
    return [];
  const { text } = r.c;
  const content = _toClauseComma(text, read.content);
  const words = phraseWords(text, content.start, content.end, 2);
  if (words.length < 2 || GAP_CLAUSE_NON_OPENERS.has(words[0]!.lower)) return [];
  // "A website claimed 20 soldiers died in the attack, which they said was revenge": the earlier
  // report stops at the comma before "which" (news-dev: a BBC report; PolNeAR train marks the
  // relative clause's report apart).
  const comma = COMMA_WHICH.exec(
    text.slice(Math.max(r.regionStart, left.claimant.span.start - 12), left.claimant.span.start),
  );
  const cut = comma ? left.claimant.span.start - comma[0].length : null;
  return [makeFrame(r.base, left.claimant, content, null, RELATIVE_GAP_CLAUSE, cut, true)];
}

/**
 * A claimant before the verb: "“…,” X said" (QUOTE_THEN_CLAIMANT_VERB), "X said: “…”"
 * (CLAIMANT_VERB_QUOTE), "X said CLAUSE" (CLAIMANT_VERB_CLAUSE, or CLAIMANT_VERB_OBJECT for a
 * plain noun phrase after an object verb), "CLAUSE, X said" (CLAUSE_THEN_CLAIMANT_VERB), "CLAUSE-
 * START, X said, CLAUSE-END" (PARENTHETICAL_CLAIMANT_VERB). A role written before the name joins the
 * claimant when content follows ("Another displaced Gazan, Um Hassan says …").
 */
function _claimantBeforeVerbFrames(r: VerbReading): Frame[] | undefined {
  const { left, base } = r;
  if (!left) return undefined;
  const { text } = r.c;
  const after = _remnantAfterClause(r) ? NONE : r.after;
  const claimant =
    after.kind === 'content' && left.preRole && !left.claimant.role
      ? { ...left.claimant, role: left.preRole, read: [...left.claimant.read, CLAIMANT_RULES.roleBeforeName] }
      : left.claimant;
  const out: Frame[] = [];
  if (left.quoteBefore) {
    const q = left.quoteBefore;
    const lead = _clauseAroundQuote(text, r.regionStart, q, left.claimant.span.start);
    // A scare quote inside the clause is no quotation of its own; a longer one the clause runs
    // into is both (the clause an indirect statement, the quotation a direct one).
    const withQuote = lead !== null && lead.span.end > q.span.end;
    if (!lead?.scare) out.push(makeFrame(base, claimant, q.span, q, QUOTE_THEN_CLAIMANT_VERB, null, false));
    const rule = withQuote ? CLAUSE_WITH_QUOTE_THEN_CLAIMANT_VERB : LEAD_THEN_QUOTE_THEN_CLAIMANT_VERB;
    if (lead) out.push(makeFrame(base, claimant, lead.span, null, rule, null, false));
  }
  if (after.kind === 'content') {
    const objectOnly = !after.clause && (OBJECT_VERBS.has(r.verb) || CHARACTERISING.has(r.verb));
    const rule: FrameRule = r.predicate
      ? CLAIMANT_VERB_PREDICATE
      : after.quote
        ? CLAIMANT_VERB_QUOTE
        : objectOnly
          ? CLAIMANT_VERB_OBJECT
          : CLAIMANT_VERB_CLAUSE;
    out.push(makeFrame(base, claimant, after.content, after.quote, rule, left.cut, true));
  } else if (!left.quoteBefore && left.contentBefore) {
    const end = _coordinatedClauseEnd(r.c, r.cueSpan.end);
    const content = trimClause(text, end < 0 ? left.contentBefore : { start: left.contentBefore.start, end });
    const rule = end < 0 ? CLAUSE_THEN_CLAIMANT_VERB : CLAUSE_THEN_CLAIMANT_VERB_THEN_CLAUSE;
    out.push(makeFrame(base, claimant, content, null, rule, left.cut, false));
  }
  // "Mrs. Clinton, analysts said, has other reasons": the cue sits inside the clause it reports.
  if (out.length === 0 && !left.quoteBefore) {
    const inside = _parentheticalContent(r.c, r.regionStart, left.claimant.span.start, r.cueSpan.end);
    if (inside) out.push(makeFrame(base, claimant, inside, null, PARENTHETICAL_CLAIMANT_VERB, null, false));
  }
  if (out.length > 0) out[0]!.cut = left.cut;
  return out;
}

/**
 * The frames of "CLAUSE, VERB CLAIMANT." when the claimant after the verb ends the sentence and
 * nothing after the verb is a clause or a quotation (see VERB_STEPS); undefined otherwise.
 */
function _claimantClosingSentenceFrames(r: VerbReading): Frame[] | undefined {
  const { after, left } = r;
  const { text, sentence } = r.c;
  if (after.kind !== 'content' || after.quote || after.clause || r.predicate || OBJECT_VERBS.has(r.verb))
    return undefined;
  // Only where the words before read as "NAME, APPOSITIVE," whose appositive is no role ("resulting
  // in …", "citing …"): a claimant named before with a role keeps its report.
  if (!left || left.claimant.role !== null || left.claimant.read[0] !== CLAIMANT_RULES.apposition) return undefined;
  if (!COMMA_END.test(text.slice(r.regionStart, r.cueSpan.start))) return undefined;
  const claimant = readClaimantAfterCue(r.c, r.cueSpan.end);
  if (!claimant || claimant.pronoun) return undefined;
  if (
    phraseWords(text, claimant.span.start, claimant.span.end, MAX_CLOSING_CLAIMANT_WORDS + 1).length >
    MAX_CLOSING_CLAIMANT_WORDS
  )
    return undefined;
  const rest = text.slice(claimant.span.end, sentence.end);
  return SENTENCE_CLOSE.test(rest) ? _claimantAfterVerbFrames(r) : undefined;
}

/** Most words of a claimant closing its sentence after the verb ("the Inter-Services Public Relations"). */
const MAX_CLOSING_CLAIMANT_WORDS = 5;
// What may follow a claimant that closes its sentence: a full stop and closing marks.
const SENTENCE_CLOSE = /^[\s.!?"”’»)]*$/u;

/** Most words left after the verb that are the end of its occasion, not what was said ("here on Monday", "messaging app"). */
const MAX_REMNANT_WORDS = 3;

/**
 * Whether the words after the verb are only what is left of its occasion, at the end of a sentence
 * whose clause came before the claimant: "…, the agency's spokesman said here on Monday." (a
 * Xinhua story carried by a Chinese portal), "…, the governor said in a post on the Telegram
 * messaging app." (Reuters copy in a Canadian paper): no "that", no verb, a few words. The clause
 * before is the report; an object verb's noun phrase ("confirmed the toll") is not a remnant.
 */
function _remnantAfterClause(r: VerbReading): boolean {
  const { after, left } = r;
  if (after.kind !== 'content' || after.quote || after.clause || r.predicate) return false;
  if (!left?.contentBefore || left.quoteBefore || OBJECT_VERBS.has(r.verb) || CHARACTERISING.has(r.verb)) return false;
  const { text } = r.c;
  return phraseWords(text, after.content.start, after.content.end, MAX_REMNANT_WORDS + 1).length <= MAX_REMNANT_WORDS;
}

/**
 * "Obama praised her record and said she would finish the job": the sentence's subject (or the
 * claimant of its earlier report) reports through a second verb (AND_VERB_QUOTE, AND_VERB_CLAUSE,
 * or CLAIMANT_VERB_OBJECT for a plain noun phrase).
 */
function _andVerbFrames(r: VerbReading): Frame[] | undefined {
  const { text } = r.c;
  const { after, cueSpan } = r;
  const and = AND_BEFORE.exec(text.slice(Math.max(r.regionStart, cueSpan.start - 24), cueSpan.start));
  if (!and || after.kind !== 'content') return undefined;
  const claimant = r.prevFrame ? readBy(r.prevFrame.claimant, CLAIMANT_RULES.earlierReport) : subject(r.c);
  if (!claimant) return [];
  const cut = cueSpan.start - and[0].length;
  const rule = r.predicate
    ? AND_VERB_PREDICATE
    : after.quote
      ? AND_VERB_QUOTE
      : after.clause
        ? AND_VERB_CLAUSE
        : CLAIMANT_VERB_OBJECT;
  return [makeFrame(r.base, claimant, after.content, after.quote, rule, cut, true)];
}

/** "…,” said Salama Maarouf, the head of …" (QUOTE_THEN_VERB_CLAIMANT) / "Tanks retreated, said the ministry." (CLAUSE_THEN_VERB_CLAIMANT). */
function _claimantAfterVerbFrames(r: VerbReading): Frame[] {
  const { text } = r.c;
  const { cueSpan, regionStart } = r;
  const claimant = readClaimantAfterCue(r.c, cueSpan.end);
  if (!claimant) return [];
  const lead = text.slice(regionStart, cueSpan.start);
  const quote = quoteClosingBefore(r.c, cueSpan.start);
  if (quote) return [makeFrame(r.base, claimant, quote.span, quote, QUOTE_THEN_VERB_CLAIMANT, null, false)];
  if (!COMMA_END.test(lead)) return [];
  const clause = trimClause(text, trimSpan(text, { start: regionStart, end: cueSpan.start }));
  if (phraseWords(text, clause.start, clause.end, 3).length < 3) return [];
  return [makeFrame(r.base, claimant, clause, null, CLAUSE_THEN_VERB_CLAIMANT, null, false)];
}

/**
 * The clause a quotation closes before the claimant, from `regionStart` to the quotation: a scare
 * quote of one or two words stays inside it ("Troops sent two gunmen “to hell”, the army said":
 * CLAUSE_WITH_QUOTE_THEN_CLAIMANT_VERB, a statement, `scare`); so does a longer quotation the
 * clause runs straight into, with no mark between ("Rangers found the camp “abandoned in a hurry
 * by at least ten men”, the park service said": the clause is an indirect statement and the
 * quotation a direct one; news-dev: AFP copy in a Kenyan paper twice, a BBC-sourced Kosovo report
 * and a Xinhua UN briefing; the guidelines' "reported clause around a partial quote"); a quotation
 * set off by a comma is left out ("Both hostages are safe, “in good spirits,” the charity
 * announced": LEAD_THEN_QUOTE_THEN_CLAIMANT_VERB, whose figures are the claimant's and whose
 * statement is the quotation). Null when fewer than MIN_LEAD_WORDS words stand before a quotation
 * set off by a comma ("The leader, “a dangerous man,” police said") or fewer than
 * MIN_RUN_ON_LEAD_WORDS before one the clause runs into ("Gunmen “fled on foot”"), or no comma
 * closes the quotation before the claimant (`claimantStart`).
 * Seen in a Pakistani army report (suchtv) and an AP report (news-dev).
 */
function _clauseAroundQuote(
  text: string,
  regionStart: number,
  q: QuoteRun,
  claimantStart: number,
): { span: Span; scare: boolean } | null {
  // "The Civil Defense and the “White Helmets” organization said": no comma, the quotation is in the name.
  if (q.close === null || !text.slice(q.span.end, claimantStart).includes(',')) return null;
  const lead = phraseWords(text, regionStart, q.open, MIN_LEAD_WORDS);
  // Counted up to one past a scare quote's length: the words of a whole quotation are read only
  // when its title case is asked (a quotation's every word was 13% of the phrase view's words).
  const scare = phraseWords(text, q.span.start, q.span.end, MAX_SCARE_WORDS + 1).length <= MAX_SCARE_WORDS;
  // "on the broadcast of “Meet the Press,”": a title the words run into is no report.
  const runsOn =
    !scare &&
    RUN_ON_BEFORE.test(text.slice(Math.max(regionStart, q.open - 4), q.open)) &&
    !isTitleWords(phraseWords(text, q.span.start, q.span.end).map((w) => w.text));
  if (lead.length < (runsOn ? MIN_RUN_ON_LEAD_WORDS : MIN_LEAD_WORDS)) return null;
  if (scare || runsOn) return { span: { start: lead[0]!.start, end: q.close + 1 }, scare };
  const clause = trimClause(text, { start: lead[0]!.start, end: q.open });
  while (clause.end > clause.start && CLAUSE_END_MARK.test(text[clause.end - 1]!)) clause.end--;
  return clause.end > clause.start ? { span: clause, scare } : null;
}

/**
 * UNOWNED_REPORTS_THAT: "reports" after one of UNOWNED_REPORTS_BEFORE, right before a that-clause,
 * is the claimant of the clause ("amid reports that the bridge had fallen"); any other use of the
 * word goes on to the other steps.
 */
function _unownedReportsFrames(r: VerbReading): Frame[] | undefined {
  if (r.verb !== REPORTS_NOUN || !r.before || !UNOWNED_REPORTS_BEFORE.has(r.before)) return undefined;
  const after = readAfterCue(r.c, r.cueSpan.end, false);
  if (after.kind !== 'content' || !after.that || after.quote) return undefined;
  const claimant: ClaimantPhrase = {
    name: r.c.text.slice(r.cueSpan.start, r.cueSpan.end),
    span: r.cueSpan,
    role: null,
    pronoun: null,
    kind: 'group',
    read: [CLAIMANT_RULES.reportsNoun],
  };
  // "Despite reports that the bridge fell, traffic moved": opening the sentence, the clause ends at its comma.
  const opens = r.c.text.slice(r.regionStart, r.cueSpan.start).trim().split(/\s+/u).length === 1;
  const content = opens ? _toClauseComma(r.c.text, after.content) : after.content;
  return [makeFrame(r.base, claimant, content, null, UNOWNED_REPORTS_THAT, null, true)];
}

/** A clause of a relative clause ends at its first clause comma ("…, which he said killed 12, hit …" → "killed 12"). */
function _toClauseComma(text: string, content: Span): Span {
  CLAUSE_COMMA.lastIndex = content.start;
  const comma = CLAUSE_COMMA.exec(text)?.index ?? -1;
  return comma > content.start && comma < content.end
    ? trimClause(text, { start: content.start, end: comma })
    : content;
}

// "…, officials said, while nine people were killed": the words that join a second clause to the
// one a parenthetical report follows.
const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set(['while', 'and', 'but', 'whereas']);
const VERB_ENDING = /(?:ed|ing)$/u;
const ANY_QUOTE_MARK = /["“”«»‘]|''/u;
// How far into the coordinated clause a reporting verb of its own is looked for.
const MAX_COORDINATED_SUBJECT_WORDS = 8;

/**
 * CLAUSE_THEN_CLAIMANT_VERB_THEN_CLAUSE: the end of a clause coordinated after a report set off by
 * commas — "The mayor was hurt, officials said, while nine people were killed", "Donations are
 * vetted, the treasurer said, but we never ask about income" (news-dev: Fox News on a Diyala car
 * bomb; PolNeAR train, Politico and others, where the content spans both clauses) — or -1. The
 * clause after the coordinator has a subject of its own and a finite verb: no verb opens it ("…,
 * police said, and added that …" is a second report), no quotation mark (PolNeAR train: "…, Strother
 * said, but "we don't ask …"": the quotation is a statement of its own), and no reporting verb of its
 * own in its first words ("…, the army said, while the rebels said …").
 */
function _coordinatedClauseEnd(c: CueContext, cueEnd: number): number {
  const { text, sentence } = c;
  let k = skipAdverbials(text, cueEnd, sentence.end);
  while (k < sentence.end && text[k] === ' ') k++;
  if (text[k] !== ',') return -1;
  const words = phraseWords(text, k + 1, sentence.end, MAX_COORDINATED_SUBJECT_WORDS);
  if (words.length < 3 || !CLAUSE_COORDINATORS.has(words[0]!.lower)) return -1;
  const first = words[1]!;
  // "…, the aide said, but “we never ask”": a quotation in the clause is a statement of its own
  if (VERB_ENDING.test(first.lower) || ANY_QUOTE_MARK.test(text.slice(words[0]!.end, sentence.end))) return -1;
  // "…, the army said, while the rebel group said …": a report of its own
  if (words.some((w) => REPORTING_VERB_SET.has(w.lower) || w.lower === 'according')) return -1;
  return hasFiniteVerb(text, { start: first.start, end: sentence.end }) ? sentence.end : -1;
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

/** The lower-cased word just before `at` (spaces and marks skipped), or null at `limit`. */
function _wordBefore(text: string, at: number, limit: number): string | null {
  let end = at;
  while (end > limit && SPACE_OR_MARK.test(text[end - 1]!)) end--;
  let start = end;
  while (start > limit && WORD_CHAR.test(text[start - 1]!)) start--;
  return start < end ? text.slice(start, end).toLowerCase() : null;
}
