import { uploadItems, type Upload, type UploadOptions } from '../../batch/upload.js';
import type { InputItem } from '../../batch/inputs.js';
import { documentId } from '../../extract/index.js';
import type { KnownMeta } from '../../model.js';
import type { ServerDeps } from '../deps.js';
import { HttpError } from '../errors.js';

/** An ingest request as validated: pasted text or a file, and what the person knows of it. */
export interface IngestRequest {
  text?: string;
  file?: File;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
}

/** The server's limits on reading an upload, and on fetching one when fetching is on. */
function _uploadOptions(deps: ServerDeps): UploadOptions {
  if (!deps.fetch) return { maxBytes: deps.maxUploadBytes };
  return {
    maxBytes: deps.maxUploadBytes,
    fetch: {
      // No host is trusted: the person who sends a URL is not the operator who runs the server.
      trustedHost: null,
      addressPolicy: {
        allowed: deps.fetch.allowed,
        hint: 'which the server fetches only in a range given with --fetch-allow',
      },
      ...(deps.fetch.timeoutMs ? { timeoutMs: deps.fetch.timeoutMs } : {}),
    },
  };
}

/** Bytes sent (a fetched page's size is not known before): a large upload is worth extraction threads. */
function _size(upload: Upload): number {
  if (upload.kind === 'file') return upload.bytes.byteLength;
  return upload.kind === 'text' ? Buffer.byteLength(upload.text) : 0;
}

/** Most documents listed in an ingest result (a JSON Lines upload may hold thousands). */
const LISTED = 200;

/**
 * Stores what the request carries through the same readers, extraction and writer as
 * `crosscheck ingest` (a `url` alone is fetched, when the server allows it), and says what became
 * of it: the summary of the run, and the documents read (stored now or before) with their claim
 * counts.
 */
export async function ingestUpload(deps: ServerDeps, req: IngestRequest) {
  if (!deps.ingest) throw new HttpError(403, 'this server is read-only: it was started without a writable ledger');
  const meta: KnownMeta = {
    ...(req.title ? { title: req.title } : {}),
    ...(req.outlet ? { outlet: req.outlet } : {}),
    ...(req.published ? { published: req.published } : {}),
  };
  // Beside text or a file, the URL says where they were published.
  const published: KnownMeta = { ...meta, ...(req.url ? { url: req.url } : {}) };
  let upload: Upload;
  if (req.file && req.text) throw new HttpError(400, 'give either text or a file, not both');
  if (req.file)
    upload = {
      kind: 'file',
      name: req.file.name || 'file',
      bytes: new Uint8Array(await req.file.arrayBuffer()),
      meta: published,
    };
  else if (req.text?.trim()) upload = { kind: 'text', text: req.text, meta: published };
  else if (req.url) {
    if (!deps.fetch)
      throw new HttpError(
        403,
        'fetching URLs is disabled on this server (crosscheck serve --allow-fetch enables it): paste the text or upload the file',
      );
    upload = { kind: 'url', url: req.url, meta };
  } else throw new HttpError(400, `give the text of an article, or a file${deps.fetch ? ", or a page's URL" : ''}`);

  // The ids of the texts read, so the result can point at each document, new or known.
  const ids: string[] = [];
  async function* noted(items: AsyncIterable<InputItem>): AsyncGenerator<InputItem> {
    for await (const item of items) {
      if (item.kind === 'doc' && ids.length < LISTED) ids.push(documentId(item.doc.text));
      yield item;
    }
  }
  const summary = await deps.ingest(noted(uploadItems(upload, _uploadOptions(deps))), { bytes: _size(upload) });
  const documents = [];
  for (const id of new Set(ids)) {
    const row = (await deps.store.documents({ document: id }, { limit: 1 })).items[0];
    if (row)
      documents.push({
        id: row.id,
        origin: row.origin,
        title: row.title,
        outlet: row.outlet,
        published: row.published,
        figures: row.figures,
        statements: row.statements,
      });
  }
  return { ...summary, documents };
}
