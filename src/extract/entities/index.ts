import { MONTH_WORDS } from '../lexicon/index.js';
import type { Entity, Sentence, Span } from '../../model.js';
import { isSpace } from '../text/index.js';
import { tokenizeSentence, type NameToken } from './1-tokenize.js';
import { proposeRuns } from './2-propose-runs.js';
import { classifyRun, type NameCandidate, type RunContext } from './3-classify-run.js';
import { finishEntities, groupByName, mergeSurnames } from './4-group-mentions.js';
import { addHeadlineMentions, documentNames, isTitleCaseLine } from './5-headline-mentions.js';
import { LowerCaseWords } from './lower-case-words.js';

/** What the entities stage reads: the text, its sentences, and (when known) the dateline's span. */
export interface EntityInput {
  text: string;
  sentences: readonly Sentence[];
  /** The dateline's place, when the metadata stage found one ("GAZA CITY, Oct 31 (Reuters) -"): a place. */
  datelineSpan?: Span | null;
}

/** Datelines open one of the first paragraphs only. */
const DATELINE_PARAGRAPHS = 4;

// After a dateline place: ", October 31", ", Ukraine (AP) —", " (Reuters) -", "--". Sticky, so it is
// tried right where the run ends, without slicing the text.
const DATELINE_TAIL_RE = new RegExp(
  String.raw`(?:,\s*(?:${[...MONTH_WORDS].join('|')})\b|(?:,\s*\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?\s*(?:\([^)\n]{1,40}\)\s*)?(?:--|[—–]|-\s))`,
  'uy',
);

/**
 * Finds people, organizations and places: one entry per distinct name per document, every mention
 * as a span, and the rule that typed it (`by: 'entities/<rule>'`). Pure; one tokenizing pass per
 * sentence, then one pass over each sentence's tokens.
 *
 * Body sentences propose and type names; Title Case headlines only re-find names the body or the
 * lists know, so "Tanks Forced to Retreat" yields nothing. Lone surnames after a full name join it.
 */
export function findEntities(a: EntityInput): Entity[] {
  const { text, sentences } = a;
  const lowerWords = new LowerCaseWords(text);
  // The next "@" at or after a sentence: searched forward once, reused by every sentence before it.
  let nextAt = -1;
  const tokenized: NameToken[][] = sentences.map((s) => {
    if (nextAt < s.span.start) nextAt = _indexOrInfinity(text.indexOf('@', s.span.start));
    return tokenizeSentence(text, s.span, lowerWords, nextAt < _wordEnd(text, s.span.end));
  });
  const candidates: NameCandidate[] = [];
  // One context for the document, pointed at each sentence and run in turn.
  const ctx: RunContext = { text, tokens: [], dateline: false, lowerWords };
  const headlines: NameToken[][] = [];
  const dateline = a.datelineSpan ?? null;
  for (let si = 0; si < sentences.length; si++) {
    const tokens = tokenized[si]!;
    if (isTitleCaseLine(text, sentences[si]!.span, tokens)) {
      headlines.push(tokens);
      continue;
    }
    const opensParagraph = si === 0 || sentences[si - 1]!.paragraph !== sentences[si]!.paragraph;
    const mayHoldDateline = opensParagraph && sentences[si]!.paragraph < DATELINE_PARAGRAPHS;
    ctx.tokens = tokens;
    for (const run of proposeRuns(text, tokens, lowerWords)) {
      const last = tokens[run.last]!;
      ctx.dateline = dateline
        ? tokens[run.first]!.start < dateline.end && dateline.start < last.end
        : mayHoldDateline && run.first === 0 && _datelineTailAt(text, last.end);
      const c = classifyRun(run, ctx);
      if (c) candidates.push(c);
    }
  }
  const byName = groupByName(candidates);
  mergeSurnames(byName);
  if (headlines.length > 0) {
    const known = documentNames(byName);
    for (const tokens of headlines) addHeadlineMentions(text, tokens, byName, known);
  }
  return finishEntities(byName);
}

function _datelineTailAt(text: string, at: number): boolean {
  DATELINE_TAIL_RE.lastIndex = at;
  return DATELINE_TAIL_RE.test(text);
}

function _indexOrInfinity(i: number): number {
  return i < 0 ? Infinity : i;
}

// Where the word running through `at` ends: a token (and an e-mail address) never spans white space.
function _wordEnd(text: string, at: number): number {
  while (at < text.length && !isSpace(text.charCodeAt(at))) at++;
  return at;
}
