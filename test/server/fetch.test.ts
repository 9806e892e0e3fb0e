import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedAddress, parseAddressRange, type AddressRange } from '../../src/ingest/public-address.js';
import { ErrorSchema, FigurePage, IngestResultSchema } from '../../src/server/api/schemas.js';
import type { ServerDeps } from '../../src/server/deps.js';
import { TEXTS, testServer, type TestServer } from './helpers.js';

// A local "newsroom mirror" on 127.0.0.1 (tests reach no other network), and servers over small
// ledgers that fetch from it or refuse to.
const PAGE = `<!doctype html><html><head><title>Flooding in Brenna</title></head><body><article>
<h1>Flooding in Brenna</h1>
<p>BRENNA, July 2, 2025 — At least 14 people were killed by flooding in Brenna, the county rescue service said on Wednesday.</p>
<p>Roads to the valley remain closed.</p>
</article></body></html>`;

let mirror: Server;
let base: string;
/** Paths the mirror was asked for: a refused URL must leave no trace here. */
const hits: string[] = [];

beforeAll(async () => {
  mirror = createServer((req, res) => {
    hits.push(req.url!);
    const to = (location: string) => res.writeHead(302, { location }).end();
    if (req.url === '/page') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (req.url === '/to-metadata') return to('http://169.254.169.254/latest/meta-data/');
    if (req.url === '/to-private') return to('http://10.0.0.1/admin');
    if (req.url === '/to-file') return to('file:///etc/passwd');
    if (req.url === '/loop') return to('/loop2');
    if (req.url === '/loop2') return to('/loop');
    if (req.url === '/image') return res.writeHead(200, { 'content-type': 'image/png' }).end('\x89PNG');
    if (req.url === '/feed')
      return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel></channel></rss>');
    if (req.url === '/endless') {
      // A page that never ends: the download must stop at the size limit.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'word '.repeat(2000)}</p>`;
      const more = () => {
        while (res.write(chunk));
      };
      res.on('drain', more);
      more();
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((done) => mirror.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}`;
});

afterAll(async () => {
  mirror.closeAllConnections();
  await new Promise((done) => mirror.close(done));
});

const LOCAL: AddressRange = parseAddressRange('127.0.0.1/32')!;

/** A server over one small text, fetching as `fetch` says. */
function server(fetch: ServerDeps['fetch'], maxUploadBytes?: number): Promise<TestServer> {
  return testServer({ inputs: [join(TEXTS, 'rtl-bulletin.txt')], fetch, maxUploadBytes });
}

const postUrl = (s: TestServer, url: string) =>
  s.app.request('/api/documents', {
    method: 'POST',
    body: JSON.stringify({ url }),
    headers: { 'content-type': 'application/json' },
  });

/** The one failure of fetching `url`, with nothing stored. */
async function failure(s: TestServer, url: string): Promise<string> {
  const res = await postUrl(s, url);
  expect(res.status).toBe(200);
  const r = IngestResultSchema.parse(await res.json());
  expect(r).toMatchObject({ read: 0, stored: 0, failed: 1 });
  expect(r.failures[0]!.origin).toBe(url);
  expect(r.failures[0]!.reason).not.toMatch(/\n/);
  return r.failures[0]!.reason;
}

describe('fetching URLs from the server', () => {
  it('is off by default: a URL alone is refused with the one error shape, and nothing is fetched', async () => {
    const s = await server(undefined);
    try {
      hits.length = 0;
      const res = await postUrl(s, `${base}/page`);
      expect(res.status).toBe(403);
      const body = ErrorSchema.parse(await res.json());
      expect(body.error).toMatchObject({ status: 403, code: 'forbidden' });
      expect(body.error.message).toMatch(/^fetching URLs is disabled on this server \(crosscheck serve --allow-fetch/);
      expect(hits).toEqual([]);
      // The Ingest page has no field to fetch with; its URL says where a text was published.
      const html = await (await s.app.request('/ingest')).text();
      expect(html).not.toContain('for the server to fetch');
      expect(html).toContain('name="url"');
    } finally {
      await s.close();
    }
  });

  it('when on, refuses loopback addresses, by address or by a name that resolves to one, before connecting', async () => {
    const s = await server({ allowed: [] });
    try {
      hits.length = 0;
      expect(await failure(s, `${base}/page`)).toBe(
        'not fetched: 127.0.0.1 is a loopback or private address, which the server fetches only in a range given with --fetch-allow',
      );
      const port = new URL(base).port;
      expect(await failure(s, `http://localhost:${port}/page`)).toMatch(
        /^not fetched: localhost \((127\.0\.0\.1|::1)\) is a loopback or private address/,
      );
      expect(await failure(s, `http://[::ffff:127.0.0.1]:${port}/page`)).toMatch(/^not fetched: \[::ffff:7f00:1\]/);
      expect(hits).toEqual([]);
      const html = await (await s.app.request('/ingest')).text();
      expect(html).toContain('for the server to fetch (HTML or text)');
    } finally {
      await s.close();
    }
  });

  it('with --fetch-allow 127.0.0.1/32, fetches a local page and stores its claims, with the URL as origin', async () => {
    const s = await server({ allowed: [LOCAL] });
    try {
      const res = await postUrl(s, `${base}/page`);
      const r = IngestResultSchema.parse(await res.json());
      expect(r).toMatchObject({ read: 1, stored: 1, failed: 0 });
      expect(r.documents[0]).toMatchObject({ origin: `${base}/page`, title: 'Flooding in Brenna', figures: 1 });
      const figures = FigurePage.parse(
        await (await s.app.request(`/api/figures?document=${r.documents[0]!.id}`)).json(),
      );
      expect(figures.items.map((f) => [f.value, f.metric, f.source])).toEqual([
        [14, 'killed', 'the county rescue service'],
      ]);
      // Through the Ingest form too: a URL alone is fetched (the same page again: a duplicate).
      const form = new FormData();
      form.set('url', `${base}/page`);
      const page = await (await s.app.request('/ingest', { method: 'POST', body: form })).text();
      expect(page).toMatch(/Read 1 document: 0 new, 1 already in the ledger/);
    } finally {
      await s.close();
    }
  });

  it('refuses a redirect to a metadata or private address before connecting, and other bad redirects', async () => {
    const s = await server({ allowed: [LOCAL] });
    try {
      expect(await failure(s, `${base}/to-metadata`)).toBe(
        'not fetched: 169.254.169.254 is a loopback or private address, which the server fetches only in a range given with --fetch-allow',
      );
      expect(await failure(s, `${base}/to-private`)).toMatch(/^not fetched: 10\.0\.0\.1 is a loopback or private/);
      expect(await failure(s, `${base}/to-file`)).toBe(
        'redirect to a URL crosscheck does not fetch (file:///etc/passwd)',
      );
      expect(await failure(s, `${base}/loop`)).toMatch(/^redirect loop: /);
    } finally {
      await s.close();
    }
  });

  it('refuses a redirect to a name that resolves outside the allowed range, when it looks the name up', async () => {
    // A second mirror on 127.0.0.2 (loopback too, on Linux) is the one allowed; it sends the
    // fetch on to localhost, which resolves to 127.0.0.1 (or ::1): not allowed, so never connected to.
    const hop = createServer((req, res) => {
      hits.push(`hop ${req.url}`);
      res.writeHead(302, { location: `http://localhost:${new URL(base).port}/page` }).end();
    });
    await new Promise<void>((done) => hop.listen(0, '127.0.0.2', done));
    const s = await server({ allowed: [parseAddressRange('127.0.0.2')!] });
    try {
      hits.length = 0;
      expect(await failure(s, `http://127.0.0.2:${(hop.address() as AddressInfo).port}/next`)).toMatch(
        /^not fetched: localhost \((127\.0\.0\.1|::1)\) is a loopback or private address, which the server fetches only in a range given with --fetch-allow$/,
      );
      expect(hits).toEqual(['hop /next']);
    } finally {
      hop.close();
      await s.close();
    }
  });

  it('reads pages and text only, and stops a download at the size limit', async () => {
    const s = await server({ allowed: [LOCAL] }, 50_000);
    try {
      expect(await failure(s, `${base}/image`)).toMatch(/^unsupported content type image\/png/);
      expect(await failure(s, `${base}/feed`)).toMatch(/^a feed \(application\/rss\+xml\): the server fetches pages/);
      expect(await failure(s, `${base}/endless`)).toMatch(/^input is over the size limit of 50000 bytes/);
      expect(await failure(s, `${base}/missing`)).toBe('HTTP 404 Not Found');
    } finally {
      await s.close();
    }
  });

  it('takes http(s) URLs only', async () => {
    const s = await server({ allowed: [LOCAL] });
    try {
      for (const url of ['file:///etc/passwd', 'ftp://127.0.0.1/x', 'javascript:alert(1)', 'gopher://127.0.0.1/']) {
        const res = await postUrl(s, url);
        expect(res.status, url).toBe(400);
        const body = ErrorSchema.parse(await res.json());
        expect(body.error.message).not.toMatch(/\n/);
      }
    } finally {
      await s.close();
    }
  });

  it('names the url field in the OpenAPI document', async () => {
    const s = await server(undefined);
    try {
      const doc = (await (await s.app.request('/api/openapi.json')).json()) as {
        components: { schemas: Record<string, { properties: Record<string, { description?: string }> }> };
      };
      expect(doc.components.schemas.IngestText!.properties.url!.description).toMatch(
        /Alone: the page to fetch.*--allow-fetch/,
      );
    } finally {
      await s.close();
    }
  });
});

describe('which addresses may be fetched', () => {
  it('only public ones, unless a range admits them', () => {
    const refused = [
      '127.0.0.1',
      '::1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      'fc00::1',
      'fd12::1',
      '169.254.169.254',
      'fe80::1',
      '0.0.0.0',
      '::',
      '100.64.0.1',
      '224.0.0.1',
      'ff02::1',
      '255.255.255.255',
      '::ffff:127.0.0.1',
      '::ffff:169.254.169.254',
      '::ffff:10.0.0.1',
      '64:ff9b::a00:1',
      '2002:a00:1::1',
    ];
    for (const a of refused) expect(isAllowedAddress(a), a).toBe(false);
    for (const a of ['93.184.215.14', '2606:4700::1111', '::ffff:93.184.215.14'])
      expect(isAllowedAddress(a), a).toBe(true);
    const intranet = [parseAddressRange('10.20.0.0/16')!, parseAddressRange('fd00::5')!];
    expect(isAllowedAddress('10.20.3.4', intranet)).toBe(true);
    expect(isAllowedAddress('::ffff:10.20.3.4', intranet)).toBe(true);
    expect(isAllowedAddress('10.21.0.1', intranet)).toBe(false);
    expect(isAllowedAddress('fd00::5', intranet)).toBe(true);
    expect(isAllowedAddress('fd00::6', intranet)).toBe(false);
    expect(parseAddressRange('10.0.0.0/33')).toBeNull();
    expect(parseAddressRange('intranet')).toBeNull();
  });
});
