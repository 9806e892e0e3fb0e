import { lastAtOrBefore } from '../text/index.js';
import { firstNonSpace } from '../text/index.js';
import type { Attribution, NumberMention, Sentence, Span } from '../../model.js';
import type { QuoteRun } from '../sentences/index.js';
import { OPENING_MARKS } from '../text/index.js';
import { CARRY_NUMBER_OPENERS, CARRY_OPENERS } from './data/carry-over.js';
import { trimClause } from './read-after-cue.js';
import { wordAlternation } from '../text/index.js';
import {
  CARRY_OVER_NEXT_SENTENCE,
  CARRY_OVER_OPENER,
  CONTINUED_QUOTE,
  QUOTE_RUN_FRAMED_AT_END,
  THIS_POINTS_BACK,
  type FrameRule,
} from './rules.js';

/** What carry-over reads besides the attributions: the document's units and its quotations. */
export interface CarryInput {
  text: string;
  paragraphs: readonly Span[];
  sentences: readonly Sentence[];
  quotes: readonly QuoteRun[];
  numbers: readonly NumberMention[];
  /** Paragraphs holding a reporting cue outside their quotations (even one no frame was read from). */
  cued: ReadonlySet<number>;
  /** Sentences holding such a cue: a sentence with its own cue continues no other report. */
  cuedSentences: ReadonlySet<number>;
  /** Frames citing their claimant as a source of counts (FrameRule.citesSource): the next sentences may go on listing them. */
  citedSources: ReadonlySet<Attribution>;
}

const alt = wordAlternation;
const LEAD = '^[\\s"“‘«*_]*';
const OPENER = new RegExp(`${LEAD}(?:${alt(CARRY_OPENERS)})(?![\\p{L}\\p{N}])`, 'iu');
const NUMBER_OPENER = new RegExp(`${LEAD}(?:${alt(CARRY_NUMBER_OPENERS)})\\s+`, 'iu');
const DIGIT = /\p{N}/u;
// "this in a statement", "this on Sunday", "this.": the report's whole object is the demonstrative.
const THIS_ALONE =
  /^(?:this|these)(?:\s*[,.;]?\s*$|\s+(?:in|on|at|to|while|during|through|via|when|after|before|by)\b)/iu;
/** Fewest words of the sentence "this" may point back to. */
const MIN_POINTED_WORDS = 3;

/**
 * A report whose object is only "this" ("Army spokesman Daro Venn disclosed this in a statement on
 * Sunday", "THE GROUP STATED THIS IN A LETTER") reports the sentence before it, when that sentence,
 * in the same paragraph or the one before, has no cue of its own: its content becomes that sentence
 * (changed in place). Seen in a Nigerian daily's army report (news-dev) and a MUC-4 dev wire.
 */
export function pointBack(input: CarryInput, attributions: Attribution[]): void {
  const { text, sentences } = input;
  for (const a of attributions) {
    if (a.sentence === 0 || a.content.start < a.cueSpan.end) continue;
    if (!THIS_ALONE.test(text.slice(a.content.start, a.content.end))) continue;
    const before = sentences[a.sentence - 1]!;
    if (input.cuedSentences.has(a.sentence - 1) || sentences[a.sentence]!.paragraph - before.paragraph > 1) continue;
    const content = trimClause(text, before.span);
    if (text.slice(content.start, content.end).split(/\s+/u).length < MIN_POINTED_WORDS) continue;
    a.content = content;
    a.reports = THIS_POINTS_BACK.reports;
    a.by = THIS_POINTS_BACK.id;
    a.why = { frame: THIS_POINTS_BACK.id, claimant: a.why.claimant };
  }
}

/**
 * Carries a claimant over to sentences that continue its report without a cue of their own
 * (`carried: true`, content = the whole sentence, cue = the original cue):
 * - in the same paragraph, a sentence opening with "Of those", "Among them", "The toll includes",
 *   "Another 120", "That figure" … right after an attributed sentence;
 * - in the same paragraph, a sentence opening with a quotation mark right after a quotation framed
 *   by its speaker (`“…,” said X. “…”`);
 * - on the same line, a sentence with a number right after a count cited from a source
 *   ("According to the agency, 40 died in the north. In the hills 12 died.") or inside a quotation;
 * - a paragraph that is only the continuation of a quotation: it opens with a quotation mark, has
 *   no cue of its own, and the paragraph before left the quotation open, or closed with a quotation
 *   framed by its speaker (`“…,” she said.` then `“…”`), or ended with its speaker's report
 *   (`She says the journey took three days.` then `“We walked at night …”`), or was itself such a
 *   continuation.
 * `attributions` are the document's own frames in text order.
 */
export function carryOver(input: CarryInput, attributions: readonly Attribution[]): Attribution[] {
  // Everything carried comes from an attribution: a document without one carries nothing.
  if (attributions.length === 0) return [];
  const { text, sentences, quotes } = input;
  const bySentence = new Map<number, Attribution>();
  const byParagraph = new Map<number, Attribution>();
  // The first frame of each sentence: "“…,” the agency said, adding that …" frames its quotation first.
  const firstOfSentence = new Map<number, Attribution>();
  for (const a of attributions) {
    bySentence.set(a.sentence, a);
    if (!firstOfSentence.has(a.sentence)) firstOfSentence.set(a.sentence, a);
    byParagraph.set(sentences[a.sentence]!.paragraph, a);
  }
  // Asked only of a sentence opening with a quotation mark after an attributed one: built on first
  // use. Outermost quotations do not overlap, so each starts at its own offset.
  let quoteEnds: Map<number, number> | null = null;
  const firstQuote = new Map<number, QuoteRun>();
  const lastQuote = new Map<number, QuoteRun>();
  for (const q of quotes) {
    if (!firstQuote.has(q.paragraph)) firstQuote.set(q.paragraph, q);
    lastQuote.set(q.paragraph, q);
  }
  // The first number at or after an offset: asked in text order, so one pointer walks the numbers.
  let nk = 0;
  const numberFrom = (start: number): NumberMention | undefined => {
    while (nk < input.numbers.length && input.numbers[nk]!.span.start < start) nk++;
    return input.numbers[nk];
  };
  const out: Attribution[] = _quoteRunsFramedAtEnd(input, attributions, byParagraph, firstQuote, lastQuote);
  let continued: Attribution | null = null;
  let prevParagraph = -1;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.paragraph !== prevParagraph) {
      continued = _continuedQuoteSpeaker(input, s.paragraph, byParagraph, firstQuote, lastQuote, continued);
      prevParagraph = s.paragraph;
    }
    if (bySentence.has(i) || input.cuedSentences.has(i)) continue;
    if (continued) {
      const content = trimClause(text, s.span);
      if (content.end > content.start) out.push(_carried(continued, content, CONTINUED_QUOTE));
      continue;
    }
    const prev = sentences[i - 1];
    let from = prev && prev.paragraph === s.paragraph ? bySentence.get(i - 1) : undefined;
    if (!from || !prev) continue;
    // Most sentences continue nothing: the content is read only for one that may.
    const content = trimClause(text, s.span);
    if (content.end <= content.start) continue;
    // "“We could hear people knocking,” said Andriy Tkach. “By morning the knocking had stopped.”"
    // The quotation may be framed before a participle's report: "“The camp is empty,” the agency
    // said, adding that fires had spread. “Families are arriving in Varna.”" (AFP copy in news-dev).
    let quoteGoesOn = false;
    if (OPENING_MARKS.has(text[firstNonSpace(text, s.span.start)] ?? '')) {
      quoteEnds ??= new Map(quotes.map((q) => [q.span.start, q.span.end]));
      const framed = firstOfSentence.get(i - 1);
      if (from.continuesQuote || quoteEnds.get(from.content.start) === from.content.end) quoteGoesOn = true;
      else if (framed && quoteEnds.get(framed.content.start) === framed.content.end) {
        quoteGoesOn = true;
        from = framed;
      }
    }
    const rule = quoteGoesOn
      ? CONTINUED_QUOTE
      : _opensContinuation(input, s.span)
        ? CARRY_OVER_OPENER
        : _goesOnReporting(input, from, prev.span.end, s.span, numberFrom(s.span.start))
          ? CARRY_OVER_NEXT_SENTENCE
          : null;
    if (!rule) continue;
    const carried = _carried(from, content, rule);
    bySentence.set(i, carried);
    out.push(carried);
  }
  return out;
}

/**
 * QUOTE_RUN_FRAMED_AT_END: a quotation opening a paragraph and left open there, run on through
 * paragraphs that each open with a quotation mark, and closed and framed by its speaker at the end
 * (`“Troops engaged them … / “The villages cleared … ,” the spokesman said.`): the open
 * paragraphs' quotations are the speaker's, when none of them holds a frame or a cue of its own.
 * Seen in a Nigerian army report (news-dev) and a Nigerian police statement (reprints-dev).
 */
function _quoteRunsFramedAtEnd(
  input: CarryInput,
  attributions: readonly Attribution[],
  byParagraph: ReadonlyMap<number, Attribution>,
  firstQuote: ReadonlyMap<number, QuoteRun>,
  lastQuote: ReadonlyMap<number, QuoteRun>,
): Attribution[] {
  const out: Attribution[] = [];
  const free = (p: number) => !byParagraph.has(p) && !input.cued.has(p);
  for (const [p, q] of lastQuote) {
    if (q.close !== null || q.continues || q !== firstQuote.get(p) || !_opensParagraph(input, p, q) || !free(p))
      continue;
    const run = [q];
    let k = p + 1;
    let next = firstQuote.get(k);
    while (next?.continues && next.close === null && free(k)) {
      run.push(next);
      next = firstQuote.get(++k);
    }
    if (!next?.continues) continue;
    // The attribution that frames the closing quotation: its content is that quotation.
    const framer = attributions.find(
      (a) => a.content.start === next!.span.start && a.content.end === next!.span.end && !a.carried,
    );
    if (!framer) continue;
    for (const r of run) out.push(_carried(framer, { start: r.open, end: r.span.end }, QUOTE_RUN_FRAMED_AT_END));
  }
  return out;
}

function _opensParagraph(input: CarryInput, paragraph: number, q: QuoteRun): boolean {
  return q.open === firstNonSpace(input.text, input.paragraphs[paragraph]!.start);
}

/**
 * `from` carried over to `content` by `rule`: the same claimant, cue and frame, and the carry-over
 * added to the rules that read the claimant.
 */
function _carried(from: Attribution, content: Span, rule: FrameRule): Attribution {
  return {
    ...from,
    content,
    carried: true,
    continuesQuote: rule.carried === 'quote',
    by: rule.id,
    why: { frame: from.why.frame, claimant: [...from.why.claimant, rule.id] },
  };
}

/** The attribution a continuing-quote paragraph inherits, or null when it is not one. */
function _continuedQuoteSpeaker(
  input: CarryInput,
  paragraph: number,
  byParagraph: ReadonlyMap<number, Attribution>,
  firstQuote: ReadonlyMap<number, QuoteRun>,
  lastQuote: ReadonlyMap<number, QuoteRun>,
  previous: Attribution | null,
): Attribution | null {
  const p = input.paragraphs[paragraph]!;
  const q = firstQuote.get(paragraph);
  if (
    byParagraph.has(paragraph) ||
    input.cued.has(paragraph) ||
    !q ||
    q.open !== p.start ||
    !OPENING_MARKS.has(input.text[p.start]!)
  )
    return null;
  if (previous) return previous;
  const before = byParagraph.get(paragraph - 1);
  if (!before) return null;
  const prevQuote = lastQuote.get(paragraph - 1);
  // Left open ("…burning, / “They are driving …”"), closed and framed by its speaker, or the
  // speaker's report closes the paragraph ("She says the journey took three days. / “We walked …”").
  const framed =
    prevQuote && before.content.start === prevQuote.span.start && before.content.end === prevQuote.span.end;
  const closing = before.sentence === lastAtOrBefore(input.sentences, paragraph - 1, (x) => x.paragraph);
  return q.continues || framed || closing ? before : null;
}

/**
 * CARRY_OVER_NEXT_SENTENCE: the sentence `span` holds a number (`firstNumber`, the first number
 * from its start) and starts on the line where the one before it ended (at `prevEnd`), and `from`
 * either cites its claimant ahead of a count ("According to the agency, 40 died in the north. In
 * the hills 12 died.") or is the sentence before inside a quotation. A source cited after its
 * clause closes it ("40 died, according to the agency. Some 8,000 fled the valley." goes back to
 * the outlet's voice), a report by a speech verb does not run on ("The army said it freed four
 * hostages. Gunmen had seized 250 people in 2019."), nor one without a count ("According to the
 * governor, the strike hit a school. At least 14 people were killed."), nor a report on the line
 * before. Seen in a flood report's per-province list after "According to the NDMA" and in a TASS
 * report's tolls after "According to latest reports" (news-dev).
 */
function _goesOnReporting(
  input: CarryInput,
  from: Attribution,
  prevEnd: number,
  span: Span,
  firstNumber: NumberMention | undefined,
): boolean {
  if (!firstNumber || firstNumber.span.end > span.end) return false;
  if (!from.continuesQuote && !(input.citedSources.has(from) && _holdsNumber(input.numbers, from.content)))
    return false;
  for (let k = prevEnd; k < span.start; k++) if (input.text[k] === '\n') return false;
  return true;
}

/** Whether a number stands inside `span` (`numbers` in text order). */
function _holdsNumber(numbers: readonly NumberMention[], span: Span): boolean {
  if (numbers.length === 0) return false;
  const n = numbers[lastAtOrBefore(numbers, span.end - 1, (x) => x.span.start)]!;
  return n.span.start >= span.start && n.span.end <= span.end;
}

function _opensContinuation(input: CarryInput, span: Span): boolean {
  const head = input.text.slice(span.start, Math.min(span.end, span.start + 60));
  if (OPENER.test(head)) return true;
  const m = NUMBER_OPENER.exec(head);
  if (!m) return false;
  const at = span.start + m[0].length;
  return DIGIT.test(input.text[at] ?? '') || input.numbers.some((n) => n.span.start === at);
}
