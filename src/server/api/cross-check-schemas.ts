/** The schemas of the cross-check endpoints: series, disputes, competing accounts, chains, reprints, outlets, wording. */
import { z } from '@hono/zod-openapi';
import { METRICS, QUALIFIERS } from '../../model.js';
import { schemas } from '../../extraction-schema.js';
import { PageQuery } from './schemas.js';

const Span = schemas.Span;
const day = z.string().nullable().openapi({ format: 'date' });
const blankIsAbsent = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const text = (description: string) =>
  z.preprocess(blankIsAbsent, z.string().trim().max(500).optional()).openapi({ type: 'string', description });
const KIND = z.enum(['cumulative', 'incident', 'unmarked']);

export const DocumentRefSchema = z
  .object({ id: z.string(), origin: z.string(), outlet: z.string().nullable(), published: day })
  .openapi('DocumentRef');

export const FigurePointSchema = z
  .object({
    figure: z.number().int().openapi({ description: 'the figure’s id (anchor f-ID on its document page)' }),
    document: DocumentRefSchema,
    story: z.string().openapi({ description: 'the reprint story of its document: points of one story are one report' }),
    version: z.number().int(),
    metric: z.enum(METRICS),
    value: z.number(),
    high: z.number().nullable(),
    unit: z.enum(['people', 'percent']),
    qualifier: z.enum(QUALIFIERS),
    vague: z.boolean(),
    who: z.string().nullable(),
    asOf: day,
    asOfBasis: z.enum(['stated', 'implied']).nullable(),
    since: day,
    source: z.string().nullable().openapi({ description: 'the claimant as written; null for the outlet’s own voice' }),
    claimantKey: z.string(),
    kind: KIND,
    kindCue: z.string().nullable(),
    scope: z.string().nullable(),
    scopeFrom: z.enum(['sentence', 'dateline', 'document']).nullable(),
    evidence: z.object({ text: z.string(), span: Span, sentence: Span, sentenceText: z.string() }),
  })
  .openapi('FigurePoint');

const seriesFields = {
  id: z.string().openapi({ description: '`metric|group|scope|kind`, stable across runs' }),
  metric: z.enum(METRICS),
  group: z.string(),
  scope: z.string().nullable(),
  kind: KIND,
  claimants: z.array(z.string()),
  stories: z.number().int().openapi({ description: 'independent reports among the points' }),
};

export const SeriesSummarySchema = z
  .object({
    ...seriesFields,
    points: z.number().int(),
    first: day,
    last: day,
    latest: FigurePointSchema.nullable().openapi({ description: 'the point with the latest as-of date' }),
  })
  .openapi('SeriesSummary');

export const SeriesSchema = z
  .object({ ...seriesFields, points: z.array(FigurePointSchema), next: z.string().nullable() })
  .openapi('Series');

export const DisputeSchema = z
  .object({
    kind: z.enum(['dispute', 'update', 'revision']),
    series: z.string(),
    a: FigurePointSchema,
    b: FigurePointSchema,
    days: z.number(),
    reason: z.string(),
    repeated: z.number().int(),
  })
  .openapi('Dispute');

export const CompetingSchema = z
  .object({
    place: z.string(),
    from: z.string(),
    to: z.string(),
    speakers: z.array(z.string()),
    statements: z.array(
      z.object({
        statement: z.number().int(),
        document: DocumentRefSchema,
        story: z.string(),
        kind: z.enum(['direct', 'indirect']),
        speaker: z.string().nullable(),
        speakerKey: z.string().nullable(),
        text: z.string(),
        span: Span,
      }),
    ),
  })
  .openapi('CompetingAccounts');

export const ChainSchema = z
  .object({
    claim: z.object({ type: z.enum(['figure', 'statement']), id: z.number().int(), text: z.string(), span: Span }),
    document: DocumentRefSchema,
    links: z.array(
      z.object({
        role: z.enum(['outlet', 'agency', 'relay', 'claimant']),
        name: z.string(),
        key: z.string(),
        span: Span.nullable(),
        cue: z.string().nullable(),
      }),
    ),
  })
  .openapi('AttributionChain');

export const StorySchema = z.object({ story: z.string(), documents: z.array(DocumentRefSchema) }).openapi('Story');

export const OutletProfileSchema = z
  .object({
    outlet: z.string(),
    documents: z.number().int(),
    from: day,
    to: day,
    figures: z.number().int(),
    ownVoice: z.number().int(),
    attributed: z.number().int(),
    ownVoiceShare: z.number().nullable(),
    claimants: z.array(z.object({ name: z.string(), figures: z.number().int(), statements: z.number().int() })),
    reprints: z.number().int(),
    reprintShare: z.number().nullable(),
  })
  .openapi('OutletProfile');

export const WordingSchema = z
  .object({
    terms: z.array(
      z.object({
        actor: z.string(),
        outlet: z.string(),
        term: z.string(),
        count: z.number().int(),
        mentions: z.array(z.object({ document: z.string(), span: Span, text: z.string() })),
      }),
    ),
    distinctive: z.array(
      z.object({
        outlet: z.string(),
        term: z.string(),
        actor: z.string().nullable(),
        count: z.number().int(),
        delta: z.number(),
        z: z.number(),
      }),
    ),
    /** Both lists are paged together: `limit` rows of each, and the next page of either. */
    next: z.string().nullable(),
  })
  .openapi('Wording');

const page = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ items: z.array(item), next: z.string().nullable() }).openapi(name);

export const SeriesPage = page(SeriesSummarySchema, 'SeriesPage');
export const DisputePage = page(DisputeSchema, 'DisputePage');
export const CompetingPage = page(CompetingSchema, 'CompetingPage');
export const ChainPage = page(ChainSchema, 'ChainPage');
export const StoryPage = page(StorySchema, 'StoryPage');
export const OutletPage = page(OutletProfileSchema, 'OutletPage');

export const SeriesQuery = PageQuery.extend({
  metric: z.preprocess(blankIsAbsent, z.enum(METRICS).optional()),
  kind: z.preprocess(blankIsAbsent, KIND.optional()),
  group: text('the group counted contains this'),
  claimant: text('a claimant of the series contains this'),
  outlet: text('an outlet of the series contains this'),
  place: text('the place (scope) contains this'),
});

export const DisputeQuery = SeriesQuery.extend({
  type: z.preprocess(blankIsAbsent, z.enum(['dispute', 'update', 'revision']).optional()).openapi({
    description: 'dispute (claimants disagree), update (a count rises), revision (it falls); default all',
  }),
});

export const SeriesParams = z.object({
  id: z
    .string()
    .min(1)
    .max(1000)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'killed|civilians|Tolvaren|cumulative' }),
});

export const CompetingQuery = PageQuery.extend({
  place: text('the place contains this'),
  speaker: text('a speaker contains this'),
});
export const ChainQuery = PageQuery.extend({
  source: text('the original claimant contains this'),
  relay: text('a relay contains this'),
  outlet: text('the outlet contains this'),
});
export const StoryQuery = PageQuery.extend({
  outlet: text('an outlet of the story contains this'),
  min: z.preprocess(blankIsAbsent, z.coerce.number().int().min(1).max(1000).default(2)).openapi({
    description: 'stories with at least this many documents (default 2: reprinted ones)',
  }),
});
export const OutletQuery = PageQuery.extend({ outlet: text('the outlet contains this') });
export const WordingQuery = PageQuery.extend({
  actor: text('the actor contains this'),
  outlet: text('the outlet contains this'),
  mentions: z.preprocess(blankIsAbsent, z.coerce.number().int().min(0).max(1000).default(10)).openapi({
    description: 'mentions given per term, first in the ledger first (default 10; `count` is all of them)',
  }),
});
