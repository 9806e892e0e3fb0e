import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale } from '../hostile/cli-harness.js';
import { axeViolations, haveChromium, launch, screenshot, serve, watch, type Served } from './harness.js';

// A server that fetches (--allow-fetch), admitting a local "intranet mirror" on 127.0.0.1, over an
// empty ledger; the mirror serves one page.
const PAGE = `<!doctype html><html><head><title>Ferry delayed at Skarvik</title></head><body><article>
<h1>Ferry delayed at Skarvik</h1>
<p>SKARVIK, July 3, 2025 — At least 9 people were injured when a ferry struck the pier at Skarvik, the harbour master said on Thursday.</p>
</article></body></html>`;

let mirror: Server;
let server: Served;
let browser: Browser;

beforeAll(async () => {
  if (!haveChromium) return;
  buildIfStale();
  mirror = createServer((req, res) =>
    req.url === '/ferry' ? res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE) : res.writeHead(404).end(),
  );
  await new Promise<void>((done) => mirror.listen(0, '127.0.0.1', done));
  [server, browser] = await Promise.all([serve(['--allow-fetch', '--fetch-allow', '127.0.0.1/32']), launch()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  mirror?.close();
});

describe.skipIf(!haveChromium)('in Chromium, a server that fetches', () => {
  it('fetches the page whose address is given in Ingest and shows its claims; the form passes axe-core', async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    await page.goto(`${server.url}ingest`);
    expect(await axeViolations(page)).toEqual([]);
    const field = page.getByLabel("A page's address, for the server to fetch");
    await field.fill(`http://127.0.0.1:${(mirror.address() as AddressInfo).port}/ferry`);
    await page.click('button:has-text("Read and store")');
    const result = page.locator('#ingest-result');
    await result.waitFor();
    expect(await result.locator('.summary').textContent()).toMatch(/Read 1 document: 1 new/);
    expect(await result.locator('h3').textContent()).toBe('Ferry delayed at Skarvik');
    expect(await result.locator('.claims-brief').first().textContent()).toMatch(
      /at least 9\s*injured[\s\S]*the harbour master/,
    );
    await screenshot(page, 'ingest-fetched');
    // A refused address is named in the result, in one line.
    await field.fill('http://10.0.0.1/admin');
    await page.click('button:has-text("Read and store")');
    await page.locator('#ingest-result .failures').waitFor();
    expect(await page.locator('#ingest-result .failures').textContent()).toMatch(
      /^http:\/\/10\.0\.0\.1\/admin: not fetched: 10\.0\.0\.1 is a loopback or private address/,
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
