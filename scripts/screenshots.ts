/**
 * `npm run screenshots`: the README's pictures. Serves the example corpus (a fresh ledger, the
 * example alias file) and saves docs/screenshots/series.png (the busiest series) and
 * docs/screenshots/document.png (a document opened at a claim of that series) with Debian's
 * Chromium ($CHROMIUM, default /usr/bin/chromium).
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clickableMark, launch, serve } from '../test/browser/harness.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'screenshots');
mkdirSync(OUT, { recursive: true });

const examples = readdirSync(join(ROOT, 'examples'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => join('examples', e.name));
// Run from the checkout with relative paths, as npm start does: the pages show origins as given.
const [server, browser] = await Promise.all([
  serve([...examples, '--aliases', join('examples', 'crosscheck.aliases.json')], {}, ROOT),
  launch(),
]);
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
  const { items } = (await (await fetch(`${server.url}api/series?limit=1`)).json()) as { items: Array<{ id: string }> };
  await page.goto(`${server.url}series/${encodeURIComponent(items[0]!.id)}`);
  await page.screenshot({ path: join(OUT, 'series.png') });
  const mark = await clickableMark(page);
  await mark.click();
  await page.waitForURL((u) => u.pathname.startsWith('/documents/'));
  // The top of the page: title, source, and the text with the claim marked, the list beside it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(OUT, 'document.png') });
  process.stdout.write(`saved ${join(OUT, 'series.png')} and ${join(OUT, 'document.png')}\n`);
} finally {
  await browser.close();
  await server.stop();
}
