import type { Extraction, Figure, FigureWhy, Statement, StatementWhy } from '../model.js';
import type { Ledger } from './ledger.js';
import { loadDocument, type StoredDocument } from './queries.js';

/**
 * An extraction as the ledger gives it back: the same, except that a claim stored before the
 * ledger kept provenance has no `why`.
 */
export interface StoredExtraction extends Omit<Extraction, 'figures' | 'statements'> {
  figures: Array<Omit<Figure, 'why'> & { why?: FigureWhy }>;
  statements: Array<Omit<Statement, 'why'> & { why?: StatementWhy }>;
}

/**
 * A stored document as the {@link Extraction} it was stored from: the same fields, spans and `why`,
 * so whatever reads an extraction (the explain view, a program using the library) reads the ledger
 * too. Fields the ledger did not record (a document stored before provenance was kept) come back
 * null or absent, never invented. Entities come in name order; figures and statements by position.
 */
export function storedExtraction(doc: StoredDocument): StoredExtraction {
  const d = doc.document;
  return {
    document: {
      id: d.id,
      origin: d.origin,
      title: d.title,
      outlet: d.outlet,
      published: d.published,
      dateline: d.dateline,
      language: d.language ?? 'en',
      text: d.text,
      publishedPartial: d.publishedPartial,
      publishedBy: d.publishedBy,
      ...(d.agency ? { agency: d.agency } : {}),
      ...(d.htmlMap ? { htmlMap: d.htmlMap } : {}),
    },
    figures: doc.figures.map((f): StoredExtraction['figures'][number] => ({
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      vague: f.vague,
      metric: f.metric,
      who: f.who,
      asOf: f.asOf,
      since: f.since,
      source: f.source,
      span: f.span,
      sentence: f.sentence,
      ...(f.high !== null ? { high: f.high } : {}),
      asOfBasis: f.asOfBasis,
      asOfSpan: f.asOfSpan,
      sourceSpan: f.sourceSpan,
      cue: f.cue,
      cueSpan: f.cueSpan,
      by: f.by,
      ...(f.why ? { why: f.why } : {}),
      ...(f.via ? { via: f.via } : {}),
    })),
    statements: doc.statements.map((s): StoredExtraction['statements'][number] => ({
      kind: s.kind,
      speaker: s.speaker,
      speakerRole: s.speakerRole,
      cue: s.cue,
      text: s.text,
      span: s.span,
      speakerSpan: s.speakerSpan,
      cueSpan: s.cueSpan,
      by: s.by,
      ...(s.why ? { why: s.why } : {}),
    })),
    entities: doc.entities.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions, by: e.by })),
    messages: doc.messages.map(({ documentId: _d, ...m }) => m),
  };
}

/** {@link storedExtraction} of the document with this id or unique id prefix; null when none matches. */
export function loadExtraction(ledger: Ledger, idOrPrefix: string): StoredExtraction | null {
  const doc = loadDocument(ledger, idOrPrefix);
  return doc && storedExtraction(doc);
}
