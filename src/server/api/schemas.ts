/**
 * The schemas of the HTTP API: what requests may carry (checked at the edge, before a handler
 * runs) and what responses hold. The OpenAPI document is generated from them, and the pages
 * validate their query strings with the same ones.
 */
import { z } from '@hono/zod-openapi';
import { isIsoDay } from '../../calendar.js';
import { schemas } from '../../extraction-schema.js';
import { METRICS, QUALIFIERS } from '../../model.js';

const day = (what: string) =>
  z
    .string()
    .refine(isIsoDay, { message: `${what} must be a calendar day written YYYY-MM-DD` })
    .openapi({ example: '2025-03-14', format: 'date' });

/** Query text: trimmed, and an empty field (a form submitted blank) counts as absent. */
const text = (description: string, example?: string) =>
  z
    .preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
      z.string().max(500).optional(),
    )
    .openapi({ type: 'string', description, ...(example ? { example } : {}) });

const blankIsAbsent = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Paging: `limit` rows (default 50, at most 500), after `cursor` (the `next` of the previous page). */
export const PageQuery = z.object({
  limit: z.preprocess(
    blankIsAbsent,
    z.coerce.number().int().min(1).max(500).default(50).openapi({ description: 'rows per page (1–500)', example: 50 }),
  ),
  cursor: z.preprocess(
    blankIsAbsent,
    z
      .string()
      .max(2000)
      .optional()
      .openapi({ description: 'the `next` of the previous page; absent for the first page' }),
  ),
});

const dateFilters = {
  from: z.preprocess(blankIsAbsent, day('from').optional()).openapi({
    description: 'on or after this day: a figure’s as-of date, else the publication date',
  }),
  to: z.preprocess(blankIsAbsent, day('to').optional()).openapi({ description: 'on or before this day' }),
};

export const FigureQuery = PageQuery.extend({
  metric: z.preprocess(blankIsAbsent, z.enum(METRICS).optional()),
  source: text('claimant contains this, case-insensitive; "none" selects the outlet’s own voice', 'ministry'),
  outlet: text('outlet contains this', 'Ledger'),
  who: text('the group counted contains this', 'civilians'),
  ...dateFilters,
  document: text('a document id or id prefix'),
});

export const StatementQuery = PageQuery.extend({
  speaker: text('speaker contains this, case-insensitive; "none" selects statements with no speaker'),
  outlet: text('outlet contains this'),
  ...dateFilters,
  document: text('a document id or id prefix'),
});

export const DocumentQuery = PageQuery.extend({
  outlet: text('outlet contains this'),
  ...dateFilters,
});

export const SpeakerQuery = PageQuery.extend({
  speaker: text('speaker contains this'),
  role: text('the role given contains this', 'spokesman'),
  outlet: text('outlet contains this'),
});

export const EntityQuery = PageQuery.extend({
  type: z.preprocess(blankIsAbsent, z.enum(['person', 'organization', 'place']).optional()),
  name: text('name contains this'),
  outlet: text('outlet contains this'),
  document: text('a document id or id prefix'),
});

export const SearchQuery = PageQuery.extend({
  q: z.string().trim().min(1, 'give some words to search for').max(500).openapi({ example: 'convoy' }),
  kind: z.preprocess(blankIsAbsent, z.enum(['document', 'statement']).optional()),
});

export const DocumentParams = z.object({
  id: z
    .string()
    .regex(/^[0-9a-fA-F]{4,64}$/, 'a document id is 4 to 64 hexadecimal digits (a prefix is enough)')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'ab5ef255c2' }),
});

// ----------------------------------------------------------------------------------------------
// Responses
// ----------------------------------------------------------------------------------------------

export const ErrorSchema = z
  .object({
    error: z.object({
      status: z.number().int().openapi({ example: 400 }),
      code: z.string().openapi({ example: 'bad_request' }),
      message: z.string().openapi({ example: 'from must be a calendar day written YYYY-MM-DD' }),
    }),
  })
  .openapi('Error');

const page = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      next: z.string().nullable().openapi({ description: 'cursor of the next page; null on the last page' }),
    })
    .openapi(name);

const nullableDay = z.string().nullable().openapi({ format: 'date' });

const SpanSchema = schemas.Span;

/** Which version of its document a row comes from (see `VersionInfo` in store/queries.ts). */
const version = {
  version: z
    .number()
    .int()
    .openapi({ description: '1 for the first text stored for a URL or file, 2 for the next, …' }),
  latest: z.boolean().openapi({ description: 'false when a later version of the same document is stored' }),
};

/** The document a row comes from. */
const fromDocument = {
  documentId: z.string(),
  outlet: z.string().nullable(),
  published: nullableDay,
};

export const DocumentRowSchema = z
  .object({
    id: z.string(),
    origin: z.string(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: nullableDay,
    dateline: z.string().nullable(),
    language: z.string().nullable(),
    ...version,
    previousId: z.string().nullable(),
    supersededBy: z.string().nullable(),
    ingestedAt: z.string(),
    figures: z.number().int(),
    statements: z.number().int(),
  })
  .openapi('DocumentRow');

export const FigureRowSchema = z
  .object({
    id: z.number().int(),
    ...fromDocument,
    ...version,
    metric: z.enum(METRICS),
    value: z.number(),
    high: z.number().nullable(),
    unit: z.enum(['people', 'percent']),
    qualifier: z.enum(QUALIFIERS),
    vague: z.boolean().openapi({ description: 'true for "dozens", "hundreds" …' }),
    who: z.string().nullable(),
    asOf: nullableDay,
    asOfBasis: z.enum(['stated', 'implied']).nullable(),
    since: nullableDay,
    source: z.string().nullable().openapi({ description: 'the claimant; null for the outlet’s own voice' }),
    cue: z.string().nullable(),
    evidence: z.string().openapi({ description: 'the words of the span' }),
    span: SpanSchema,
    sentence: SpanSchema,
    sourceSpan: SpanSchema.nullable(),
    by: z.string(),
  })
  .openapi('FigureRow');

export const StatementRowSchema = z
  .object({
    id: z.number().int(),
    ...fromDocument,
    ...version,
    kind: z.enum(['direct', 'indirect']),
    speaker: z.string().nullable(),
    speakerRole: z.string().nullable(),
    cue: z.string().nullable(),
    text: z.string(),
    span: SpanSchema,
    speakerSpan: SpanSchema.nullable(),
    by: z.string(),
  })
  .openapi('StatementRow');

export const EntityRowSchema = z
  .object({
    id: z.number().int(),
    ...fromDocument,
    name: z.string(),
    type: z.enum(['person', 'organization', 'place']),
    mentions: z.array(SpanSchema),
    by: z.string(),
  })
  .openapi('EntityRow');

export const SpeakerRowSchema = z
  .object({
    speaker: z.string(),
    role: z.string().nullable(),
    statements: z.number().int(),
    documents: z.number().int(),
    outlets: z.number().int(),
    first: nullableDay,
    last: nullableDay,
  })
  .openapi('SpeakerRow');

export const SearchResultSchema = z
  .object({
    kind: z.enum(['document', 'statement']),
    documentId: z.string(),
    statementId: z.number().int().nullable(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: nullableDay,
    ...version,
    speaker: z.string().nullable().openapi({ description: 'a statement’s speaker; null for a document' }),
    snippet: z.string(),
    matches: z.array(SpanSchema).openapi({ description: 'the matching words, as offsets into snippet' }),
    snippetSpan: SpanSchema.nullable().openapi({
      description: 'where the snippet is in the document’s text, when placed',
    }),
  })
  .openapi('SearchResult');

export const OverviewSchema = z
  .object({
    documents: z.number().int(),
    figures: z.number().int(),
    statements: z.number().int(),
    entities: z.number().int(),
    outlets: z.number().int(),
    firstPublished: nullableDay,
    lastPublished: nullableDay,
    topOutlets: z.array(z.object({ outlet: z.string().nullable(), documents: z.number().int() })),
    metrics: z.array(z.object({ metric: z.enum(METRICS), figures: z.number().int() })),
    timeline: z.array(z.object({ day: z.string().openapi({ format: 'date' }), documents: z.number().int() })),
  })
  .openapi('Overview');

export const StoredDocumentSchema = z
  .object({
    document: DocumentRowSchema.extend({
      text: z.string().openapi({ description: 'the text every span points into' }),
      origins: z.array(z.string()).openapi({ description: 'every path or URL this text was read from' }),
      htmlMap: z
        .array(z.object({ textStart: z.number().int(), htmlStart: z.number().int(), length: z.number().int() }))
        .nullable()
        .openapi({ description: 'for a page read from HTML: where runs of the text stand in the page; else null' }),
    }),
    figures: z.array(FigureRowSchema),
    statements: z.array(StatementRowSchema),
    entities: z.array(z.object({ name: z.string(), type: z.string(), mentions: z.array(SpanSchema) })),
  })
  .openapi('StoredDocument');

export const DocumentPage = page(DocumentRowSchema, 'DocumentPage');
export const FigurePage = page(FigureRowSchema, 'FigurePage');
export const StatementPage = page(StatementRowSchema, 'StatementPage');
export const SpeakerPage = page(SpeakerRowSchema, 'SpeakerPage');
export const EntityPage = page(EntityRowSchema, 'EntityPage');
export const SearchPage = page(SearchResultSchema, 'SearchPage')
  .extend({
    rankedAmong: z.number().int().nullable().openapi({
      description:
        'null when every match was ranked; else a word matched so many that only this many of each kind (the most recently stored) were ranked, and the hits are the best of those',
    }),
  })
  .openapi('SearchPage');

// ----------------------------------------------------------------------------------------------
// Ingest
// ----------------------------------------------------------------------------------------------

const meta = {
  title: text('headline, when the text does not give it'),
  outlet: text('publisher, when the text does not give it'),
  published: z.preprocess(blankIsAbsent, day('published').optional()).openapi({
    description: 'publication date, when the text does not give it',
  }),
  url: z
    .preprocess(
      blankIsAbsent,
      z
        .url({ protocol: /^https?$/ })
        .max(2000)
        .optional(),
    )
    .openapi({
      description:
        "with text or a file: where the article was published (the same URL with other text becomes a new version). Alone: the page to fetch, on a server started with --allow-fetch (off by default: 403 otherwise); only http(s), never a loopback, private or link-local address unless the server's --fetch-allow admits it; HTML or text only, within the upload size limit",
    }),
};

/** Pasted text, or a page's URL to fetch, as JSON. */
export const IngestJson = z
  .object({
    text: z
      .string()
      .min(1, 'give the text of an article')
      .optional()
      .openapi({ description: 'the article: plain text or HTML (or give a url alone)' }),
    ...meta,
  })
  .openapi('IngestText');

/** A form: pasted text, or a file (HTML, text, Markdown, JSON Lines). */
export const IngestForm = z
  .object({
    text: z.preprocess(blankIsAbsent, z.string().optional()).openapi({ type: 'string' }),
    file: z
      .preprocess((v) => (v instanceof File && v.size === 0 && !v.name ? undefined : v), z.instanceof(File).optional())
      .openapi({ type: 'string', format: 'binary', description: '.txt, .md, .html, .htm, .jsonl or .ndjson' }),
    ...meta,
  })
  .openapi('IngestForm');

export const IngestResultSchema = z
  .object({
    read: z.number().int(),
    stored: z.number().int(),
    duplicates: z
      .number()
      .int()
      .openapi({ description: 'texts already in the ledger: only their new origin is recorded' }),
    versions: z.number().int().openapi({ description: 'changed texts of a URL already stored' }),
    failed: z.number().int(),
    failures: z.array(z.object({ origin: z.string(), reason: z.string() })),
    seconds: z.number(),
    documents: z
      .array(
        z.object({
          id: z.string(),
          origin: z.string(),
          title: z.string().nullable(),
          outlet: z.string().nullable(),
          published: nullableDay,
          figures: z.number().int(),
          statements: z.number().int(),
        }),
      )
      .openapi({ description: 'the documents read, stored now or before (at most 200)' }),
  })
  .openapi('IngestResult');
