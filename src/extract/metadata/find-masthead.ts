import { BYLINE_PREFIXES, DATE_LINE_LABELS, MONTH_WORDS, WEEKDAY_WORDS } from '../lexicon/index.js';
import type { LineKind, Span } from '../../model.js';
import { alternation } from '../text/index.js';
import { EDITION_WORDS, SECTION_LABELS, UNIT_WORDS } from './data/masthead-cues.js';
import { agencyCode } from './find-agency-credit.js';
import { isOutletLike, readPublisherName, type PublisherName } from './publisher-name.js';
import { METADATA_RULES } from './rules.js';

/** What the lines above the story say about the publisher and the place. */
export interface Masthead {
  /** The publisher a masthead line names ("The Northern Ledger | World | …" → "The Northern Ledger"). */
  outlet: { name: string; span: Span; by: string } | null;
  /** A place printed in a masthead or a date line ("Outlet | Gaza | 5 May 2024", "Port Sudan, 6 February 2024"). */
  place: { name: string; span: Span } | null;
  /** Lines read as masthead, section label or date line: never the headline. */
  lines: Span[];
  /** Those of `lines` that hold a date ("Sagaing Voice | 12 April 2023"). */
  dateLines: Span[];
}

/** Paragraphs from the top searched for masthead lines. */
const HEAD_PARAGRAPHS = 8;
/** Most lines of a paragraph above the story; a longer one is body copy wrapped at a fixed width. */
const MAX_HEAD_LINES = 3;
/** Longest masthead line, in UTF-16 code units. */
const MASTHEAD_MAX = 140;
const LINE = /[^\n]+/g;
// Parts of a masthead line: "Outlet | Place | date", "Outlet — date", "Outlet · Published …",
// "Outlet, Place — Monday, March 11, 2024"; a hyphen only with spaces around it.
const SEPARATOR = /[ \t]*(?:[|·•—–]|,(?=[ \t])|(?<=[ \t])-(?=[ \t]))[ \t]*/g;
/** Most words in a part other than a name: "Our correspondent in Kharkiv", "Updated 12 November 2023 18:05 GMT". A longer one is a headline's. */
const MAX_PART_WORDS = 6;
const CALENDAR = alternation([...MONTH_WORDS, ...WEEKDAY_WORDS]);
// A part that dates the page opens with a date label, a month or weekday word or a digit
// ("Updated 16:10", "Friday 6 October 2023", "12.06.2023") and holds a month or weekday word, a
// year, a time or a numeric date: not "Shelling damaged 40 schools in May" nor "12 killed".
const DATE_START = new RegExp(`^(?:(?:${alternation(DATE_LINE_LABELS)})\\b[:\\s]*)?(?:(?:${CALENDAR})\\b|\\d)`, 'i');
const DATE_WORD = new RegExp(`\\b(?:${CALENDAR})\\b|\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}[:./]\\d{1,2}\\b`, 'i');
const BYLINE = new RegExp(`^(?:${alternation(BYLINE_PREFIXES)})`, 'i');
const EDITION = new RegExp(`[ ](?:${alternation(EDITION_WORDS)})$`);
// "# Title", "**Name**", "_Name_": marks around a part.
const LEADING_MARKS = /^(?:#{1,6}[ \t]+)?[*_]*/;
const TRAILING_MARKS = /[*_]*$/;
// A headline, not a masthead: it ends like a sentence or runs long.
const ENDS_WITH_STOP = /[.]["”’)]?$/;
// Markdown headings are headlines ("# Incident Note: Ember Road convoy, Ostrelle, 22 March 2025").
const SKIPPED_KINDS: ReadonlySet<LineKind> = new Set(['rule', 'caption', 'url', 'heading']);

type PartKind = 'date' | 'byline' | 'section' | 'unit' | 'name' | 'other';
interface Part {
  /** The part as printed, without Markdown marks. */
  text: string;
  start: number;
  end: number;
  /** The separator before the part ("|", ",", "—"), or "" for the first. */
  sep: string;
  kind: PartKind;
  name: PublisherName | null;
  /** Lower-case edition words followed the name ("… live"). */
  edition: boolean;
}
interface HeadLine {
  span: Span;
  parts: Part[];
  masthead: boolean;
  /** A single name in capitals ("THE STATE HERALD"): a masthead when another line can be the headline. */
  capsName: boolean;
}

/**
 * Reads the masthead lines above the story: lines of the first HEAD_PARAGRAPHS paragraphs, up to
 * the first line of running text, that are made of a publisher's name, a place, a date, a section
 * label or a byline ("Filastin Voice Agency (FVA) | Gaza | Tuesday, 30 January 2024"), a name with
 * a unit after a dash ("Rapid Support Forces — Media Office"), or a name alone that cannot be the
 * headline (in capitals under or over another headline line, with its short form in brackets, or
 * naming an organization below the headline). The first name of a masthead line is the outlet and
 * the next one the place; a single name before a comma and a date is a place ("Port Sudan, 6
 * February 2024"). `storyStart` is where the story's dateline starts, when there is one.
 */
export function findMasthead(
  text: string,
  paragraphs: readonly Span[],
  kinds: readonly LineKind[],
  storyStart: number | null,
): Masthead {
  const head = _headLines(text, paragraphs, kinds, storyStart ?? text.length);
  // "KYIV UNDER FIRE" over a story is its headline; over another headline it is the masthead.
  const otherHeadline = head.some((l) => !l.masthead && !l.capsName);
  let outlet: Masthead['outlet'] = null;
  let place: Masthead['place'] = null;
  const lines: Span[] = [];
  const dateLines: Span[] = [];
  for (const l of head) {
    if (l.capsName && otherHeadline) l.masthead = true;
    if (!l.masthead) continue;
    lines.push(l.span);
    if (l.parts.some((p) => p.kind === 'date')) dateLines.push(l.span);
    const found = _readParts(text, l.parts);
    if (found.outlet && (!outlet || (!isOutletLike(outlet.name) && isOutletLike(found.outlet.name))))
      outlet = found.outlet;
    place ??= found.place;
  }
  return { outlet, place, lines, dateLines };
}

// Lines above the story: it starts at its dateline ("BOGOTA, 24 OCT 89 (AFP) -- …") or at the
// first line of running text.
function _headLines(
  text: string,
  paragraphs: readonly Span[],
  kinds: readonly LineKind[],
  storyStart: number,
): HeadLine[] {
  const out: HeadLine[] = [];
  let content = 0;
  for (let i = 0; i < paragraphs.length && i < HEAD_PARAGRAPHS; i++) {
    if (SKIPPED_KINDS.has(kinds[i]!)) continue;
    const p = paragraphs[i]!;
    if (p.end > storyStart) return out;
    LINE.lastIndex = 0;
    const para = text.slice(p.start, p.end);
    if (para.split('\n', MAX_HEAD_LINES + 1).length > MAX_HEAD_LINES) return out;
    for (let m = LINE.exec(para); m; m = LINE.exec(para)) {
      const raw = m[0];
      const start = p.start + m.index + (raw.length - raw.trimStart().length);
      const line = raw.trim();
      if (line.length > MASTHEAD_MAX || ENDS_WITH_STOP.test(line)) return out;
      const parts = _parts(text, start, line);
      out.push({ span: { start, end: start + line.length }, parts, ..._judge(parts, content === 0) });
      content++;
    }
  }
  return out;
}

function _parts(text: string, start: number, line: string): Part[] {
  const out: Part[] = [];
  let from = 0;
  let sep = '';
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(line); ; m = SEPARATOR.exec(line)) {
    const to = m ? m.index : line.length;
    const part = _part(text, start + from, start + to, sep);
    if (part) out.push(part);
    if (!m) break;
    if (m[0].length === 0) SEPARATOR.lastIndex++;
    from = m.index + m[0].length;
    sep = m[0].trim();
  }
  return out;
}

function _part(text: string, start: number, end: number, sep: string): Part | null {
  const raw = text.slice(start, end);
  const lead = LEADING_MARKS.exec(raw)![0].length;
  const s = raw.slice(lead, raw.length - TRAILING_MARKS.exec(raw.slice(lead))![0].length);
  if (!s) return null;
  start += lead;
  end = start + s.length;
  const base = { text: s, start, end, sep, name: null, edition: false };
  if (BYLINE.test(s)) return { ...base, kind: 'byline' };
  if (DATE_START.test(s) && DATE_WORD.test(s)) return { ...base, kind: 'date' };
  if (SECTION_LABELS.has(s.toLowerCase().replace(/:$/, ''))) return { ...base, kind: 'section' };
  const edition = EDITION.exec(s);
  const name = readPublisherName(edition ? s.slice(0, edition.index) : s);
  if (!name) return { ...base, kind: 'other' };
  const words = name.name.toLowerCase().split(' ');
  const unit = /^[—–-]$/.test(sep) && (UNIT_WORDS.has(words[0]!) || UNIT_WORDS.has(words[words.length - 1]!));
  return { ...base, end: start + name.name.length, kind: unit ? 'unit' : 'name', name, edition: edition !== null };
}

// Whether a line is a masthead line; a lone name in capitals is decided once all lines are read.
function _judge(parts: Part[], first: boolean): { masthead: boolean; capsName: boolean } {
  if (parts.length === 1) {
    const [p] = parts as [Part];
    if (p.kind === 'section' || p.kind === 'date' || p.kind === 'byline') return { masthead: true, capsName: false };
    if (p.kind !== 'name') return { masthead: false, capsName: false };
    if (p.edition || p.name!.abbreviation || (!first && !p.name!.caps && isOutletLike(p.name!.name)))
      return { masthead: true, capsName: false };
    return { masthead: false, capsName: p.name!.caps };
  }
  // "Morocco earthquake: death toll passes 1,000 as rescuers dig through mountain villages – live"
  // is a headline with a label after it.
  if (parts.some((p) => p.kind !== 'name' && _words(p) > MAX_PART_WORDS)) return { masthead: false, capsName: false };
  const marked = parts.some((p) => p.kind !== 'name' && p.kind !== 'other') || parts.some((p) => p.edition);
  return { masthead: marked, capsName: false };
}

function _words(p: Part): number {
  return p.text.split(' ').length;
}

// The outlet and the place of one masthead line.
function _readParts(text: string, parts: Part[]): Pick<Masthead, 'outlet' | 'place'> {
  const byline = parts.some((p) => p.kind === 'byline');
  const names = parts.filter((p) => p.kind === 'name');
  if (names.length === 0) return { outlet: null, place: null };
  // "By Selam Tesfaye, Horn Dispatch": after a byline only an outlet's name counts ("By Tomas
  // Greer, Tolvaren" names the reporter's town).
  if (byline) {
    const o = names.find((p) => isOutletLike(p.name!.name));
    return { outlet: o ? _outlet(text, o, o, METADATA_RULES.bylineOutlet) : null, place: null };
  }
  const first = names[0]!;
  // "Viktor Halm · Frontline · 14 March 2025": two names, the first no outlet's, are a writer and
  // a section.
  if (names.length > 1 && !isOutletLike(first.name!.name)) return { outlet: null, place: null };
  const next = parts[parts.indexOf(first) + 1];
  // "Port Sudan, 6 February 2024", "Tavenholt, Friday 7 March 2025": a place and its date; "AFP,
  // Wednesday 16 Oct 2024" is an agency's credit with its date.
  if (
    names.length === 1 &&
    next?.kind === 'date' &&
    next.sep === ',' &&
    !first.edition &&
    !first.name!.abbreviation &&
    !isOutletLike(first.name!.name) &&
    !agencyCode(first.name!.name)
  ) {
    return { outlet: null, place: { name: first.name!.name, span: { start: first.start, end: first.end } } };
  }
  // "Government of Ukraine — Official Portal | News": a second name after a dash continues the first.
  let last = first;
  const after = parts[parts.indexOf(first) + 1];
  if (after?.kind === 'name' && /^[—–-]$/.test(after.sep) && after.name!.name.includes(' ') && !_isPlaceLike(after))
    last = after;
  const place = names.find(
    (p) => p.start > last.start && !isOutletLike(p.name!.name) && p.name!.name.split(' ').length <= 4,
  );
  return {
    outlet: _outlet(text, first, last, METADATA_RULES.masthead),
    place: place ? { name: place.name!.name, span: { start: place.start, end: place.end } } : null,
  };
}

// A name in capitals alone ("GAZA") reads as a place, not as a second part of the outlet's name.
function _isPlaceLike(p: Part): boolean {
  return p.name!.caps && !isOutletLike(p.name!.name);
}

function _outlet(text: string, first: Part, last: Part, by: string): Masthead['outlet'] {
  const name = first === last ? first.name!.name : text.slice(first.start, last.end);
  return { name, span: { start: first.start, end: last.end }, by };
}
