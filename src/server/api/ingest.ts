import { uploadItems, type Upload } from '../../batch/upload.js';
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

/** Most documents listed in an ingest result (a JSON Lines upload may hold thousands). */
const LISTED = 200;

/**
 * Stores what the request carries through the same readers, extraction and writer as
 * `crosscheck ingest`, and says what became of it: the summary of the run, and the documents read
 * (stored now or before) with their claim counts.
 */
export async function ingestUpload(deps: ServerDeps, req: IngestRequest) {
  if (!deps.ingest) throw new HttpError(403, 'this server is read-only: it was started without a writable ledger');
  const meta: KnownMeta = {
    ...(req.title ? { title: req.title } : {}),
    ...(req.outlet ? { outlet: req.outlet } : {}),
    ...(req.published ? { published: req.published } : {}),
    ...(req.url ? { url: req.url } : {}),
  };
  let upload: Upload;
  if (req.file && req.text) throw new HttpError(400, 'give either text or a file, not both');
  if (req.file)
    upload = { kind: 'file', name: req.file.name || 'file', bytes: new Uint8Array(await req.file.arrayBuffer()), meta };
  else if (req.text?.trim()) upload = { kind: 'text', text: req.text, meta };
  else throw new HttpError(400, 'give the text of an article, or a file');

  // The ids of the texts read, so the result can point at each document, new or known.
  const ids: string[] = [];
  async function* noted(items: AsyncIterable<InputItem>): AsyncGenerator<InputItem> {
    for await (const item of items) {
      if (item.kind === 'doc' && ids.length < LISTED) ids.push(documentId(item.doc.text));
      yield item;
    }
  }
  const bytes = upload.kind === 'file' ? upload.bytes.byteLength : Buffer.byteLength(upload.text);
  const summary = await deps.ingest(noted(uploadItems(upload, { maxBytes: deps.maxUploadBytes })), { bytes });
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
