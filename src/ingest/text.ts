import type { KnownMeta, SourceDocument } from '../model.js';
import { InputError } from './input-error.js';

const LINE_BREAK = /\r\n?/g;
const NOT_WHITESPACE = /\S/;
/** A UTF-16 surrogate without its other half: "\ud800" alone, as JSON may carry it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Each lone surrogate becomes one U+FFFD, so the text keeps its length and every offset into it.
 * A lone surrogate has no UTF-8 form: SQLite would store it as three bytes that read back as three
 * U+FFFD, and every span after it would point two characters too early.
 */
export function wellFormed(text: string): string {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text;
}

/**
 * CRLF and lone CR become LF, so that "line one\r\n\r\nline two" splits into paragraphs like
 * "line one\n\nline two" does. Everything else is kept as read.
 */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(LINE_BREAK, '\n') : text;
}

/**
 * Makes a document from plain text or Markdown, kept as written: spans point into the text as
 * read, after a leading byte-order mark is dropped, line endings are normalised to "\n" and lone
 * surrogates become U+FFFD (see `wellFormed`).
 * Metadata in the text itself (headline, date line) is the extract metadata stage's job.
 *
 * @param text the decoded text
 * @param origin the path or URL as given
 * @param format `text` (default) or `markdown`
 * @param meta what the container said about the document (default: nothing)
 * @throws InputError `no-text` when the text is only whitespace
 */
export function readTextString(
  text: string,
  origin: string,
  format: 'text' | 'markdown' = 'text',
  meta: KnownMeta = {},
): SourceDocument {
  const clean = normalizeNewlines(wellFormed(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  if (!NOT_WHITESPACE.test(clean)) throw new InputError('no-text', 'no text: the input holds only whitespace');
  return { origin, text: clean, meta: { ...meta }, format };
}
