import type { Extraction } from '../model.js';

/**
 * One document's extraction as the ledger stores it: the document's own columns and one flat
 * array of column values per claim table, without the text (the writer has it already: it read
 * the document). Built where the extraction ran (a worker thread) so that what crosses to the
 * writer is a few flat arrays instead of some 60 objects with their keys, and the writer only
 * binds values. Plain data: it survives `postMessage` and `JSON.parse(JSON.stringify(x))`.
 */
export interface DocumentRows {
  /** sha256 of the text, hex. */
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  dateline: string | null;
  language: string;
  /** The HTML offset map as JSON, or null for a text document. */
  htmlMap: string | null;
  /** {@link FIGURE_COLUMNS} values per figure, in the order of the figures table (no `doc`). */
  figures: Array<string | number | null>;
  /** {@link STATEMENT_COLUMNS} values per statement, in the order of the statements table (no `doc`). */
  statements: Array<string | number | null>;
  /** {@link ENTITY_COLUMNS} values per entity: name, type, rule. */
  entities: string[];
  /** Three numbers per mention: the entity's index in `entities` (0-based), start, end. */
  mentions: number[];
}

/** Values per figure row in {@link DocumentRows.figures}. */
export const FIGURE_COLUMNS = 21;
/** Values per statement row in {@link DocumentRows.statements}. */
export const STATEMENT_COLUMNS = 10;
/** Values per entity row in {@link DocumentRows.entities}. */
export const ENTITY_COLUMNS = 3;

/** The rows the ledger stores for an extraction (see {@link DocumentRows}). Pure. Mentions are listed entity by entity, in the order of the entities. */
export function documentRows(x: Extraction): DocumentRows {
  const d = x.document;
  const figures: Array<string | number | null> = [];
  for (const f of x.figures) {
    figures.push(
      f.metric,
      f.value,
      f.high ?? null,
      f.unit,
      f.qualifier,
      f.vague ? 1 : 0,
      f.who,
      f.asOf,
      f.asOfBasis,
      f.since,
      f.source,
      f.cue ?? null,
      d.text.slice(f.span.start, f.span.end),
      f.span.start,
      f.span.end,
      f.sentence.start,
      f.sentence.end,
      f.sourceSpan?.start ?? null,
      f.sourceSpan?.end ?? null,
      f.by,
      f.via?.length ? JSON.stringify(f.via) : null,
    );
  }
  const statements: Array<string | number | null> = [];
  for (const s of x.statements) {
    statements.push(
      s.kind,
      s.speaker,
      s.speakerRole,
      s.cue,
      s.text,
      s.span.start,
      s.span.end,
      s.speakerSpan?.start ?? null,
      s.speakerSpan?.end ?? null,
      s.by,
    );
  }
  const entities: string[] = [];
  const mentions: number[] = [];
  for (let i = 0; i < x.entities.length; i++) {
    const e = x.entities[i]!;
    entities.push(e.name, e.type, e.by);
    for (const m of e.mentions) mentions.push(i, m.start, m.end);
  }
  return {
    id: d.id,
    title: d.title,
    outlet: d.outlet,
    published: d.published,
    dateline: d.dateline,
    language: d.language,
    htmlMap: d.htmlMap ? JSON.stringify(d.htmlMap) : null,
    figures,
    statements,
    entities,
    mentions,
  };
}
