import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from './helpers.js';

// @hono/node-server hands the app a light Request that reads the incoming message's fields on
// demand; anything asking for its body or signal makes it build a whole fetch Request beside it
// (the headers copied, an AbortController), which cost a read request a tenth of its CPU.
describe('requests served by @hono/node-server', () => {
  let t: TestServer;
  let server: Server;
  let base: string;
  const seen: Request[] = [];

  beforeAll(async () => {
    t = await testServer();
    server = createAdaptorServer({
      fetch: (req: Request, env: unknown) => {
        seen.push(req);
        return t.app.fetch(req, env);
      },
      hostname: '127.0.0.1',
    }) as Server;
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((ok) => server.close(ok));
    await t.close();
  });

  /** Whether the node server built the whole fetch Request for `req`. */
  const built = (req: Request) => Object.getOwnPropertySymbols(req).some((s) => s.description === 'requestCache');

  it.each(['/api/search?q=shelling', '/api/figures?limit=2', '/api/overview'])(
    'a GET of %s is answered from the light request',
    async (path) => {
      seen.length = 0;
      const res = await fetch(base + path);
      expect(res.status).toBe(200);
      await res.text();
      expect(seen).toHaveLength(1);
      expect(built(seen[0]!)).toBe(false);
    },
  );

  it('a POST builds it, to read the body within its limit', async () => {
    seen.length = 0;
    const res = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(built(seen[0]!)).toBe(true);
  });
});
