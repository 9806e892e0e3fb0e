import type { Span } from '../../model.js';
import { SPECIAL_KINDS } from './paragraph-kinds.js';
import { stripMarkdownLine } from './strip-markdown.js';

/** How many leading paragraphs may hold the headline (after date lines, bylines, rules). */
const TITLE_WINDOW = 4;
/** Longest first line taken as a headline, in UTF-16 code units. */
const MAX_TITLE = 250;
// Headlines do not end with a full stop; a first paragraph that does is body text.
const ENDS_WITH_STOP = /[.]["”’]?$/;

/**
 * The headline: the first Markdown heading, or a first line of running text that reads like a
 * headline (one line, at most MAX_TITLE long, no final full stop), with Markdown marks stripped
 * ("# *Hamas says …*" → "Hamas says …"). A prefix such as "VIDEO:" stays as printed. Null when
 * the text opens with body copy.
 */
export function readTitle(text: string, paragraphs: readonly Span[], kinds: readonly string[], dateline: Span | null): string | null {
  const n = Math.min(paragraphs.length, TITLE_WINDOW);
  for (let i = 0; i < n; i++) {
    const kind = kinds[i]!;
    if (SPECIAL_KINDS.has(kind)) continue;
    const p = paragraphs[i]!;
    const line = text.slice(p.start, p.end);
    if (kind === 'sentences/heading') return stripMarkdownLine(line) || null;
    const inDateline = dateline !== null && dateline.start >= p.start && dateline.start < p.end;
    if (line.includes('\n') || line.length > MAX_TITLE || ENDS_WITH_STOP.test(line) || inDateline) return null;
    return stripMarkdownLine(line) || null;
  }
  return null;
}
