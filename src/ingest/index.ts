/**
 * Reading input: bytes and files become `SourceDocument`s (decoded text, page metadata, and an
 * offset map for HTML). The only part of the pipeline that touches the file system.
 */
export { decodeBytes, type DecodedText, type DecodeHints } from './decode.js';
export { readHtml, type HtmlArticle } from './html.js';
export { DEFAULT_HTML_TIMEOUT_MS, readHtmlInThread } from './html-threads.js';
export { InputError, type InputErrorCode } from './input-error.js';
export { isIsoDay, toIsoDate } from './iso-date.js';
export {
  DEFAULT_MAX_BYTES,
  readDocument,
  readDocumentFromBytes,
  readHtmlString,
  readStreamBytes,
  tooLarge,
  type ByteHints,
  type ReadLimits,
  type ReadOptions,
} from './read-document.js';
export { formatFromName, looksLikeHtml, type DocumentFormat } from './sniff-format.js';
export { normalizeNewlines, readTextString, wellFormed } from './text.js';
