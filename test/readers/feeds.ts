import { BRIDGE_DETAINED, MARKET_STRIKE, VALLEY_DISPLACED } from './reports.js';

/** An RSS 2.0 feed: one item with full content, one with only a summary and a link to `base`. */
export function rssFeed(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Kestrel Wire: Conflict</title>
  <link>${base}/</link>
  <language>en-gb</language>
  <item>
    <title>${MARKET_STRIKE.title}</title>
    <link>${base}/marevo</link>
    <pubDate>Thu, 09 Nov 2023 10:15:00 GMT</pubDate>
    <description>Shells hit a market in Marevo.</description>
    <content:encoded><![CDATA[${MARKET_STRIKE.html}<script>var x = "Ninety soldiers were killed";</script>]]></content:encoded>
  </item>
  <item>
    <title>${VALLEY_DISPLACED.title}</title>
    <link>${base}/vessa</link>
    <pubDate>Tue, 14 Nov 2023 16:40:00 GMT</pubDate>
    <description>Families leave the valley on foot.</description>
    <source url="https://doltsa-relief.test/feed">Doltsa Relief Office</source>
  </item>
</channel>
</rss>
`;
}

/** An Atom feed: escaped HTML content, inline XHTML content, a summary-only entry, a relative link. */
export function atomFeed(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="text">Greyhaven Evening Post</title>
  <updated>2023-11-20T18:00:00Z</updated>
  <entry>
    <title type="html">Police detain 30 after &lt;em&gt;bridge protest&lt;/em&gt; in Doltsa</title>
    <link rel="alternate" type="text/html" href="${base}/bridge"/>
    <link rel="edit" href="${base}/edit/1"/>
    <published>2023-11-18T21:05:00+01:00</published>
    <updated>2023-11-19T09:00:00Z</updated>
    <content type="html">${BRIDGE_DETAINED.html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content>
  </entry>
  <entry>
    <title>${MARKET_STRIKE.title}</title>
    <link href="${base}/marevo-x"/>
    <updated>2023-11-10T07:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${MARKET_STRIKE.html}</div></content>
  </entry>
  <entry>
    <title>${VALLEY_DISPLACED.title}</title>
    <link href="/vessa"/>
    <published>2023-11-14T16:40:00Z</published>
    <summary>Families leave the valley on foot.</summary>
  </entry>
</feed>
`;
}
