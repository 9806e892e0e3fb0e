import type { Extraction, Figure, FigureWhy, Statement, StatementWhy } from '../model.js';
import type { Ledger } from './ledger.js';
import {
  loadDocument,
  type LedgerFigure,
  type LedgerStatement,
  type StoredDocument,
  type VersionInfo,
} from './queries.js';

/**
 * An extraction as the ledger gives it back: the same, except that a claim stored before the
 * ledger kept provenance has no `why`.
 */
export interface StoredExtraction extends Omit<Extraction, 'figures' | 'statements'> {
  figures: Array<Omit<Figure, 'why'> & { why?: FigureWhy }>;
  statements: Array<Omit<Statement, 'why'> & { why?: StatementWhy }>;
}

type StoredFigure = StoredExtraction['figures'][number];
type StoredStatement = StoredExtraction['statements'][number];

/** What a ledger row has beside a claim's own fields: where it is stored, and which version. */
type RowOnly = 'id' | 'documentId' | 'outlet' | 'published' | keyof VersionInfo;

/**
 * True when A and B have the same keys. Below, a field added to a claim of the model and not to
 * the ledger's row (or to the row and not to `RowOnly`) stops the build, instead of going missing
 * from the round trip or leaking into it.
 */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
const _figureKeys: SameKeys<Omit<LedgerFigure, RowOnly | 'evidence'>, Figure> = true;
const _statementKeys: SameKeys<Omit<LedgerStatement, RowOnly>, Statement> = true;

/** A ledger row without the ledger's own fields. */
function claimOf<R extends Record<RowOnly, unknown>>(row: R): Omit<R, RowOnly> {
  const { id: _i, documentId: _d, outlet: _o, published: _p, version: _v, latest: _l, ...claim } = row;
  return claim;
}

/**
 * A figure row as the extraction gave it: every field of the row but the ledger's own (and
 * `evidence`, the words of `span`); what the ledger keeps as NULL (`high`, `why`, `via`) is absent.
 */
function figureOf(f: LedgerFigure): StoredFigure {
  const { evidence: _e, high, why, via, ...rest } = claimOf(f);
  return { ...rest, ...(high !== null ? { high } : {}), ...(why ? { why } : {}), ...(via ? { via } : {}) };
}

/** A statement row as the extraction gave it (see {@link figureOf}); `why` is absent when not recorded. */
function statementOf(s: LedgerStatement): StoredStatement {
  const { why, ...rest } = claimOf(s);
  return { ...rest, ...(why ? { why } : {}) };
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
    figures: doc.figures.map(figureOf),
    statements: doc.statements.map(statementOf),
    entities: doc.entities.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions, by: e.by })),
    messages: doc.messages.map(({ documentId: _d, ...m }) => m),
  };
}

/** {@link storedExtraction} of the document with this id or unique id prefix; null when none matches. */
export function loadExtraction(ledger: Ledger, idOrPrefix: string): StoredExtraction | null {
  const doc = loadDocument(ledger, idOrPrefix);
  return doc && storedExtraction(doc);
}
