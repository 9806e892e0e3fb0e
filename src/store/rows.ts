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
  /** The rule that gave `published`. */
  publishedBy: string | null;
  /** A date seen without enough to place it ("October 31"). */
  publishedPartial: string | null;
  /** The news agency the dateline names. */
  agency: string | null;
  /** {@link FIGURE_COLUMNS} values per figure, in the order of the figures table (no `doc`). */
  figures: Array<string | number | null>;
  /** {@link STATEMENT_COLUMNS} values per statement, in the order of the statements table (no `doc`). */
  statements: Array<string | number | null>;
  /** {@link ENTITY_COLUMNS} values per entity: name, type, rule. */
  entities: string[];
  /** Three numbers per mention: the entity's index in `entities` (0-based), start, end. */
  mentions: number[];
  /** {@link MESSAGE_COLUMNS} values per message: rule, level, reason, span start, span end. */
  messages: Array<string | number | null>;
}

/** Values per figure row in {@link DocumentRows.figures}. */
export const FIGURE_COLUMNS = 26;
/** Values per statement row in {@link DocumentRows.statements}. */
export const STATEMENT_COLUMNS = 13;
/** Values per entity row in {@link DocumentRows.entities}. */
export const ENTITY_COLUMNS = 3;
/** Values per message in {@link DocumentRows.messages}. */
export const MESSAGE_COLUMNS = 5;

// `why` is stored as JSON, or NULL when the extraction recorded none.
const json = (why: object | undefined): string | null => (why ? JSON.stringify(why) : null);

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
      f.asOfSpan?.start ?? null,
      f.asOfSpan?.end ?? null,
      f.cueSpan?.start ?? null,
      f.cueSpan?.end ?? null,
      json(f.why),
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
      s.cueSpan?.start ?? null,
      s.cueSpan?.end ?? null,
      json(s.why),
    );
  }
  const entities: string[] = [];
  const mentions: number[] = [];
  for (let i = 0; i < x.entities.length; i++) {
    const e = x.entities[i]!;
    entities.push(e.name, e.type, e.by);
    for (const m of e.mentions) mentions.push(i, m.start, m.end);
  }
  const messages: Array<string | number | null> = [];
  for (const m of x.messages) messages.push(m.rule, m.level, m.reason, m.span?.start ?? null, m.span?.end ?? null);
  return {
    id: d.id,
    title: d.title,
    outlet: d.outlet,
    published: d.published,
    dateline: d.dateline,
    language: d.language,
    htmlMap: d.htmlMap ? JSON.stringify(d.htmlMap) : null,
    publishedBy: d.publishedBy ?? null,
    publishedPartial: d.publishedPartial ?? null,
    agency: d.agency ?? null,
    figures,
    statements,
    entities,
    mentions,
    messages,
  };
}
