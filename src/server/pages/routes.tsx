import type { Context, Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import type { z } from 'zod';
import type { StoredDocument } from '../../store/queries.js';
import { ingestUpload } from '../api/ingest.js';
import { pageOf, seriesSummary } from '../api/cross-check.js';
import { DisputeQuery, SeriesQuery } from '../api/cross-check-schemas.js';
import { claimsTimeline, rowFigure, seriesFigures } from '../charts/claims-timeline.js';
import type { Dispute } from '../../model.js';
import { DisputesPage, OutletsPage, SeriesListPage, SeriesPage, seriesName } from './cross-check.js';
import {
  DocumentParams,
  DocumentQuery,
  FigureQuery,
  IngestForm,
  SearchQuery,
  SpeakerQuery,
  StatementQuery,
} from '../api/schemas.js';
import type { AppEnv, ServerDeps } from '../deps.js';
import { HttpError } from '../errors.js';
import { safeNext, sameSecret, SESSION_COOKIE, sessionValue } from '../security.js';
import { DocumentPage } from './document.js';
import { IngestPage } from './ingest.js';
import { CHART_POINTS, DocumentsPage, FiguresPage } from './lists.js';
import { LoginPage } from './message.js';
import { OverviewPage } from './overview.js';
import { sendPage, type PageContext } from './render.js';
import { SearchPage } from './search.js';
import { StatementsPage } from './statements.js';

/** The query string as given (for links that keep it) and as validated by the API's schema. */
function query<S extends z.ZodType>(c: Context, schema: S): { params: Record<string, string>; q: z.output<S> } {
  const params = c.req.query();
  const parsed = schema.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new HttpError(400, `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
  }
  return { params, q: parsed.data };
}

/** Most points of a series drawn: its latest. */
const SERIES_POINTS = 600;

/** Disputes whose later claim is latest first. */
const later = (x: Dispute, y: Dispute) =>
  (y.b.asOf ?? '').localeCompare(x.b.asOf ?? '') || (y.a.asOf ?? '').localeCompare(x.a.asOf ?? '');

/** The first `n` of `ds` in {@link later}'s order (as a stable sort puts them), in one pass: there may be tens of thousands. */
function latestFirst(ds: readonly Dispute[], n: number): Dispute[] {
  const top: Dispute[] = [];
  for (const d of ds) {
    if (top.length === n && later(d, top[n - 1]!) >= 0) continue;
    const at = top.findIndex((t) => later(d, t) < 0);
    top.splice(at < 0 ? top.length : at, 0, d);
    if (top.length > n) top.pop();
  }
  return top;
}

/** Claims of the first documents an ingest read, to show on its result. */
const SHOWN = 3;

/** The server-rendered pages. Each reads the store through the same functions as the API. */
export function pageRoutes(app: Hono<AppEnv>, deps: ServerDeps, ctx: PageContext): void {
  const { store } = deps;

  app.get('/', async (c) => {
    const [overview, latest, figures, series, disputes] = await Promise.all([
      store.overview(),
      store.documents({}, { limit: 6 }),
      store.figures({}, { limit: 10 }),
      deps.crossCheck?.series({}) ?? null,
      deps.crossCheck?.disputes({ kinds: ['dispute'] }) ?? null,
    ]);
    const cross =
      series && disputes
        ? {
            series: series.slice(0, 6).map(seriesSummary),
            disputes: latestFirst(disputes, 5),
          }
        : null;
    return sendPage(
      c,
      ctx,
      { title: 'Overview', section: '/' },
      <OverviewPage data={{ overview, latest: latest.items, figures: figures.items, cross }} />,
    );
  });

  app.get('/documents', async (c) => {
    const { params, q } = query(c, DocumentQuery);
    const page = await store.documents(
      { outlet: q.outlet, from: q.from, to: q.to },
      { limit: q.limit, cursor: q.cursor },
    );
    return sendPage(
      c,
      ctx,
      { title: 'Documents', section: '/documents' },
      <DocumentsPage page={page} params={params} />,
    );
  });

  app.get('/documents/:id', async (c) => {
    const parsed = DocumentParams.safeParse({ id: c.req.param('id') });
    if (!parsed.success) throw new HttpError(404, 'There is no document with this id.');
    let doc: StoredDocument | null;
    try {
      doc = await store.document(parsed.data.id);
    } catch (e) {
      throw new HttpError(400, (e as Error).message);
    }
    if (!doc) throw new HttpError(404, 'There is no document with this id.');
    return sendPage(
      c,
      ctx,
      { title: doc.document.title ?? 'Document', section: '/documents' },
      <DocumentPage doc={doc} />,
    );
  });

  app.get('/figures', async (c) => {
    const { params, q } = query(c, FigureQuery);
    const filter = {
      metric: q.metric,
      source: q.source,
      outlet: q.outlet,
      who: q.who,
      from: q.from,
      to: q.to,
      document: q.document,
    };
    const page = await store.figures(filter, { limit: q.limit, cursor: q.cursor });
    let chart = null;
    if (q.metric) {
      const drawn = (await store.figures(filter, { limit: CHART_POINTS })).items.filter((f) => f.unit === 'people');
      const sentences = await store.figureSentences(drawn.map((f) => f.id));
      chart = {
        svg: claimsTimeline(
          drawn.map((f) => rowFigure(f, sentences.get(f.id) ?? null)),
          `${q.metric} figures over time`,
        ),
        points: drawn.length,
      };
    }
    return sendPage(
      c,
      ctx,
      { title: 'Figures', section: '/figures' },
      <FiguresPage page={page} params={params} chart={chart} />,
    );
  });

  app.get('/statements', async (c) => {
    const { params, q } = query(c, StatementQuery);
    const s = SpeakerQuery.safeParse({ ...params, cursor: params.scursor, limit: 25 });
    if (!s.success) throw new HttpError(400, s.error.issues[0]!.message);
    const [speakers, statements] = await Promise.all([
      store.speakers(
        { speaker: s.data.speaker, role: s.data.role, outlet: s.data.outlet },
        { limit: 25, cursor: s.data.cursor },
      ),
      store.statements(
        { source: q.speaker, outlet: q.outlet, from: q.from, to: q.to, document: q.document },
        { limit: q.limit, cursor: q.cursor },
      ),
    ]);
    return sendPage(
      c,
      ctx,
      { title: 'Statements', section: '/statements' },
      <StatementsPage speakers={speakers} statements={statements} params={params} />,
    );
  });

  app.get('/search', async (c) => {
    const words = c.req.query('q')?.trim();
    if (!words)
      return sendPage(c, ctx, { title: 'Search', section: '/search' }, <SearchPage params={{ q: '' }} page={null} />);
    const { params, q } = query(c, SearchQuery);
    const page = await store.search(q.q, { kind: q.kind }, { limit: q.limit, cursor: q.cursor });
    return sendPage(
      c,
      ctx,
      { title: `Search: ${q.q}`, section: '/search', query: q.q },
      <SearchPage params={{ q: q.q, kind: params.kind, cursor: params.cursor }} page={page} />,
    );
  });

  app.get('/ingest', (c) =>
    sendPage(
      c,
      ctx,
      { title: 'Ingest', section: '/ingest' },
      <IngestPage readOnly={!deps.ingest} fetch={!!deps.fetch} />,
    ),
  );

  app.post('/ingest', async (c) => {
    const form = IngestForm.safeParse(await c.req.parseBody());
    if (!form.success) throw new HttpError(400, form.error.issues[0]!.message);
    const result = await ingestUpload(deps, form.data);
    const shown: StoredDocument[] = [];
    for (const d of result.documents.slice(0, SHOWN)) {
      const doc = await store.document(d.id);
      if (doc) shown.push(doc);
    }
    return sendPage(
      c,
      ctx,
      { title: 'Ingest', section: '/ingest' },
      <IngestPage readOnly={false} fetch={!!deps.fetch} outcome={{ result, shown }} />,
    );
  });

  const cc = deps.crossCheck;
  if (cc) {
    app.get('/series', async (c) => {
      const { params, q } = query(c, SeriesQuery);
      const found = pageOf(await cc.series(q), 'series', q.limit, q.cursor);
      const page = { items: found.items.map(seriesSummary), next: found.next };
      return sendPage(c, ctx, { title: 'Series', section: '/series' }, <SeriesListPage page={page} params={params} />);
    });

    app.get('/series/:id', async (c) => {
      const id = c.req.param('id');
      const s = (await cc.series({})).find((x) => x.id === id);
      if (!s)
        throw new HttpError(404, 'There is no series with this id (the alias file or the ledger may have changed).');
      const drawn = seriesFigures(s.points.filter((p) => p.unit === 'people').slice(-SERIES_POINTS));
      const chart = claimsTimeline(drawn, `${seriesName(s)}: figures over time`);
      const disputes = await cc.disputes({});
      return sendPage(
        c,
        ctx,
        { title: seriesName(s), section: '/series' },
        <SeriesPage series={s} chart={chart} disputes={disputes.filter((d) => d.series === s.id)} />,
      );
    });

    app.get('/disputes', async (c) => {
      const { params, q } = query(c, DisputeQuery);
      const [found, accounts] = await Promise.all([
        cc.disputes({ ...q, kinds: q.type ? [q.type] : undefined }),
        cc.competing({ place: q.place }),
      ]);
      return sendPage(
        c,
        ctx,
        { title: 'Disputes', section: '/disputes' },
        <DisputesPage
          disputes={pageOf(found, 'disputes', q.limit, q.cursor)}
          accounts={accounts.slice(0, 20)}
          params={params}
        />,
      );
    });

    app.get('/outlets', async (c) => {
      const params = c.req.query();
      const outlet = params.outlet?.trim() || undefined;
      const actor = params.actor?.trim() || undefined;
      const [outlets, wording] = await Promise.all([cc.outlets({ outlet }), cc.wording({ outlet, actor })]);
      return sendPage(
        c,
        ctx,
        { title: 'Outlets', section: '/outlets' },
        <OutletsPage outlets={outlets} wording={wording} params={params} />,
      );
    });
  }

  app.get('/login', (c) =>
    sendPage(
      c,
      ctx,
      { title: 'Sign in', bare: true },
      <LoginPage next={safeNext(c.req.query('next'))} failed={false} />,
    ),
  );

  app.post('/login', async (c) => {
    const body = await c.req.parseBody();
    const next = safeNext(typeof body.next === 'string' ? body.next : undefined);
    const token = typeof body.token === 'string' ? body.token : '';
    if (!deps.token) return c.redirect(next, 303);
    if (!sameSecret(token, deps.token))
      return sendPage(c, ctx, { title: 'Sign in', bare: true }, <LoginPage next={next} failed={true} />, 401);
    setCookie(c, SESSION_COOKIE, sessionValue(deps.token), {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: new URL(c.req.url).protocol === 'https:',
    });
    return c.redirect(next, 303);
  });
}
