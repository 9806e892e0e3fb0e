import type { Attribution, DateMention, Entity, Figure, IsoDate, NumberMention, Sentence } from '../../model.js';
import { contentIndex, type ContentIndex } from '../attribution/index.js';
import type { TextBase, Token } from '../text/index.js';
import { candidate, type Candidate } from './candidate.js';
import { SENTENCE_REFINERS, settle, type Settling } from './refine.js';
import { mayCountOne, singularCandidates } from './singular.js';
import { toFigure } from './to-figure.js';

export { figureDates } from './figure-dates.js';
export { figureSource } from './source.js';

/** What the figures stage reads: the sentences and their tokens, the numbers, dates and attributions found in them. */
export interface FigureInput {
  text: string;
  sentences: readonly Sentence[];
  /** The text base: the scan tokens of each sentence, as the numbers stage read them. */
  base: TextBase;
  numbers: readonly NumberMention[];
  dates: readonly DateMention[];
  attributions: readonly Attribution[];
  /** The entities found: a person's name before "…, a nurse" makes the article no count. */
  entities: readonly Entity[];
  /** The publication date: the implied `asOf` of a figure whose sentence states none. */
  published: IsoDate | null;
}

const NONE: readonly Figure[] = [];
const NO_CANDIDATES: readonly Candidate[] = [];

/**
 * Finds casualty and humanitarian figures: for each number mention, whether it counts people in
 * one of the seven metrics (see test/corpus/GUIDELINES.md), by the shape that ties the count to a
 * trigger — after it ("N people were killed", "N remain missing", "12 dead"), before it ("killed
 * N", "Strike kills 12", "abducted N students"), a tally ("the death toll rose to N"), a group
 * noun ("N hostages") or a breakdown of a figure just named ("40% of them children"). Fills the
 * group (`who`), the dates (`asOf` stated in the sentence or implied from the publication date,
 * `since`) and the source (the claimant of the attribution holding the figure; null in the
 * outlet's own voice), and `why`, the rule behind each. The rules and their order: rules.ts.
 * Pure.
 */
export function findFigures(input: FigureInput): Figure[] {
  const { sentences, numbers, dates } = input;
  const out: Figure[] = [];
  let ni = 0;
  let di = 0;
  let previous: readonly Figure[] = NONE;
  // a figure of captives found so far: people freed after it are captives too (refine.ts settle)
  let captivity = false;
  const sources = contentIndex(input.attributions);
  const people = { ends: new Map<number, number>(), starts: new Map<number, number>() };
  for (const e of input.entities)
    if (e.type === 'person')
      for (const m of e.mentions) {
        people.ends.set(m.end, m.start);
        people.starts.set(m.start, m.end);
      }
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    // Most sentences hold no number and no count of one: they are passed over.
    while (ni < numbers.length && numbers[ni]!.span.start < s.span.start) ni++;
    const hasNumber = ni < numbers.length && numbers[ni]!.span.start < s.span.end;
    const mayOne = mayCountOne(input.text, s.span);
    if (!hasNumber && !mayOne) {
      previous = NONE;
      continue;
    }
    const tokens = input.base.tokens(i);
    const ones = mayOne ? singularCandidates(tokens, people) : NO_CANDIDATES;
    if (!hasNumber && ones.length === 0) {
      previous = NONE;
      continue;
    }
    const nums: NumberMention[] = [];
    while (ni < numbers.length && numbers[ni]!.span.start < s.span.end) nums.push(numbers[ni++]!);
    while (di < dates.length && dates[di]!.span.end <= s.span.start) di++;
    const inSentence: DateMention[] = [];
    for (let k = di; k < dates.length && dates[k]!.span.start < s.span.end; k++) inSentence.push(dates[k]!);
    const label = keyFigureLabel(input, i, tokens, nums);
    const found: Figure[] =
      label < 0
        ? _sentenceFigures(input, s, tokens, nums, ones, inSentence, previous, sources, captivity)
        : _sentenceFigures(
            input,
            { ...s, span: { start: s.span.start, end: sentences[label]!.span.end } },
            [...tokens, ...input.base.tokens(label)],
            nums,
            ones,
            inSentence,
            previous,
            sources,
            captivity,
          );
    out.push(...found);
    previous = found;
    captivity ||= found.some((f) => f.metric === 'captive');
  }
  return out;
}

// Words in the label of a key figure: "People displaced from their homes" — no more.
const MAX_LABEL_WORDS = 8;

/**
 * "197 / Confirmed dead", "104,690 / People displaced from their homes": the key-figure blocks of
 * humanitarian updates set a number alone on its line and its label on the next, so the count is
 * read with the label as one sentence (news-dev: ReliefWeb's situation report on Typhoon Tembin,
 * "BY THE NUMBERS"; OCHA's situation reports on Typhoon Haiyan lay their key figures out the same
 * way, each number a line over its label). The index of the label's sentence, or -1: the
 * sentence at `i` is one number and nothing else, and the next, in the next paragraph, a few words
 * with no number and no closing stop — a label, not a sentence of its own.
 */
function keyFigureLabel(
  input: FigureInput,
  i: number,
  tokens: readonly Token[],
  nums: readonly NumberMention[],
): number {
  const s = input.sentences[i]!;
  const next = input.sentences[i + 1];
  if (nums.length !== 1 || !next || next.paragraph !== s.paragraph + 1) return -1;
  const only = nums[0]!.span;
  if (tokens[0]?.start !== only.start || tokens[tokens.length - 1]!.end !== only.end) return -1;
  const words = input.base.tokens(i + 1);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS || words.some((t) => t.kind !== 'word')) return -1;
  return i + 1;
}

/** The figures of one sentence, from its tokens; `previous` holds the figures of the sentence before it. */
function _sentenceFigures(
  input: FigureInput,
  s: Sentence,
  tokens: readonly Token[],
  nums: readonly NumberMention[],
  ones: readonly Candidate[],
  dates: readonly DateMention[],
  previous: readonly Figure[],
  sources: ContentIndex,
  captivity: boolean,
): Figure[] {
  const candidates: Candidate[] = [];
  let t = 0;
  for (const mention of nums) {
    while (t < tokens.length && tokens[t]!.start < mention.span.start) t++;
    let b = t;
    while (b + 1 < tokens.length && tokens[b + 1]!.end <= mention.span.end) b++;
    if (tokens[t]?.start !== mention.span.start) continue; // a number not on token bounds: never a count
    const c = candidate(tokens, mention, t, b);
    if (c) candidates.push(c);
  }
  if (ones.length) {
    candidates.push(...ones);
    candidates.sort((x, y) => x.a - y.a);
  }
  for (const r of SENTENCE_REFINERS) r.refine(tokens, candidates);
  const figures: Figure[] = [];
  const settling: Settling = { tokens, figures, previous, lastBreakdown: null, captivity };
  for (const c of candidates) {
    if (settle(c, settling)) figures.push(toFigure(input.text, s, tokens, c, dates, sources, input.published));
  }
  return figures;
}
