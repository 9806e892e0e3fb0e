import { Readable } from 'node:stream';
import type { KnownMeta } from '../model.js';
import { reasonOf } from '../ingest/container-entry.js';
import { DEFAULT_MAX_BYTES, readDocumentFromBytes } from '../ingest/index.js';
import type { InputItem } from './inputs.js';
import { readLines } from './read-lines.js';
import { jsonlItems } from './readers.js';

/** Something a person handed over directly (the server's ingest form or API), not a path. */
export type Upload =
  | { kind: 'text'; text: string; meta?: KnownMeta }
  | { kind: 'file'; name: string; bytes: Uint8Array; meta?: KnownMeta };

/** Extensions of files an upload may be: what `crosscheck ingest` reads, less what would make the server fetch (feeds) or is too large to send (WARC). */
export const UPLOAD_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.jsonl', '.ndjson'] as const;

/**
 * The documents of an upload, read by the same functions `crosscheck ingest` reads files with:
 * pasted text and a text, Markdown or HTML file are one document (HTML is recognised by its
 * start, as for files); a JSON Lines file is one per line. A document's origin is
 * `upload:NAME` (`upload:pasted text` for text), or its URL when the metadata gives one, which
 * also makes it the next version of an earlier text from that URL. Failures are items, never
 * thrown.
 */
export async function* uploadItems(upload: Upload, options: { maxBytes?: number } = {}): AsyncGenerator<InputItem> {
  const meta = upload.meta ?? {};
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
