import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFromBody, fetchUrl } from '../../src/ingest/fetch-url.js';
import { InputError } from '../../src/ingest/input-error.js';
import { startServer, type LocalServer } from './local-server.js';
import { MARKET_STRIKE, page } from './reports.js';

let server: LocalServer;
const url = (path: string) => `${server.base}${path}`;

beforeAll(async () => {
  server = await startServer({
    '/marevo': { body: page(MARKET_STRIKE, { outlet: 'Kestrel', published: '2023-11-09' }) },
    '/latin1': {
      type: 'text/html; charset=windows-1252',
      body: iconv.encode(
        page({ title: 'Café strike', html: '<p>The café owner said \u201cnine\u201d people were hurt.</p>' }),
        'windows-1252',
      ),
    },
    '/plain': {
      type: 'text/plain; charset=utf-8',
      body: 'Update\n\n<b>Not markup</b>: 30 people were detained, police said.\n',
    },
    '/a': { redirect: '/b' },
    '/b': { redirect: '/marevo', status: 301 },
    '/loop1': { redirect: '/loop2' },
    '/loop2': { redirect: '/loop1' },
    '/escape': { redirect: 'file:///etc/passwd' },
    '/broken': { status: 500, type: 'text/plain', body: 'boom' },
    '/logo.png': { type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    '/hang': { hang: true },
    '/endless': { endless: '<p>More and more text.</p>' },
    ...Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`/hop${i}`, { redirect: `/hop${i + 1}` }])),
  });
});
afterAll(() => server.close());

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected a failure');
}

describe('fetchUrl', () => {
  it("downloads a page and reads it into a document with the page's own metadata", async () => {
    const body = await fetchUrl(url('/marevo'));
    expect([body.kind, body.mediaType, body.charset, body.url]).toEqual(['page', 'text/html', 'utf-8', url('/marevo')]);
    const doc = await documentFromBody(body, url('/marevo'));
    expect(doc.meta).toMatchObject({
      title: 'Shelling hits Marevo market',
      outlet: 'Kestrel',
      published: '2023-11-09',
    });
  });

  it('decodes with the charset the server declares, and reads text/plain as text', async () => {
    const latin = await documentFromBody(await fetchUrl(url('/latin1')), url('/latin1'));
    expect(latin.encoding).toBe('windows-1252');
    expect(latin.text).toContain('The café owner said \u201cnine\u201d people were hurt.');
    const plain = await documentFromBody(await fetchUrl(url('/plain')), url('/plain'));
    expect([plain.format, plain.text]).toEqual([
      'text',
      'Update\n\n<b>Not markup</b>: 30 people were detained, police said.\n',
    ]);
  });

  it('follows redirects to the end and says where the body came from', async () => {
    const body = await fetchUrl(url('/a'));
    expect([body.requested, body.url]).toEqual([url('/a'), url('/marevo')]);
  });

  it('refuses loops, too many redirects and redirects off http(s)', async () => {
    expect(await reason(fetchUrl(url('/loop1')))).toBe(
      `redirect loop: ${url('/loop1')} → ${url('/loop2')} → ${url('/loop1')}`,
    );
    expect(await reason(fetchUrl(url('/hop0')))).toBe(`more than 5 redirects (last ${url('/hop6')})`);
    expect(await reason(fetchUrl(url('/hop0'), { maxRedirects: 7 }))).toBe('HTTP 404 Not Found');
    expect(await reason(fetchUrl(url('/escape')))).toBe(
      'redirect to a URL crosscheck does not fetch (file:///etc/passwd)',
    );
  });

  it('names error statuses and types it does not read', async () => {
    expect(await reason(fetchUrl(url('/nowhere')))).toBe('HTTP 404 Not Found');
    expect(await reason(fetchUrl(url('/broken')))).toBe('HTTP 500 Internal Server Error');
    expect(await reason(fetchUrl(url('/logo.png')))).toBe(
      'unsupported content type image/png: crosscheck reads HTML, plain text, RSS and Atom feeds',
    );
    expect(await reason(fetchUrl('ftp://127.0.0.1/x'))).toBe('not an http(s) URL');
  });

  it('gives up on a server that never answers after the timeout', async () => {
    const started = Date.now();
    expect(await reason(fetchUrl(url('/hang'), { timeoutMs: 300 }))).toBe('no answer within 0.3 s (timeout)');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('stops reading an endless body at the size limit', async () => {
    expect(await reason(fetchUrl(url('/endless'), { maxBytes: 200_000 }))).toBe(
      'input is over the size limit of 200000 bytes (raise it with --max-bytes, or the maxBytes option)',
    );
  });

  it('names a refused connection', async () => {
    const closed = await startServer({});
    await closed.close();
    expect(await reason(fetchUrl(`${closed.base}/`))).toBe('cannot fetch: ECONNREFUSED');
  });
});
