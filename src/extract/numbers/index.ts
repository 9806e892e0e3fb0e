import {
  DOZEN_WORDS,
  FRACTION_WORDS,
  RANGE_JOINERS,
  RANGE_OPENERS,
  SCALE_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_PHRASES,
} from '../lexicon/index.js';
import type { NumberMention, Qualifier, RuleId } from '../../model.js';
import { matchPhrase, phraseIndex, type TextBase, type Token } from '../text/index.js';
import { CORE_STARTERS, readCore, round, type Core } from './read-core.js';
import { exclusion } from './exclusions.js';
import {
  DOZEN_ABOUT,
  NO_QUALIFIER,
  QUALIFIER_PHRASE,
  CHANGE_TO_COUNT,
  RANGE_AT_LEAST,
  READER_RULES,
  ROUNDED_FRACTION_ABOUT,
  VAGUE_AT_LEAST,
} from './rules.js';
import { CHANGE_VERBS, PARTICLES, PARTICLE_VERBS, QUALIFIER_PHRASES } from './data/qualifiers.js';

const QUALIFIERS = phraseIndex(QUALIFIER_PHRASES);
// Every word a mention can start with: a qualifier ("more than"), a range opener ("between") or a
// number word ("thousands"). readMention turns any other word away ("the", "killed", ","), so
// scanTokens skips those with this one lookup instead of three.
const MENTION_STARTERS: ReadonlySet<string> = new Set([
  ...QUALIFIERS.byFirst.keys(),
  ...RANGE_OPENERS,
  ...CORE_STARTERS,
]);

// A sentence without a digit or a number word holds no number: skip it without tokenizing.
const NUMBER_WORDS = [
  ...UNIT_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...SCALE_WORDS.keys(),
  ...DOZEN_WORDS.keys(),
  ...FRACTION_WORDS.keys(),
  ...VAGUE_PHRASES.map(([p]) => p.split(' ')[0]!),
];
const MAY_HOLD_NUMBER = new RegExp(`\\d|\\b(?:${[...new Set(NUMBER_WORDS)].join('|')})`, 'gi');

/**
 * Finds number expressions in each sentence: digits ("10,569", "10.5", "1 200"), cardinal words
 * ("thirty-three", "one hundred and twelve", "a dozen"), scales ("1.2 million", "2.3m"), vague
 * plurals ("dozens" 12, "thousands" 1,000, "tens of thousands" 10,000: vague, `at_least`),
 * percentages ("40%", "40 per cent", "more than half", "two-thirds"), ranges ("between 20 and 30"
 * → value 20, high 30, `at_least`) and the qualifier in front ("more than 8,300" → `more_than`,
 * span covering the qualifier). Skips dates, times, years, ordinals, phone numbers, labels
 * ("Resolution 2334") and money. Pure; one pass over the scan tokens of each sentence that may hold
 * a number, read from the document's text base (where the figures stage finds the same tokens).
 */
export function findNumbers(base: TextBase): NumberMention[] {
  const { text, sentences } = base;
  const out: NumberMention[] = [];
  // The next place in the text that may hold a number: searched forward once, reused by every
  // sentence before it, so the whole text is scanned once.
  let next = -1;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (next < s.span.start) {
      MAY_HOLD_NUMBER.lastIndex = s.span.start;
      next = MAY_HOLD_NUMBER.exec(text)?.index ?? Infinity;
    }
    if (next >= s.span.end) continue;
    scanTokens(text, base.tokens(i), out);
  }
  return out;
}

/** Scans one sentence's tokens, appending each number found to `out`. */
export function scanTokens(text: string, tokens: readonly Token[], out: NumberMention[]): void {
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (t.kind !== 'digits' && !MENTION_STARTERS.has(t.lower)) {
      i++;
      continue;
    }
    const m = readMention(text, tokens, i);
    if (m === 'skip') {
      i++;
      continue;
    }
    if (typeof m === 'number') {
      i = m;
      continue;
    }
    out.push(m.mention);
    i = m.next;
  }
}

/**
 * Reads a mention starting at token `i`: qualifier or range opener, number, range end. Returns
 * the mention and the token after it, a token index to resume at (after a number that was
 * excluded, so its digits are not read again), or 'skip'.
 */
function readMention(
  text: string,
  tokens: readonly Token[],
  i: number,
): { mention: NumberMention; next: number } | number | 'skip' {
  let qualifier: Qualifier = 'exact';
  let qualifierBy = NO_QUALIFIER;
  let j = i;
  const q = matchPhrase(tokens, i, QUALIFIERS);
  // "handed over 22 bodies": "over" belongs to the verb; the number after it is read on its own
  if (q && PARTICLES.has(tokens[i]!.lower) && PARTICLE_VERBS.has(tokens[i - 1]?.lower ?? '')) return 'skip';
  const opener = !q && RANGE_OPENERS.has(tokens[i]!.lower);
  if (q) {
    qualifier = q.value;
    qualifierBy = QUALIFIER_PHRASE;
    j = i + q.length;
  } else if (opener) j = i + 1;
  let core = tokens[j] ? readCore(text, tokens, j) : null;
  if (!core && j !== i) {
    // "some" / "over" / "between" not followed by a number: try the word itself ("some thousand")
    j = i;
    qualifier = 'exact';
    qualifierBy = NO_QUALIFIER;
    core = readCore(text, tokens, i);
  }
  if (!core) return 'skip';
  const ex = exclusion(tokens, core, j);
  if (ex === 'phone') return skipPhone(tokens, core.last + 1);
  if (ex) return core.last + 1;
  const range = readRangeEnd(text, tokens, core, opener && j === i + 1);
  if (range === 'score') return core.last + 3;
  // "from 20 people" without a range end: the opener is not part of the number
  const spanFirst = opener && !range ? j : i;
  // "rose from 17 to 21": after a verb of growth, the count before and the count now; the mention is the count now
  const change =
    range !== null && opener && tokens[i]!.lower === 'from' && CHANGE_VERBS.has(tokens[i - 1]?.lower ?? '');
  if (change) [qualifier, qualifierBy] = ['exact', CHANGE_TO_COUNT];
  else if (range) [qualifier, qualifierBy] = ['at_least', RANGE_AT_LEAST];
  else if (core.vague && qualifier === 'exact') [qualifier, qualifierBy] = ['at_least', VAGUE_AT_LEAST];
  else if (core.rounded && qualifier === 'exact') [qualifier, qualifierBy] = ['about', ROUNDED_FRACTION_ABOUT];
  else if (qualifier === 'exact' && DOZEN_WORDS.has(tokens[core.last]!.lower))
    [qualifier, qualifierBy] = ['about', DOZEN_ABOUT];
  const last = range ? range.last : core.last;
  const mention: NumberMention = {
    span: { start: tokens[spanFirst]!.start, end: tokens[last]!.end },
    value: change ? range.high : range ? round(core.value * range.borrowScale) : core.value,
    qualifier,
    vague: core.vague,
    percent: core.percent || (range ? range.percent : false),
    by: _readerRule(core, range !== null && !change),
    qualifierBy,
  };
  if (range && !change) mention.high = range.high;
  return { mention, next: last + 1 };
}

// The rule id of a mention read by `core`'s reader, a percentage or not, a range or not.
function _readerRule(core: Core, range: boolean): RuleId {
  const ids = READER_RULES[core.rule];
  return (core.percent ? (range ? ids.percentRange : ids.percent) : range ? ids.range : ids.plain) ?? ids.plain;
}

// "+972 3 555 1234": the whole run of digit groups, dashes and brackets is one phone number.
function skipPhone(tokens: readonly Token[], k: number): number {
  while (tokens[k] && (tokens[k]!.kind === 'digits' || '-()'.includes(tokens[k]!.text))) k++;
  return k;
}

interface RangeEnd {
  high: number;
  last: number;
  borrowScale: number;
  percent: boolean;
}

/**
 * Reads the upper end of a range after `low`: "20 to 30", "20-30", "20–30", and after an opener
 * "between 20 and 30". "1 to 2 million" lends the scale to the low end. An upper end not above the
 * lower one is a score ("won 3-1"), not a range.
 */
function readRangeEnd(text: string, tokens: readonly Token[], low: Core, opened: boolean): RangeEnd | 'score' | null {
  const joiner = tokens[low.last + 1];
  if (!joiner || !RANGE_JOINERS.has(joiner.lower) || low.vague) return null;
  if (joiner.lower === 'and' && !opened) return null;
  const dash = joiner.kind === 'punct';
  if (dash && (joiner.start !== tokens[low.last]!.end || tokens[low.last + 2]?.start !== joiner.end)) return null;
  if (!tokens[low.last + 2]) return null;
  const hi = readCore(text, tokens, low.last + 2);
  if (!hi || hi.vague || exclusion(tokens, hi, low.last + 2)) return null;
  if (tokens[low.first]!.kind !== tokens[hi.first]!.kind) return null;
  const borrowScale = !low.scaled && hi.scaled && hi.value / low.value >= 1000 ? scaleOf(tokens, hi) : 1;
  if (hi.value <= low.value * borrowScale) return dash ? 'score' : null;
  return { high: hi.value, last: hi.last, borrowScale, percent: hi.percent };
}

// The multiplier of a scaled core: "2 million" → 1,000,000.
function scaleOf(tokens: readonly Token[], c: Core): number {
  return SCALE_WORDS.get(tokens[c.last]!.lower) ?? 1;
}
