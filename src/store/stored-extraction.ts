import type {
  DateBasis,
  EntityType,
  Extraction,
  Figure,
  Message,
  Metric,
  Qualifier,
  Span,
  Statement,
  StatementKind,
  Unit,
} from '../model.js';
import type { Ledger } from './ledger.js';
import { loadDocument, type StoredDocument } from './queries.js';

/**
 * A stored document as the {@link Extraction} it was stored from: the same fields, spans and `why`,
 * so whatever reads an extraction (the explain view, a program using the library) reads the ledger
 * too. Fields the ledger did not record (a document stored before provenance was kept) come back
 * null or absent, never invented. Entities come in name order; figures and statements by position.
 */
export function storedExtraction(doc: StoredDocument): Extraction {
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
      publishedPartial: d.published_partial,
      publishedBy: d.published_by,
      ...(d.agency ? { agency: d.agency } : {}),
      ...(d.html_map ? { htmlMap: d.html_map } : {}),
    },
    figures: doc.figures.map((f): Figure => ({
      value: f.value,
      unit: f.unit as Unit,
      qualifier: f.qualifier as Qualifier,
      vague: f.vague === 1,
      metric: f.metric as Metric,
      who: f.who,
      asOf: f.as_of,
      since: f.since,
      source: f.source,
      span: { start: f.span_start, end: f.span_end },
      sentence: { start: f.sentence_start, end: f.sentence_end },
      ...(f.high !== null ? { high: f.high } : {}),
      asOfBasis: f.as_of_basis as DateBasis | null,
      asOfSpan: span(f.as_of_start, f.as_of_end),
      sourceSpan: span(f.source_start, f.source_end),
      cue: f.cue,
      cueSpan: span(f.cue_start, f.cue_end),
      by: f.by,
      ...(f.why ? { why: f.why } : {}),
    })),
    statements: doc.statements.map((s): Statement => ({
      kind: s.kind as StatementKind,
      speaker: s.speaker,
      speakerRole: s.speaker_role,
      cue: s.cue,
      text: s.text,
      span: { start: s.span_start, end: s.span_end },
      speakerSpan: span(s.speaker_start, s.speaker_end),
      cueSpan: span(s.cue_start, s.cue_end),
      by: s.by,
      ...(s.why ? { why: s.why } : {}),
    })),
    entities: doc.entities.map((e) => ({ name: e.name, type: e.type as EntityType, mentions: e.mentions, by: e.by })),
    messages: doc.messages.map((m): Message => ({
      rule: m.rule,
      level: m.level as Message['level'],
      reason: m.reason,
      ...(m.span_start !== null && m.span_end !== null ? { span: { start: m.span_start, end: m.span_end } } : {}),
    })),
  };
}

/** {@link storedExtraction} of the document with this id or unique id prefix; null when none matches. */
export function loadExtraction(ledger: Ledger, idOrPrefix: string): Extraction | null {
  const doc = loadDocument(ledger, idOrPrefix);
  return doc && storedExtraction(doc);
}

function span(start: number | null, end: number | null): Span | null {
  return start === null || end === null ? null : { start, end };
}
