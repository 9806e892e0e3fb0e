import {
  CLAIMANT_DEMONYMS,
  ORGANIZATION_WORDS,
  OUTLET_HEADS,
  PERSON_ROLE_NOUNS,
  PLACE_CLAIMANT_WORDS,
} from '../lexicon/index.js';
import type { Sentence, Span } from '../../model.js';
import { lastOf, phraseWords, type Token } from '../text/index.js';
import { LINE_LABELS } from './data/line-labels.js';
import type { Frame } from './frame.js';
import { trimClause } from './read-after-cue.js';
import { headWord, readBy, readClaimant, type ClaimantPhrase } from './read-claimant.js';
import { CLAIMANT_RULES, HEADLINE_CLAIM_THEN_CLAIMANT, HEADLINE_CLAIMANT_THEN_CLAIM, type FrameRule } from './rules.js';

/** How many leading paragraphs may hold the headline line. */
const TITLE_PARAGRAPHS = 8;
/** Most words of a headline's claimant ("Ministry Of Health", "Afghan official", "Niger’s army"). */
const MAX_NAME_WORDS = 5;
/** Fewest words of a headline's claim ("Nearly 100,000 uprooted …"). */
const MIN_CLAIM_WORDS = 3;
// "Nearly 100,000 uprooted by conflict: UN", "… near Sloviansk -- Interior Ministry", "… – mayor":
// the claim, a colon or a spaced dash, the claimant closing the line.
const CLAIM_THEN_NAME = /^(.*?\S)(?::|[ \t]+(?:--?|[–—]))[ \t]+(\S[^:–—]{0,60}?)[ \t]*$/u;
// "Interior Ministry: 12 Killed in …", "Afghan official: Taliban attack …": the claimant opening the line.
const NAME_THEN_CLAIM = /^[ \t]*(\p{Lu}[^:\n.!?"“”«»]{0,60}?):[ \t]+(?=\S)/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const POSSESSIVE = /['’]s$/u;

/** The headline as a line of the text: the first line of the top paragraphs that reads `title`, or null. */
export function titleLine(text: string, paragraphs: readonly Span[], title: string | null): Span | null {
  const want = title?.trim();
  if (!want) return null;
  for (const p of paragraphs.slice(0, TITLE_PARAGRAPHS)) {
    const at = text.indexOf(want, p.start);
    if (at < 0 || at + want.length > p.end) continue;
    const before = text.slice(text.lastIndexOf('\n', at) + 1, at);
    const nl = text.indexOf('\n', at + want.length);
    const after = text.slice(at + want.length, nl < 0 || nl > p.end ? p.end : nl);
    if (before.trim() === '' && after.trim() === '') return { start: at, end: at + want.length };
  }
  return null;
}

/**
 * The frame of a headline that names its claimant with a colon or a dash instead of a verb: "Nearly
 * 100,000 uprooted by conflict in South Ossetia: UN", "Four servicemen killed near Sloviansk --
 * Interior Ministry", "Several people killed as shells hit the city – mayor" (the claimant closes
 * the line), or "Interior Ministry: 12 killed in attacks" (it opens it). The claimant must read as
 * one and name a body or a role: an acronym, a word such as "ministry", "army", "official",
 * "mayor", or one of `speakers` (the document's persons and organisations, places left out) — "Gaza:
 * strikes kill 12" names a place, "Live: …" and "… – video" are labels, "… - Daily Herald" an
 * outlet. The claim needs MIN_CLAIM_WORDS words. Seen in Xinhua, TASS, RT, AP, ISPR-sourced and
 * ministry-sourced headlines of news-dev ("…: UN", "… -- Interior Ministry", "… – mayor",
 * "Afghan official: …").
 */
export function headlineFrame(
  text: string,
  title: Span,
  paragraph: number,
  sentences: readonly Sentence[],
  speakers: () => ReadonlySet<string>,
): Frame | null {
  const line = text.slice(title.start, title.end);
  const trailing = CLAIM_THEN_NAME.exec(line);
  if (trailing) {
    const nameStart = title.start + line.lastIndexOf(trailing[2]!);
    const name = _claimant(text, nameStart, nameStart + trailing[2]!.length, speakers);
    const claimEnd = title.start + trailing[1]!.length;
    const claim = trimClause(text, { start: title.start, end: claimEnd });
    // The colon or the dash between them.
    const mark = text.slice(claimEnd, nameStart).trim();
    const cueStart = text.indexOf(mark, claimEnd);
    if (name && _words(text, claim) >= MIN_CLAIM_WORDS)
      return _frame(
        name,
        mark,
        { start: cueStart, end: cueStart + mark.length },
        claim,
        HEADLINE_CLAIM_THEN_CLAIMANT,
        paragraph,
        sentences,
      );
  }
  const leading = NAME_THEN_CLAIM.exec(line);
  if (leading) {
    const nameStart = title.start + leading.index + leading[0].length - leading[0].trimStart().length;
    const colon = nameStart + leading[1]!.length;
    const name = _claimant(text, nameStart, colon, speakers);
    const claim = trimClause(text, { start: title.start + leading.index + leading[0].length, end: title.end });
    if (name && _words(text, claim) >= MIN_CLAIM_WORDS)
      return _frame(
        name,
        ':',
        { start: colon, end: colon + 1 },
        claim,
        HEADLINE_CLAIMANT_THEN_CLAIM,
        paragraph,
        sentences,
      );
  }
  return null;
}

/**
 * Headline frames whose claimant is only a description ("Afghan official: …", "… – mayor", "…,
 * Official Says") take the claimant of the first report in the body whose claimant is described
 * the same way ("according to a provincial official", "Aleksey Kulemzin, the mayor of …, said"),
 * as resolved there. `link` is computed before the body is resolved (it reads the words as
 * written); `apply` afterwards. A headline naming its claimant ("…: UN", "Interior Ministry: …")
 * keeps it.
 */
export function linkHeadlineDescriptions(
  text: string,
  frames: readonly Frame[],
  title: Span | null,
): { heads: Frame[]; body: Frame[]; apply: () => void } {
  if (!title) return { heads: [], body: [...frames], apply: () => {} };
  const heads: Frame[] = [];
  const body: Frame[] = [];
  const links: Array<[Frame, Frame]> = [];
  for (const f of frames) {
    const head = f.cueSpan.start >= title.start && f.cueSpan.end <= title.end ? _descriptionHead(text, f) : null;
    if (!head) {
      body.push(f);
      continue;
    }
    heads.push(f);
    const to = frames.find((g) => g.cueSpan.start >= title.end && !g.unresolved && _describedAs(text, g, head));
    if (to) links.push([f, to]);
  }
  const apply = (): void => {
    for (const [f, to] of links) {
      if (to.unresolved) continue;
      f.claimant = {
        ...to.claimant,
        read: [...f.claimant.read, CLAIMANT_RULES.headlineToBody, ...to.claimant.read],
      };
    }
  };
  return { heads, body, apply };
}

/** The head word of a claimant that only describes ("Afghan official" → "official"), or null for a name. */
function _descriptionHead(text: string, f: Frame): string | null {
  if (f.unresolved || f.claimant.pronoun) return null;
  const words = phraseWords(text, f.claimant.span.start, f.claimant.span.end);
  const last = lastOf(words);
  if (!last) return null;
  const head = last.lower;
  // "official", "Mayor" (a role, whatever its case); "ministry" only as written in lower case:
  // "Hamas", "Army" may be names.
  if (!PERSON_ROLE_NOUNS.has(head) && !(ORGANIZATION_WORDS.has(head) && last.text === head)) return null;
  // "Afghan official", "provincial governor", "Official": no proper name among the words.
  const described = words.every(
    (w, i) => i === words.length - 1 || w.text === w.lower || CLAIMANT_DEMONYMS.has(w.lower),
  );
  return described ? head : null;
}

/** Whether a body frame's claimant, as written, holds the head word in its name or role. */
function _describedAs(text: string, g: Frame, head: string): boolean {
  if (g.claimant.pronoun) return false;
  const words = [
    ...phraseWords(text, g.claimant.span.start, g.claimant.span.end),
    ...(g.claimant.role ? phraseWords(g.claimant.role, 0, g.claimant.role.length) : []),
  ];
  return words.some((w) => w.lower === head);
}

/** The claimant of a headline, read from `[start, end)`, when it names a body or a role (see headlineFrame). */
function _claimant(
  text: string,
  start: number,
  end: number,
  speakers: () => ReadonlySet<string>,
): ClaimantPhrase | null {
  const words = phraseWords(text, start, end, MAX_NAME_WORDS + 1);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return null;
  const raw = text.slice(start, end).trim().toLowerCase();
  if (LINE_LABELS.has(raw)) return null;
  const phrase = readClaimant(text, start, end);
  if (!phrase || phrase.pronoun) return null;
  const last = words[words.length - 1]!;
  if (OUTLET_HEADS.includes(last.lower)) return null;
  const names = words.length === 1 && ACRONYM.test(last.text);
  // "Ministry of Health: …", "Head of Mission: …": the head noun stands before the preposition.
  const head = headWord(words);
  // "Harbour Street: a night under the shelling", "Gaza City: …": a place's head opens a feature
  // headline's label, and no one speaks (feature and live-page headlines of several outlets).
  const heads = [last, head].some(
    (w) => PERSON_ROLE_NOUNS.has(w.lower) || (ORGANIZATION_WORDS.has(w.lower) && !PLACE_CLAIMANT_WORDS.has(w.lower)),
  );
  if (!names && !heads && !speakers().has(phrase.name.toLowerCase()) && !_possessedBody(words)) return null;
  return readBy(phrase, CLAIMANT_RULES.headlineClaimant);
}

/** "Niger’s army", "Ukraine's Interior Ministry": a possessive and a body. */
function _possessedBody(words: readonly Token[]): boolean {
  return words.length >= 2 && POSSESSIVE.test(words[0]!.text) && ORGANIZATION_WORDS.has(words[words.length - 1]!.lower);
}

function _words(text: string, span: Span): number {
  return phraseWords(text, span.start, span.end, MIN_CLAIM_WORDS).length;
}

function _frame(
  claimant: ClaimantPhrase,
  cue: string,
  cueSpan: Span,
  content: Span,
  rule: FrameRule,
  paragraph: number,
  sentences: readonly Sentence[],
): Frame {
  let sentence = 0;
  while (sentence + 1 < sentences.length && sentences[sentence + 1]!.span.start <= cueSpan.start) sentence++;
  return {
    claimant,
    cue,
    cueSpan,
    content,
    quote: null,
    sentence,
    paragraph,
    rule,
    cut: null,
    contentAfter: rule === HEADLINE_CLAIMANT_THEN_CLAIM,
    unresolved: false,
  };
}
