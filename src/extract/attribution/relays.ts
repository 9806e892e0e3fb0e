import type { Attribution, Relay, RuleId, Span } from '../../model.js';
import { phraseWords, trimSpan } from '../text/index.js';
import { MEDIUM_WORDS, NOT_MEDIUM_HEADS } from './data/claimant-words.js';
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

/**
 * Reads the relays of each attribution (sets `relayed`): which medium carried the claimant's words.
 * Seen in wire copy of several outlets (news-dev: a ministry's report carried by a news agency, an
 * official telling a news agency, figures quoted by a medium); examples here are invented. No relay
 * for "told reporters", "told a news conference" or a plain "according to X". "X, citing Y, said"
 * is left to X: the project's corpus and holdout gold give X as the source.
 */
export function readRelays(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    if (a.claimant === null || a.claimantSpan === null) continue;
    const r = _quotedBy(text, a) ?? _heardBy(text, a);
    if (r) a.relayed = r;
  }
  _mediumReports(attributions);
}

/** Whether a party is a medium: a name holding a medium word ("Radio Tolvaren", "the Kestrel news agency", "state television"). */
export function isMedium(name: string): boolean {
  const words = phraseWords(name, 0, name.length);
  const head = words[words.length - 1]?.lower;
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
 * reports were read the other way round (the ministry's content running on over "the Kestrel news
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
        a.content.end >= Math.max(b.content.end, b.cueSpan.end),
    );
    if (a)
      b.relayed = {
        source: a.claimant!,
        sourceSpan: a.claimantSpan!,
        via: [_relay(b.claimant!, b.claimantSpan!, b.cue, RELAY_RULES.mediumReport)],
      };
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
