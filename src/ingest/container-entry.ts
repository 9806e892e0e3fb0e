import type { SourceDocument } from '../model.js';
import { InputError } from './input-error.js';

/**
 * One thing read out of a container that holds many documents (a feed, a WARC archive, a URL
 * that turned out to be a feed): a document, or a failure named after the part that failed.
 */
export type ContainerEntry =
  | {
      ok: true;
      doc: SourceDocument;
      /** The document's canonical URL for the ledger (same URL, changed text → new version), or null. */
      url: string | null;
    }
  | {
      ok: false;
      /** What failed, e.g. `feed.xml#item-3`, `crawl.warc.gz:12 (https://…)`, or the container itself. */
      origin: string;
      /** One line for the user. */
      reason: string;
    };

/**
 * The one-line reason of a failed read: an InputError's message as is; anything else (a library
 * throwing on odd bytes) as "cannot read: …".
 */
export function reasonOf(e: unknown): string {
  return e instanceof InputError ? e.message : `cannot read: ${(e as Error).message}`;
}
