import type { KnownMeta, SourceDocument } from '../model.js';
import { InputError } from './input-error.js';

const LINE_BREAK = /\r\n?/g;
const NOT_WHITESPACE = /\S/;

/**
 * CRLF and lone CR become LF, so that "line one\r\n\r\nline two" splits into paragraphs like
 * "line one\n\nline two" does. Everything else is kept as read.
 */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(LINE_BREAK, '\n') : text;
}

/**
 * Makes a document from plain text or Markdown, kept as written: spans point into the text as
 * read, after a leading byte-order mark is dropped and line endings are normalised to "\n".
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
  const clean = normalizeNewlines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!NOT_WHITESPACE.test(clean)) throw new InputError('no-text', 'no text: the input holds only whitespace');
  return { origin, text: clean, meta: { ...meta }, format };
}
