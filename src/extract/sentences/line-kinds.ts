import { BYLINE_PREFIXES, CAPTION_PREFIXES, DATE_LINE_LABELS, MONTH_WORDS, WEEKDAY_WORDS } from '../lexicon/index.js';
import type { LineKind } from '../../model.js';
import { alternation } from '../text/index.js';

export type { LineKind };

const prefixRe = (words: readonly string[]) => new RegExp(`^(?:${alternation(words)})`, 'i');

// "---", "***", "___", "* * *", "===": Markdown thematic breaks and plain-text separators.
const RULE = /^(?:([-*_=~])[ \t]*)(?:\1[ \t]*){2,}$/;
// "# Headline", "### Subhead".
const HEADING = /^#{1,6}[ \t]+\S/;
// "<https://…>", "https://…", "[link](https://…)" alone on a line.
const URL_LINE = /^(?:<https?:\/\/\S+>|https?:\/\/\S+|\[[^\]]*\]\(\S+\))$/;
// "*Image not found or type unknown*", "_Photo: AFP_": a line wholly in single emphasis is a caption
// in Markdown exports; "**Radio Habana Cuba**" (strong emphasis) is not.
const EMPHASIS_LINE = /^(?:\*[^*\s][^*]*\*|_[^_\s][^_]*_)$/;
const IMAGE = /^!\[/;
const CAPTION = prefixRe(CAPTION_PREFIXES);
const BYLINE = prefixRe(BYLINE_PREFIXES);
const LEADING_EMPHASIS = /^(?:\*\*|__|_|\*)/;
const ENDS_SENTENCE = /[.!?]["”’]?$/;
const MONTH = alternation(MONTH_WORDS);
const WEEKDAY = alternation(WEEKDAY_WORDS);
// A short line that starts like a date: "Friday 10 November 2023", "Nov. 10, 2023 (AP)",
// "Published: 2023-11-10 14:02 GMT", "Updated 10/11/2023".
const DATE_LINE = new RegExp(
  `^(?:(?:${alternation(DATE_LINE_LABELS)})\\b[:\\s]*)?(?:(?:${WEEKDAY})\\b[.,]?\\s*)?` +
    `(?:(?:${MONTH})\\b\\.?\\s*\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})\\b|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})`,
  'i',
);
/** Longest line that can be a date line or a byline, in UTF-16 code units. */
const SHORT_LINE = 100;

/** One line classifier: the kind it gives a line that passes its test. */
interface LineRule {
  kind: Exclude<LineKind, 'text'>;
  test(line: string): boolean;
}

/**
 * The line classifiers, in the order they are tried (the first that holds decides; a line none
 * holds for is running text). Each kind's rule id is LINE_RULES[kind] (rules.ts). Cheap: a few
 * anchored regexes, so they can run on every line of a long document.
 */
const LINE_CLASSIFIERS: readonly LineRule[] = [
  /** "---", "* * *": a separator. */
  { kind: 'rule', test: (line) => RULE.test(line) },
  /** "# Headline". */
  { kind: 'heading', test: (line) => line.charCodeAt(0) === 35 /* # */ && HEADING.test(line) },
  /** "https://…" alone on a line. */
  { kind: 'url', test: (line) => URL_LINE.test(line) },
  /** "![map](…)", "Photo: AFP", "*Image not found*". */
  { kind: 'caption', test: (line) => IMAGE.test(line) || CAPTION.test(line) || EMPHASIS_LINE.test(line) },
  /** "By Jane Doe, Reuters" (a short line). */
  { kind: 'byline', test: (line) => line.length <= SHORT_LINE && _isByline(line) },
  /** "Friday 10 November 2023" (a short line of at most ten words). */
  {
    kind: 'date-line',
    test: (line) => line.length <= SHORT_LINE && DATE_LINE.test(line) && line.split(/\s+/).length <= 10,
  },
];

/**
 * Classifies one line (already trimmed) by the first of LINE_CLASSIFIERS that holds.
 * @example classifyLine('---') // 'rule'
 * @example classifyLine('Friday 10 November 2023') // 'date-line'
 */
export function classifyLine(line: string): LineKind {
  for (const rule of LINE_CLASSIFIERS) if (rule.test(line)) return rule.kind;
  return 'text';
}

// "By Jane Doe and Omar Haddad", "**By Lina Sayed, Reuters**"; not "By Monday, 40 people had fled."
// (ends like a sentence) nor "By the time troops arrived …" (no name after the cue).
function _isByline(line: string): boolean {
  const bare = line.replace(LEADING_EMPHASIS, '');
  const m = BYLINE.exec(bare);
  if (!m) return false;
  const next = bare.charCodeAt(m[0].length);
  return next >= 65 && next <= 90 && !ENDS_SENTENCE.test(line);
}
