import type { Span } from '../../model.js';
import {
  CHARACTERISING_VERBS,
  FRAME_TOLL_NOUNS,
  PREDICATE_REPORTING_VERBS,
  REPORTING_VERBS,
  THAT_CLAUSE_VERBS,
  VAGUE_PHRASES,
} from '../lexicon/index.js';
import { wordAlternation, WordStartSearch } from '../text/index.js';
import {
  CLAIMANT_AFTER_CUES,
  PARTICIPLE_CUES,
  PASSIVE_QUESTION_OPENERS,
  READ_DOCUMENTS,
  SPEECH_NOUNS,
  TOLL_VERBS,
} from './data/reporting-cues.js';

/** A reporting cue found in the text. */
export interface CueMatch {
  text: string;
  kind: 'verb' | 'participle' | 'question' | 'after' | 'toll' | 'noun';
  span: Span;
}

const alt = wordAlternation;
// One scan of the text finds every cue: verbs (lower case: "Said" is often a name), participles,
// "according to" (any case: it opens sentences), and "put(s) the toll at" / "revised that figure to" /
// "put the number of dead in the hundreds".
// Not the end of a compound: "counter-accused", "so-called". The look-behind stands after the
// word boundary: tried first, it ran at every position of the text and cost a third of the scan.
// "“…,” read the statement from the ministry", "the statement read: “…”": "read" reports only
// with a document as its subject, right after a quotation or right before a colon or a stop (a
// Somali site's ministry statement; a Pakistani army statement in an Indian paper, last session).
const DOCUMENT_READ =
  `(?<=[,!?]["”’»]?\\s)read(?=\\s+(?:the|a|an|its|their)\\s+(?:[A-Za-z-]+\\s+){0,2}(?:${alt(READ_DOCUMENTS)})\\b)` +
  `|(?<=\\b(?:${alt(READ_DOCUMENTS)})\\s)read(?=\\s*[:,.])`;
const CUE_VERBS = [...REPORTING_VERBS, ...CHARACTERISING_VERBS, ...THAT_CLAUSE_VERBS, ...PREDICATE_REPORTING_VERBS];
/** Every cue, as a global search would read them: exported for the test that holds CUE_SEARCH to it. */
export const CUE = new RegExp(
  `\\b(?<!-)(?:(${alt(CUE_VERBS)}|${DOCUMENT_READ})|(${alt(PARTICIPLE_CUES)})|(${alt(PASSIVE_QUESTION_OPENERS)})|(${CLAIMANT_AFTER_CUES.map((c) => `[${c[0]!.toUpperCase()}${c[0]}]${alt([c.slice(1)])}`).join('|')})|((?:${alt(TOLL_VERBS)}) (?:the|its|their|that|this) (?:[A-Za-z-]+ ){0,4}?(?:at|to|in(?= the (?:${alt(VAGUE_PHRASES.map(([w]) => w))})\\b)))|((?:${alt(SPEECH_NOUNS)}) that))\\b(?![’'-])`,
  'g',
);
/** What every cue opens with, one entry for each alternative of CUE ("read" of DOCUMENT_READ, "According" and "according"). */
export const CUE_OPENERS: readonly string[] = [
  ...CUE_VERBS,
  'read',
  ...PARTICIPLE_CUES,
  ...PASSIVE_QUESTION_OPENERS,
  ...CLAIMANT_AFTER_CUES.flatMap((c) => [c[0]!.toUpperCase() + c.slice(1), c]),
  ...TOLL_VERBS,
  ...SPEECH_NOUNS,
];
// A global search of CUE tried its alternatives at every word of the text; this one tries CUE only
// at the words that open like a cue (see WordStartSearch).
export const CUE_SEARCH = new WordStartSearch(CUE, CUE_OPENERS);
// "put the number who left at": the words between verb and "at"/"to" must name a count.
const TOLL_NOUN = new RegExp(`\\b(?:${alt(FRAME_TOLL_NOUNS)})\\b`, 'i');

/**
 * The reporting cues of a text, in order, found in one scan: `verb` ("said"), `participle`
 * ("saying"), `question` ("Asked" opening a sentence), `after` ("according to": the claimant
 * follows), `toll` ("put the toll at") or `noun` ("his claim that").
 */
export function findCues(text: string): CueMatch[] {
  const out: CueMatch[] = [];
  let from = 0;
  for (let m = CUE_SEARCH.exec(text, from); m; m = CUE_SEARCH.exec(text, from)) {
    from = m.index + m[0].length;
    const kind = m[1] ? 'verb' : m[2] ? 'participle' : m[3] ? 'question' : m[4] ? 'after' : m[5] ? 'toll' : 'noun';
    if (kind === 'toll' && !TOLL_NOUN.test(m[0])) {
      // "raised the alarm to …" names no count; rescan from the word after the verb.
      from = m.index + 1;
      continue;
    }
    out.push({ text: m[0], kind, span: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}
