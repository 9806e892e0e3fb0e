import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import { extractionJsonSchema } from '../../extraction-schema.js';
import type { ClaimFilter } from '../../store/queries.js';
import { HttpError } from '../errors.js';
import type { AppEnv, ServerDeps } from '../deps.js';
import { crossCheckRoutes } from './cross-check.js';
import { ingestUpload, type IngestRequest } from './ingest.js';
import {
  DocumentPage,
  DocumentParams,
  DocumentQuery,
  EntityPage,
  EntityQuery,
  ErrorSchema,
  FigurePage,
  FigureQuery,
  IngestForm,
  IngestJson,
  IngestResultSchema,
  OverviewSchema,
  SearchPage,
  SearchQuery,
  SpeakerPage,
  SpeakerQuery,
  StatementPage,
  StatementQuery,
  StoredDocumentSchema,
} from './schemas.js';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

const errors = {
  400: json(ErrorSchema, 'a parameter is missing or malformed'),
  401: json(ErrorSchema, 'the server needs its token (Authorization: Bearer TOKEN)'),
};

const get = <Q extends z.ZodObject, R extends z.ZodType>(path: string, summary: string, query: Q, response: R) =>
  createRoute({
    method: 'get',
    path,
    summary,
    tags: ['ledger'],
    request: { query },
    responses: { 200: json(response, summary), ...errors },
  });

/** The query's filters in the ledger's terms. */
const claimFilter = (q: {
  metric?: ClaimFilter['metric'];
  source?: string;
  speaker?: string;
  outlet?: string;
  who?: string;
  from?: string;
  to?: string;
  document?: string;
}): ClaimFilter => ({
  metric: q.metric,
  source: q.source ?? q.speaker,
  outlet: q.outlet,
  who: q.who,
  from: q.from,
  to: q.to,
  document: q.document,
});

const page = (q: { limit: number; cursor?: string }) => ({ limit: q.limit, cursor: q.cursor });

/** The JSON API under /api: thin handlers over the store's functions. */
export function apiRoutes(deps: ServerDeps): OpenAPIHono<AppEnv> {
  const { store } = deps;
  const api = new OpenAPIHono<AppEnv>({
    // One error shape for every refusal, validation included.
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0]!;
        const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
        throw new HttpError(400, `${where}${issue.message}`);
      }
    },
  });

  api.openapi(
    createRoute({
      method: 'get',
      path: '/overview',
      summary: 'Counts, date range, the largest outlets and metrics',
      tags: ['ledger'],
      responses: { 200: json(OverviewSchema, 'the overview'), 401: errors[401] },
    }),
    async (c) => c.json(await store.overview(), 200),
  );

  api.openapi(get('/documents', 'Documents, newest first', DocumentQuery, DocumentPage), async (c) => {
    const q = c.req.valid('query');
    return c.json(await store.documents(claimFilter(q), page(q)), 200);
  });

  api.openapi(
    createRoute({
      method: 'get',
      path: '/documents/{id}',
      summary: 'One document: its text and every claim made from it, with spans into the text',
      tags: ['ledger'],
      request: { params: DocumentParams },
      responses: {
        200: json(StoredDocumentSchema, 'the document'),
        404: json(ErrorSchema, 'no document has this id'),
        ...errors,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      let doc;
      try {
        doc = await store.document(id);
      } catch (e) {
        throw new HttpError(400, (e as Error).message);
      }
      if (!doc) throw new HttpError(404, `no document with the id ${id}`);
      return c.json(doc, 200);
    },
  );

  api.openapi(get('/figures', 'Figures, latest as-of date first', FigureQuery, FigurePage), async (c) => {
    const q = c.req.valid('query');
    return c.json(await store.figures(claimFilter(q), page(q)), 200);
  });

  api.openapi(get('/statements', 'Statements, newest first', StatementQuery, StatementPage), async (c) => {
    const q = c.req.valid('query');
    return c.json(await store.statements(claimFilter(q), page(q)), 200);
  });

  api.openapi(
    get('/speakers', 'Speakers, most quoted first, with their usual role', SpeakerQuery, SpeakerPage),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await store.speakers({ speaker: q.speaker, role: q.role, outlet: q.outlet }, page(q)), 200);
    },
  );

  api.openapi(
    get('/entities', 'Names of people, organizations and places, per document', EntityQuery, EntityPage),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await store.entities({ type: q.type, name: q.name, outlet: q.outlet, document: q.document }, page(q)),
        200,
      );
    },
  );

  api.openapi(get('/search', 'Full-text search over documents and statements', SearchQuery, SearchPage), async (c) => {
    const q = c.req.valid('query');
    // The store's JSON text as it is: what c.json would make of its results, made where the search
    // ran (a search thread), so that no objects are copied between threads. Typed as c.json is.
    const json = await store.searchJson(q.q, { kind: q.kind }, page(q));
    return c.body(json, 200, { 'Content-Type': 'application/json' }) as unknown as ReturnType<
      typeof c.json<z.infer<typeof SearchPage>, 200>
    >;
  });

  api.openapi(
    createRoute({
      method: 'post',
      path: '/documents',
      summary:
        "Ingest pasted text, an uploaded file, or (with --allow-fetch) a page's URL, as `crosscheck ingest` does",
      tags: ['ingest'],
      request: {
        body: {
          // Not "required": with it every declared type's validator would run on any body.
          // A body with neither text nor file is refused by the handler.
          content: {
            'application/json': { schema: IngestJson },
            'multipart/form-data': { schema: IngestForm },
            'application/x-www-form-urlencoded': { schema: IngestForm },
          },
        },
      },
      responses: {
        200: json(IngestResultSchema, 'what was stored; failures are listed with their reasons'),
        403: json(ErrorSchema, 'the server is read-only, or a url alone was sent and fetching is off'),
        413: json(ErrorSchema, 'the body is over the size limit'),
        415: json(ErrorSchema, 'the body is neither JSON nor a form'),
        ...errors,
      },
    }),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      const body: IngestRequest = type.startsWith('application/json') ? c.req.valid('json') : c.req.valid('form');
      return c.json(await ingestUpload(deps, body), 200);
    },
  );

  if (deps.crossCheck) crossCheckRoutes(api, deps.crossCheck);

  api.get('/schemas/extraction.json', (c) => c.json(extractionJsonSchema()));

  api.openAPIRegistry.registerComponent('securitySchemes', 'Bearer', { type: 'http', scheme: 'bearer' });
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'crosscheck',
      version: '1',
      description:
        'Who claims what: documents, the figures and statements read from them with their claimants and evidence spans, and full-text search. Spans are UTF-16 offsets into the document text. Lists page with `limit` and `cursor` (the `next` of the previous page). Every error is `{ "error": { status, code, message } }`. A server started with a token needs `Authorization: Bearer TOKEN`. The JSON Schema of `crosscheck extract` is at /api/schemas/extraction.json.',
    },
    servers: [{ url: '/api' }],
    security: deps.token ? [{ Bearer: [] }] : [],
  });
  return api;
}
