import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, root } from '../hostile/cli-harness.js';
import {
  axeViolations,
  clickableMark,
  haveChromium,
  launch,
  screenshot,
  serve,
  watch,
  type Served,
} from './harness.js';

// One server over the example corpus and the server's test texts (an Arabic bulletin, long names,
// hostile markup), one browser, for every test here.
let server: Served;
let browser: Browser;
let context: BrowserContext;

// Every folder of the example corpus (its README and alias file are no articles).
const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => join(root, 'examples', e.name));

beforeAll(async () => {
  if (!haveChromium) return;
  buildIfStale();
  [server, browser] = await Promise.all([
    serve([...examples, join(root, 'test/server/texts'), '--aliases', join(root, 'examples/crosscheck.aliases.json')]),
    launch(),
  ]);
  context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a page of the server; returns it with the list of problems it reports. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems = watch(page);
  const res = await page.goto(server.url.replace(/\/$/, '') + path);
  expect(res?.status(), path).toBeLessThan(400);
  return { page, problems };
}

async function documentId(title: RegExp): Promise<string> {
  const res = await fetch(`${server.url}api/documents?limit=500`);
  const { items } = (await res.json()) as { items: Array<{ id: string; title: string | null }> };
  return items.find((d) => title.test(d.title ?? ''))!.id;
}

/** The page of the series with most claimants. */
async function busiestSeries(): Promise<string> {
  const { items } = (await (await fetch(`${server.url}api/series?limit=1`)).json()) as { items: Array<{ id: string }> };
  return `/series/${encodeURIComponent(items[0]!.id)}`;
}

describe.skipIf(!haveChromium)('in Chromium', () => {
  it('every page loads without errors, passes axe-core, and keeps to the width of the window', async () => {
    const pages: Array<[string, string]> = [
      ['overview', '/'],
      ['series-list', '/series'],
      ['series', await busiestSeries()],
      ['disputes', '/disputes'],
      ['outlets', '/outlets'],
      ['documents', '/documents'],
      ['figures', '/figures?metric=killed'],
      ['statements', '/statements'],
      ['search', '/search?q=convoy'],
      ['ingest', '/ingest'],
      ['document', `/documents/${await documentId(/^FACTBOX/)}`],
      ['document-long-names', `/documents/${await documentId(/^Two counts/)}`],
      ['document-rtl', `/documents/${await documentId(/^بيان/)}`],
      ['document-hostile', `/documents/${await documentId(/^Council says/)}`],
    ];
    for (const [name, path] of pages) {
      const { page, problems } = await open(path);
      expect(await axeViolations(page), name).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${name} is wider than the window`).toBeLessThanOrEqual(0);
      await screenshot(page, name);
      expect(problems, name).toEqual([]);
      await page.close();
    }
    // Fourteen pages, each checked by axe-core: about 35 s alone, more beside other test files.
  }, 180_000);

  it('a mark of a series opens its document with the claim highlighted', async () => {
    const { page, problems } = await open(await busiestSeries());
    const mark = await clickableMark(page);
    const href = await mark.getAttribute('href');
    expect(href).toMatch(/^\/documents\/[0-9a-f]{64}#f-\d+$/);
    await mark.click();
    await page.waitForURL((u) => u.pathname.startsWith('/documents/'));
    const anchor = href!.split('#')[1]!;
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(anchor);
    const target = page.locator(`#${anchor}`);
    await expect.poll(() => target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    expect(await target.isVisible()).toBe(true);
    expect(await page.locator(`.claim[data-anchor="${anchor}"]`).getAttribute('class')).toContain('is-current');
    await screenshot(page, 'document-from-chart');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the chart names each mark for the keyboard and shows its sentence as a tooltip', async () => {
    const { page, problems } = await open('/figures?metric=killed');
    const mark = page.locator('svg.chart a').first();
    expect(await mark.locator('title').textContent()).toMatch(/killed[\s\S]*as of[\s\S]*“/);
    await mark.focus();
    await expect.poll(() => page.locator('.tip').isVisible()).toBe(true);
    expect(await page.locator('.tip').textContent()).toMatch(/killed/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the keyboard reaches the content and the claims: skip link, then a claim of the list to its place in the text', async () => {
    const id = await documentId(/^Two counts/);
    const { page, problems } = await open(`/documents/${id}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const link = page.locator('.claim-f .claim-link').first();
    await link.focus();
    await page.keyboard.press('Enter');
    const anchor = (await link.getAttribute('href'))!.slice(1);
    await expect.poll(() => page.evaluate(() => location.hash.slice(1))).toBe(anchor);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(anchor);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('right-to-left text runs right to left', async () => {
    const { page } = await open(`/documents/${await documentId(/^بيان/)}`);
    expect(await page.locator('.text').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await page.locator('h1 span').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await page.close();
  });

  it('a hostile article is shown as text and runs nothing, wherever it appears', async () => {
    const hostile = await documentId(/^Council says/);
    const ferry = await documentId(/^Ferry strike/);
    for (const path of [
      `/documents/${hostile}`,
      `/documents/${ferry}`,
      '/',
      '/documents',
      '/figures?metric=killed',
      '/series?outlet=marsh',
      '/disputes',
      '/outlets',
      '/statements?speaker=venn',
      '/search?q=pwned',
    ]) {
      const { page, problems } = await open(path);
      // Pointing at things is what would fire an onmouseover, had one got through.
      for (const el of (await page.locator('.text .hl, svg.chart a').all()).slice(0, 8))
        await el.hover({ force: true, timeout: 2000 });
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), path).toBeUndefined();
      expect(problems, path).toEqual([]);
      await page.close();
    }
    const { page } = await open(`/documents/${hostile}`);
    expect(await page.locator('.text').textContent()).toContain('<script>window.__pwned = 4</script>');
    expect(await page.locator('h1').textContent()).toContain('<img src=x onerror="window.__pwned = 2">');
    await page.close();
  });

  it('pasting an article in Ingest stores it and shows its claims', async () => {
    const { page, problems } = await open('/ingest');
    await page.fill(
      'textarea[name=text]',
      'HOLMGARD, June 20, 2025 — At least 17 people were killed when a bridge collapsed in Holmgard, the regional police said on Friday.\n\n"We are still searching the river," said Inspector Tove Lindahl.',
    );
    await page.fill('input[name=outlet]', 'The Holmgard Post');
    await page.click('button:has-text("Read and store")');
    const result = page.locator('#ingest-result');
    await result.waitFor();
    expect(await result.locator('.summary').textContent()).toMatch(/Read 1 document: 1 new/);
    expect(await result.locator('.claims-brief').first().textContent()).toMatch(
      /at least 17\s*killed[\s\S]*the regional police/,
    );
    expect(await result.textContent()).toContain('Tove Lindahl');
    await screenshot(page, 'ingest-result');
    await result.locator('h3 a').click();
    await page.waitForURL((u) => u.pathname.startsWith('/documents/'));
    expect(await page.locator('.text .hl-f').first().textContent()).toBe('At least 17');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('Ingest and the pages work without JavaScript', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const page = await plain.newPage();
    await page.goto(`${server.url}ingest`);
    await page.setInputFiles('input[name=file]', {
      name: 'wire.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('TARNE, June 21, 2025 — Two people were detained in Tarne, police said.'),
    });
    await page.click('button:has-text("Read and store")');
    expect(await page.locator('#ingest-result .summary').textContent()).toMatch(/1 new/);
    await page.goto(`${server.url}figures?metric=killed`);
    expect(await page.locator('svg.chart a').count()).toBeGreaterThan(5);
    await plain.close();
  });
});
