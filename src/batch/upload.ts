import { Readable } from 'node:stream';
import type { KnownMeta } from '../model.js';
import { reasonOf } from '../ingest/container-entry.js';
import { documentFromBody, fetchUrl, type FetchOptions } from '../ingest/fetch-url.js';
import { DEFAULT_MAX_BYTES, readDocumentFromBytes } from '../ingest/index.js';
import type { InputItem } from './inputs.js';
import { readLines } from './read-lines.js';
import { jsonlItems } from './readers.js';

/** Something a person handed over directly (the server's ingest form or API), not a path. */
export type Upload =
  | { kind: 'text'; text: string; meta?: KnownMeta }
  | { kind: 'file'; name: string; bytes: Uint8Array; meta?: KnownMeta }
  /** A page for the server to fetch (only when its operator allows it: `serve --allow-fetch`). */
  | { kind: 'url'; url: string; meta?: KnownMeta };

/** Limits of reading an upload; `fetch` those of downloading a `url` one. */
export interface UploadOptions {
  maxBytes?: number;
  fetch?: Omit<FetchOptions, 'maxBytes'>;
}

/** Extensions of files an upload may be: what `crosscheck ingest` reads, less what would make the server fetch (feeds) or is too large to send (WARC). */
export const UPLOAD_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.jsonl', '.ndjson'] as const;

/**
 * The documents of an upload, read by the same functions `crosscheck ingest` reads files with:
 * pasted text and a text, Markdown or HTML file are one document (HTML is recognised by its
 * start, as for files); a JSON Lines file is one per line. A document's origin is
 * `upload:NAME` (`upload:pasted text` for text), or its URL when the metadata gives one, which
 * also makes it the next version of an earlier text from that URL. A `url` upload is fetched
 * (see {@link _fetchedPage}). Failures are items, never thrown.
 */
export async function* uploadItems(upload: Upload, options: UploadOptions = {}): AsyncGenerator<InputItem> {
  const meta = upload.meta ?? {};
  if (upload.kind === 'url') {
    yield await _fetchedPage(upload.url, meta, options);
    return;
  }
  const name = upload.kind === 'text' ? 'pasted text' : upload.name;
  const origin = meta.url ?? `upload:${name}`;
  if (upload.kind === 'file') {
    const lower = name.toLowerCase();
    if (!UPLOAD_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
      yield {
        kind: 'error',
        origin,
        reason: `unsupported kind of file; upload ${UPLOAD_EXTENSIONS.join(' ')} (feeds and archives: use crosscheck ingest)`,
      };
      return;
    }
    if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) {
      yield* jsonlItems(
        readLines(Readable.from([Buffer.from(upload.bytes)]), { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES }),
        `upload:${name}`,
        options,
      );
      return;
    }
  }
  const bytes = upload.kind === 'text' ? Buffer.from(upload.text, 'utf8') : upload.bytes;
  try {
    const doc = await readDocumentFromBytes(bytes, origin, {
      name: upload.kind === 'file' ? name : undefined,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      meta,
    });
    yield { kind: 'doc', doc, url: doc.meta.url ?? null };
  } catch (e) {
    yield { kind: 'error', origin, reason: reasonOf(e) };
  }
}

/**
 * A page downloaded and read as an uploaded HTML or text file is, with the URL asked for as its
 * origin and its canonical link (else the URL it was finally served from) as its url. Feeds are
 * refused: one request, one page.
 */
async function _fetchedPage(url: string, meta: KnownMeta, options: UploadOptions): Promise<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const body = await fetchUrl(url, { ...options.fetch, maxBytes });
    if (body.kind !== 'page')
      return {
        kind: 'error',
        origin: url,
        reason: `a feed (${body.mediaType}): the server fetches pages (HTML, text); read feeds with crosscheck ingest`,
      };
    const doc = await documentFromBody(body, url, meta, { maxBytes });
    return { kind: 'doc', doc, url: doc.meta.url ?? body.url };
  } catch (e) {
    return { kind: 'error', origin: url, reason: reasonOf(e) };
  }
}
