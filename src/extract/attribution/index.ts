import type { Attribution, Entity, NumberMention, Sentence, Span } from '../../model.js';
import type { QuoteRun } from '../sentences/index.js';
import { firstNonSpace, lastAtOrBefore } from '../text/index.js';
import { carryOver, pointBack } from './carry-over.js';
import { findCues } from './find-cues.js';
import type { Frame } from './frame.js';
import { headlineFrame, linkHeadlineDescriptions, titleLine } from './headline-frames.js';
import { lineSpeakers, nameColonFrame } from './name-colon-line.js';
import { proposeFrames } from './propose-frames.js';
import { resolveClaimants } from './resolve-claimants.js';
import { readRelays } from './relays.js';
import { markReportsOfReports } from './report-of-report.js';

export { contentIndex, type ContentIndex } from './content-index.js';

/** What the attribution stage reads. */
export interface AttributionInput {
  text: string;
  paragraphs: readonly Span[];
  sentences: readonly Sentence[];
  /** The outermost quotations, from the sentences stage. */
  quotes: readonly QuoteRun[];
  /** Persons and organisations pronouns may refer to, and the names a "Name: claim" line may open with. */
  entities: readonly Entity[];
  /** Numbers: "Another 120 …" opening a sentence continues the report before it. */
  numbers: readonly NumberMention[];
  /** The dateline opening the story ("KHARKIV, Ukraine (Wire) —"), which no reported clause holds. */
  datelinePrefix: Span | null;
  /** The headline as the metadata stage read it: "…: UN", "Afghan official: …" name a claimant. */
  title: string | null;
}

const NO_QUOTES: readonly QuoteRun[] = [];

/**
 * Finds every reporting frame of a document: who (`claimant`, with `role`) reports what
 * (`content`) through which cue. Rules run in this order:
 * 1. propose: one scan per paragraph for cues ("said", "according to", "saying", "put the toll
 *    at"), then the claimant before or after the cue and the content after or before it; a
 *    paragraph written "Name: claim" (headline or transcript) is a frame with cue ":";
 * 2. resolve: pronouns to the most recent compatible claimant or named person or organisation,
 *    surnames to the fullest name, definite descriptions ("the spokesman", "the agency") to the
 *    named claimant they point back to;
 * 3. carry over: continuing sentences ("Of those, …") and continuing quotation paragraphs get the
 *    claimant of the report they continue (`carried: true`).
 * Attributed, never adjudicated: no rule looks at which party is named. The outlet's own voice
 * (no cue) gets no attribution. Sorted by content start. The rules and their order: rules.ts.
 */
export function findAttributions(a: AttributionInput): Attribution[] {
  const { quotes } = a;
  // Most paragraphs hold no quotation: they share one empty list; the quotations come in text order.
  const quotesOf: Array<readonly QuoteRun[]> = a.paragraphs.map(() => NO_QUOTES);
  for (let k = 0; k < quotes.length;) {
    const paragraph = quotes[k]!.paragraph;
    let end = k + 1;
    while (end < quotes.length && quotes[end]!.paragraph === paragraph) end++;
    quotesOf[paragraph] = quotes.slice(k, end);
    k = end;
  }
  const firstSentence: number[] = a.paragraphs.map(() => -1);
  a.sentences.forEach((s, i) => {
    if (firstSentence[s.paragraph] === -1) firstSentence[s.paragraph] = i;
  });
  const cues = findCues(a.text);
  const title = titleLine(a.text, a.paragraphs, a.title);
  let speakers: Set<string> | null = null;
  const speakersOnce = (): Set<string> => (speakers ??= lineSpeakers(a.entities));
  const frames: Frame[] = [];
  // Paragraphs and sentences with a cue outside their quotations, read or not: none continues
  // another's quote ("“…,” Ms. Varga said. “…,” he said." when "he" has no frame).
  const cued = new Set<number>();
  const cuedSentences = new Set<number>();
  let ci = 0;
  let si = 0;
  a.paragraphs.forEach((p, i) => {
    while (ci < cues.length && cues[ci]!.span.start < p.start) ci++;
    let cj = ci;
    while (cj < cues.length && cues[cj]!.span.start < p.end) cj++;
    for (let k = ci; k < cj; k++) {
      const at = cues[k]!.span.start;
      if (quotesOf[i]!.some((q) => q.span.start <= at && at < q.span.end)) continue;
      cued.add(i);
      while (si + 1 < a.sentences.length && a.sentences[si + 1]!.span.start <= at) si++;
      cuedSentences.add(si);
    }
    if (firstSentence[i]! < 0) return;
    // "Nearly 100,000 uprooted by conflict: UN": the headline names its claimant with a colon or a dash.
    const head =
      title && p.start <= title.start && title.end <= p.end
        ? headlineFrame(a.text, title, i, a.sentences, speakersOnce)
        : null;
    if (head) frames.push(head);
    // "Graham: Trump's rhetoric is costing the party": a paragraph with no cue of its own.
    const line =
      cj === ci && !head
        ? nameColonFrame(a.text, p, i, a.sentences, firstSentence[i]!, quotesOf[i]!, speakersOnce)
        : null;
    if (line) frames.push(line);
    if (cj === ci) return;
    frames.push(
      ...proposeFrames(
        a.text,
        p,
        i,
        cues.slice(ci, cj),
        a.sentences,
        firstSentence[i]!,
        quotesOf[i]!,
        quotesOf[i + 1] ?? NO_QUOTES,
        a.datelinePrefix,
      ),
    );
    ci = cj;
  });
  // A headline's description ("Afghan official: …") is named by the body's report, resolved first.
  const headline = linkHeadlineDescriptions(a.text, frames, title);
  const paragraphOf = (offset: number): number => lastAtOrBefore(a.paragraphs, offset, (p) => p.start);
  const resolved = resolveClaimants(
    a.text,
    headline.body,
    a.entities,
    paragraphOf,
    (i) => a.sentences[i]!.span.end,
    title,
    {
      inQuote: (offset) =>
        (quotesOf[paragraphOf(offset)] ?? NO_QUOTES).some((q) => q.span.start <= offset && offset < q.span.end),
      // A paragraph opening with a quotation that runs to its end, with no cue outside it.
      quoteOnly: (i) => {
        const q = quotesOf[i]?.[0];
        return (
          q !== undefined &&
          q.close === null &&
          !cued.has(i) &&
          firstNonSpace(a.text, a.paragraphs[i]!.start) === q.open
        );
      },
    },
  );
  headline.apply();
  const citedSources = new Set<Attribution>();
  const own = [...headline.heads, ...resolved].map((f) => {
    const x = _toAttribution(f);
    if (f.rule.citesSource) citedSources.add(x);
    return x;
  });
  const carryInput = {
    text: a.text,
    paragraphs: a.paragraphs,
    sentences: a.sentences,
    quotes,
    numbers: a.numbers,
    cued,
    cuedSentences,
    citedSources,
  };
  pointBack(carryInput, own);
  readRelays(a.text, own, a.sentences, a.entities);
  markReportsOfReports(a.text, own);
  const carried = carryOver(carryInput, own);
  return [...own, ...carried].sort((x, y) => x.content.start - y.content.start || x.cueSpan.start - y.cueSpan.start);
}

// A pronoun that refers to nobody named stays as written ("they said"): the guidelines give a null
// speaker only when nothing in the text says who ("Asked whether …": no claimant phrase at all).
function _toAttribution(f: Frame): Attribution {
  const unnamed = f.unresolved && f.claimant.pronoun === null;
  return {
    claimant: unnamed ? null : f.claimant.name,
    claimantSpan: unnamed ? null : f.claimant.span,
    role: f.unresolved ? null : f.claimant.role,
    cue: f.cue,
    cueSpan: f.cueSpan,
    content: f.content,
    sentence: f.sentence,
    carried: false,
    continuesQuote: false,
    reports: f.rule.reports,
    by: f.rule.id,
    why: { frame: f.rule.id, claimant: f.claimant.read },
  };
}
