import type { LineKind, Span } from '../../model.js';
import { FOOTER_PARAGRAPHS } from './data/footer-cues.js';
import { stripMarkdownLine } from './strip-markdown.js';

/** A line at the end of the text that may name the publisher or credit an agency. */
export interface FooterLine {
  /** The line, Markdown marks and enclosing brackets stripped ("(Source: Example News)" → "Source: Example News"). */
  line: string;
  /** The very last line, wholly in strong emphasis: "**Radio Habana Cuba**". */
  strong: boolean;
}

// "**Radio Habana Cuba**": a whole line in strong emphasis at the very end is the publisher's sign-off.
const STRONG_LINE = /^(?:\*\*|__)[^*_\n]+(?:\*\*|__)$/;
// "(Source: Example News)", "[Source: Example News, Kestrel]": a credit line in brackets.
const BRACKETED = /^[([]([^()[\]]+)[)\]]$/;

/**
 * The last FOOTER_PARAGRAPHS one-line paragraphs below the masthead (URLs and rules skipped), last
 * first; a text whose lines are not set apart by blank lines ends in a paragraph of many lines,
 * and only its last line is read ("…they said.\nSource: Example News").
 */
export function footerLines(
  text: string,
  paragraphs: readonly Span[],
  kinds: readonly LineKind[],
  mastheadLines: readonly Span[],
): FooterLine[] {
  const out: FooterLine[] = [];
  const below = mastheadLines.length ? mastheadLines[mastheadLines.length - 1]!.end : 0;
  for (let i = paragraphs.length - 1, seen = 0; i >= 0 && seen < FOOTER_PARAGRAPHS; i--) {
    if (kinds[i] === 'url' || kinds[i] === 'rule') continue;
    seen++;
    const p = paragraphs[i]!;
    if (p.start < below) break;
    const para = text.slice(p.start, p.end);
    const nl = para.lastIndexOf('\n');
    const line = para.slice(nl + 1).trim();
    const bare = stripMarkdownLine(line);
    if (bare) out.push({ line: BRACKETED.exec(bare)?.[1] ?? bare, strong: seen === 1 && STRONG_LINE.test(line) });
    if (nl >= 0) break;
  }
  return out;
}
