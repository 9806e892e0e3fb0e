import type { ExtractOptions, IsoDate, KnownMeta, Message, Sentence, Span } from '../../model.js';
import { detectLanguage } from './detect-language.js';
import { findAgencyCredit } from './find-agency-credit.js';
import { findDateLabel } from './find-date-label.js';
import { findDateline } from './find-dateline.js';
import { findMasthead } from './find-masthead.js';
import { agencyName, findOutlet } from './find-outlet.js';
import { findPublished } from './find-published.js';
import { footerLines } from './footer-lines.js';
import { paragraphKinds } from './paragraph-kinds.js';
import { readTitle } from './read-title.js';
import { METADATA_RULES } from './rules.js';

const BLANK = /^\s*$/;

/** Document-level facts the metadata stage settles before the other stages run. */
export interface ResolvedMeta {
  title: string | null;
  outlet: string | null;
  /** Rule that supplied `outlet` (`meta/known`, `metadata/masthead`, `metadata/footer-publisher`, …); absent or null when none did. */
  outletBy?: string | null;
  /**
   * The news agency whose copy this is, from the dateline's code ("(AP)" → "Associated Press",
   * "(Kestrel)" as printed); a paper reprinting wire copy names itself in `outlet`. Absent or null
   * when the dateline names none.
   */
  agency?: string | null;
  published: IsoDate | null;
  /** Rule that supplied `published` (`meta/known`, `metadata/date-line`, `options/published`). */
  publishedBy: string | null;
  /** A date seen without a year, e.g. "October 31" from a dateline. */
  publishedPartial: string | null;
  dateline: string | null;
  /** Span of the dateline place in the text, when there is one. */
  datelineSpan: Span | null;
  /**
   * The whole dateline opening the story, dash included ("Gaza City, October 31 (RHC)--"), so later
   * stages can skip it when they read the first sentence. Absent or null when there is none.
   */
  datelinePrefix?: Span | null;
  language: string;
  /** Findings of the metadata stage (a date without a year, an ambiguous date line). */
  messages?: Message[];
}

/**
 * The note for a document in a language the rules do not cover (they read English): a French
 * report yields few or no claims, and says why. Null for English.
 */
export function languageNote(language: string): Message | null {
  if (language === 'en') return null;
  const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;
  return {
    rule: METADATA_RULES.languageNotCovered,
    level: 'warning',
    reason: `the text reads as ${name} (${language}); crosscheck's rules cover English only: expect few or no claims from it`,
  };
}

/**
 * Settles title, outlet, publication date, dateline and language. Precedence for each field:
 * what the container said (`known`: page metadata, feed, JSON Lines fields) first, then the text,
 * then `options` (`--published` applies only when neither gives a date). The publication date is
 * never invented: a dateline "Gaza City, October 31 (RHC)--" with no year anywhere leaves
 * `published` null and `publishedPartial` "October 31", with a warning in `messages`.
 * Pure: reads only its arguments.
 */
export function readMetadata(
  text: string,
  allParagraphs: Span[],
  sentences: Sentence[],
  known: KnownMeta,
  options: ExtractOptions,
): ResolvedMeta {
  const kinds = paragraphKinds(sentences, allParagraphs.length);
  // "date 2023-10-12 HERAT: …": the label is a date line; the rest of its paragraph is read as the
  // story's first paragraph.
  const label = allParagraphs.length > 0 ? findDateLabel(text) : null;
  const paragraphs = label
    ? [{ start: label.storyStart, end: allParagraphs[0]!.end }, ...allParagraphs.slice(1)]
    : allParagraphs;
  if (label) kinds[0] = 'text';
  const dateline = findDateline(text, paragraphs, kinds);
  const masthead = findMasthead(text, paragraphs, kinds, dateline?.span.start ?? null);
  const messages: Message[] = [];
  let published = known.published ?? null;
  let publishedBy: string | null = published ? METADATA_RULES.known : null;
  let publishedPartial: string | null = null;
  if (!published) {
    const dateLines = label ? [label.span, ...masthead.dateLines] : masthead.dateLines;
    const found = findPublished(text, sentences, paragraphs.length, dateline, dateLines);
    messages.push(...found.messages);
    published = found.published;
    publishedBy = found.by;
    if (!published && options.published) {
      published = options.published;
      publishedBy = METADATA_RULES.publishedOption;
    } else if (!published && found.partial) {
      publishedPartial = found.partial;
      messages.push({
        rule: METADATA_RULES.publishedPartial,
        level: 'warning',
        reason: `the text dates itself "${found.partial}" without a year; publication date left unknown (give it with --published YYYY-MM-DD)`,
        ...(found.partialSpan ? { span: found.partialSpan } : {}),
      });
    }
  }
  const footer = footerLines(text, paragraphs, kinds, masthead.lines);
  const credit = dateline?.agency
    ? null
    : findAgencyCredit(text, paragraphs, footer, sentences, dateline?.span.start ?? text.length);
  const outlet = known.outlet
    ? { name: known.outlet, by: METADATA_RULES.known }
    : findOutlet(footer, masthead, dateline, credit);
  const language = detectLanguage(text, known.language);
  const note = languageNote(language);
  if (note) messages.push(note);
  // The story's own dateline first; a place in the masthead ("Outlet | Gaza | 5 May 2024") else.
  const place = dateline ? { name: dateline.place, span: dateline.placeSpan } : masthead.place;
  return {
    title: known.title ?? readTitle(text, paragraphs, kinds, dateline?.span ?? null, masthead.lines),
    outlet: outlet?.name ?? null,
    outletBy: outlet?.by ?? null,
    agency: dateline?.agency ? agencyName(dateline.agency) : credit ? agencyName(credit.code) : null,
    published,
    publishedBy,
    publishedPartial,
    dateline: known.dateline ?? place?.name ?? null,
    // The span points at the place only when it is the dateline reported.
    datelineSpan: place && (!known.dateline || known.dateline === place.name) ? place.span : null,
    datelinePrefix: _opening(text, label?.span ?? null, dateline?.span ?? null),
    language,
    messages,
  };
}

// What opens the story before its first word: the dateline, with a date label right before it
// ("date 2023-10-12 HERAT:"), or the label alone.
function _opening(text: string, label: Span | null, dateline: Span | null): Span | null {
  if (!label) return dateline;
  if (!dateline) return label;
  return BLANK.test(text.slice(label.end, dateline.start)) ? { start: label.start, end: dateline.end } : dateline;
}
