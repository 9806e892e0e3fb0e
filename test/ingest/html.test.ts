import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHtml, type HtmlArticle } from '../../src/ingest/index.js';
import { caseInput } from '../helpers/cases.js';

// A news page written for the project; its text, metadata and offset map are the case test/cases/html/news-page.
const page = caseInput('html', 'news-page');

/** The offset-map property: segments ascend, stay inside both strings, and copy text exactly. */
function assertOffsetMap(html: string, a: HtmlArticle): void {
  let lastText = 0;
  for (const s of a.htmlMap) {
    expect(s.length).toBeGreaterThan(0);
    expect(s.textStart).toBeGreaterThanOrEqual(lastText);
    expect(s.textStart + s.length).toBeLessThanOrEqual(a.text.length);
    expect(s.htmlStart + s.length).toBeLessThanOrEqual(html.length);
    expect(html.slice(s.htmlStart, s.htmlStart + s.length)).toBe(a.text.slice(s.textStart, s.textStart + s.length));
    lastText = s.textStart + s.length;
  }
}

/** Characters of the text no segment covers. */
function unmapped(a: HtmlArticle): string {
  const covered = new Uint8Array(a.text.length);
  for (const s of a.htmlMap) covered.fill(1, s.textStart, s.textStart + s.length);
  return [...a.text].filter((_, i) => !covered[i]).join('');
}

describe('readHtml on a news page', () => {
  const article = readHtml(page);

  it('maps every segment back to the same characters in the page', () => {
    assertOffsetMap(page, article);
  });

  it('maps the headline to the printed <h1>, not to <title>', () => {
    const h1 = page.indexOf('<h1 class="headline">');
    expect(article.htmlMap[0]).toEqual({ textStart: 0, htmlStart: h1 + '<h1 class="headline">'.length, length: 57 });
  });

  it('leaves unmapped only the breaks it inserted and characters written as entities', () => {
    // "&mdash;" "&#8217;" "&#8220;" "&#8221;" "&amp;" "&nbsp;" and paragraph breaks.
    expect(unmapped(article)).toMatch(/^[\n —’“”&]*$/);
    expect(unmapped(article)).toContain('’');
  });

  it('reads the page metadata, preferring JSON-LD over other tags', () => {
    expect(article.meta).toEqual({
      title: 'Shelling hits market in Novarsk as both sides trade blame',
      outlet: 'The Northern Ledger',
      // JSON-LD and article:published_time say 6 March; <meta name="date"> says the 5th.
      published: '2024-03-06',
      language: 'en',
      url: 'https://ledger.example/world/2024/03/06/novarsk-market-shelling',
    });
  });

  it('keeps scripts, styles, navigation, ads and footer out of the text', () => {
    for (const junk of [
      'dataLayer',
      'loadAd',
      'min-height',
      'Newsletters',
      'Advertisement',
      'Sign up',
      'All rights reserved',
      'Skip to content',
    ]) {
      expect(article.text).not.toContain(junk);
    }
  });

  it('decodes entities and shows the headline once', () => {
    expect(article.text).toContain('the city’s emergency services said');
    expect(article.text).toContain('\n\nHospital & morgue overwhelmed\n\n');
    expect(article.text).toContain('for 250 people.');
    expect(article.text.split('Shelling hits market in Novarsk').length).toBe(2);
    expect(
      article.text.startsWith(
        'Shelling hits market in Novarsk as both sides trade blame\n\nNOVARSK — At least 14 people',
      ),
    ).toBe(true);
  });
});

describe('readHtml on other pages', () => {
  it('splits a segment at each entity', () => {
    const html = '<html><body><article><p>Aid groups &amp; the UN said 5&#160;people died.</p></article></body></html>';
    const a = readHtml(html);
    expect(a.text).toBe('Aid groups & the UN said 5 people died.');
    expect(a.htmlMap.map((s) => a.text.slice(s.textStart, s.textStart + s.length))).toEqual([
      'Aid groups ',
      ' the UN said 5',
      'people died.',
    ]);
    assertOffsetMap(html, a);
  });

  it('collapses white space, mapping only spaces written as one space', () => {
    const html = '<html><body><p>Three   were\n      detained   on <b>Friday</b>,\n police said.</p></body></html>';
    const a = readHtml(html);
    expect(a.text).toBe('Three were detained on Friday, police said.');
    assertOffsetMap(html, a);
    expect(unmapped(a)).toBe('    ');
  });

  it('takes the headline from og:title when the page has no <h1>, mapped into <title>', () => {
    const html =
      '<!doctype html><html lang="fr-FR"><head><title>Dozens detained after protest in Tbilisi - Caucasus Wire</title>' +
      '<meta property="og:title" content="Dozens detained after protest in Tbilisi">' +
      '<meta name="pubdate" content="20240512"></head><body><div class="text"><p>Police detained dozens of protesters ' +
      'outside parliament on Saturday night, the interior ministry said.</p></div></body></html>';
    const a = readHtml(html);
    expect(a.text).toBe(
      'Dozens detained after protest in Tbilisi\n\nPolice detained dozens of protesters outside parliament on Saturday night, the interior ministry said.',
    );
    expect(a.meta).toMatchObject({
      title: 'Dozens detained after protest in Tbilisi',
      published: '2024-05-12',
      language: 'fr',
      outlet: null,
    });
    assertOffsetMap(html, a);
    expect(a.htmlMap[0]).toEqual({ textStart: 0, htmlStart: html.indexOf('Dozens detained after'), length: 40 });
  });

  it('does not take a logo <h1> for the headline', () => {
    const html =
      '<html><head><meta property="og:title" content="Ceasefire holds for a second day in Idlib"></head><body>' +
      '<h1 class="logo">Levant Daily</h1><article><h2>Ceasefire holds for a second day in Idlib</h2>' +
      '<p>No shelling was reported overnight, residents said.</p></article></body></html>';
    const a = readHtml(html);
    expect(a.meta.title).toBe('Ceasefire holds for a second day in Idlib');
    expect(a.text).toBe(
      'Ceasefire holds for a second day in Idlib\n\nNo shelling was reported overnight, residents said.',
    );
    assertOffsetMap(html, a);
  });

  it('reads a fragment without <html> and <body>', () => {
    const html =
      '<!doctype html><title>Flood toll rises</title><p>At least 31 people died in the floods, officials said.</p>';
    const a = readHtml(html);
    expect(a.text).toBe('Flood toll rises\n\nAt least 31 people died in the floods, officials said.');
    assertOffsetMap(html, a);
    expect(unmapped(a)).toBe('\n\n');
  });

  it('reads dates from JSON-LD with an inline publisher, and from <time> in the article', () => {
    const jsonLd =
      '<html><head><script type="application/ld+json">[{"@type":"NewsArticle","headline":"Talks resume","datePublished":"Mon, 3 Jun 2024 09:00:00 GMT",' +
      '"publisher":{"@type":"Organization","name":"Harbour Times"}}]</script></head><body><p>Talks resumed.</p></body></html>';
    expect(readHtml(jsonLd).meta).toMatchObject({
      title: 'Talks resume',
      outlet: 'Harbour Times',
      published: '2024-06-03',
    });
    const time =
      '<html><body><article><p>Posted <time datetime="2023-10-31T22:10:00-04:00">late Tuesday</time></p><p>Two were hurt.</p></article></body></html>';
    expect(readHtml(time).meta.published).toBe('2023-10-31');
  });

  it('leaves preformatted text as written, with CRLF as LF', () => {
    const html = '<html><body><p>The list, as released:</p><pre>Killed:   12\r\nWounded:  40</pre></body></html>';
    const a = readHtml(html);
    expect(a.text).toBe('The list, as released:\n\nKilled:   12\nWounded:  40');
    assertOffsetMap(html, a);
  });

  it('rejects a page without text', () => {
    expect(() => readHtml('<html><body><script>var x = 1;</script></body></html>')).toThrow(/no readable article text/);
  });

  it('keeps the offset-map property on generated pages', () => {
    const word = fc.constantFrom(
      'officials',
      'said',
      '40',
      'people',
      'were',
      'killed',
      'Kherson',
      'on',
      'Tuesday',
      '&amp;',
      '&#8217;s',
      '&nbsp;',
      '&lt;',
      'café',
      '—',
    );
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
    const inline = fc
      .tuple(sentence, fc.constantFrom('b', 'a', 'em', 'span'), sentence)
      .map(([a, tag, b]) => `${a} <${tag}>${b}</${tag}>`);
    const block = fc
      .tuple(fc.constantFrom('p', 'h2', 'li', 'blockquote'), fc.oneof(sentence, inline))
      .map(([tag, body]) => `<${tag}>${body}</${tag}>\n`);
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const html = `<!doctype html><html><head><script>var killed = 40;</script></head><body><article>\n${blocks.join('')}</article></body></html>`;
        const a = readHtml(html);
        assertOffsetMap(html, a);
        expect(a.text).not.toContain('var killed');
        expect(unmapped(a)).toMatch(/^[\s&’<]*$/);
      }),
      { numRuns: 60, seed: 20240306 },
    );
  });
});

describe('readHtml headline choice', () => {
  it('trusts the article’s <h1> even when og:title is worded differently, and shows it once', () => {
    const html =
      '<html><head><meta property="og:title" content="Novarsk: 14 dead in market attack"></head><body><main><article>' +
      '<h1>Shelling hits market in Novarsk</h1><p>At least 14 people were killed, officials said, and dozens more were hurt in the attack.</p>' +
      '</article></main></body></html>';
    const a = readHtml(html);
    expect(a.meta.title).toBe('Shelling hits market in Novarsk');
    expect(a.text).toBe(
      'Shelling hits market in Novarsk\n\nAt least 14 people were killed, officials said, and dozens more were hurt in the attack.',
    );
  });
});
