import { parseHTML } from 'linkedom';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markText, type Mark, type MarkedNode } from '../../src/server/pages/marked-text.js';
import { testServer, type TestServer } from './helpers.js';

let s: TestServer;
beforeAll(async () => {
  s = await testServer();
});
afterAll(() => s.close());

async function page(path: string, status = 200) {
  const res = await s.app.request(`http://localhost${path}`);
  expect(res.status, path).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await res.text();
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  return { html, document: parseHTML(html).document };
}

/** Everything in the page that could run: scripts, handlers, javascript: addresses, frames. */
function active(document: Document): string[] {
  const found: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' && !/^\/static\/app\.js\?v=/.test(el.getAttribute('src') ?? '')) found.push(el.outerHTML);
    if (['iframe', 'object', 'embed', 'img'].includes(tag) && !(el.getAttribute('src') ?? '').startsWith('/static/'))
      found.push(el.outerHTML.slice(0, 80));
    for (const a of el.attributes) {
      if (/^on/i.test(a.name) || a.name === 'style') found.push(`${tag} ${a.name}=${a.value}`);
      if (/^\s*javascript:/i.test(a.value)) found.push(`${tag} ${a.name}=${a.value}`);
    }
  }
  return found;
}

const docId = async (title: RegExp) => {
  const { items } = (await (await s.app.request('/api/documents?limit=500')).json()) as {
    items: Array<{ id: string; title: string | null }>;
  };
  return items.find((d) => title.test(d.title ?? ''))!.id;
};

describe('pages', () => {
  it('render every section with the frame and nothing that runs but the app’s script', async () => {
    for (const path of [
      '/',
      '/documents',
      '/figures?metric=killed',
      '/statements',
      '/statements?speaker=venn',
      '/search?q=shelling',
      '/search',
      '/ingest',
    ]) {
      const { document } = await page(path);
      expect(document.querySelector('nav[aria-label="Sections"]'), path).not.toBeNull();
      expect(document.querySelector('main h1')?.textContent, path).toBeTruthy();
      expect(active(document), path).toEqual([]);
    }
  });

  it('show a hostile article’s markup as text: nothing of it becomes an element', async () => {
    for (const title of [/^Council says/, /^Ferry strike/]) {
      const { html, document } = await page(`/documents/${await docId(title)}`);
      expect(active(document)).toEqual([]);
      expect(html).not.toMatch(/<(script|img|b|a|iframe)\b[^>]*(pwned|onerror|javascript)/i);
      const text = document.querySelector('.text')!.textContent!;
      if (/^Council/.test(document.querySelector('h1')!.textContent!)) {
        expect(text).toContain('<script>window.__pwned = 4</script>');
        expect(text).toContain('<a href="javascript:window.__pwned = 6">this link</a>');
      }
    }
    for (const path of [
      '/',
      '/series?outlet=marsh',
      '/disputes',
      '/outlets',
      '/documents',
      '/figures',
      '/statements',
      '/search?q=pwned',
    ]) {
      const { document } = await page(path);
      expect(active(document), path).toEqual([]);
    }
  });

  it('show a document’s text whole, with each claim one element its anchor names', async () => {
    const id = await docId(/^Two counts/);
    const stored = (await (await s.app.request(`/api/documents/${id}`)).json()) as {
      document: { text: string };
      figures: Array<{ id: number; evidence: string }>;
      statements: Array<{ id: number; text: string }>;
    };
    const { document } = await page(`/documents/${id}`);
    expect(document.querySelector('.text')!.textContent).toBe(stored.document.text);
    for (const f of stored.figures) {
      expect(document.getElementById(`f-${f.id}`)?.textContent).toBe(f.evidence);
      expect(document.querySelector(`a[href="#f-${f.id}"]`)).not.toBeNull();
    }
    for (const st of stored.statements) expect(document.getElementById(`s-${st.id}`)?.textContent).toBe(st.text);
    expect(document.querySelectorAll('details.why').length).toBe(stored.figures.length + stored.statements.length);
  });

  it('set right-to-left text in its own direction', async () => {
    const { document } = await page(`/documents/${await docId(/^بيان/)}`);
    const text = document.querySelector('.text')!;
    expect(text.getAttribute('dir')).toBe('auto');
    expect(text.getAttribute('lang')).toBe('ar');
  });

  it('answer a bad filter or an unknown document with a page that says so', async () => {
    const bad = await page('/figures?from=2025-02-30', 400);
    expect(bad.document.querySelector('.notice')!.textContent).toMatch(/calendar day/);
    const missing = await page('/documents/ffffffff', 404);
    expect(missing.document.querySelector('.notice')!.textContent).toMatch(/no document/);
    await page('/no/such/page', 404);
  });

  it('store a pasted article from the ingest form and show its claims', async () => {
    const body = new FormData();
    body.set(
      'text',
      'TARNE, June 12, 2025 — At least 8 people were killed in a flood in Tarne, the regional governor said.',
    );
    body.set('title', 'Flood in Tarne');
    const res = await s.app.request('http://localhost/ingest', { method: 'POST', body });
    expect(res.status).toBe(200);
    const { document } = parseHTML(await res.text());
    expect(document.querySelector('#ingest-result .summary')!.textContent).toMatch(/1 new/);
    expect(document.querySelector('#ingest-result h3')!.textContent).toBe('Flood in Tarne');
    expect(document.querySelector('.claims-brief')!.textContent).toMatch(/at least 8.*killed.*the regional governor/s);
  });
});

/** The marks of a tree, as [text, kind, anchor] in document order. */
function flatten(nodes: MarkedNode[], out: Array<[string, string, string | null]> = []) {
  for (const n of nodes) {
    if (typeof n === 'string') continue;
    out.push([text(n.children), n.mark.kind, n.mark.anchor]);
    flatten(n.children, out);
  }
  return out;
}
const text = (nodes: MarkedNode[]): string => nodes.map((n) => (typeof n === 'string' ? n : text(n.children))).join('');

describe('markText', () => {
  const mark = (start: number, end: number, kind: Mark['kind'], anchor: string | null = null): Mark => ({
    start,
    end,
    kind,
    anchor,
    label: '',
  });

  it('nests marks inside the marks that hold them and keeps the text whole', () => {
    const t = 'He said 12 people died in Ostrel.';
    const nodes = markText(t, [mark(8, 33, 'statement', 's-1'), mark(8, 10, 'figure', 'f-1'), mark(26, 32, 'entity')]);
    expect(text(nodes)).toBe(t);
    expect(flatten(nodes)).toEqual([
      ['12 people died in Ostrel.', 'statement', 's-1'],
      ['12', 'figure', 'f-1'],
      ['Ostrel', 'entity', null],
    ]);
  });

  it('cuts a mark that crosses the end of another, keeping its anchor on the first piece', () => {
    const t = 'abcdefghij';
    const nodes = markText(t, [mark(0, 5, 'statement', 's-1'), mark(3, 8, 'figure', 'f-1')]);
    expect(text(nodes)).toBe(t);
    expect(flatten(nodes)).toEqual([
      ['abcde', 'statement', 's-1'],
      ['de', 'figure', 'f-1'],
      ['fgh', 'figure', null],
    ]);
  });

  it('keeps the text whole, and each anchor once, whatever the marks (out of bounds, empty, crossing)', () => {
    const t = 'The quick brown fox jumps over the lazy dog';
    const arbMark = fc
      .tuple(
        fc.integer({ min: -3, max: t.length + 3 }),
        fc.integer({ min: 0, max: 15 }),
        fc.constantFrom('statement', 'figure', 'entity'),
      )
      .map(([a, n, kind]) => mark(a, a + n, kind as Mark['kind']));
    fc.assert(
      fc.property(fc.array(arbMark, { maxLength: 10 }), (marks) => {
        const nodes = markText(
          t,
          marks.map((m, i) => ({ ...m, anchor: `m${i}` })),
        );
        expect(text(nodes)).toBe(t);
        const anchors = flatten(nodes)
          .map(([, , a]) => a)
          .filter((a) => a !== null);
        expect(new Set(anchors).size).toBe(anchors.length);
      }),
    );
  });
});
