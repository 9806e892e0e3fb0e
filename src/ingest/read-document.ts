import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { KnownMeta, SourceDocument } from '../model.js';
import { decodeBytes } from './decode.js';
import { declaredHtmlCharset } from './html-charset.js';
import { readHtml } from './html.js';
import { InputError } from './input-error.js';
import { formatFromName, looksLikeHtml, type DocumentFormat } from './sniff-format.js';
import { readTextString } from './text.js';

/** Default largest input, in bytes: 20 MB (20,000,000 bytes). */
export const DEFAULT_MAX_BYTES = 20_000_000;

/** Options for reading one document. */
export interface ReadOptions {
  /** Largest input accepted, in bytes. Default `DEFAULT_MAX_BYTES` (20 MB). */
  maxBytes?: number;
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
 * `maxBytes`) before reading a byte, then decodes and reads it as `readDocumentFromBytes` does.
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
  let bytes: Uint8Array;
  if (info.isFile()) {
    if (info.size > maxBytes) throw _tooLarge('file', info.size, maxBytes);
    if (info.size === 0) throw _empty('file');
    bytes = await readFile(path).catch((e: unknown) => {
      throw _fileError(e);
    });
  } else {
    bytes = await readStreamBytes(createReadStream(path), maxBytes).catch((e: unknown) => {
      throw e instanceof InputError ? e : _fileError(e);
    });
  }
  return readDocumentFromBytes(bytes, path, { name: path, ...options });
}

/**
 * Reads a document from bytes (standard input, a download, a WARC record). Decodes them (see
 * `decodeBytes`; a page's `<meta charset>` counts as a declared charset), picks the format
 * (`hints.format`, else HTML when the name says so or the text starts like a page, else Markdown
 * by name, else text), and reads it. Pure.
 *
 * @param origin the path or URL as given, kept as the document's origin
 * @throws InputError empty, too large, binary, undecodable, or without text
 */
export function readDocumentFromBytes(bytes: Uint8Array, origin: string, hints: ByteHints = {}): SourceDocument {
  const maxBytes = hints.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw _tooLarge('input', bytes.length, maxBytes);
  if (bytes.length === 0) throw _empty('input');
  const byName = formatFromName(hints.name ?? origin);
  const maybeHtml =
    hints.format === 'html' || (!hints.format && (byName === 'html' || looksLikeHtml(_asciiHead(bytes))));
  const declared = hints.charset ?? (maybeHtml ? declaredHtmlCharset(bytes) : null);
  const { text, encoding } = decodeBytes(bytes, { declaredCharset: declared });
  const format = hints.format ?? (byName === 'html' || looksLikeHtml(text) ? 'html' : (byName ?? 'text'));
  const doc =
    format === 'html' ? readHtmlString(text, origin, hints.meta) : readTextString(text, origin, format, hints.meta);
  return { ...doc, encoding };
}

/**
 * Reads an HTML page given as a string: the article's text, its offset map into `html`, and
 * the page's metadata, overridden by the non-null fields of `meta`. Pure.
 *
 * @throws InputError `no-text` when the page holds no readable text
 */
export function readHtmlString(html: string, origin: string, meta: KnownMeta = {}): SourceDocument {
  const article = readHtml(html);
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
    if (total > maxBytes) throw _tooLarge('input', null, maxBytes);
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

/** "file is 100 MB, over the size limit of 20 MB (raise it …)"; a stream's size is unknown (null). */
function _tooLarge(what: 'file' | 'input', size: number | null, maxBytes: number): InputError {
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
