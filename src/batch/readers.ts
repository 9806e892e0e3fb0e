import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError, readDocument } from '../ingest/index.js';
import { parseJsonlRecord } from '../ingest/jsonl.js';
import type { InputItem, Reader, Readers } from './inputs.js';

/** Limits shared by every reader. */
export interface ReaderOptions {
  /** Largest file, record or download to read, in bytes. */
  maxBytes?: number;
}

const reason = (e: unknown) => (e instanceof InputError ? e.message : `cannot read: ${(e as Error).message}`);

/** A text, Markdown or HTML file: one document. */
function fileReader(options: ReaderOptions): Reader {
  return async function* (path): AsyncGenerator<InputItem> {
    try {
      const doc = await readDocument(path, { maxBytes: options.maxBytes });
      yield { kind: 'doc', doc, url: doc.meta.url ?? null };
    } catch (e) {
      yield { kind: 'error', origin: path, reason: reason(e) };
    }
  };
}

/** A JSON Lines file: one document per line; a bad line fails alone, named `file:N`. */
function jsonlReader(options: ReaderOptions): Reader {
  return async function* (path): AsyncGenerator<InputItem> {
    let n = 0;
    try {
      const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
      for await (const line of rl) {
        const origin = `${path}:${++n}`;
        if (!line.trim()) continue;
        if (options.maxBytes && line.length > options.maxBytes) {
          yield { kind: 'error', origin, reason: `record larger than the limit of ${options.maxBytes} bytes (raise it with --max-bytes)` };
          continue;
        }
        try {
          const doc = parseJsonlRecord(line, origin);
          yield { kind: 'doc', doc, url: doc.meta.url ?? null };
        } catch (e) {
          yield { kind: 'error', origin, reason: reason(e) };
        }
      }
    } catch (e) {
      yield { kind: 'error', origin: n ? `${path}:${n}` : path, reason: reason(e) };
    }
  };
}

/** The readers `crosscheck ingest` uses, by file extension. */
export function defaultReaders(options: ReaderOptions = {}): Readers {
  const file = fileReader(options);
  const jsonl = jsonlReader(options);
  return {
    byExtension: { '.txt': file, '.text': file, '.md': file, '.markdown': file, '.html': file, '.htm': file, '.jsonl': jsonl, '.ndjson': jsonl },
  };
}
