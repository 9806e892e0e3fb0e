/**
 * The JSON of `crosscheck extract` as zod schemas, mirroring the types of model.ts (a type test
 * keeps the two in step), from which the JSON Schema of the output and the server's OpenAPI
 * document are generated. Every field the tool writes is described; the fields of
 * ../shared/CONTRACT.md are required; objects allow more properties, as the contract lets fields be
 * added (`extractionSchema('strict')` does not, for tests that every field written is described).
 */
import { z } from 'zod';
import { METRICS, QUALIFIERS, type Extraction } from './model.js';

type Mode = 'open' | 'strict';

/** The schemas of one mode: `open` for publishing, `strict` for tests. */
export function extractionSchemas(mode: Mode = 'open') {
  const object = <S extends z.ZodRawShape>(shape: S) =>
    mode === 'strict' ? z.strictObject(shape) : z.looseObject(shape);
  // Only the published schemas are registered under their names (an id may be registered once).
  const named = <T extends z.ZodType>(schema: T, meta: { id: string; description?: string }): T =>
    mode === 'open' ? schema.meta(meta) : schema;
  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
  const ruleId = z.string().describe('The id of the rule that made or decided it, e.g. "figures/death-toll-rose-to".');

  const Span = named(
    object({
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    }),
    {
      id: 'Span',
      description:
        'Half-open [start, end) offsets into document.text in UTF-16 code units: text.slice(start, end) is the evidence.',
    },
  );

  const Message = named(
    object({
      rule: ruleId,
      level: z.enum(['info', 'warning']),
      reason: z.string(),
      span: Span.optional(),
    }),
    { id: 'Message', description: 'A finding about odd input: reported, never thrown.' },
  );

  const OffsetSegment = named(
    object({
      textStart: z.number().int().nonnegative(),
      htmlStart: z.number().int().nonnegative(),
      length: z.number().int().nonnegative(),
    }),
    {
      id: 'OffsetSegment',
      description:
        'text [textStart, textStart + length) came from html [htmlStart, htmlStart + length) character for character.',
    },
  );

  const DocumentInfo = named(
    object({
      id: z.string().describe('sha256 of text, hex'),
      origin: z.string().describe('the path or URL as given'),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
      published: isoDate.nullable(),
      dateline: z.string().nullable(),
      language: z.string().describe('ISO 639-1 code, e.g. en'),
      text: z.string().describe('the document text that every span points into'),
      publishedPartial: z.string().nullable().optional(),
      publishedBy: ruleId.nullable().optional(),
      agency: z.string().nullable().optional(),
      htmlMap: z.array(OffsetSegment).optional(),
    }),
    { id: 'DocumentInfo' },
  );

  const ClaimantWhy = named(object({ frame: ruleId, claimant: z.array(ruleId) }), { id: 'ClaimantWhy' });

  const FigureWhy = named(
    object({
      metric: ruleId,
      qualifier: ruleId,
      who: ruleId.nullable(),
      asOf: ruleId.nullable(),
      since: ruleId.nullable(),
      source: ClaimantWhy.nullable(),
    }),
    { id: 'FigureWhy', description: 'The rule that decided each field of a figure.' },
  );

  const Figure = named(
    object({
      value: z.number(),
      unit: z.enum(['people', 'percent']),
      qualifier: z.enum(QUALIFIERS),
      vague: z.boolean(),
      metric: z.enum(METRICS),
      who: z.string().nullable(),
      asOf: isoDate.nullable(),
      since: isoDate.nullable(),
      source: z.string().nullable().describe("the claimant as written; null for the outlet's own voice"),
      span: Span,
      sentence: Span,
      high: z.number().optional(),
      asOfBasis: z.enum(['stated', 'implied']).nullable(),
      asOfSpan: Span.nullable().optional(),
      sourceSpan: Span.nullable().optional(),
      cue: z.string().nullable().optional(),
      cueSpan: Span.nullable().optional(),
      by: ruleId,
      why: FigureWhy,
    }),
    { id: 'Figure' },
  );

  const StatementWhy = named(object({ kind: ruleId, speaker: ClaimantWhy.nullable() }), { id: 'StatementWhy' });

  const Statement = named(
    object({
      kind: z.enum(['direct', 'indirect']),
      speaker: z.string().nullable(),
      speakerRole: z.string().nullable(),
      cue: z.string().nullable(),
      text: z.string(),
      span: Span,
      speakerSpan: Span.nullable().optional(),
      cueSpan: Span.nullable().optional(),
      by: ruleId,
      why: StatementWhy,
    }),
    { id: 'Statement' },
  );

  const Entity = named(
    object({
      name: z.string(),
      type: z.enum(['person', 'organization', 'place']),
      mentions: z.array(Span),
      by: ruleId,
    }),
    { id: 'Entity' },
  );

  const Extraction = named(
    object({
      document: DocumentInfo,
      figures: z.array(Figure),
      statements: z.array(Statement),
      entities: z.array(Entity),
      messages: z.array(Message),
    }),
    {
      id: 'Extraction',
      description: 'One document as `crosscheck extract --json` prints it: one object per line.',
    },
  );

  const JsonlError = named(
    object({
      error: z.string(),
      line: z.number().int().positive(),
    }),
    { id: 'JsonlError', description: 'The output line of `extract --jsonl` for an input line it could not process.' },
  );

  return { Span, Message, DocumentInfo, Figure, Statement, Entity, Extraction, JsonlError };
}

/** The published schemas (objects allow added fields). */
export const schemas = extractionSchemas('open');

/**
 * The JSON Schema (draft 2020-12) of one output line of `crosscheck extract`: an extraction, or,
 * with `--jsonl`, the error line of a record that could not be processed.
 */
export function extractionJsonSchema(): Record<string, unknown> {
  const line = z.union([schemas.Extraction, schemas.JsonlError]).meta({
    title: 'crosscheck extract output line',
    description:
      'One line of `crosscheck extract --json` (an Extraction) or `--jsonl` (an Extraction, or a JsonlError for a bad input line). Spans are UTF-16 offsets into document.text.',
  });
  return z.toJSONSchema(line, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

// The schemas and the types of model.ts describe the same JSON: the build fails when one changes
// without the other.
type Described = z.output<ReturnType<typeof extractionSchemas>['Extraction']>;
const _modelFitsSchema = (x: Extraction): Described => x;
const _schemaFitsModel = (x: Described): Extraction => x;
