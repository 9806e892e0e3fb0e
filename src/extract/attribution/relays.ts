import type { Attribution, Entity, Relay, RuleId, Sentence, Span } from '../../model.js';
import { ORGANIZATION_WORDS, PERSON_ROLE_NOUNS, ROLE_NOUNS } from '../lexicon/index.js';
import { escapeRegExp, lastOf, phraseWords, trimSpan } from '../text/index.js';
import {
  DOCUMENT_HEADS,
  MEDIUM_WORDS,
  NOT_MEDIUM_HEADS,
  POSSESSIVE_DETERMINERS,
  SOURCE_CONTAINERS,
  SOURCE_HEADS,
  UNNAMED_CITED_WORDS,
} from './data/claimant-words.js';
import { headWord, readClaimant } from './read-claimant.js';
import { RELAY_RULES } from './rules.js';

/** Longest relaying or cited party read, in characters ("the Tolvaren regional emergency service"). */
const MAX_PARTY_CHARS = 80;
// "the health department quoted by Radio Tolvaren": the reader took "quoted" as the name's last word.
const QUOTED_NAME = /^(.+?)\s+(quoted|cited)$/u;
const QUOTED_BY = /^\s+by\s+([^,;:.!?"“”]+)/u;
// "told Radio Tolvaren (that)": the hearer between the cue and the content.
const HEARER = /^\s*(.+?)\s*(?:,\s*)?(?:that\s*)?$/u;
// "in a statement carried by state television (that)".
const CARRIED_BY = /\bcarried by\s+(.+?)\s*(?:,\s*)?(?:that\s*)?$/u;
const TOLD = 'told';
// "Today, the Kestrel agency (KNA) quoted the minister, Dr. Dana Varin, as saying": the quoting
// party opens the sentence or follows its first comma; the one quoted runs up to the claimant.
const QUOTER = /(?:^|,\s+)([^,;:"“”]{2,80}?)\s+quoted\s+[^;:"“”]*$/u;
const SAYING = 'saying';
const QUOTED = 'quoted';
// "The relief office (TRA), citing the Varish health ministry, also said": the cited party between
// the claimant and the cue (a parenthesis and up to two lower-case words may stand around it).
const CITING_BEFORE_CUE = /,\s*(citing|quoting)\s+([^,;:()"“”]+?)\s*,\s*(?:\p{Ll}+\s+){0,2}$/u;
// "Citing the Varish health ministry, the relief office said": the cited party opening the sentence.
const CITING_OPENER = /^["“]?\s*(citing|quoting)\s+([^,;:()"“”]+?)\s*,\s*([^,;:"“”]*)$/iu;
/** How far before the cue "X, citing Y," is looked for, in characters. */
const MAX_CITING_STRETCH = 2 * MAX_PARTY_CHARS;
const ACRONYM = /^\p{Lu}{2,}$/u;
// The letters of a medium word anywhere, in any case of ASCII: a word of the phrase view equal to
// one in lower case holds them (no letter outside ASCII lower-cases to these: `i` without `u`
// folds ASCII only).
const MAY_HOLD_MEDIUM_WORD = new RegExp([...MEDIUM_WORDS].map(escapeRegExp).join('|'), 'i');

/**
 * Reads the relays of each attribution (sets `relayed`): which medium carried the claimant's words.
 * Seen in wire copy of several outlets (news-dev: a ministry's report carried by a news agency, an
 * official telling a news agency, figures quoted by a medium); examples here are invented. No relay
 * for "told reporters", "told a news conference" or a plain "according to X". "X, citing Y, said"
 * makes the cited Y the claimant when Y names one, X a relay (see _cites).
 */
export function readRelays(
  text: string,
  attributions: Attribution[],
  sentences: readonly Sentence[],
  entities: readonly Entity[],
): void {
  for (const a of attributions) {
    if (a.claimant === null || a.claimantSpan === null) continue;
    const r = _quotedBy(text, a) ?? _heardBy(text, a) ?? _quotedAs(text, a, sentences[a.sentence]!.span);
    if (r) a.relayed = r;
    _cites(text, a, sentences[a.sentence]!.span, entities);
  }
  _mediumReports(attributions);
}

/**
 * "Tolvaren television, citing the Varish civil defence ministry, announced that 214 had died",
 * "Citing local health officials, the relief office said …": when the cited party is a claimant (a
 * body, a person, officials or authorities, named or described) it becomes the frame's claimant —
 * the source of the figures and the speaker of the words — and the citing party a relay. When it is
 * a document or unnamed sources ("citing police reports", "citing its own sources") the claimant
 * stays. Seen in news-dev wire copy of different outlets (a television citing a ministry, an agency
 * citing authorities; a reporter citing police reports and a website citing its own sources stay
 * theirs); the examples here are invented.
 */
function _cites(text: string, a: Attribution, sentence: Span, entities: readonly Entity[]): void {
  if (a.claimantSpan!.start > a.cueSpan.start) return;
  const from = Math.max(sentence.start, a.cueSpan.start - MAX_CITING_STRETCH);
  const inner = CITING_BEFORE_CUE.exec(text.slice(from, a.cueSpan.start));
  const m = inner ?? _citingOpener(text, sentence, a);
  if (!m) return;
  const at = inner ? from : sentence.start;
  const start = at + m.index + m[0].indexOf(m[2]!, m[1]!.length);
  const cited = readClaimant(text, start, start + m[2]!.length);
  if (!cited || cited.pronoun || !_isCitedClaimant(text, cited.span, entities)) return;
  const relay = _relay(a.claimant!, a.claimantSpan!, m[1]!.toLowerCase(), RELAY_RULES.citing);
  a.relayed = { source: cited.name, sourceSpan: cited.span, via: [...(a.relayed?.via ?? []), relay] };
  a.claimant = cited.name;
  a.claimantSpan = cited.span;
  a.role = cited.role;
  a.why = { frame: a.why.frame, claimant: [RELAY_RULES.citing, ...cited.read] };
}

/** "Citing Y, X said": the opener, when only the claimant's words stand between it and the cue. */
function _citingOpener(text: string, sentence: Span, a: Attribution): RegExpExecArray | null {
  if (a.cueSpan.start - sentence.start > MAX_CITING_STRETCH) return null;
  return CITING_OPENER.exec(text.slice(sentence.start, a.cueSpan.start));
}

/**
 * Whether a cited party is a claimant: a body or person the entities stage found, an acronym, or a
 * head noun naming a body, an office or a group of sources ("the health ministry", "a government
 * spokesman", "authorities"); never a document ("police reports"), unnamed sources ("its own
 * sources", "unnamed officials") or a reason ("citing security concerns").
 */
function _isCitedClaimant(text: string, span: Span, entities: readonly Entity[]): boolean {
  const words = phraseWords(text, span.start, span.end);
  if (words.length === 0) return false;
  const head = headWord(words);
  if (POSSESSIVE_DETERMINERS.has(words[0]!.lower)) return false;
  if (words.some((w) => UNNAMED_CITED_WORDS.has(w.lower))) return false;
  if (SOURCE_CONTAINERS.has(head.lower) || DOCUMENT_HEADS.has(head.lower)) return false;
  if (
    SOURCE_HEADS.has(head.lower) ||
    ORGANIZATION_WORDS.has(head.lower) ||
    PERSON_ROLE_NOUNS.has(head.lower) ||
    ROLE_NOUNS.has(head.lower) ||
    words.some((w) => ACRONYM.test(w.text))
  )
    return true;
  return entities.some(
    (e) =>
      (e.type === 'person' || e.type === 'organization') &&
      e.mentions.some((s) => s.start >= span.start && s.end <= span.end),
  );
}

/** Whether a party is a medium: a name holding a medium word ("Radio Tolvaren", "the Kestrel news agency", "state television"). */
export function isMedium(name: string): boolean {
  // Most names hold no medium word even as letters: they are not read into words (isMedium is
  // asked of every claimant, and its words were 16% of the phrase view's).
  if (!MAY_HOLD_MEDIUM_WORD.test(name)) return false;
  const words = phraseWords(name, 0, name.length);
  const head = lastOf(words)?.lower;
  return head !== undefined && !NOT_MEDIUM_HEADS.has(head) && words.some((w) => MEDIUM_WORDS.has(w.lower));
}

/** "according to figures from the health department quoted by Radio Tolvaren": via [Radio Tolvaren]. */
function _quotedBy(text: string, a: Attribution): Attribution['relayed'] | null {
  const name = QUOTED_NAME.exec(a.claimant!);
  if (!name) return null;
  const at = a.claimantSpan!.end;
  const m = QUOTED_BY.exec(text.slice(at, at + MAX_PARTY_CHARS + 4));
  if (!m) return null;
  const party = _party(text, at + m[0].lastIndexOf(m[1]!), m[1]!);
  if (!party) return null;
  const source = name[1]!;
  return {
    source,
    sourceSpan: { start: a.claimantSpan!.start, end: a.claimantSpan!.start + source.length },
    via: [_relay(party.name, party.span, `${name[2]} by`, RELAY_RULES.quotedBy)],
  };
}

/** "The Kestrel agency quoted the health minister as saying …": via [the Kestrel agency]. */
function _quotedAs(text: string, a: Attribution, sentence: Span): Attribution['relayed'] | null {
  if (a.cue.toLowerCase() !== SAYING || a.claimantSpan!.start < sentence.start) return null;
  const from = Math.max(sentence.start, a.claimantSpan!.start - 2 * MAX_PARTY_CHARS);
  const m = QUOTER.exec(text.slice(from, a.claimantSpan!.start));
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  const party = readClaimant(text, start, start + m[1]!.length);
  if (!party || party.pronoun) return null;
  return {
    source: a.claimant!,
    sourceSpan: a.claimantSpan!,
    via: [_relay(party.name, party.span, QUOTED, RELAY_RULES.quotedAs)],
  };
}

/** "The emergency service told Radio Tolvaren that …", "… said in a statement carried by state TV that …". */
function _heardBy(text: string, a: Attribution): Attribution['relayed'] | null {
  if (a.content.start <= a.cueSpan.end) return null;
  const between = text.slice(a.cueSpan.end, a.content.start);
  if (between.length > MAX_PARTY_CHARS + 30) return null;
  const carried = CARRIED_BY.exec(between);
  const told = a.cue.toLowerCase() === TOLD ? HEARER.exec(between) : null;
  const m = carried ?? told;
  if (!m) return null;
  const party = _party(text, a.cueSpan.end + m.index + m[0].indexOf(m[1]!), m[1]!);
  if (!party || !isMedium(party.name)) return null;
  return {
    source: a.claimant!,
    sourceSpan: a.claimantSpan!,
    via: [
      _relay(
        party.name,
        party.span,
        carried ? 'carried by' : TOLD,
        carried ? RELAY_RULES.carriedBy : RELAY_RULES.toldMedium,
      ),
    ],
  };
}

/**
 * "The Varish defence ministry confirmed six had been killed, the Kestrel news agency reported": a
 * frame inside the content of a medium's frame is relayed by that medium (outermost first). When the
 * reports were read the other way round (the ministry's content stopping at "the Kestrel news
 * agency reported", whose content is the shared clause), the medium's frame relays the ministry.
 */
function _mediumReports(attributions: Attribution[]): void {
  const media = attributions.filter((b) => b.claimant !== null && !b.carried && isMedium(b.claimant));
  if (media.length === 0) return;
  for (const b of media) {
    if (b.relayed) continue;
    const a = attributions.find(
      (a) =>
        a !== b &&
        a.claimant !== null &&
        a.claimantSpan !== null &&
        a.sentence === b.sentence &&
        !isMedium(a.claimant) &&
        a.cueSpan.end <= b.content.start &&
        a.content.start <= b.content.start &&
        a.content.end >= b.content.end,
    );
    if (!a) continue;
    // The medium's frame and the ministry's own both say the ministry spoke through the medium.
    const relayed = {
      source: a.claimant!,
      sourceSpan: a.claimantSpan!,
      via: [_relay(b.claimant!, b.claimantSpan!, b.cue, RELAY_RULES.mediumReport)],
    };
    b.relayed = relayed;
    a.relayed ??= relayed;
  }
  for (const a of attributions) {
    if (a.claimant === null || a.claimantSpan === null) continue;
    const outer = media.filter(
      (b) =>
        b !== a &&
        b.sentence === a.sentence &&
        b.content.start <= Math.min(a.claimantSpan!.start, a.cueSpan.start) &&
        b.content.end >= Math.max(a.claimantSpan!.end, a.cueSpan.end),
    );
    if (outer.length === 0) continue;
    outer.sort((x, y) => x.content.end - x.content.start - (y.content.end - y.content.start)).reverse();
    const via = outer.map((b) => _relay(b.claimant!, b.claimantSpan!, b.cue, RELAY_RULES.mediumReport));
    a.relayed = a.relayed
      ? { ...a.relayed, via: [...via, ...a.relayed.via] }
      : { source: a.claimant, sourceSpan: a.claimantSpan, via };
  }
}

/** The party named in `[start, start + written.length)`, trimmed, or null when too long to be one. */
function _party(text: string, start: number, written: string): { name: string; span: Span } | null {
  const span = trimSpan(text, { start, end: start + written.length });
  if (span.end <= span.start || span.end - span.start > MAX_PARTY_CHARS) return null;
  return { name: text.slice(span.start, span.end), span };
}

function _relay(name: string, span: Span, cue: string | null, by: RuleId): Relay {
  return { name, span: { ...span }, cue, by };
}
