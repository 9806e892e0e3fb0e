import type { Span } from '../../model.js';
import type { QuoteRun } from '../sentences/index.js';
import { CLAUSE_AUXILIARIES, MONTH_NAMES, REPORTING_VERB_SET, WEEKDAY_NAMES } from '../lexicon/index.js';
import { firstNonSpace, phraseWords, trimSpan, withQuoteMarks, wordAlternation, type Token } from '../text/index.js';
import { NOT_IN_CLAIMANT, SOURCE_CONTAINERS } from './data/claimant-words.js';
import { FINITE_MARKERS, INTRO_OPENERS } from './data/frame-words.js';
import {
  ADDRESSEE_PARTICIPLES,
  AFTER_REPORT_PARTICIPLES,
  PARTICIPLE_DOCUMENT_NOUNS,
  PARTICIPLE_LEAD_WORDS,
  PREDICATE_VERBS,
  QUESTION_OCCASION_OPENERS,
  QUESTION_WORDS,
} from './data/reporting-cues.js';
import { makeFrame, type Base, type Frame } from './frame.js';
import { isCapitalisedName, isNameWord } from './name-words.js';
import {
  hasFiniteVerb,
  nameEnd,
  namedAfterDescription,
  roleAfterClaimant,
  readAfterCue,
  skipAdverbials,
  trimClause,
  type CueContext,
} from './read-after-cue.js';
import { predicateEnd, predicateFits } from './predicate.js';
import { readBeforeCue } from './read-before-cue.js';
import { namesParty, readBy, readClaimant, readSourcePhrase, type ClaimantPhrase } from './read-claimant.js';
import {
  ACCORDING_TO_CLAUSE,
  CLAIMANT_RULES,
  CLAUSE_ACCORDING_TO,
  PARTICIPLE_CLAUSE,
  PARTICIPLE_PREDICATE,
  PARTICIPLE_QUOTE,
  PASSIVE_QUESTION,
  NAMED_SPEECH_NOUN,
  POSSESSIVE_SPEECH_NOUN,
  PUT_TOLL_AT,
  QUOTED_AS_SAYING_CLAUSE,
  QUOTED_AS_SAYING_QUOTE,
  QUOTE_CITES_SOURCE,
} from './rules.js';

/**
 * The frames of the cues other than verbs (verb-frames.ts): participles ("…, saying"), passive
 * questions ("Asked whether …"), "according to", tolls ("put the toll at") and speech nouns ("his
 * claim that"), each one proposer; and the subject of a sentence, which a participle or a second
 * verb reports for.
 */

const alt = wordAlternation;
// "was quoted as saying", "has been quoted by state media as saying": a passive frame before the participle.
const QUOTED_AS = /\s(?:was|were|is|are|been)\s+quoted(?:\s+by\s+[^,.;:"“”]{1,60}?)?\s+as\s+$/u;
// "The agency quoted the health minister, Dana Varin, as saying": the one quoted is the object.
const QUOTED_OBJECT_AS = /\squoted\s+([^;:"“”]{2,120}?)\s+as\s+$/u;
/** How far before "saying" the active "quoted X as" is looked for, in characters. */
const MAX_QUOTED_OBJECT_STRETCH = 160;
// ", saying", ",” adding", " – saying", " by saying", " while saying": what may open a participle's report.
// "issued a statement saying …", "posted a message urging …": a document right before the participle.
const DOCUMENT_BEFORE = new RegExp(
  `\\b(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+)?(?:${alt(PARTICIPLE_DOCUMENT_NOUNS)})\\s+$`,
  'iu',
);
const MAX_DOCUMENT_NOUN_CHARS = 40;
const PARTICIPLE_LEAD = new RegExp(`(?:,["”’»]?|\\s[–—]|\\s(?:${alt(PARTICIPLE_LEAD_WORDS)}))\\s+$`, 'u');
// "Asked on Fox News who leads …": an occasion of up to five words, then the question word.
const QUESTION_AHEAD = new RegExp(
  `^[ \\t]+(?:(?:${alt(QUESTION_OCCASION_OPENERS)})(?: [\\p{L}\\p{N}'’.-]+){0,5}? )?(?=(?:${alt(QUESTION_WORDS)}) )`,
  'iu',
);
// A comma that ends a clause, not one inside a number ("19,667").
const CLAUSE_COMMA = /,\s/g;
// "Haddad's claim", "Mr. Trump’s repeated assertion", "his claim": the owner right before a speech noun.
const POSSESSOR =
  /(?:(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4})['’]s?|\b(his|her|its|their|His|Her|Its|Their)) (?:\p{Ll}+ )?$/u;
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, { word: string; kind: ClaimantPhrase['kind'] }> = new Map([
  ['his', { word: 'he', kind: 'person' }],
  ['her', { word: 'she', kind: 'person' }],
  ['its', { word: 'it', kind: 'organization' }],
  ['their', { word: 'they', kind: 'group' }],
]);
const PAST_ED = /^\p{Ll}{2,}ed$/u;
const POSSESSIVE_END = /\p{L}['’]s$/u;
// "He’s", "It’s", "That’s" opening a sentence: a word and "is", not a possessive.
const CONTRACTED_SUBJECTS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'it',
  'that',
  'there',
  'here',
  'what',
  'who',
  'this',
]);
const MAX_SUBJECT_WORDS = 8;
const POSSESSIVE_CONTAINER = new RegExp(
  `^(?:its|their|his|her)\\s(?:[\\p{L}-]+\\s)?(?:${alt([...SOURCE_CONTAINERS])})$`,
  'iu',
);

/** "…, saying: “…”" / "…,” adding that …": the claimant is the sentence's earlier one or its subject. */
export function participleFrame(
  c: CueContext,
  cueSpan: Span,
  regionStart: number,
  prevFrame: Frame | null,
  base: Base,
): Frame | null {
  const quoted = QUOTED_AS.exec(c.text.slice(Math.max(regionStart, cueSpan.start - 80), cueSpan.start));
  if (quoted) return _quotedAsFrame(c, cueSpan, regionStart, cueSpan.start - quoted[0].length, base);
  const from = Math.max(regionStart, cueSpan.start - MAX_QUOTED_OBJECT_STRETCH);
  const active = QUOTED_OBJECT_AS.exec(c.text.slice(from, cueSpan.start));
  if (active) {
    const start = from + active.index + active[0].indexOf(active[1]!);
    return _quotedAsFrame(c, cueSpan, start, start + active[1]!.length, base);
  }
  // Only ", saying …", ",” adding that …", "by saying …": "ignored warning messages" is no report.
  const leadFrom = Math.max(0, cueSpan.start - 8);
  const lead = PARTICIPLE_LEAD.exec(c.text.slice(leadFrom, cueSpan.start));
  // "The charity issued a statement saying it could not name them": the document the subject
  // issued reports (AP copy in news-dev; "a statement saying" in four PolNeAR train articles).
  const documentFrom = Math.max(regionStart, cueSpan.start - MAX_DOCUMENT_NOUN_CHARS);
  if (!lead && !DOCUMENT_BEFORE.test(c.text.slice(documentFrom, cueSpan.start))) return null;
  // The earlier report stops at the comma, the dash or the word before the participle.
  const cut = lead ? leadFrom + lead.index + (c.text[leadFrom + lead.index] === ',' ? 0 : 1) : cueSpan.start;
  // "…, urging citizens to leave", "…, accusing them of …": the participle with its predicate.
  if (PREDICATE_VERBS.has(base.cue)) {
    const at = skipAdverbials(c.text, cueSpan.end, c.sentence.end);
    const rest = c.text.slice(firstNonSpace(c.text, at), Math.min(c.sentence.end, at + 200));
    const claimant = predicateFits(base.cue, rest) ? _participleClaimant(c, prevFrame) : null;
    if (!claimant) return null;
    const content = trimClause(c.text, { start: cueSpan.start, end: predicateEnd(c, at) });
    return makeFrame(base, claimant, content, null, PARTICIPLE_PREDICATE, cut, true);
  }
  const after = readAfterCue(c, cueSpan.end, ADDRESSEE_PARTICIPLES.has(base.cue));
  // "adding 10 to 14 days to voyages": no clause, no report.
  if (after.kind !== 'content' || !after.clause) return null;
  if (AFTER_REPORT_PARTICIPLES.has(base.cue) && (!prevFrame || !after.that)) return null;
  const claimant = _participleClaimant(c, prevFrame);
  if (!claimant) return null;
  return makeFrame(
    base,
    claimant,
    after.content,
    after.quote,
    after.quote ? PARTICIPLE_QUOTE : PARTICIPLE_CLAUSE,
    cut,
    true,
  );
}

/** Who reports through a participle: the claimant of the sentence's report before it, else its subject. */
function _participleClaimant(c: CueContext, prevFrame: Frame | null): ClaimantPhrase | null {
  return prevFrame ? readBy(prevFrame.claimant, CLAIMANT_RULES.earlierReport) : subject(c);
}

/**
 * "Asked whether the border would reopen, …", "she was asked on Monday why …": the question, from
 * its question word to the next clause comma or the sentence end, reported with no speaker (the
 * asker is not named; the one asked is the listener). "He was asked to leave" asks no question.
 */
export function passiveQuestionFrame(c: CueContext, cueSpan: Span, base: Base): Frame | null {
  const { text, sentence } = c;
  const lead = QUESTION_AHEAD.exec(text.slice(cueSpan.end, Math.min(sentence.end, cueSpan.end + 80)));
  if (!lead) return null;
  const start = cueSpan.end + lead[0].length;
  CLAUSE_COMMA.lastIndex = start;
  const comma = CLAUSE_COMMA.exec(text)?.index ?? -1;
  const content = trimClause(text, { start, end: comma >= 0 && comma < sentence.end ? comma : sentence.end });
  if (phraseWords(text, content.start, content.end, 3).length < 3) return null;
  const placeholder: ClaimantPhrase = {
    name: '',
    span: cueSpan,
    role: null,
    pronoun: null,
    kind: 'person',
    read: [CLAIMANT_RULES.noneWritten],
  };
  const f = makeFrame(base, placeholder, content, null, PASSIVE_QUESTION, null, true);
  f.unresolved = true;
  return f;
}

/**
 * "X was quoted (by the agency) as saying CLAUSE": the subject before "was quoted" reports; "The
 * agency quoted X as saying CLAUSE": X, the object in `[regionStart, subjectEnd)`, reports (the
 * agency is a relay, see relays.ts). The active form seen in a Syrian quake report (news-dev) and
 * in PolNeAR train.
 */
function _quotedAsFrame(
  c: CueContext,
  cueSpan: Span,
  regionStart: number,
  subjectEnd: number,
  base: Base,
): Frame | null {
  const after = readAfterCue(c, cueSpan.end, false);
  if (after.kind !== 'content' || !after.clause)
    return _quoteThenQuotedAsFrame(c, after, regionStart, subjectEnd, base);
  const left = readBeforeCue(c, regionStart, subjectEnd);
  if (!left) return null;
  return makeFrame(
    base,
    left.claimant,
    after.content,
    after.quote,
    after.quote ? QUOTED_AS_SAYING_QUOTE : QUOTED_AS_SAYING_CLAUSE,
    left.cut,
    true,
  );
}

/** Most words after "as saying" that only name who carried the words ("by state television"). */
const MAX_CARRIER_WORDS = 5;
// Between a quotation and the active "… quoted": the carrier's name, no other quotation or stop.
const CARRIER_BEFORE_QUOTED = /^[\s,]+[^"“”«».;:!?]{1,80}\squoted\s+$/u;

/**
 * "“…,” Dan Varga, a council member, was quoted as saying (by state television)." and "“…,” the
 * agency quoted a security source as saying.": the quotation before the claimant is what the one
 * quoted said, when nothing or only its carrier ("by state television") follows "saying". Seen in
 * a Sputnik story carried by a Pakistani site (passive) and AFP copy on a blog (active, a
 * jihadist agency quoting a source).
 */
function _quoteThenQuotedAsFrame(
  c: CueContext,
  after: ReturnType<typeof readAfterCue>,
  regionStart: number,
  subjectEnd: number,
  base: Base,
): Frame | null {
  if (after.kind === 'next-paragraph') return null;
  if (after.kind === 'content') {
    const words = phraseWords(c.text, after.content.start, after.content.end, MAX_CARRIER_WORDS + 1);
    if (after.quote || words.length > MAX_CARRIER_WORDS || words[0]?.lower !== 'by') return null;
  }
  const left = readBeforeCue(c, regionStart, subjectEnd);
  if (!left) return null;
  const quote = left.quoteBefore ?? _quoteBeforeCarrier(c, regionStart);
  if (!quote) return null;
  return makeFrame(base, left.claimant, quote.span, quote, QUOTED_AS_SAYING_QUOTE, null, false);
}

/** The quotation closing before "the agency quoted" whose object starts at `objectStart`, or null. */
function _quoteBeforeCarrier(c: CueContext, objectStart: number): QuoteRun | null {
  for (let i = c.quotes.length - 1; i >= 0; i--) {
    const q = c.quotes[i]!;
    if (q.close === null || q.close >= objectStart) continue;
    if (q.open < c.sentence.start) return null;
    return CARRIER_BEFORE_QUOTED.test(c.text.slice(q.close + 1, objectStart)) ? q : null;
  }
  return null;
}

/**
 * "Haddad's claim that CLAUSE", "his assertion that CLAUSE": the possessive owns the report. The
 * clause runs to its first comma or the sentence end and must hold a verb (see `_ownClause`).
 */
export function speechNounFrame(c: CueContext, cueSpan: Span, regionStart: number, base: Base): Frame | null {
  const { text } = c;
  const from = Math.max(regionStart, cueSpan.start - 80);
  const owner = POSSESSOR.exec(text.slice(from, cueSpan.start));
  if (!owner) return _namedSpeechNounFrame(c, cueSpan, from, base);
  let claimant: ClaimantPhrase | null;
  if (owner[2]) {
    const start = from + owner.index + owner[0].indexOf(owner[2]);
    const pronoun = POSSESSIVE_PRONOUNS.get(owner[2].toLowerCase())!;
    claimant = {
      name: pronoun.word,
      span: { start, end: start + owner[2].length },
      role: null,
      pronoun: pronoun.kind,
      kind: pronoun.kind,
      read: [CLAIMANT_RULES.possessor],
    };
  } else {
    const start = from + owner.index;
    const owned = readClaimant(text, start, start + owner[1]!.length);
    claimant = owned && readBy(owned, CLAIMANT_RULES.possessor);
  }
  if (!claimant) return null;
  const content = _speechNounClause(c, cueSpan);
  return content && makeFrame(base, claimant, content, null, POSSESSIVE_SPEECH_NOUN, null, true);
}

/** The clause after a speech noun ("… claim that CLAUSE"): to its first comma or the sentence end, with a verb; else null. */
function _speechNounClause(c: CueContext, cueSpan: Span): Span | null {
  const { text } = c;
  CLAUSE_COMMA.lastIndex = cueSpan.end;
  const comma = CLAUSE_COMMA.exec(text)?.index ?? -1;
  const content = _ownClause(
    text,
    trimClause(text, { start: cueSpan.end, end: comma >= 0 && comma < c.sentence.end ? comma : c.sentence.end }),
  );
  return content && phraseWords(text, content.start, content.end, 3).length >= 3 ? content : null;
}

// "the United Nations report", "a confirmed Kestrel Radio report": an article, at most one
// lower-case word, and a run of capitalised words right before the speech noun.
const NAMED_OWNER = /\b(?:the|a|an)(?: \p{Ll}+)? (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4}) $/u;
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES].map((w) => w.toLowerCase()));

/**
 * NAMED_SPEECH_NOUN: "The army faulted the United Nations report that 110 farmers were killed" — a
 * name right before the speech noun owns the report, and is the source of the counts in its clause
 * (news-dev: Concise News on a disputed Borno toll; PolNeAR train, Politico and HuffPost: "a
 * confirmed Breitbart News report that …", "a CNN report that …"). No statement of its own: the
 * sentence's own report (the army's) holds the words. A weekday or month is no owner ("the Monday
 * report that …"). `from` is where the owner may start.
 */
function _namedSpeechNounFrame(c: CueContext, cueSpan: Span, from: number, base: Base): Frame | null {
  const owner = NAMED_OWNER.exec(c.text.slice(from, cueSpan.start));
  if (!owner) return null;
  const start = cueSpan.start - owner[1]!.length - 1;
  const words = phraseWords(c.text, start, start + owner[1]!.length);
  if (words.some((w) => CALENDAR_WORDS.has(w.lower))) return null;
  const named = readClaimant(c.text, start, start + owner[1]!.length);
  if (!named || named.pronoun) return null;
  const content = _speechNounClause(c, cueSpan);
  return (
    content &&
    makeFrame(base, readBy(named, CLAIMANT_RULES.nameBeforeSpeechNoun), content, null, NAMED_SPEECH_NOUN, null, true)
  );
}

/**
 * A that-clause inside a subject ends where the main clause's verb begins: an auxiliary after the
 * clause's own verb (a finite marker or an -ed word) and another word ("that 40 people died could not
 * be verified" → "40 people died"). Null when no verb is seen: "his claim that day" is no clause.
 */
function _ownClause(text: string, span: Span): Span | null {
  const words = phraseWords(text, span.start, span.end);
  let seenVerb = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.lower;
    if (seenVerb && CLAUSE_AUXILIARIES.has(w) && !CLAUSE_AUXILIARIES.has(words[i - 1]!.lower))
      return trimClause(text, { start: span.start, end: words[i]!.start });
    if (FINITE_MARKERS.has(w) || PAST_ED.test(w)) seenVerb = true;
  }
  return seenVerb ? span : null;
}

// "says", "reported": the verbs a speaker cites another's count with at a quotation's start.
const CITING_VERBS: ReadonlySet<string> = new Set(['says', 'said', 'reports', 'reported']);
/** Most words of a body cited at a quotation's start ("the UN humanitarian office"). */
const MAX_CITED_WORDS = 6;

/**
 * "“The relief office says that close to 20,000 people are displaced,” Lenz said": a quotation
 * opening with a body or a person and a citing verb reports that party's count, which is the
 * figure's source (news-dev: Xinhua on cyclone Idai, "“<UN office> says that … are displaced …,”
 * he said"; PolNeAR train, Politico: a quotation opening "The FBI said that …"). The claimant
 * must name a party — "“We said that …”", "“He says …”" cite no one else — and the content, a
 * clause or an object ("“The Red Shield reported 12 deaths”"), runs to the end of the sentence
 * inside the quotation. `q` is the quotation holding the cue.
 */
export function quotedCitationFrame(c: CueContext, cueSpan: Span, q: QuoteRun, base: Base): Frame | null {
  if (!CITING_VERBS.has(base.cue) || cueSpan.start <= q.span.start) return null;
  if (phraseWords(c.text, q.span.start, cueSpan.start, MAX_CITED_WORDS + 1).length > MAX_CITED_WORDS) return null;
  const phrase = readClaimant(c.text, q.span.start, cueSpan.start);
  if (!phrase || phrase.pronoun || !namesParty(phrase) || phrase.span.start !== q.span.start) return null;
  const after = readAfterCue(c, cueSpan.end, false);
  if (after.kind !== 'content' || after.quote) return null;
  const content = trimClause(c.text, { start: after.content.start, end: Math.min(after.content.end, q.span.end) });
  if (content.end <= content.start) return null;
  return makeFrame(base, readBy(phrase, CLAIMANT_RULES.beforeCue), content, null, QUOTE_CITES_SOURCE, null, true);
}

/** Documents a named body issues, written right after its name ("NDMA report"). Lower case. */
const OWNED_DOCUMENTS: ReadonlySet<string> = new Set(['report', 'statement', 'bulletin']);

/**
 * "as per NDMA report, …", "according to an NBC report, …": the body whose document it is, a
 * name or an acronym right before the document's noun (news-dev: a Pakistani floods report, whose
 * gold names the authority; PolNeAR train "according to an NBC report", "a New Jersey Watchdog
 * report"). Null for any other phrase ("the latest report", "a report by …" is read elsewhere).
 */
function _documentOwner(text: string, phrase: ClaimantPhrase): ClaimantPhrase | null {
  const words = phraseWords(text, phrase.span.start, phrase.span.end);
  const last = words.length - 1;
  if (last < 1 || !OWNED_DOCUMENTS.has(words[last]!.lower)) return null;
  const first = DOCUMENT_ARTICLES.has(words[0]!.lower) ? 1 : 0;
  const name = words.slice(first, last);
  if (name.length === 0 || !name.every((w) => isCapitalisedName(w))) return null;
  const owner = readClaimant(text, name[0]!.start, name[name.length - 1]!.end);
  return owner && !owner.pronoun ? { ...owner, read: [CLAIMANT_RULES.ownerOfDocument, ...owner.read] } : null;
}

const DOCUMENT_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

// Nothing or a comma before a source cue: it opens its sentence or follows its clause.
const COMMA_BEFORE_CUE = /^\s*$|,\s*$/u;

/** "according to X, CLAUSE" / "CLAUSE, according to X". */
export function accordingToFrame(c: CueContext, cueSpan: Span, regionStart: number, base: Base): Frame | null {
  const { text, sentence } = c;
  const stop = nameEnd(text, cueSpan.end, sentence.end);
  let end = stop;
  for (let k = cueSpan.end + 1; k < stop; k++) {
    if (text[k] === ' ' && skipAdverbials(text, k, stop) > k) {
      end = k;
      break;
    }
  }
  // "according to a new poll by the Harvard Institute of Politics": a source longer than a claimant phrase.
  const agent = readSourcePhrase(text, cueSpan.end, stop, true);
  const named = agent ? null : readClaimant(text, cueSpan.end, end);
  const source = agent || named ? null : readSourcePhrase(text, cueSpan.end, stop, false);
  const owner = named && _documentOwner(text, named);
  const claimant = agent
    ? readBy(agent, CLAIMANT_RULES.sourcePhrase)
    : named
      ? readBy(owner ?? named, CLAIMANT_RULES.afterAccordingTo)
      : source && readBy(source, CLAIMANT_RULES.sourcePhrase);
  // "according to him" refers back to a person; "according to it" is too vague to resolve.
  if (!claimant || (claimant.pronoun && claimant.pronoun !== 'person')) return null;
  // "the governor as per the Tarne News Agency said that …": inside a clause, the source relays a
  // report whose verb follows ("according to latest reports, …" opens its sentence).
  if (
    !COMMA_BEFORE_CUE.test(text.slice(regionStart, cueSpan.start)) &&
    phraseWords(text, cueSpan.end, stop).some((w) => REPORTING_VERB_SET.has(w.lower))
  )
    return null;
  const lead = trimSpan(text, { start: regionStart, end: cueSpan.start });
  const leadWords = phraseWords(text, lead.start, lead.end, 3);
  if (leadWords.length >= 3) {
    return makeFrame(
      base,
      claimant,
      trimClause(text, withQuoteMarks(text, lead)),
      null,
      CLAUSE_ACCORDING_TO,
      null,
      false,
    );
  }
  if (text[stop] !== ',') return null;
  // "According to the emergency service, Magen Varda, …": the name after the description (read-after-cue.ts).
  const second = named && namedAfterDescription(c, claimant, stop);
  // "According to Maj. Ilse Varga, the army's spokeswoman, …": her role (which says more than a
  // rank), then the clause.
  const role = second ? null : roleAfterClaimant(c, stop);
  const speaker =
    second?.claimant ?? (role ? { ...claimant, role: text.slice(role.role.start, role.role.end) } : claimant);
  const content = trimClause(text, { start: ((second ?? role)?.end ?? stop) + 1, end: sentence.end });
  if (content.end <= content.start) return null;
  return makeFrame(base, speaker, content, null, ACCORDING_TO_CLAUSE, null, true);
}

const AND_CLAUSE = /,\s+and\s/;

/** "the ministry put the toll at 112": the content is the number and what follows it. */
export function tollFrame(c: CueContext, cueSpan: Span, regionStart: number, base: Base): Frame | null {
  const left = readBeforeCue(c, regionStart, cueSpan.start);
  if (!left) return null;
  // "The forum said its own count put the number at …": the count is the outer claimant's.
  if (POSSESSIVE_CONTAINER.test(left.claimant.name)) return null;
  // "put the toll at 100, and the report has been updated": a clause of its own ends the toll.
  const and = AND_CLAUSE.exec(c.text.slice(cueSpan.end, c.sentence.end));
  const end =
    and && hasFiniteVerb(c.text, { start: cueSpan.end + and.index, end: c.sentence.end })
      ? cueSpan.end + and.index
      : c.sentence.end;
  const content = trimClause(c.text, { start: cueSpan.end, end });
  if (content.end <= content.start) return null;
  return makeFrame(base, left.claimant, content, null, PUT_TOLL_AT, left.cut, true);
}

const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES.map((w) => w.toLowerCase()));

/** The subject opening a sentence: a proper name ("Abu Hamza also addressed …") or a pronoun. */
export function subject(c: CueContext): ClaimantPhrase | null {
  let start = c.sentence.start;
  // "In his speech, Obama positioned …", "Sunday morning, the mayor vowed …": an opening phrase before the subject.
  const opening = phraseWords(c.text, start, c.sentence.end, 1)[0];
  if (opening && (INTRO_OPENERS.has(opening.lower) || WEEKDAYS.has(opening.lower))) {
    const comma = c.text.indexOf(',', opening.end);
    if (
      comma < 0 ||
      comma >= c.sentence.end ||
      phraseWords(c.text, opening.end, comma, MAX_SUBJECT_WORDS).length >= MAX_SUBJECT_WORDS
    )
      return null;
    start = comma + 1;
  }
  const words = phraseWords(c.text, start, c.sentence.end, MAX_SUBJECT_WORDS + 1);
  let n = 0;
  while (n < words.length && isNameWord(words[n]!)) n++;
  if (n === 0 || n === words.length) return null;
  const last = words[n - 1]!;
  if (POSSESSIVE_END.test(last.text)) {
    // "He’s", "That’s": a pronoun and "is", no subject to read. "Ryan’s campaign shrugged off …,
    // telling": the name owns the subject, which runs on to its verb or a comma.
    if (CONTRACTED_SUBJECTS.has(last.lower.slice(0, -2))) return null;
    const head = n;
    while (n < words.length && !_endsSubject(c.text, words[n - 1]!, words[n]!)) n++;
    if (n === head || n === words.length) return null;
  }
  const claimant = readClaimant(c.text, words[0]!.start, words[n - 1]!.end);
  return claimant && !POSSESSIVE_END.test(claimant.name) ? readBy(claimant, CLAIMANT_RULES.subject) : null;
}

/** Whether the word `w` (after `prev`) no longer belongs to a subject: a comma before it, a verb or a word never in a claimant. */
function _endsSubject(text: string, prev: Token, w: Token): boolean {
  return (
    text.slice(prev.end, w.start).includes(',') ||
    FINITE_MARKERS.has(w.lower) ||
    CLAUSE_AUXILIARIES.has(w.lower) ||
    PAST_ED.test(w.lower) ||
    NOT_IN_CLAIMANT.has(w.lower)
  );
}
