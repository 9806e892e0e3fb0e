import type { Entity, Sentence, Span } from '../../model.js';
import type { QuoteRun } from '../sentences/index.js';
import { LINE_LABELS } from './data/line-labels.js';
import type { Frame } from './frame.js';
import { hasFiniteVerb, trimClause } from './read-after-cue.js';
import { readBy, readClaimant } from './read-claimant.js';
import { CLAIMANT_RULES, NAME_COLON_LINE } from './rules.js';
import { phraseWords } from '../text/index.js';

/** Most words before the colon of a "Name: claim" line ("Wash Post Fact-Check", "Clinton camp"). */
const MAX_NAME_WORDS = 5;
/** Fewest words after the colon: "Source: Reuters" is a credit, not a claim. */
const MIN_CLAIM_WORDS = 3;
// "Graham: Trump’s rhetoric …", "HANNITY: So you’re saying …": a capitalised name, a colon, a claim.
const NAME_COLON = /^[ \t]*(\p{Lu}[^:\n.!?"“”«»]{0,60}?):[ \t]+(?=\S)/u;

/**
 * The frame of a paragraph written "Name: claim" — headlines ("Graham: Trump's rhetoric is costing
 * the party", "Poll: turnout falls") and transcripts ("HANNITY: So you're saying …") — or null. The
 * name must read as a claimant of at most MAX_NAME_WORDS words, not a label ("UPDATE:", "Editor's
 * note:"), and one of `speakers`: the lower-cased names and surnames of the document's persons and
 * organisations ("Gaza: strikes kill 12" names a place, "Death toll: 40" a label, neither a speaker),
 * asked for only when a line has that shape. The claim is the rest of the paragraph, a quotation or
 * words with a finite verb, cue ":".
 */
export function nameColonFrame(
  text: string,
  paragraph: Span,
  paragraphIndex: number,
  sentences: readonly Sentence[],
  first: number,
  quotes: readonly QuoteRun[],
  speakers: () => ReadonlySet<string>,
): Frame | null {
  const head = Math.min(paragraph.end, paragraph.start + 80);
  // Most paragraphs have no colon near their start: no need to run the pattern. Looked for in the
  // head only (a search of the text from here ran on to the next colon, possibly the text's end).
  if (!_hasColon(text, paragraph.start, head)) return null;
  const m = NAME_COLON.exec(text.slice(paragraph.start, head));
  if (!m) return null;
  const nameStart = paragraph.start + m.index + m[0].length - m[0].trimStart().length;
  const nameEnd = nameStart + m[1]!.length;
  const colon = nameEnd;
  if (LINE_LABELS.has(m[1]!.trim().toLowerCase())) return null;
  const words = phraseWords(text, nameStart, nameEnd, MAX_NAME_WORDS + 1);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return null;
  const claimant = readClaimant(text, nameStart, nameEnd);
  if (!claimant || claimant.pronoun || !speakers().has(claimant.name.toLowerCase())) return null;
  const content = trimClause(text, { start: paragraph.start + m.index + m[0].length, end: paragraph.end });
  if (phraseWords(text, content.start, content.end, MIN_CLAIM_WORDS).length < MIN_CLAIM_WORDS) return null;
  const quote = quotes.find((q) => q.open === content.start && (q.close ?? paragraph.end) >= content.end - 1) ?? null;
  // "Ted Cruz: Just hang on", "Breitbart News Daily: A World at War": a caption or a list item, no claim.
  if (!quote && !hasFiniteVerb(text, content)) return null;
  let sentence = first;
  while (sentence + 1 < sentences.length && sentences[sentence + 1]!.span.start <= colon) sentence++;
  return {
    claimant: readBy(claimant, CLAIMANT_RULES.nameBeforeColon),
    cue: ':',
    cueSpan: { start: colon, end: colon + 1 },
    content: quote ? quote.span : content,
    quote,
    sentence,
    paragraph: paragraphIndex,
    rule: NAME_COLON_LINE,
    cut: null,
    contentAfter: true,
    unresolved: false,
  };
}

function _hasColon(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x3a) return true;
  return false;
}

/**
 * The names a "Name: claim" line may open with: every person and organisation entity's name and its
 * last word, lower-cased ("Lindsey Graham" → "lindsey graham", "graham"), minus place names.
 */
export function lineSpeakers(entities: readonly Entity[]): Set<string> {
  const out = new Set<string>();
  for (const e of entities) {
    if (e.type === 'place') continue;
    const name = e.name.toLowerCase();
    out.add(name);
    const space = name.lastIndexOf(' ');
    if (space > 0) out.add(name.slice(space + 1));
  }
  for (const e of entities) if (e.type === 'place') out.delete(e.name.toLowerCase());
  return out;
}
