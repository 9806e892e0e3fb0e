import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './deps.js';
import { HttpError } from './errors.js';

/**
 * Headers on every response. Articles are hostile input: everything from them is escaped, and
 * the Content-Security-Policy would stop a script that slipped through anyway: scripts, styles,
 * images and requests come from this server only, and no inline script or style runs.
 */
export const headers = (): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
    },
    // Links to the original articles carry no address of this server. (Not no-referrer: with it a
    // browser sends "Origin: null" with its own forms, which sameOrigin() must then refuse.)
    referrerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    xFrameOptions: 'DENY',
    strictTransportSecurity: false,
  });

/** Names of this machine's loopback interface, as a browser writes them in `Host`. */
const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/** The cookie the sign-in page sets; it holds a digest of the token, never the token. */
export const SESSION_COOKIE = 'crosscheck_session';

/** A digest of the token for the session cookie: knowing the cookie does not give the token. */
export const sessionValue = (token: string) => createHmac('sha256', token).update('crosscheck session').digest('hex');

/**
 * Compares a secret with what a request offers in constant time: both are hashed first, so
 * neither their contents nor their lengths show in the time taken.
 */
export function sameSecret(offered: string, secret: string): boolean {
  const a = createHash('sha256').update(offered).digest();
  const b = createHash('sha256').update(secret).digest();
  return timingSafeEqual(a, b);
}

/**
 * Who may be served. With a token, a request must carry it (`Authorization: Bearer TOKEN`) or the
 * session cookie of the sign-in page; pages then send the browser to sign in, and the API answers
 * 401. Without a token (a server on the loopback interface, for the person at this machine), a
 * request must name a loopback host: a web page cannot use DNS rebinding to reach the ledger
 * through a name of its own. `open` lists paths served to anyone (the sign-in page, styles).
 */
export function authorize(
  token: string | null | undefined,
  open: (path: string) => boolean,
): MiddlewareHandler<AppEnv> {
  const cookie = token ? sessionValue(token) : '';
  return async (c, next) => {
    if (!token) {
      if (!LOOPBACK_HOSTS.test(c.req.header('host') ?? new URL(c.req.url).host))
        throw new HttpError(421, 'this server answers to localhost only; start it with a token to serve others');
      c.set('auth', 'open');
      return next();
    }
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
    const session = getCookie(c, SESSION_COOKIE);
    if (bearer !== undefined && sameSecret(bearer, token)) c.set('auth', 'bearer');
    else if (session !== undefined && sameSecret(session, cookie)) c.set('auth', 'cookie');
    else if (open(c.req.path)) c.set('auth', 'open');
    else {
      if (bearer === undefined && isPage(c))
        return c.redirect(`/login?next=${encodeURIComponent(pathAndQuery(c))}`, 303);
      c.header('WWW-Authenticate', 'Bearer realm="crosscheck"');
      throw new HttpError(401, 'this server needs its token: send Authorization: Bearer TOKEN, or sign in at /login');
    }
    return next();
  };
}

/**
 * Refuses a state-changing request that a browser sends from another site (cross-site request
 * forgery). A browser says where a request comes from in `Sec-Fetch-Site` (which must be
 * `same-origin`, or `none` when the person typed it) and in `Origin` (which must be this
 * server's). A request with a bearer token needs no check (no browser adds one by itself), nor
 * does one with neither header (not sent by a browser's form or script: curl, a program).
 */
export function sameOrigin(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.get('auth') === 'bearer') return next();
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none')
      throw new HttpError(403, 'refused: the request came from a page of another site');
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      const host = c.req.header('host') ?? new URL(c.req.url).host;
      let ok: boolean;
      try {
        ok = origin !== 'null' && new URL(origin).host === host;
      } catch {
        ok = false;
      }
      if (!ok) throw new HttpError(403, 'refused: the request came from a page of another site');
    }
    return next();
  };
}

/** A request for a page (not the API, not a static file). */
export const isPage = (c: Context) => !c.req.path.startsWith('/api/') && !c.req.path.startsWith('/static/');

function pathAndQuery(c: Context): string {
  const u = new URL(c.req.url);
  return u.pathname + u.search;
}

/** Where to go after signing in: a path of this server only (never `//other.site` or a URL). */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/';
}
