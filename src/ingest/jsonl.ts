import { dayProblem } from '../calendar.js';
import type { KnownMeta, SourceDocument } from '../model.js';
import { InputError } from './input-error.js';
import { readHtmlString, type ReadLimits } from './read-document.js';
import { readTextString, wellFormed } from './text.js';

// A day, or a timestamp whose day is taken ("2025-05-14T09:30:00Z").
const DAY_PREFIX = /^\d{4}-\d{2}-\d{2}(?=$|T)/;

/**
 * Turns one JSON Lines record — `{"text": ...}` or `{"html": ...}`, with optional `url`, `title`,
 * `outlet`, `published` — into a document. Throws {@link InputError} with a one-line reason for a
 * record that is not such an object. An `html` record is read as `readHtmlString` reads a page.
 *
 * @param line the raw line (without its newline)
 * @param origin where the record came from, e.g. `articles.jsonl:17`; `url` replaces it when given
 */
export async function parseJsonlRecord(line: string, origin: string, limits: ReadLimits = {}): Promise<SourceDocument> {
  if (!line.trim()) throw new InputError('empty', 'empty line');
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    throw new InputError('undecodable', `not valid JSON (${(e as Error).message})`);
  }
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec))
    throw new InputError('undecodable', 'a record must be a JSON object with "text" or "html"');
  const r = rec as Record<string, unknown>;
  for (const k of ['text', 'html', 'url', 'title', 'outlet', 'published'] as const) {
    if (r[k] !== undefined && r[k] !== null && typeof r[k] !== 'string')
      throw new InputError('undecodable', `"${k}" must be a string`);
  }
  // JSON strings may hold lone surrogates ("\ud800"), which the ledger could not store as they are.
  const str = (k: string) => (typeof r[k] === 'string' ? wellFormed(r[k] as string) : null);
  const published = str('published');
  // "2025-02-30" is refused like "May 5": both name no calendar day.
  const problem = published === null ? null : dayProblem(DAY_PREFIX.exec(published)?.[0] ?? published);
  if (problem) throw new InputError('undecodable', `"published": ${problem}`);
  const meta: KnownMeta = {
    ...(str('title') !== null ? { title: str('title') } : {}),
    ...(str('outlet') !== null ? { outlet: str('outlet') } : {}),
    ...(published !== null ? { published: published.slice(0, 10) } : {}),
    ...(str('url') !== null ? { url: str('url') } : {}),
  };
  const from = str('url') ?? origin;
  const html = str('html');
  const text = str('text');
  if (text !== null) return readTextString(text, from, 'text', meta);
  // The record's own fields are the caller's word and override what the page says.
  if (html !== null) return readHtmlString(html, from, meta, limits);
  throw new InputError('no-text', 'the record has neither "text" nor "html"');
}
