import type { RuleId, Sentence, Span } from '../../model.js';
import type { QuoteRun } from '../sentences/index.js';
import { firstNonSpace } from '../text/index.js';
import { OBJECT_VERBS, PARTICIPLE_CUES } from './data/reporting-cues.js';
import type { CueMatch } from './find-cues.js';
import type { Base, Frame } from './frame.js';
import {
  accordingToFrame,
  participleFrame,
  passiveQuestionFrame,
  quotedCitationFrame,
  speechNounFrame,
  tollFrame,
} from './other-frames.js';
import { hasFiniteVerb, trimClause, type CueContext } from './read-after-cue.js';
import { CLAIMANT_VERB_PREDICATE, CLAUSE_THEN_CLAIMANT_VERB, CLAUSE_THEN_VERB_CLAIMANT } from './rules.js';
import { statedObjectStart, statesObject } from './predicate.js';
import { verbFrames } from './verb-frames.js';

const PARTICIPLE_SET: ReadonlySet<string> = new Set(PARTICIPLE_CUES);
const THAT_BEFORE = /\bthat\s+$/;
// The comma that closes a report before a later claimant's words: "…, Radio Tolvar reported".
const CLOSING_COMMA = /\s*,\s*$/;
const THAT_LEAD = /^that\s+$/;
const OPENING_CONNECTIVE =
  /^(?:Meanwhile|Besides|Furthermore|Moreover|In addition|Additionally|Separately|However|On (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),\s+/u;
// "…, but did not say which ones", "…, without giving a number": what the speaker left unsaid.
const NOT_SAID =
  /,?\s+(?:but|though|although)\s+(?:(?:he|she|it|they)\s+)?(?:did not|didn['’]t|would not|wouldn['’]t|declined to)\s+(?:specify|say|give|elaborate|clarify|acknowledge|provide|disclose|mention|detail|identify)(?![\p{L}])|,\s+without\s+(?:specifying|giving|elaborating|providing|saying|disclosing|mentioning|detailing|identifying)(?![\p{L}])/iu;
// A bulleted line inside a sentence ("…there.\n• According to …"): each bullet is its own unit.
const BULLET_LINE = /\n[ \t]*[•·▪◦‣*\-–—][ \t]/g;

/** Where a cue is read: its sentence, the stretch its claimant may stand in, and the frame before it. */
interface CueSite {
  c: CueContext;
  m: CueMatch;
  regionStart: number;
  next: readonly QuoteRun[];
  base: Base;
  prevFrame: Frame | null;
}

/** The proposer of one kind of cue: the frames it reads there. */
interface CueProposer {
  readonly id: RuleId;
  readonly kind: CueMatch['kind'];
  propose(s: CueSite): Frame[];
}

const one = (f: Frame | null): Frame[] => (f ? [f] : []);

/** One proposer per kind of cue (find-cues.ts). */
const CUE_PROPOSERS: readonly CueProposer[] = [
  // "said", "told", "claimed", "pointed out": the steps of verb-frames.ts.
  {
    id: 'attribution/verb-cue',
    kind: 'verb',
    propose: (s) => verbFrames(s.c, s.m.text, s.m.span, s.regionStart, s.next, s.base, s.prevFrame),
  },
  // "Asked whether the border would reopen, …" opening the sentence (or its stretch).
  {
    id: 'attribution/question-cue',
    kind: 'question',
    propose: (s) =>
      s.c.text.slice(s.regionStart, s.m.span.start).trim() === ''
        ? one(passiveQuestionFrame(s.c, s.m.span, s.base))
        : [],
  },
  // "…, saying: “…”", "…,” adding that …", "was quoted as saying …".
  {
    id: 'attribution/participle-cue',
    kind: 'participle',
    propose: (s) => one(participleFrame(s.c, s.m.span, s.regionStart, s.prevFrame, s.base)),
  },
  // "according to X, …", "…, according to X".
  {
    id: 'attribution/according-to-cue',
    kind: 'after',
    propose: (s) => one(accordingToFrame(s.c, s.m.span, s.regionStart, s.base)),
  },
  // "the ministry put the toll at 112".
  { id: 'attribution/toll-cue', kind: 'toll', propose: (s) => one(tollFrame(s.c, s.m.span, s.regionStart, s.base)) },
  // "Haddad's claim that …".
  {
    id: 'attribution/speech-noun-cue',
    kind: 'noun',
    propose: (s) => one(speechNounFrame(s.c, s.m.span, s.regionStart, s.base)),
  },
];
const PROPOSER_OF = new Map(CUE_PROPOSERS.map((p) => [p.kind, p]));

/**
 * Finds the reporting frames of one paragraph from its `cues`. `sentences` are the document's sentences and
 * `first` the index of the paragraph's first one; `quotes` the paragraph's outermost quotations and
 * `next` the next paragraph's; `dateline` the dateline opening the story ("KHARKIV, Ukraine (Wire)
 * —"), which is no part of any reported clause. Coordinated reports then cut the one before them.
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
    while (si + 1 < sentences.length && sentences[si + 1]!.span.start <= cueSpan.start) si++;
    // A cue inside a quotation is the speaker's own report, not the outlet's frame; but a party
    // the speaker cites at the quotation's start is the source of the counts it reports.
    const inside = quotes.find((q) => q.span.start <= cueSpan.start && cueSpan.start < q.span.end);
    if (inside) {
      if (m.kind === 'verb') {
        const c: CueContext = { text, sentence: sentences[si]!.span, paragraph, quotes };
        const base = { cue: m.text, cueSpan, sentence: si, paragraph: paragraphIndex, cut: null };
        frames.push(...one(quotedCitationFrame(c, cueSpan, inside, base)));
      }
      continue;
    }
    const sentence = _lineOf(text, sentences[si]!.span, cueSpan.start);
    if (dateline && sentence.start <= dateline.start && dateline.end <= cueSpan.start)
      sentence.start = firstNonSpace(text, dateline.end);
    // "Floods kill 12: UN\nKESTREL (Wire) — …": a headline line over the dateline ends before it.
    else if (
      dateline &&
      sentence.start < dateline.start &&
      cueSpan.end <= dateline.start &&
      dateline.start < sentence.end
    )
      sentence.end = dateline.start;
    const c: CueContext = { text, sentence, paragraph, quotes };
    const last = frames.length > 0 && frames[frames.length - 1]!.sentence === si ? frames[frames.length - 1]! : null;
    // "Asked whether …, Haddad said": the question names no speaker for a later cue to take, and
    // the later cue's claimant stands after the question.
    const question = last !== null && last.rule.reports === 'question';
    const prevFrame = question ? null : last;
    // "Barkley, who said he …, said", "The strike, which the ministry said killed 12, hit a school,
    // residents said": a report inside a relative clause is part of the next claimant's stretch.
    let regionStart = Math.max(
      sentence.start,
      question ? last.content.end : prevFrame && !prevFrame.rule.insideRelative ? prevFrame.cueSpan.end : 0,
    );
    for (const q of quotes)
      if (q.open < regionStart && q.close !== null && q.close >= regionStart && q.close < cueSpan.start)
        regionStart = q.close + 1;
    const base = { cue: m.text, cueSpan, sentence: si, paragraph: paragraphIndex, cut: null };
    frames.push(...PROPOSER_OF.get(m.kind)!.propose({ c, m, regionStart, next, base, prevFrame }));
  }
  _cutCoordinated(text, frames);
  _cutAtRelay(text, frames);
  _cutAtNotSaid(text, frames);
  for (const f of frames) if (!f.contentAfter) f.content = _afterOpeningConnective(text, f.content);
  return frames;
}

/**
 * "Meanwhile, troops shelled the town, the ministry said": a connective opening the sentence links
 * it to the story, and is no part of what the ministry said ("Besides, …", "On Sunday, …" too).
 * Seen in news-dev in Xinhua, World Bulletin and Citizen Digital copy; examples invented.
 */
function _afterOpeningConnective(text: string, content: Span): Span {
  const m = OPENING_CONNECTIVE.exec(text.slice(content.start, content.end));
  return m && m[0].length < content.end - content.start
    ? { start: content.start + m[0].length, end: content.end }
    : content;
}

/**
 * "The air force said the defences worked in nine regions, but did not specify which ones": the
 * report stops before what the speaker did not say ("…, without giving a number" too). Seen in a
 * Reuters report relayed by a Lebanese site and a Russian agency's copy in news-dev, and in a VOA
 * report; examples invented.
 */
function _cutAtNotSaid(text: string, frames: Frame[]): void {
  for (const f of frames) {
    if (!f.contentAfter || f.quote) continue;
    const m = NOT_SAID.exec(text.slice(f.content.start, f.content.end));
    if (m && m.index > 0) f.content = trimClause(text, { start: f.content.start, end: f.content.start + m.index });
  }
}

/**
 * "The governor said the gunmen burned the farms, Radio Tolvar reported": the words the governor
 * said stop at the comma before the medium that reports them; the medium's report is a frame of
 * its own, the same clause ("noted that the road was shut, …": without the "that"). Seen in several
 * outlets (news-dev: a BBC report relaying Interfax; an Indian, a Nigerian and a Gulf site relaying
 * Xinhua, CNN and a Houthi channel); examples invented.
 */
function _cutAtRelay(text: string, frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i]!;
    if (f.contentAfter || (f.rule !== CLAUSE_THEN_CLAIMANT_VERB && f.rule !== CLAUSE_THEN_VERB_CLAIMANT)) continue;
    const cut = Math.min(f.claimant.span.start, f.cueSpan.start);
    for (let j = i - 1; j >= 0 && frames[j]!.sentence === f.sentence; j--) {
      const prev = frames[j]!;
      if (!prev.contentAfter || prev.quote || prev.content.start >= cut || prev.content.end <= cut) continue;
      const comma = CLOSING_COMMA.exec(text.slice(prev.content.start, cut));
      if (!comma) continue;
      prev.content = trimClause(text, { start: prev.content.start, end: prev.content.start + comma.index });
      if (THAT_LEAD.test(text.slice(f.content.start, prev.content.start)))
        f.content = { start: prev.content.start, end: f.content.end };
    }
  }
}

/**
 * "X said A, while Y said B": A stops at the comma before "while". A clause left without its
 * verb becomes the plain object its rule says (CLAIMANT_VERB_CLAUSE → CLAIMANT_VERB_OBJECT).
 */
function _cutCoordinated(text: string, frames: Frame[]): void {
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i]!;
    const prev = frames[i - 1]!;
    if (f.cut === null || !prev.contentAfter || prev.sentence !== f.sentence || prev.quote) continue;
    if (prev.content.start < f.cut && f.cut < prev.content.end) {
      prev.content = trimClause(text, { start: prev.content.start, end: f.cut });
      // "The EU announced €5 million in aid, and the agency said it was …": the verb the clause
      // test saw belonged to the second report, so the first is a plain object ("The ministry
      // confirmed 12 deaths, and the army said …": a stated object, the verb with it).
      // "Trump responded first by saying …": what is left before a participle's report is no clause either.
      const object = prev.rule.objectWhenCut;
      if (
        object &&
        (OBJECT_VERBS.has(prev.cue) || PARTICIPLE_SET.has(f.cue)) &&
        !THAT_BEFORE.test(text.slice(Math.max(0, prev.content.start - 6), prev.content.start)) &&
        !hasFiniteVerb(text, prev.content)
      ) {
        const stated = statesObject(prev.cue, text, prev.content);
        prev.rule = stated ? CLAIMANT_VERB_PREDICATE : object;
        if (stated)
          prev.content = { start: statedObjectStart(prev.cue, prev.cueSpan, prev.content), end: prev.content.end };
      }
    }
  }
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
