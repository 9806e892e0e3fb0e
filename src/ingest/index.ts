import { readFile } from 'node:fs/promises';
import type { SourceDocument } from '../model.js';

/** Reads one file into a document. Placeholder: UTF-8 text only. */
export async function readDocument(path: string): Promise<SourceDocument> {
  const text = await readFile(path, 'utf8');
  return { origin: path, text, meta: {}, format: 'text', encoding: 'UTF-8' };
}
