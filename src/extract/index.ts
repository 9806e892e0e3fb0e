import { createHash } from 'node:crypto';
import type { Extraction, ExtractOptions, SourceDocument } from '../model.js';
import type { Analysis } from './context.js';
import { findAttributions } from './attribution/index.js';
import { findDates } from './dates/index.js';
import { findEntities } from './entities/index.js';
import { findFigures } from './figures/index.js';
import { readMetadata } from './metadata/index.js';
import { findNumbers } from './numbers/index.js';
import { splitParagraphs, splitSentences } from './sentences/index.js';
import { findStatements } from './statements/index.js';

/** sha256 of the text, hex: the document's identity everywhere (ledger, JSON, UI). */
export function documentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Builds the analysis stage by stage. The order matters:
 * 1. paragraphs and sentences first: every later rule works within a sentence;
 * 2. metadata next: the publication date is the reference every relative date resolves against;
 * 3. dates and numbers: independent token-level finders;
 * 4. entities: names that attribution uses to tell a claimant from other capitalised words;
 * 5. attribution: who each clause is reported from, shared by statements and figures;
 * then statements and figures read all of the above.
 */
export function analyse(doc: SourceDocument, options: ExtractOptions = {}): Analysis {
  const { text } = doc;
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const meta = readMetadata(text, paragraphs, sentences, doc.meta, options);
  const a: Analysis = {
    text,
    known: doc.meta,
    paragraphs,
    sentences,
    meta,
    dates: findDates(text, sentences, meta.published),
    numbers: findNumbers(text, sentences),
    entities: [],
    attributions: [],
    messages: [],
  };
  a.entities = findEntities(a);
  a.attributions = findAttributions(a);
  return a;
}

/**
 * Extracts one document: pure and deterministic (no file system, clock or network), so it runs
 * the same in a worker thread, a test or a batch engine.
 */
export function extract(doc: SourceDocument, options: ExtractOptions = {}): Extraction {
  const a = analyse(doc, options);
  const { meta } = a;
  return {
    document: {
      id: documentId(doc.text),
      origin: doc.origin,
      title: meta.title,
      outlet: meta.outlet,
      published: meta.published,
      dateline: meta.dateline,
      language: meta.language,
      text: doc.text,
      publishedPartial: meta.publishedPartial,
      publishedBy: meta.publishedBy,
      ...(doc.htmlMap ? { htmlMap: doc.htmlMap } : {}),
    },
    figures: findFigures(a),
    statements: findStatements(a),
    entities: a.entities,
    messages: a.messages,
  };
}
