import type { Span } from '../../model.js';
import { classifyLine } from './line-kinds.js';

// A line: maximal run without "\n". Offsets are carried from the start (never recomputed from
// split strings), so spans cannot drift.
const LINE = /[^\n]+/g;
const BLANK_OR_SPACE = /^[ \t\r\f\v\u00a0]*$/;
// Prose that stops mid-sentence: "… its war of aggression against the" ends in a lower-case word or
// a comma, with no closing punctuation.
const OPEN_END = /[\p{Ll},;]$/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * Splits the text into paragraphs: runs of lines separated by blank lines. A line that is a
 * heading, a rule ("---"), an image caption, a byline, a date line or a bare URL is a paragraph of
 * its own even without blank lines around it. Two blocks are joined when the first stops
 * mid-sentence and the next continues in lower case ("… against the\n\nbesieged Gaza Strip."), an
 * artefact of copying from web pages.
 * Spans exclude surrounding white space; paragraphs are in text order and never overlap.
 */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null; // the running-text paragraph still open
  let blank = true; // a blank line (or the start of the text) precedes this line
  let lastEnd = 0;
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    // "\n\n" between two lines: the regex skipped an empty line.
    if (m.index - lastEnd > 1) blank = true;
    lastEnd = m.index + m[0].length;
    const raw = m[0];
    if (BLANK_OR_SPACE.test(raw)) {
      blank = true;
      continue;
    }
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    const span = { start: m.index + lead, end: m.index + lead + line.length };
    if (classifyLine(line) !== 'text') {
      if (cur) out.push(cur);
      out.push(span);
      cur = null;
    } else if (cur && (!blank || _continues(text, cur, line))) {
      cur.end = span.end;
    } else {
      if (cur) out.push(cur);
      cur = span;
    }
    blank = false;
  }
  if (cur) out.push(cur);
  return out;
}

// The previous running-text paragraph stopped mid-sentence and this line carries on in lower case.
function _continues(text: string, prev: Span, line: string): boolean {
  return OPEN_END.test(text.slice(prev.end - 1, prev.end)) && LOWER_START.test(line);
}
