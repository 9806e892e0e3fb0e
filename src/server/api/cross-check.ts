import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Series } from '../../model.js';
import type { AppEnv, CrossCheck } from '../deps.js';
import { HttpError } from '../errors.js';
import {
  ChainPage,
  ChainQuery,
  CompetingPage,
  CompetingQuery,
  DisputePage,
  DisputeQuery,
  OutletPage,
  OutletQuery,
  SeriesPage,
  SeriesParams,
  SeriesQuery,
  SeriesSchema,
  StoryPage,
  StoryQuery,
  WordingQuery,
  WordingSchema,
} from './cross-check-schemas.js';
import { ErrorSchema } from './schemas.js';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

const errors = {
  400: json(ErrorSchema, 'a parameter is missing or malformed'),
  401: json(ErrorSchema, 'the server needs its token'),
};

const get = <Q extends z.ZodObject, R extends z.ZodType>(path: string, summary: string, query: Q, response: R) =>
  createRoute({
    method: 'get',
    path,
    summary,
    tags: ['cross-check'],
    request: { query },
    responses: { 200: json(response, summary), ...errors },
  });

/**
 * One page of a list held in memory: `limit` items after the offset the cursor names. The cursor
 * also names its list, so one made for another is refused.
 */
export function pageOf<T>(list: readonly T[], name: string, limit: number, cursor?: string) {
  const offset = offsetOf(name, cursor);
  const end = offset + limit;
  return {
    items: list.slice(offset, end),
    next: end < list.length ? Buffer.from(JSON.stringify({ l: name, o: end })).toString('base64url') : null,
  };
}

/** The offset a cursor of {@link pageOf} names: 0 without one; a cursor of another list is refused. */
function offsetOf(name: string, cursor: string | undefined): number {
  let offset = 0;
  if (cursor) {
    let c: { l?: unknown; o?: unknown };
    try {
      c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as typeof c;
    } catch {
      throw new HttpError(400, 'the cursor is not one this server made; start again from the first page');
    }
    if (c.l !== name || typeof c.o !== 'number' || !Number.isInteger(c.o) || c.o < 0)
      throw new HttpError(400, `the cursor does not belong to the list of ${name}; start again from the first page`);
    offset = c.o;
  }
  return offset;
}

// Pages of the kept lists (see keptPage), as JSON in UTF-8, by list.
const encodedPages = new WeakMap<readonly unknown[], Map<string, Uint8Array<ArrayBuffer>>>();
const utf8 = new TextEncoder();

/**
 * {@link pageOf}'s page as JSON (through `view`, which must depend on the page alone: e.g. series
 * without their points), encoded once per list: the cross-check keeps each list until the ledger changes and gives the same array
 * meanwhile, so every request for one of its pages answers the same bytes. Turning 50 disputes
 * (96 KB) into JSON, then counting and writing it as UTF-8, took most of a request's CPU. Kept
 * with the list itself: a list made anew (a filtered one) is encoded anew, and a new version of
 * the ledger, whose lists are new, leaves the old pages to the garbage collector.
 */
export function keptPage<T>(
  list: readonly T[],
  name: string,
  limit: number,
  cursor: string | undefined,
  view: (page: { items: T[]; next: string | null }) => unknown = (page) => page,
): Uint8Array<ArrayBuffer> {
  const key = `${name}\n${limit}\n${offsetOf(name, cursor)}`;
  let pages = encodedPages.get(list);
  if (!pages) encodedPages.set(list, (pages = new Map()));
  let bytes = pages.get(key);
  if (!bytes) {
    // A small bound: a reader pages on, and a list's first pages are the ones asked for again.
    if (pages.size >= 64) pages.clear();
    bytes = utf8.encode(JSON.stringify(view(pageOf(list, name, limit, cursor))));
    pages.set(key, bytes);
  }
  return bytes;
}

/**
 * A JSON response of bytes encoded before (see {@link keptPage}), typed as `c.json(value, 200)`
 * is: the route's schema describes the value the bytes hold.
 */
function jsonBytes<T>(c: Context<AppEnv>, bytes: Uint8Array<ArrayBuffer>) {
  return c.body(bytes, 200, { 'Content-Type': 'application/json' }) as unknown as ReturnType<typeof c.json<T, 200>>;
}

/** A series without its points: what a list of series shows. */
export function seriesSummary(s: Series) {
  // The first and last dated points, looked for from each end: a busy series has thousands of points.
  const first = s.points.find((p) => p.asOf !== null);
  let last = s.points.length - 1;
  while (last >= 0 && s.points[last]!.asOf === null) last--;
  const latest = s.points[last] ?? s.points.at(-1) ?? null;
  return {
    id: s.id,
    metric: s.metric,
    group: s.group,
    scope: s.scope,
    kind: s.kind,
    claimants: s.claimants,
    stories: s.stories,
    points: s.points.length,
    first: first?.asOf ?? null,
    last: latest?.asOf ?? null,
    latest,
  };
}

/** Cumulative tolls of a named group first (the counts people follow), as the cross-check summary ranks them. */
const rank = (s: Series) => (s.kind === 'cumulative' ? 2 : 0) + (s.group === '(group not stated)' ? 0 : 1);

/**
 * Series first by kind (see `rank`), then by how many claimants and independent reports they
 * hold: where the cross-check has most to show.
 */
export const busiest = (a: Series, b: Series) =>
  rank(b) - rank(a) ||
  b.claimants.length - a.claimants.length ||
  b.stories - a.stories ||
  b.points.length - a.points.length ||
  a.id.localeCompare(b.id);

/** The cross-check endpoints: series, disputes, competing accounts, chains, reprints, outlets, wording. */
export function crossCheckRoutes(api: OpenAPIHono<AppEnv>, cc: CrossCheck): void {
  api.openapi(
    get('/series', 'Series: figures that count the same thing, busiest first', SeriesQuery, SeriesPage),
    async (c) => {
      const q = c.req.valid('query');
      return jsonBytes<z.infer<typeof SeriesPage>>(
        c,
        keptPage(await cc.series(q), 'series', q.limit, q.cursor, (page) => ({
          items: page.items.map(seriesSummary),
          next: page.next,
        })),
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/series/{id}',
      summary: 'One series with its points, by as-of date',
      tags: ['cross-check'],
      request: { params: SeriesParams, query: SeriesQuery.pick({ limit: true, cursor: true }) },
      responses: { 200: json(SeriesSchema, 'the series'), 404: json(ErrorSchema, 'no series has this id'), ...errors },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      const s = (await cc.series({})).find((x) => x.id === id);
      if (!s) throw new HttpError(404, `no series with the id ${id}`);
      const { items, next } = pageOf(s.points, `series ${id}`, q.limit, q.cursor);
      return c.json({ ...s, points: items, next }, 200);
    },
  );

  api.openapi(
    get(
      '/disputes',
      'Disputes between claimants, updates and revisions, with both claims’ evidence',
      DisputeQuery,
      DisputePage,
    ),
    async (c) => {
      const q = c.req.valid('query');
      const found = await cc.disputes({ ...q, kinds: q.type ? [q.type] : undefined });
      return jsonBytes<z.infer<typeof DisputePage>>(c, keptPage(found, 'disputes', q.limit, q.cursor));
    },
  );

  api.openapi(
    get(
      '/accounts',
      'Competing accounts: statements by different speakers about one place and time',
      CompetingQuery,
      CompetingPage,
    ),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(pageOf(await cc.competing(q), 'accounts', q.limit, q.cursor), 200);
    },
  );

  api.openapi(
    get('/chains', 'Attribution chains: outlet → agency → relay → claimant', ChainQuery, ChainPage),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(pageOf(await cc.chains(q), 'chains', q.limit, q.cursor), 200);
    },
  );

  api.openapi(
    get('/reprints', 'Reprint stories: copies of one text across outlets', StoryQuery, StoryPage),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        pageOf(await cc.reprints({ outlet: q.outlet, minSize: q.min }), 'reprints', q.limit, q.cursor),
        200,
      );
    },
  );

  api.openapi(
    get('/outlets', 'Outlet profiles: own voice, claimants cited, reprints', OutletQuery, OutletPage),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(pageOf(await cc.outlets(q), 'outlets', q.limit, q.cursor), 200);
    },
  );

  api.openapi(
    get(
      '/wording',
      'The terms each outlet uses for each actor, and each outlet’s distinctive terms',
      WordingQuery,
      WordingSchema,
    ),
    async (c) => {
      // Paged like every list, and each term's mentions cut to `mentions`: whole, the tables of
      // 100,000 documents are 29 MB of JSON (200,000 mentions), 2–4 s a request to write.
      const q = c.req.valid('query');
      const w = await cc.wording(q);
      const terms = pageOf(w.terms, 'wording', q.limit, q.cursor);
      const distinctive = pageOf(w.distinctive, 'wording', q.limit, q.cursor);
      return c.json(
        {
          terms: terms.items.map((t) => ({ ...t, mentions: t.mentions.slice(0, q.mentions) })),
          distinctive: distinctive.items,
          next: terms.next ?? distinctive.next,
        },
        200,
      );
    },
  );
}
