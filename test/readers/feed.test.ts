import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContainerEntry } from '../../src/ingest/container-entry.js';
import { feedFormat, parseFeed } from '../../src/ingest/feed-parse.js';
import { readFeedBytes } from '../../src/ingest/feed.js';
import { atomFeed, rssFeed } from './feeds.js';
import { startServer, type LocalServer } from './local-server.js';
import { page, VALLEY_DISPLACED } from './reports.js';

let server: LocalServer;
beforeAll(async () => {
  server = await startServer({
    '/vessa': { body: page(VALLEY_DISPLACED, { outlet: 'Kestrel', published: '2023-11-15' }) },
  });
});
afterAll(() => server.close());

// The test server is on 127.0.0.1, which a feed file's links may reach only when allowed.
async function entries(xml: string, origin: string, options = { allowPrivateUrls: true }): Promise<ContainerEntry[]> {
  const out: ContainerEntry[] = [];
  for await (const e of readFeedBytes(new TextEncoder().encode(xml), origin, options)) out.push(e);
  return out;
}

/** "doc ORIGIN | title | published | outlet | url" or "fail ORIGIN | reason". */
function lines(list: ContainerEntry[]): string[] {
  return list.map((e) =>
    e.ok
      ? `doc ${e.doc.origin} | ${e.doc.meta.title} | ${e.doc.meta.published} | ${e.doc.meta.outlet} | ${e.url}`
      : `fail ${e.origin} | ${e.reason}`,
  );
}

describe('readFeedBytes: RSS 2.0', () => {
  it('reads full content as HTML, fetches the page of a summary-only item, and fills in item metadata', async () => {
    const base = server.base;
    const list = await entries(rssFeed(base), 'conflict.rss');
    expect(lines(list)).toEqual([
      `doc ${base}/marevo | Shelling hits Marevo market | 2023-11-09 | Kestrel Wire: Conflict | ${base}/marevo`,
      // The fetched page's own outlet wins over the feed's; the item's date and title override the page's.
      `doc ${base}/vessa | Thousands leave the Vessa valley as fighting nears | 2023-11-14 | Kestrel | ${base}/vessa`,
    ]);
    const [market, valley] = list;
    expect(market!.ok && market!.doc.text).toBe(
      'Shelling hits Marevo market\n\nMAREVO, Nov 9 (Kestrel) - At least 12 people were killed when shells hit the covered market in Marevo on Thursday morning, the regional health department said.\n\nThe northern command said its units had not fired on the town and blamed the opposing side for the strike.',
    );
    expect(valley!.ok && valley!.doc.text).toContain('More than 4,000 people have fled villages');
    expect(server.hits).toContain('/vessa');
  });

  it('fails a summary-only item whose page cannot be read, with the reason, and reads the others', async () => {
    const base = server.base;
    const list = await entries(rssFeed(base).replace(`${base}/vessa`, `${base}/vessa-gone`), 'conflict.rss');
    expect(lines(list)[1]).toBe(
      `fail conflict.rss#item-2 (${base}/vessa-gone) | the item has only a summary, and its page could not be read: HTTP 404 Not Found`,
    );
    expect(list[0]!.ok).toBe(true);
  });

  it("uses the item's <source> as outlet for a summary it cannot fetch elsewhere", async () => {
    const xml = rssFeed('ftp://kestrel.test');
    expect(lines(await entries(xml, 'conflict.rss'))[1]).toBe(
      'doc ftp://kestrel.test/vessa | Thousands leave the Vessa valley as fighting nears | 2023-11-14 | Doltsa Relief Office | ftp://kestrel.test/vessa',
    );
  });
});

describe('readFeedBytes: Atom', () => {
  it('reads escaped HTML and inline XHTML content, prefers published to updated, and resolves relative links', async () => {
    const base = server.base;
    const list = await entries(atomFeed('https://greyhaven.test'), `${base}/feed.atom`);
    expect(lines(list)).toEqual([
      'doc https://greyhaven.test/bridge | Police detain 30 after bridge protest in Doltsa | 2023-11-18 | Greyhaven Evening Post | https://greyhaven.test/bridge',
      'doc https://greyhaven.test/marevo-x | Shelling hits Marevo market | 2023-11-10 | Greyhaven Evening Post | https://greyhaven.test/marevo-x',
      `doc ${base}/vessa | Thousands leave the Vessa valley as fighting nears | 2023-11-14 | Kestrel | ${base}/vessa`,
    ]);
    expect(list[0]!.ok && list[0]!.doc.text).toContain(
      'Police in Doltsa detained 30 people after a protest on the Iron Bridge on Saturday',
    );
    expect(list[1]!.ok && list[1]!.doc.text).toContain(
      'At least 12 people were killed when shells hit the covered market',
    );
    expect(list[0]!.ok && list[0]!.doc.meta.language).toBe('en');
  });
});

describe('parseFeed on damaged and hostile feeds', () => {
  it('keeps the items before a cut and says the feed was truncated', () => {
    const xml = rssFeed('https://kestrel.test');
    const cut = xml.slice(0, xml.indexOf('<pubDate>Tue') + 12);
    const cutInTag = xml.slice(0, xml.indexOf('GMT</pubDate>', xml.indexOf('<pubDate>Tue')) + 8);
    expect(parseFeed(cutInTag).error).toMatch(
      /^truncated feed: Closing tag 'pub' doesn't have proper closing \(line 17, column 48\); the 1 item before it was read$/,
    );
    const feed = parseFeed(cut);
    expect(feed.items.map((i) => i.title)).toEqual(['Shelling hits Marevo market']);
    expect(feed.error).toBe('truncated feed: it ends before its closing tags; the 1 item before it was read');
  });

  it('keeps the items before a mismatched tag and says the feed is malformed', () => {
    const xml = rssFeed('https://kestrel.test').replace(
      '<description>Families leave the valley on foot.</description>',
      '<description>Families leave</summary>',
    );
    const feed = parseFeed(xml);
    expect(feed.items.map((i) => i.title)).toEqual(['Shelling hits Marevo market']);
    expect(feed.error).toMatch(
      /^malformed feed: Expected closing tag 'description' .* instead of closing tag 'summary' \(line 18, column 32\); the 1 item before it was read$/,
    );
  });

  it('reads a feed cut right after an item as truncated, with that item', () => {
    const xml = rssFeed('https://kestrel.test');
    const feed = parseFeed(xml.slice(0, xml.indexOf('</item>') + 7));
    expect([feed.items.length, feed.error]).toEqual([
      1,
      'truncated feed: it ends before its closing tags; the 1 item before it was read',
    ]);
  });

  it('refuses a billion-laughs feed at once, without expanding anything', () => {
    const defs = [
      '<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
    ];
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${defs.join('\n')}\n]>\n<rss><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`;
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    expect(() => parseFeed(xml)).toThrow(
      'the feed declares its own XML entities (<!ENTITY …>); crosscheck never expands them (entity-expansion and external-entity attacks)',
    );
    expect(performance.now() - started).toBeLessThan(50);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10_000_000);
  });

  it('refuses an external entity and never reads the file it names', async () => {
    const xml =
      '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>\n<rss><channel><title>Leak</title><item><title>&secret;</title><description>&secret;</description></item></channel></rss>';
    const list = await entries(xml, 'leak.rss');
    expect(lines(list)).toEqual([
      'fail leak.rss | the feed declares its own XML entities (<!ENTITY …>); crosscheck never expands them (entity-expansion and external-entity attacks)',
    ]);
    expect(JSON.stringify(list)).not.toContain(readFileSync('/etc/hostname', 'utf8').trim());
  });

  it('names XML that is not a feed, and tells feed roots apart', () => {
    expect(() =>
      parseFeed('<?xml version="1.0"?><urlset><url><loc>https://kestrel.test/</loc></url></urlset>'),
    ).toThrow('not an RSS or Atom feed (its root element is <urlset>)');
    expect(
      feedFormat(
        '<?xml version="1.0"?><!-- <rss> --><!DOCTYPE feed [ <!ELEMENT feed ANY> ]><feed xmlns="http://www.w3.org/2005/Atom">',
      ),
    ).toBe('atom');
    expect(feedFormat('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">')).toBe('rdf');
    expect(feedFormat('<!doctype html><html>')).toBe(null);
  });

  it('reads RSS 1.0 (RDF) items that sit beside the channel', () => {
    const xml =
      '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Doltsa Relief Office</title><dc:language>en</dc:language></channel><item><title>Shelter update</title><link>https://doltsa-relief.test/u/7</link><dc:date>2023-11-16T12:00:00Z</dc:date><description>&lt;p&gt;Our shelters in Doltsa now house 1,200 people.&lt;/p&gt;</description></item></rdf:RDF>';
    const feed = parseFeed(xml);
    expect([feed.format, feed.title, feed.language]).toEqual(['rdf', 'Doltsa Relief Office', 'en']);
    expect(feed.items).toEqual([
      {
        title: 'Shelter update',
        link: 'https://doltsa-relief.test/u/7',
        published: '2023-11-16',
        outlet: null,
        content: null,
        summary: { html: '<p>Our shelters in Doltsa now house 1,200 people.</p>' },
      },
    ]);
  });
});
