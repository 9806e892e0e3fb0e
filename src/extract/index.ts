import { createHash } from 'node:crypto';
import type { Extraction, ExtractOptions, SourceDocument } from '../model.js';
import type { Analysis } from './context.js';
import { findAttributions } from './attribution/index.js';
import { findDates } from './dates/index.js';
import { findEntities } from './entities/index.js';
import { findFigures } from './figures/index.js';
import { readMetadata } from './metadata/index.js';
export { languageNote } from './metadata/index.js';
import { findNumbers } from './numbers/index.js';
import { findSentences } from './sentences/index.js';
import { findStatements } from './statements/index.js';
import { TextBase } from './text/index.js';

/** sha256 of the text, hex: the document's identity everywhere (ledger, JSON, UI). */
export function documentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A step of the pipeline: reads what earlier stages found and fills in its own fields. */
export interface Stage {
  name: string;
  run(a: Analysis): void;
}

/**
 * The pipeline, in order. Each stage fills its own fields of the analysis:
 * 1. sentences first: every later rule works within a sentence;
 * 2. metadata next: the publication date is the reference every relative date resolves against;
 * 3. dates and numbers: independent token-level finders;
 * 4. entities: names that attribution uses to tell a claimant from other capitalised words;
 * 5. attribution: who each clause is reported from, shared by statements (speaker) and figures (source);
 * 6. statements and figures last: they read all of the above.
 */
export const STAGES: readonly Stage[] = [
  {
    name: 'sentences',
    run(a) {
      Object.assign(a, findSentences(a.text));
      a.base = new TextBase(a.text, a.sentences);
    },
  },
  {
    name: 'metadata',
    run(a) {
      a.meta = readMetadata(a.text, a.paragraphs, a.sentences, a.known, a.options);
      if (a.meta.messages) a.messages.push(...a.meta.messages);
    },
  },
  {
    name: 'dates',
    run: (a) => void (a.dates = findDates(a.text, a.sentences, a.meta.published, a.meta.datelinePrefix ?? null)),
  },
  { name: 'numbers', run: (a) => void (a.numbers = findNumbers(a.base)) },
  {
    name: 'entities',
    run: (a) =>
      void (a.entities = findEntities({ text: a.text, sentences: a.sentences, datelineSpan: a.meta.datelineSpan })),
  },
  {
    name: 'attribution',
    run: (a) =>
      void (a.attributions = findAttributions({
        text: a.text,
        paragraphs: a.paragraphs,
        sentences: a.sentences,
        quotes: a.quotes,
        entities: a.entities,
        numbers: a.numbers,
        datelinePrefix: a.meta.datelinePrefix ?? null,
        title: a.meta.title,
      })),
  },
  {
    name: 'statements',
    run: (a) => void (a.statements = findStatements({ text: a.text, quotes: a.quotes, attributions: a.attributions })),
  },
  {
    name: 'figures',
    run: (a) =>
      void (a.figures = findFigures({
        text: a.text,
        sentences: a.sentences,
        base: a.base,
        numbers: a.numbers,
        dates: a.dates,
        attributions: a.attributions,
        published: a.meta.published,
      })),
  },
];

/** An analysis before any stage ran. */
export function emptyAnalysis(doc: SourceDocument, options: ExtractOptions = {}): Analysis {
  return {
    text: doc.text,
    known: doc.meta,
    options,
    paragraphs: [],
    sentences: [],
    quotes: [],
    base: new TextBase(doc.text, []),
    meta: {
      title: null,
      outlet: null,
      published: null,
      publishedBy: null,
      publishedPartial: null,
      dateline: null,
      datelineSpan: null,
      language: 'en',
    },
    dates: [],
    numbers: [],
    entities: [],
    attributions: [],
    statements: [],
    figures: [],
    messages: [],
  };
}

/** Runs every stage over a document. */
export function analyse(doc: SourceDocument, options: ExtractOptions = {}): Analysis {
  const a = emptyAnalysis(doc, options);
  for (const stage of STAGES) stage.run(a);
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
      ...(meta.agency ? { agency: meta.agency } : {}),
      ...(doc.htmlMap ? { htmlMap: doc.htmlMap } : {}),
    },
    figures: a.figures,
    statements: a.statements,
    entities: a.entities,
    messages: a.messages,
  };
}
