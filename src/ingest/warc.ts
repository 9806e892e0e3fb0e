import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { AsyncIterReader, LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { reasonOf, type ContainerEntry } from './container-entry.js';
import { PAGE_TYPES } from './data/media-types.js';
import { documentFromBody, parseContentType } from './fetch-url.js';
import { InputError } from './input-error.js';
import { DEFAULT_MAX_BYTES, readStreamBytes, type ReadLimits } from './read-document.js';

/** Limits of reading one archive: `maxBytes` is the largest record payload read (after decoding). */
export type WarcOptions = ReadLimits;

/** Most bytes of WARC and HTTP headers before a record's body: 1 MB. More is damage, not a header. */
export const MAX_HEADER_BYTES = 1_000_000;

/**
 * A gzip archive that inflates more than this many times its size is a gzip bomb: real WARC.gz
 * files inflate 3–10 times, a file of zeros about 1,000 times.
 */
export const MAX_INFLATE_RATIO = 100;

/** Below this many inflated bytes (64 MB) the ratio is not checked: small archives cannot hurt. */
export const MIN_BOMB_BYTES = 64_000_000;

const GZIP_MAGIC = [0x1f, 0x8b];

/** Bytes delivered to the WARC parser, and whether the parser is inside headers. */
interface Flow {
  compressed: number;
  inflated: number;
  inHeaders: boolean;
  headerStart: number;
}

/**
 * Reads a WARC or WARC.gz archive (whole-file or per-record gzip, detected from the bytes) into
 * documents: `response` records with HTTP status 200 and `resource` records whose type is HTML or
 * plain text. Other records (requests, metadata, redirects, images, revisits) are skipped without
 * a word. A document's origin and url are the record's `WARC-Target-URI` (a page's canonical link,
 * when it has one, is its url); its date comes from the page's own metadata, never from
 * `WARC-Date`, which is when the page was crawled.
 *
 * Damage: a record whose payload passes `maxBytes` fails alone (`ARCHIVE:N (url)`) and reading
 * goes on. A truncated archive, a corrupt gzip stream, a gzip bomb or a header block over
 * `MAX_HEADER_BYTES` ends the archive with one failure named after it, saying where; the records
 * read before stay read.
 *
 * @param path the archive's path, kept in failure names
 */
export async function* readWarcFile(path: string, options: WarcOptions = {}): AsyncGenerator<ContainerEntry> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let gzipped: boolean;
  try {
    gzipped = await _startsWithGzip(path);
  } catch (e) {
    yield {
      ok: false,
      origin: path,
      reason: `cannot read the archive: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    };
    return;
  }
  const flow: Flow = { compressed: 0, inflated: 0, inHeaders: true, headerStart: 0 };
  const parser = new WARCParser(new AsyncIterReader(_guarded(_source(path, gzipped, flow), flow, gzipped), null));
  let n = 0;
  for (;;) {
    let record: WARCRecord | null;
    flow.inHeaders = true;
    flow.headerStart = flow.inflated;
    try {
      record = await parser.parse();
    } catch (e) {
      yield { ok: false, origin: path, reason: _damage(e, n) };
      return;
    }
    if (!record) {
      if (n === 0) yield { ok: false, origin: path, reason: 'not a WARC archive: no record found' };
      return;
    }
    flow.inHeaders = false;
    if (!record.warcHeaders.statusline.startsWith('WARC/')) {
      const what =
        n === 0
          ? 'not a WARC archive: it does not start with a WARC/1.x record'
          : `damaged archive: record ${n + 1} does not start with WARC/1.x`;
      yield { ok: false, origin: path, reason: n === 0 ? what : _damage(new InputError('unreadable', what), n) };
      return;
    }
    n++;
    const url = record.warcTargetURI ?? null;
    const name = url ? `${path}:${n} (${url})` : `${path}:${n}`;
    let entry: ContainerEntry | null = null;
    try {
      entry = await _recordEntry(record, url ?? `${path}:${n}`, name, { ...options, maxBytes });
      // The rest of the record, read raw: warcio's own skip loops forever on a truncated record.
      const rest = record._reader;
      if (rest instanceof LimitReader) {
        for await (const _ of rest) void _;
        if (rest.limit > 0)
          throw new InputError(
            'unreadable',
            `truncated archive: record ${n}${url ? ` (${url})` : ''} ends ${rest.limit} bytes early`,
          );
      }
    } catch (e) {
      // A record that failed on its own still says so; a document from a damaged record is dropped.
      if (entry && !entry.ok) yield entry;
      yield { ok: false, origin: path, reason: _damage(e, n - 1) };
      return;
    }
    if (entry) yield entry;
  }
}

/** The record as a document, a failure of its own (too large, unreadable page), or null to skip. */
async function _recordEntry(
  record: WARCRecord,
  origin: string,
  name: string,
  limits: ReadLimits & { maxBytes: number },
): Promise<ContainerEntry | null> {
  let contentType: string | null;
  if (record.warcType === 'response') {
    const info = record.getResponseInfo();
    if (!info || Number(info.status) !== 200) return null;
    contentType = info.headers.get('content-type') ?? null;
  } else if (record.warcType === 'resource') {
    contentType = record.warcContentType ?? null;
  } else {
    return null;
  }
  const { mediaType, charset } = parseContentType(contentType);
  if (!mediaType || !PAGE_TYPES.has(mediaType)) return null;
  let bytes: Uint8Array;
  try {
    // Decodes chunked transfer and gzip/deflate/br content encoding; stops at the limit.
    bytes = await readStreamBytes(record.contentReader as AsyncIterable<Uint8Array>, limits.maxBytes);
  } catch (e) {
    if (e instanceof InputError) return { ok: false, origin: name, reason: e.message };
    throw e;
  }
  try {
    const doc = await documentFromBody({ bytes, url: origin, mediaType, charset }, origin, {}, limits);
    return { ok: true, doc, url: doc.meta.url ?? (origin.startsWith('http') ? origin : null) };
  } catch (e) {
    return { ok: false, origin: name, reason: reasonOf(e) };
  }
}

/** The archive's bytes, inflated when gzipped; counts bytes in and out. */
async function* _source(path: string, gzipped: boolean, flow: Flow): AsyncGenerator<Uint8Array> {
  const file = createReadStream(path);
  file.on('data', (c) => (flow.compressed += c.length));
  if (!gzipped) {
    yield* file;
    return;
  }
  // Node's gunzip reads concatenated members (per-record gzip) and fails on a cut-off stream,
  // where warcio's own inflater silently stops.
  const gunzip = createGunzip();
  const piping = pipeline(file, gunzip).catch(() => undefined);
  yield* gunzip;
  await piping;
}

/**
 * Passes bytes to the parser, stopping a gzip bomb (ratio past `MAX_INFLATE_RATIO` once past
 * `MIN_BOMB_BYTES`) and endless headers (`MAX_HEADER_BYTES` with no record body begun).
 */
async function* _guarded(source: AsyncIterable<Uint8Array>, flow: Flow, gzipped: boolean): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    flow.inflated += chunk.length;
    if (gzipped && flow.inflated > MIN_BOMB_BYTES && flow.inflated > MAX_INFLATE_RATIO * flow.compressed) {
      throw new InputError(
        'too-large',
        `gzip bomb: ${_mb(flow.compressed)} inflated past ${_mb(flow.inflated)} (more than ${MAX_INFLATE_RATIO} times); reading stopped`,
      );
    }
    if (flow.inHeaders && flow.inflated - flow.headerStart > MAX_HEADER_BYTES) {
      throw new InputError(
        'unreadable',
        `no record header ends within ${_mb(MAX_HEADER_BYTES)}: not a WARC archive, or damaged`,
      );
    }
    yield chunk;
  }
}

/** "truncated archive …" after the records read; zlib's errors in words. */
function _damage(e: unknown, recordsRead: number): string {
  const read = `${recordsRead} record${recordsRead === 1 ? '' : 's'} before it ${recordsRead === 1 ? 'was' : 'were'} read`;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'Z_BUF_ERROR') return `truncated archive: the gzip stream ends early; ${read}`;
  if (code === 'Z_DATA_ERROR') return `damaged archive: corrupt gzip data (${(e as Error).message}); ${read}`;
  return `${reasonOf(e)}; ${read}`;
}

async function _startsWithGzip(path: string): Promise<boolean> {
  const fh = await open(path);
  try {
    const { bytesRead, buffer } = await fh.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === GZIP_MAGIC[0] && buffer[1] === GZIP_MAGIC[1];
  } finally {
    await fh.close();
  }
}

/** 1500000 → "1.5 MB"; 2048 → "2048 bytes". */
function _mb(n: number): string {
  return n < 1_000_000 ? `${n} bytes` : `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
}
