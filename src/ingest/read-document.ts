import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { KnownMeta, SourceDocument } from '../model.js';
import { CONTAINER_EXTENSIONS } from './data/formats.js';
import { decodeBytes } from './decode.js';
import { declaredHtmlCharset } from './html-charset.js';
import { readHtmlInThread } from './html-threads.js';
import { InputError } from './input-error.js';
import { DEFAULT_MAX_BYTES } from './limits.js';
import { formatFromName, looksLikeHtml, type DocumentFormat } from './sniff-format.js';
import { readTextString, wellFormed } from './text.js';

export { DEFAULT_MAX_BYTES } from './limits.js';

/** Limits of reading one document. */
export interface ReadLimits {
  /** Largest input accepted, in bytes. Default `DEFAULT_MAX_BYTES` (20 MB). */
  maxBytes?: number;
  /** Longest an HTML page may take to read, in ms. Default `DEFAULT_HTML_TIMEOUT_MS` (30 s). */
  htmlTimeoutMs?: number;
}

/** Options for reading one document. */
export interface ReadOptions extends ReadLimits {
  /** Format to read, overriding the extension and sniffing. */
  format?: DocumentFormat;
  /** Metadata known from elsewhere (a feed item, a JSONL record); overrides the page's own. */
  meta?: KnownMeta;
}

/** What is known about bytes besides the bytes: a name for the extension, a declared charset. */
export interface ByteHints extends ReadOptions {
  /** File name or URL whose extension suggests the format. Default: the origin. */
  name?: string;
  /** Charset declared by the container (an HTTP `Content-Type`, a WARC header). */
  charset?: string | null;
}

/**
 * Reads one file into a document: checks it with `stat` (missing, directory, empty, over
 * `maxBytes`) and its name (a feed, JSON Lines or WARC file holds many documents: refused with a
 * pointer to what reads it) before reading a byte, then decodes and reads it as `readDocumentFromBytes` does.
 * Pipes and devices (`/dev/stdin`, `<(…)`) are read as streams, with the same limit.
 *
 * @param path the file path, kept as the document's origin
 * @throws InputError with a one-line reason for any problem of the input
 */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<SourceDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const info = await stat(path).catch((e: unknown) => {
    throw _fileError(e);
  });
  if (info.isDirectory()) throw new InputError('is-directory', 'is a directory, not a file');
  const container = CONTAINER_EXTENSIONS.get(extname(path).slice(1).toLowerCase());
  if (container) throw new InputError('unsupported', `is ${container}`);
  let bytes: Uint8Array;
  if (info.isFile()) {
    if (info.size > maxBytes) throw tooLarge('file', info.size, maxBytes);
    if (info.size === 0) throw _empty('file');
    bytes = await readFile(path).catch((e: unknown) => {
      throw _fileError(e);
    });
  } else {
    bytes = await readStreamBytes(createReadStream(path), maxBytes).catch((e: unknown) => {
      throw e instanceof InputError ? e : _fileError(e);
    });
  }
  return await readDocumentFromBytes(bytes, path, { name: path, ...options });
}

/**
 * Reads a document from bytes (standard input, a download, a WARC record). Decodes them (see
 * `decodeBytes`; a page's `<meta charset>` counts as a declared charset), picks the format
 * (`hints.format`, else HTML when the name says so or the text starts like a page, else Markdown
 * by name, else text), and reads it. An HTML page is read in a reading thread, under a deadline
 * (see `readHtmlString`).
 *
 * @param origin the path or URL as given, kept as the document's origin
 * @throws InputError empty, too large, binary, undecodable, or without text
 */
export async function readDocumentFromBytes(
  bytes: Uint8Array,
  origin: string,
  hints: ByteHints = {},
): Promise<SourceDocument> {
  const maxBytes = hints.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLarge('input', bytes.length, maxBytes);
  if (bytes.length === 0) throw _empty('input');
  const byName = formatFromName(hints.name ?? origin);
  const maybeHtml =
    hints.format === 'html' || (!hints.format && (byName === 'html' || looksLikeHtml(_asciiHead(bytes))));
  const declared = hints.charset ?? (maybeHtml ? declaredHtmlCharset(bytes) : null);
  const { text, encoding } = decodeBytes(bytes, { declaredCharset: declared });
  const format = hints.format ?? (byName === 'html' || looksLikeHtml(text) ? 'html' : (byName ?? 'text'));
  const doc =
    format === 'html'
      ? await readHtmlString(text, origin, hints.meta, hints)
      : readTextString(text, origin, format, hints.meta);
  return { ...doc, encoding };
}

/**
 * Reads an HTML page given as a string: the article's text, its offset map into `html`, and
 * the page's metadata, overridden by the non-null fields of `meta`. The page is read in a reading
 * thread (see `readHtmlInThread`): one that takes longer than `limits.htmlTimeoutMs` fails alone,
 * and this thread is never held up. Lone surrogates become U+FFFD first (see `wellFormed`).
 *
 * @throws InputError `no-text` when the page holds no readable text, `too-deep`, `timeout`
 */
export async function readHtmlString(
  html: string,
  origin: string,
  meta: KnownMeta = {},
  limits: ReadLimits = {},
): Promise<SourceDocument> {
  const article = await readHtmlInThread(wellFormed(html), limits.htmlTimeoutMs);
  return { origin, text: article.text, meta: _merge(article.meta, meta), htmlMap: article.htmlMap, format: 'html' };
}

/**
 * Collects a stream's bytes (standard input, a pipe), failing as soon as they pass `maxBytes`
 * so that an endless stream never fills memory.
 *
 * @throws InputError `too-large` past the limit
 */
export async function readStreamBytes(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number = DEFAULT_MAX_BYTES,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf =
      typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buf.length;
    if (total > maxBytes) throw tooLarge('input', null, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

/** Fields of `over` that say something replace those of `base`. */
function _merge(base: KnownMeta, over: KnownMeta): KnownMeta {
  const merged: KnownMeta = { ...base };
  for (const [k, v] of Object.entries(over) as [keyof KnownMeta, string | null | undefined][]) {
    if (v !== null && v !== undefined) merged[k] = v;
  }
  return merged;
}

/** The first bytes as Latin-1: enough to see "<!doctype html" in any ASCII-based encoding. */
function _asciiHead(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
}

/** "empty file" for a file, "empty input" for standard input and other bytes. */
function _empty(what: 'file' | 'input'): InputError {
  return new InputError('empty', `empty ${what}: nothing to read`);
}

/**
 * "file is 100 MB, over the size limit of 20 MB (raise it …)"; a stream's size is unknown (null).
 *
 * @param what what is too large: a `file`, an `input`, a JSON Lines `record`
 */
export function tooLarge(what: 'file' | 'input' | 'record', size: number | null, maxBytes: number): InputError {
  const is = size === null ? `${what} is` : `${what} is ${_size(size)},`;
  return new InputError(
    'too-large',
    `${is} over the size limit of ${_size(maxBytes)} (raise it with --max-bytes, or the maxBytes option)`,
  );
}

/** 1001 → "1001 bytes"; 104857600 → "104.9 MB"; 20000000 → "20 MB". */
function _size(n: number): string {
  if (n < 1_000_000) return `${n} bytes`;
  return `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** Node's file-system errors as one-line reasons. */
function _fileError(e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError('not-found', 'no such file');
    case 'ENOTDIR':
      return new InputError('not-found', 'no such file (a folder in the path is a file)');
    case 'EISDIR':
      return new InputError('is-directory', 'is a directory, not a file');
    case 'EACCES':
    case 'EPERM':
      return new InputError('permission-denied', 'permission denied');
    default:
      return new InputError('unreadable', `cannot read the file (${code ?? (e as Error).message})`);
  }
}
