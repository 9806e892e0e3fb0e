import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { DEFAULT_MAX_BYTES } from '../ingest/index.js';
import { SearchError } from '../store/search-bounds.js';
import { CursorError, StoreClosedError } from '../store/store.js';
import { apiRoutes } from './api/routes.js';
import type { AppEnv, ServerDeps } from './deps.js';
import { ERROR_CODES, HttpError, type ErrorStatus } from './errors.js';
import type { Section } from './pages/layout.js';
import { MessagePage } from './pages/message.js';
import { sendPage, type PageContext } from './pages/render.js';
import { pageRoutes } from './pages/routes.js';
import { authorize, headers, isPage, sameOrigin } from './security.js';
import { staticRoutes } from './static.js';

/** Largest body of a request that is not an upload (a sign-in form), in bytes. */
const SMALL_BODY = 64 * 1024;

/** Multipart framing and the other form fields around an upload of the largest file. */
const FORM_OVERHEAD = 1024 * 1024;

/** The sections of the navigation; the cross-check ones when the back end has cross-checks. */
const sections = (crossCheck: boolean): Section[] => [
  { href: '/', label: 'Overview' },
  ...(crossCheck
    ? [
        { href: '/series', label: 'Series' },
        { href: '/disputes', label: 'Disputes' },
      ]
    : []),
  { href: '/documents', label: 'Documents' },
  { href: '/figures', label: 'Figures' },
  { href: '/statements', label: 'Statements' },
  ...(crossCheck ? [{ href: '/outlets', label: 'Outlets' }] : []),
  { href: '/search', label: 'Search' },
  { href: '/ingest', label: 'Ingest' },
];

/**
 * The web application: the JSON API under /api, the pages, and the browser's files under
 * /static. It reads and writes only through `deps` (the store's functions and the ingest
 * function), so another back end serves the same application. Serve it with
 * `@hono/node-server`, or call `app.request()` in tests.
 */
export function createApp(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const log = deps.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const ctx: PageContext = { sections: sections(!!deps.crossCheck) };
  const uploadLimit = (deps.maxUploadBytes ?? DEFAULT_MAX_BYTES) + FORM_OVERHEAD;
  const tooLarge = (max: number) => () => {
    throw new HttpError(413, `the request is larger than ${Math.round(max / 1e6)} MB, the limit of this server`);
  };

  app.use(headers());
  app.use(authorize(deps.token, (path) => path.startsWith('/static/') || path === '/login'));
  app.use(sameOrigin());
  app.use(async (c, next) => {
    // A GET or HEAD has no body (@hono/node-server gives it none), and asking for one made the
    // node server build a whole fetch Request beside its light one (headers copied, an
    // AbortController): 8% of the HTTP thread's CPU for each search request.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const upload = c.req.path === '/ingest' || c.req.path === '/api/documents';
    const max = upload ? uploadLimit : SMALL_BODY;
    return bodyLimit({ maxSize: max, onError: tooLarge(max) })(c, next);
  });

  staticRoutes(app);
  app.route('/api', apiRoutes(deps));
  pageRoutes(app, deps, ctx);

  app.notFound((c) =>
    refuse(
      c,
      new HttpError(404, isPage(c) ? 'There is no page here.' : `no such endpoint: ${c.req.method} ${c.req.path}`),
    ),
  );
  app.onError((e, c) => {
    if (e instanceof HttpError) return refuse(c, e);
    if (e instanceof CursorError) return refuse(c, new HttpError(400, e.message));
    // Too many words, or a search too slow to finish: the person can ask otherwise.
    if (e instanceof SearchError) return refuse(c, new HttpError(400, e.message));
    // A request cut short because the server is stopping: no fault to log (one line per search
    // in flight at Ctrl-C was one too many).
    if (e instanceof StoreClosedError) return refuse(c, new HttpError(503, e.message));
    // Hono's own refusals (415 for a body of another type, a malformed body).
    if (e instanceof HTTPException)
      return refuse(
        c,
        new HttpError(e.status in ERROR_CODES ? (e.status as ErrorStatus) : 400, e.message || 'bad request'),
      );
    // A fault of the server: logged here, one line without the text of any article; the client
    // learns only that it failed.
    log(`crosscheck serve: ${c.req.method} ${c.req.path} failed: ${e.name}: ${e.message.split('\n')[0]}`);
    return refuse(c, new HttpError(500, 'the server failed to answer this request; the failure is in its log'));
  });

  /** A refusal: JSON for the API, a page for people. */
  async function refuse(c: Context<AppEnv>, e: HttpError) {
    if (!isPage(c) || c.req.header('accept')?.startsWith('application/json')) return c.json(e.body(), e.status);
    const titles: Partial<Record<number, string>> = {
      400: 'That request cannot be answered',
      404: 'Not found',
      413: 'Too large',
      401: 'Sign in needed',
      503: 'Unavailable',
    };
    return sendPage(
      c,
      ctx,
      { title: titles[e.status] ?? 'Refused' },
      <MessagePage title={titles[e.status] ?? 'Refused'} message={e.message} />,
      e.status,
    );
  }

  return app;
}
