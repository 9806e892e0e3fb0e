import type { LineKind, Span } from '../../model.js';
import { CAPTION_PREFIXES } from '../lexicon/index.js';
import { alternation } from '../text/index.js';
import { SECTION_LABELS } from './data/masthead-cues.js';
import { agencyCode } from './find-agency-credit.js';
import { SPECIAL_KINDS } from './paragraph-kinds.js';
import { stripMarkdownLine } from './strip-markdown.js';

/** How many leading paragraphs may hold the headline (after mastheads, date lines, bylines, rules). */
const TITLE_WINDOW = 6;
/** Longest first line taken as a headline, in UTF-16 code units. */
const MAX_TITLE = 250;
/** Most lines of a block of head lines ("Halvessa Province: Escalation of Hostilities\nFlash Update No. 1"). */
const MAX_HEAD_LINES = 4;
// Headlines do not end with a full stop; a first paragraph that does is body text.
const ENDS_WITH_STOP = /[.]["”’]?$/;
const LINE = /[^\n]+/g;
// Prose wrapped at a fixed width goes on in lower case on the next line ("… had\nkilled"): not a
// block of head lines.
const CONTINUES = /\n[ \t]*[\p{Ll},;]/u;
// "Press release No. 1/HAL", "Statement #4": a label with its number.
const NUMBERED = /[ ]+(?:No\.?|#)[ ]*[\p{L}\d/.-]+$/iu;
const LETTER = /\p{L}/u;
// Words of four letters or more: in a headline written in title case each opens with a capital.
const LONG_WORD = /\p{L}{4,}/gu;
const MIN_TITLE_CASE_WORDS = 4;
// "(Xinhua)", "— AFP": the name inside a credit's brackets or after its dash.
const CREDIT_MARKS = /^(?:[—–-][ ]*)?\(?([^()]+?)\)?$/;
// A photo credit after a caption's words: "Rescuers at the site Kestrel News Photo: (file)",
// "Border crossing File Photo Border crossing" (an image's alt text and caption, seen on pages of
// several outlets): the paragraph is a caption, not a headline.
const PHOTO_CREDIT = new RegExp(`\\S[ ]+(?:${alternation(CAPTION_PREFIXES)})`, 'i');

/**
 * The headline: the first Markdown heading, or the first line of the top paragraphs that reads like
 * a headline (at most MAX_TITLE long, no final full stop), with Markdown marks stripped ("#
 * *Hamas says …*" → "Hamas says …"). Masthead lines ("THE ASHMOOR CHRONICLE | World", "Rapid
 * Support Forces — Media Office"), date lines and section labels alone on a line ("World",
 * "VIDEO:", "PRESS RELEASE") are passed over; a prefix such as "VIDEO:" before a headline stays as
 * printed. Null when the text opens with body copy.
 */
export function readTitle(
  text: string,
  paragraphs: readonly Span[],
  kinds: readonly LineKind[],
  dateline: Span | null,
  mastheadLines: readonly Span[],
): string | null {
  const n = Math.min(paragraphs.length, TITLE_WINDOW);
  for (let i = 0; i < n; i++) {
    const kind = kinds[i]!;
    if (SPECIAL_KINDS.has(kind)) continue;
    const p = paragraphs[i]!;
    const para = text.slice(p.start, p.end);
    if (kind === 'heading') return stripMarkdownLine(para) || null;
    if (CONTINUES.test(para)) return null;
    if (PHOTO_CREDIT.test(para)) continue;
    let count = 0;
    LINE.lastIndex = 0;
    for (let m = LINE.exec(para); m; m = LINE.exec(para)) {
      if (++count > MAX_HEAD_LINES) return null;
      const start = p.start + m.index;
      if (mastheadLines.some((l) => l.start >= start && l.start < start + m![0].length)) continue;
      const line = stripMarkdownLine(m[0]);
      if (
        !line ||
        SECTION_LABELS.has(
          line
            .toLowerCase()
            .replace(NUMBERED, '')
            .replace(/[ ]*:$/, ''),
        )
      )
        continue;
      // "Associated Press", "(Xinhua)": an agency's credit line under a date or over the story.
      if (agencyCode(CREDIT_MARKS.exec(line)?.[1] ?? line)) continue;
      // "The latest from the valley:", "What we know so far:": a lead-in to what follows, never a
      // headline (seen over live pages and explainers of two outlets).
      if (line.endsWith(':')) continue;
      const inDateline = dateline !== null && dateline.start >= start && dateline.start < start + m[0].length;
      // "197" over "Confirmed dead": a line without a letter is a table of figures, not a headline.
      if (line.length > MAX_TITLE || inDateline || !LETTER.test(line)) return null;
      if (ENDS_WITH_STOP.test(line) && !_titleCased(line)) return null;
      return line;
    }
  }
  return null;
}

/**
 * "Floods Leave Nine Dead And 40 Homeless In Kestrel Valley.": every word of four letters or more
 * capitalised, at least MIN_TITLE_CASE_WORDS of them — a headline in title case, though it ends with
 * a full stop (prose capitalises only names). Headlines in title case are seen in several news-dev
 * outlets (Fox News, Khaosod, LANA, whose ends with a full stop).
 */
function _titleCased(line: string): boolean {
  const words = line.match(LONG_WORD) ?? [];
  return words.length >= MIN_TITLE_CASE_WORDS && words.every((w) => w[0] !== w[0]!.toLowerCase());
}
