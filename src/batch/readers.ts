import { createReadStream } from 'node:fs';
import { reasonOf, type ContainerEntry } from '../ingest/container-entry.js';
import { feedFormat } from '../ingest/feed-parse.js';
import { readFeedBytes } from '../ingest/feed.js';
import { documentFromBody, fetchUrl, type FetchOptions } from '../ingest/fetch-url.js';
import { DEFAULT_MAX_BYTES, readDocument, readStreamBytes, tooLarge, type ReadLimits } from '../ingest/index.js';
import { parseJsonlRecord } from '../ingest/jsonl.js';
import { readWarcFile } from '../ingest/warc.js';
import type { InputItem, Reader, Readers } from './inputs.js';
import { readLines, type OversizedLine } from './read-lines.js';

/** Limits shared by every reader. */
export interface ReaderOptions extends FetchOptions, ReadLimits {
  /** Largest file, record or download to read, in bytes. Default 20 MB (`DEFAULT_MAX_BYTES`). */
  maxBytes?: number;
}

/** How much of a download is looked at to tell a feed from other XML. */
const SNIFF_BYTES = 4096;

/** A text, Markdown or HTML file: one document. */
function fileReader(options: ReaderOptions): Reader {
  return async function* (path): AsyncGenerator<InputItem> {
    try {
      const doc = await readDocument(path, { maxBytes: options.maxBytes, htmlTimeoutMs: options.htmlTimeoutMs });
      yield { kind: 'doc', doc, url: doc.meta.url ?? null, path };
    } catch (e) {
      yield { kind: 'error', origin: path, reason: reasonOf(e) };
    }
  };
}

/** A JSON Lines file: one document per line; a bad line fails alone, named `file:N`. */
function jsonlReader(options: ReaderOptions): Reader {
  return (path) =>
    jsonlItems(readLines(createReadStream(path), { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES }), path, options);
}

/**
 * The documents of JSON Lines (a file's, an upload's) read by {@link readLines}: one per line, each
 * named `name:N`; a bad line fails alone, and so does one longer than `maxBytes`.
 */
export async function* jsonlItems(
  lines: AsyncIterable<string | OversizedLine>,
  name: string,
  options: ReaderOptions,
): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let n = 0;
  try {
    for await (const line of lines) {
      const origin = `${name}:${++n}`;
      if (typeof line !== 'string') {
        yield { kind: 'error', origin, reason: tooLarge('record', line.oversized, maxBytes).message };
        continue;
      }
      if (!line.trim()) continue;
      try {
        const doc = await parseJsonlRecord(line, origin, options);
        yield { kind: 'doc', doc, url: doc.meta.url ?? null };
      } catch (e) {
        yield { kind: 'error', origin, reason: reasonOf(e) };
      }
    }
  } catch (e) {
    yield { kind: 'error', origin: n ? `${name}:${n}` : name, reason: reasonOf(e) };
  }
}

/** An RSS or Atom feed file: one document per item (see `readFeedBytes`). */
function feedReader(options: ReaderOptions): Reader {
  return async function* (path): AsyncGenerator<InputItem> {
    let bytes: Uint8Array;
    try {
      bytes = await readStreamBytes(createReadStream(path), options.maxBytes);
    } catch (e) {
      yield { kind: 'error', origin: path, reason: reasonOf(e) };
      return;
    }
    yield* _items(readFeedBytes(bytes, path, options));
  };
}

/** A WARC or WARC.gz archive: one document per HTML or text response (see `readWarcFile`). */
function warcReader(options: ReaderOptions): Reader {
  return (path) => _items(readWarcFile(path, options));
}

/**
 * An http(s) URL: fetched (see `fetchUrl`); a page is one document, a feed (by type, or XML whose
 * root is a feed) one document per item. The document's url is the page's canonical link, else
 * the URL it was finally served from.
 */
function urlReader(options: ReaderOptions): Reader {
  return async function* (url): AsyncGenerator<InputItem> {
    try {
      const body = await fetchUrl(url, options);
      const head = Buffer.from(
        body.bytes.buffer,
        body.bytes.byteOffset,
        Math.min(body.bytes.byteLength, SNIFF_BYTES),
      ).toString('latin1');
      if (body.kind === 'xml' || (body.mediaType === null && feedFormat(head))) {
        yield* _items(readFeedBytes(body.bytes, url, { ...options, baseUrl: body.url }));
        return;
      }
      const doc = await documentFromBody(body, url, {}, options);
      yield { kind: 'doc', doc, url: doc.meta.url ?? body.url };
    } catch (e) {
      yield { kind: 'error', origin: url, reason: reasonOf(e) };
    }
  };
}

/** A container's entries as batch items. */
async function* _items(entries: AsyncIterable<ContainerEntry>): AsyncGenerator<InputItem> {
  for await (const e of entries)
    yield e.ok ? { kind: 'doc', doc: e.doc, url: e.url } : { kind: 'error', origin: e.origin, reason: e.reason };
}

/** The readers `crosscheck ingest` uses: by file extension, and for http(s) URLs. */
export function defaultReaders(options: ReaderOptions = {}): Readers {
  const file = fileReader(options);
  const jsonl = jsonlReader(options);
  const feed = feedReader(options);
  const warc = warcReader(options);
  return {
    byExtension: {
      '.txt': file,
      '.text': file,
      '.md': file,
      '.markdown': file,
      '.html': file,
      '.htm': file,
      '.jsonl': jsonl,
      '.ndjson': jsonl,
      '.xml': feed,
      '.rss': feed,
      '.atom': feed,
      '.warc': warc,
      '.warc.gz': warc,
    },
    url: urlReader(options),
  };
}
