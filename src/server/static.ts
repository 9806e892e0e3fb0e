import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from './deps.js';

/** The folder of the browser's files (styles, scripts, the icon), beside src/ and dist/. */
const WEB = new URL('../../web/', import.meta.url);

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

interface Asset {
  body: Buffer;
  type: string;
  hash: string;
}

/**
 * The files served under /static/, read once: a fixed table of names, so no request can name
 * any other file (no path is ever built from a URL).
 */
const ASSETS: ReadonlyMap<string, Asset> = new Map(
  readdirSync(WEB)
    .filter((name) => /^[a-z0-9-]+\.(css|js|svg)$/.test(name))
    .map((name) => {
      const body = readFileSync(new URL(name, WEB));
      return [
        name,
        { body, type: TYPES[extname(name)]!, hash: createHash('sha256').update(body).digest('hex').slice(0, 12) },
      ];
    }),
);

/** The URL of a static file, with its content hash so browsers may keep it for good. */
export function asset(name: string): string {
  const a = ASSETS.get(name);
  if (!a) throw new Error(`no file web/${name}: add it, or fix the name`);
  return `/static/${name}?v=${a.hash}`;
}

/** Serves /static/NAME from the table. */
export function staticRoutes(app: Hono<AppEnv>): void {
  app.get('/static/:name', (c) => {
    const a = ASSETS.get(c.req.param('name'));
    if (!a) return c.text('Not found', 404);
    const versioned = c.req.query('v') === a.hash;
    return c.body(new Uint8Array(a.body), 200, {
      'Content-Type': a.type,
      'Cache-Control': versioned ? 'public, max-age=31536000, immutable' : 'no-cache',
      ETag: `"${a.hash}"`,
    });
  });
}
