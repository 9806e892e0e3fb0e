import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  DocumentPage,
  EntityPage,
  ErrorSchema,
  FigurePage,
  IngestResultSchema,
  OverviewSchema,
  SearchPage,
  SpeakerPage,
  StatementPage,
  StoredDocumentSchema,
} from '../../src/server/api/schemas.js';
import {
  ChainPage,
  CompetingPage,
  DisputePage,
  OutletPage,
  SeriesPage,
  SeriesSchema,
  StoryPage,
  WordingSchema,
} from '../../src/server/api/cross-check-schemas.js';
import { pageOf, seriesSummary } from '../../src/server/api/cross-check.js';
import { TEXTS, testServer, type TestServer } from './helpers.js';

let s: TestServer;
beforeAll(async () => {
  s = await testServer();
});
afterAll(() => s.close());

/** GETs an API path and checks the answer against the schema the OpenAPI document gives for it. */
async function get<S extends z.ZodType>(path: string, schema: S, status = 200): Promise<z.output<S>> {
  const res = await s.app.request(path);
  const body: unknown = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return schema.parse(body);
}

const refusal = async (path: string, status: number, message: RegExp, init?: RequestInit) => {
  const res = await s.app.request(path, init);
  expect(res.status).toBe(status);
  const body = ErrorSchema.parse(await res.json());
  expect(body.error.status).toBe(status);
  expect(body.error.message).toMatch(message);
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at /);
  return body;
};

describe('reading the ledger', () => {
  it('gives the overview', async () => {
    const o = await get('/api/overview', OverviewSchema);
    expect(o).toMatchObject({ documents: 4, outlets: 3, firstPublished: '2025-06-02', lastPublished: '2025-06-04' });
    expect(o.metrics.map((m) => m.metric)).toContain('killed');
  });

  it('pages through documents with cursors, each once, in the order of one long page', async () => {
    const all = await get('/api/documents?limit=500', DocumentPage);
    expect(all.next).toBeNull();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: z.output<typeof DocumentPage> = await get(
        `/api/documents?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        DocumentPage,
      );
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((d) => d.id));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(all.items.map((d) => d.id));
  });

  it('pages figures and statements the same way', async () => {
    for (const [path, schema] of [
      ['/api/figures', FigurePage],
      ['/api/statements', StatementPage],
    ] as const) {
      const all = (await get(`${path}?limit=500`, schema)).items.map((r) => r.id);
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page = (await get(`${path}?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, schema)) as {
          items: Array<{ id: number }>;
          next: string | null;
        };
        seen.push(...page.items.map((r) => r.id));
        cursor = page.next;
      } while (cursor);
      expect(seen).toEqual(all);
      expect(all.length).toBeGreaterThan(4);
    }
  });

  it('filters figures by metric, claimant, outlet and date', async () => {
    const killed = await get('/api/figures?metric=killed', FigurePage);
    expect(killed.items.length).toBeGreaterThan(0);
    expect(killed.items.every((f) => f.metric === 'killed')).toBe(true);
    const own = await get('/api/figures?source=none', FigurePage);
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((f) => f.source === null)).toBe(true);
    const staff = await get('/api/figures?source=defence%20staff', FigurePage);
    expect(staff.items.map((f) => [f.value, f.metric])).toEqual([[6, 'killed']]);
    const herald = await get('/api/figures?outlet=lowland', FigurePage);
    expect(new Set(herald.items.map((f) => f.outlet))).toEqual(new Set(['The Lowland Herald']));
    const june4 = await get('/api/figures?from=2025-06-04&to=2025-06-04', FigurePage);
    expect(june4.items.length).toBeGreaterThan(0);
    expect(june4.items.every((f) => f.asOf === '2025-06-04')).toBe(true);
    // A blank field, as a form sends it, is no filter.
    expect((await get('/api/figures?metric=&outlet=', FigurePage)).items.length).toBe(
      (await get('/api/figures', FigurePage)).items.length,
    );
  });

  it('gives a document with its text and claims, every span pointing at its evidence', async () => {
    const { items } = await get('/api/figures?source=defence%20staff', FigurePage);
    const doc = await get(`/api/documents/${items[0]!.documentId.slice(0, 8)}`, StoredDocumentSchema);
    const { text } = doc.document;
    expect(doc.document.title).toBe('Two counts of the dead after the shelling of Port Verrin');
    for (const f of doc.figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.evidence);
    for (const st of doc.statements) expect(text.slice(st.span.start, st.span.end)).toBe(st.text);
    const haddad = doc.entities.find((e) => e.name.includes('Haddad'));
    expect(haddad && text.slice(haddad.mentions[0]!.start, haddad.mentions[0]!.end)).toMatch(/Haddad/);
  });

  it('lists speakers with their usual role, and statements by speaker', async () => {
    const speakers = await get('/api/speakers?speaker=pellinen', SpeakerPage);
    expect(speakers.items).toEqual([
      expect.objectContaining({ speaker: 'Ardo Pellinen', statements: 1, documents: 1, outlets: 1 }),
    ]);
    expect(speakers.items[0]!.role).toMatch(/spokesman/);
    // Role and outlet filter as substrings; a LIKE wildcard in a filter is a plain character.
    const byRole = await get('/api/speakers?role=SPOKES', SpeakerPage);
    expect(byRole.items.map((x) => x.speaker)).toContain('Ardo Pellinen');
    expect((await get('/api/speakers?role=spokes%25', SpeakerPage)).items).toEqual([]);
    expect((await get('/api/speakers?speaker=pellinen&outlet=no-such-outlet', SpeakerPage)).items).toEqual([]);
    const said = await get('/api/statements?speaker=pellinen', StatementPage);
    expect(said.items.map((x) => x.text)).toEqual(['no shell was aimed at the market.']);
  });

  it('lists entities by type and name', async () => {
    const places = await get('/api/entities?type=place&limit=500', EntityPage);
    expect(places.items.length).toBeGreaterThan(0);
    expect(places.items.every((e) => e.type === 'place')).toBe(true);
    const verrin = await get('/api/entities?name=verrin', EntityPage);
    expect(verrin.items.length).toBeGreaterThan(0);
    expect(verrin.items.every((e) => /verrin/i.test(e.name))).toBe(true);
    // Paging by cursor gives each entity once, in id order, as one long page does.
    const first = await get('/api/entities?type=place&limit=2', EntityPage);
    const second = await get(`/api/entities?type=place&limit=2&cursor=${first.next}`, EntityPage);
    expect([...first.items, ...second.items].map((e) => e.id)).toEqual(places.items.slice(0, 4).map((e) => e.id));
  });

  it('searches, giving the matching words as offsets into each snippet', async () => {
    const hits = await get('/api/search?q=bread', SearchPage);
    expect(hits.items.map((h) => h.kind)).toEqual(['document', 'statement']);
    for (const h of hits.items) {
      expect(h.matches.length).toBeGreaterThan(0);
      for (const m of h.matches) expect(h.snippet.slice(m.start, m.end).toLowerCase()).toBe('bread');
    }
    expect(hits.items[1]!.statementId).toEqual(expect.any(Number));
    const none = await get('/api/search?q=zzzqqq', SearchPage);
    expect(none).toEqual({ items: [], next: null, rankedAmong: null });
  });

  it('reads right-to-left text as it was written', async () => {
    const docs = await get('/api/documents?limit=500', DocumentPage);
    const ar = docs.items.find((d) => d.language === 'ar');
    expect(ar?.title).toBe('بيان من وزارة الصحة في مقاطعة فالدورا');
  });
});

describe('refusing what it cannot answer, in one JSON shape', () => {
  it('names the bad parameter', async () => {
    await refusal('/api/figures?from=2025-02-30', 400, /^from: from must be a calendar day written YYYY-MM-DD$/);
    await refusal('/api/figures?metric=happy', 400, /^metric: /);
    await refusal('/api/figures?limit=0', 400, /^limit: /);
    await refusal('/api/figures?limit=lots', 400, /^limit: /);
    await refusal('/api/search', 400, /^q: /);
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join('+');
    await refusal(`/api/search?q=${words}`, 400, /40 different words; it may have at most 32/);
  });

  it('refuses a cursor it did not make, or one of another listing', async () => {
    await refusal('/api/figures?cursor=garbage', 400, /cursor/);
    const page = await get('/api/documents?limit=1', DocumentPage);
    await refusal(`/api/figures?cursor=${encodeURIComponent(page.next!)}`, 400, /another listing/);
    const forged = Buffer.from(JSON.stringify({ l: 'figures', k: [1, 2] })).toString('base64url');
    await refusal(`/api/figures?cursor=${forged}`, 400, /paging key/);
  });

  it('answers 404 for an unknown document or endpoint, 400 for a malformed id', async () => {
    await refusal('/api/documents/ffffffffffff', 404, /no document/);
    await refusal('/api/documents/not-hex', 400, /hexadecimal/);
    await refusal('/api/nothing-here', 404, /no such endpoint/);
  });

  it('answers a failure of its own with 500, no stack and no detail, and logs one line', async () => {
    const failing = await testServer({ inputs: [join(TEXTS, 'rtl-bulletin.txt')] });
    try {
      failing.backend.store.figures = () => Promise.reject(new Error('disk on fire\n    at secret.js:1:1'));
      const res = await failing.app.request('/api/figures');
      expect(res.status).toBe(500);
      const body = ErrorSchema.parse(await res.json());
      expect(body.error.message).not.toMatch(/disk|secret/);
      expect(failing.logged).toEqual(['crosscheck serve: GET /api/figures failed: Error: disk on fire']);
      const page = await failing.app.request('/figures');
      expect(page.status).toBe(500);
      expect(await page.text()).not.toMatch(/disk on fire|secret\.js/);
    } finally {
      await failing.close();
    }
  });
});

describe('ingesting through the API', () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    s.app.request('/api/documents', { method: 'POST', body, headers });

  it('stores pasted text with what the sender knows of it, and lists the new document', async () => {
    const text =
      'KARSVIK, June 9, 2025 — At least 5 people were killed in a landslide near Karsvik, the district office said on Monday.';
    const res = await post(JSON.stringify({ text, title: 'Landslide near Karsvik', outlet: 'The Fjord Courier' }), {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(200);
    const r = IngestResultSchema.parse(await res.json());
    expect(r).toMatchObject({ read: 1, stored: 1, failed: 0 });
    expect(r.documents).toEqual([
      expect.objectContaining({
        title: 'Landslide near Karsvik',
        outlet: 'The Fjord Courier',
        figures: 1,
        origin: 'upload:pasted text',
      }),
    ]);
    const again = IngestResultSchema.parse(
      await (await post(JSON.stringify({ text }), { 'content-type': 'application/json' })).json(),
    );
    expect(again).toMatchObject({ read: 1, stored: 0, duplicates: 1 });
    expect(again.documents[0]!.id).toBe(r.documents[0]!.id);
    const figures = await get(`/api/figures?document=${r.documents[0]!.id}`, FigurePage);
    expect(figures.items.map((f) => [f.value, f.metric, f.source])).toEqual([[5, 'killed', 'the district office']]);
  });

  it('stores an uploaded HTML page, and each line of a JSON Lines file, naming the lines that fail', async () => {
    const form = new FormData();
    // The fixture page with one more paragraph: another text than the one already stored.
    const page = readFileSync(join(TEXTS, 'hostile.html'), 'utf8').replace(
      '</article>',
      '<p>Talks resume on Friday.</p></article>',
    );
    form.set('file', new File([page], 'ferry.html', { type: 'text/html' }));
    const html = IngestResultSchema.parse(await (await post(form)).json());
    expect(html).toMatchObject({ read: 1, stored: 1, failed: 0 });
    expect(html.documents[0]!.origin).toBe('upload:ferry.html');

    const lines = [
      JSON.stringify({
        text: 'VALMO, June 10, 2025 — Police said 12 people were detained in Valmo.',
        outlet: 'Valmo Daily',
      }),
      '{"text": 12}',
      JSON.stringify({ text: 'ORSA, June 11, 2025 — Two people were killed in Orsa, the mayor said.' }),
    ].join('\n');
    const jsonl = new FormData();
    jsonl.set('file', new File([lines], 'batch.jsonl'));
    const r = IngestResultSchema.parse(await (await post(jsonl)).json());
    expect(r).toMatchObject({ read: 2, stored: 2, failed: 1 });
    expect(r.failures).toEqual([{ origin: 'upload:batch.jsonl:2', reason: '"text" must be a string' }]);
  });

  it('refuses what it cannot read, with a reason', async () => {
    await refusal('/api/documents', 400, /text of an article/, {
      method: 'POST',
      body: JSON.stringify({ text: '' }),
      headers: { 'content-type': 'application/json' },
    });
    await refusal('/api/documents', 400, /published/, {
      method: 'POST',
      body: JSON.stringify({ text: 'x', published: '2025-13-01' }),
      headers: { 'content-type': 'application/json' },
    });
    const pdf = new FormData();
    pdf.set('file', new File(['%PDF-1.4'], 'report.pdf'));
    const r = IngestResultSchema.parse(await (await post(pdf)).json());
    expect(r.failures[0]!.reason).toMatch(/^unsupported kind of file/);
  });

  it('refuses a body over the limit with 413', async () => {
    const small = await testServer({ inputs: [join(TEXTS, 'rtl-bulletin.txt')], maxUploadBytes: 1000 });
    try {
      const res = await small.app.request('/api/documents', {
        method: 'POST',
        body: JSON.stringify({ text: 'word '.repeat(500_000) }),
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(413);
      expect(ErrorSchema.parse(await res.json()).error.code).toBe('too_large');
    } finally {
      await small.close();
    }
  });
});

describe('cross-checking', () => {
  it('lists series with their claimants, and gives one with its points and evidence', async () => {
    const list = await get('/api/series?metric=killed&limit=500', SeriesPage);
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((x) => x.metric === 'killed')).toBe(true);
    const one = list.items.find((x) => x.points > 1) ?? list.items[0]!;
    const s = await get(`/api/series/${encodeURIComponent(one.id)}`, SeriesSchema);
    expect(s.points.length).toBe(one.points);
    for (const p of s.points) expect(p.evidence.sentenceText).toContain(p.evidence.text);
    await refusal(`/api/series/${encodeURIComponent('killed|nobody|nowhere|cumulative')}`, 404, /no series/);
  });

  it('gives disputes, outlets, reprints, chains, accounts and wording in their schemas', async () => {
    const disputes = await get('/api/disputes', DisputePage);
    for (const d of disputes.items) expect(d.a.metric).toBe(d.b.metric);
    const outlets = await get('/api/outlets', OutletPage);
    expect(outlets.items.map((o) => o.outlet)).toContain('The Lowland Herald');
    await get('/api/reprints?min=1', StoryPage);
    await get('/api/chains', ChainPage);
    await get('/api/accounts', CompetingPage);
    const wording = await get('/api/wording', WordingSchema);
    expect(wording.terms.length).toBeGreaterThan(1);
    // Paged: a row of each table at a time, and at most the mentions asked for.
    const first = await get('/api/wording?limit=1&mentions=1', WordingSchema);
    expect(first.terms).toEqual([{ ...wording.terms[0]!, mentions: wording.terms[0]!.mentions.slice(0, 1) }]);
    expect(first.distinctive).toEqual(wording.distinctive.slice(0, 1));
    const second = await get(`/api/wording?limit=1&cursor=${encodeURIComponent(first.next!)}`, WordingSchema);
    expect(second.terms).toEqual(wording.terms.slice(1, 2));
    await refusal('/api/disputes?type=argument', 400, /^type: /);
    const page = await get('/api/outlets?limit=1', OutletPage);
    await refusal(`/api/series?cursor=${encodeURIComponent(page.next!)}`, 400, /list of series/);
  });
});

describe('the kept lists’ pages', () => {
  /** The body of a GET, checked to be JSON as every other endpoint's (their `c.json`). */
  const body = async (path: string) => {
    const res = await s.app.request(path);
    expect(res.status).toBe(200);
    const json = (await s.app.request('/api/figures?limit=1')).headers.get('content-type');
    expect(res.headers.get('content-type')).toBe(json);
    return res.text();
  };
  const seriesPage = async (limit: number, cursor?: string) => {
    const page = pageOf(await s.backend.crossCheck.series({}), 'series', limit, cursor);
    expect(page.items.some((x) => x.metric !== 'killed')).toBe(true);
    return JSON.stringify({ items: page.items.map(seriesSummary), next: page.next });
  };

  it('answers each page as JSON of the list would be, the same bytes again, and the next page by its cursor', async () => {
    const first = await body('/api/series?limit=2');
    expect(first).toBe(await seriesPage(2));
    expect(await body('/api/series?limit=2')).toBe(first);
    const next = (JSON.parse(first) as { next: string }).next;
    expect(await body(`/api/series?limit=2&cursor=${next}`)).toBe(await seriesPage(2, next));
    expect(await body('/api/disputes?limit=2')).toBe(
      JSON.stringify(pageOf(await s.backend.crossCheck.disputes({}), 'disputes', 2)),
    );
    // A filtered list is made anew for each request, and paged the same.
    const killed = pageOf(await s.backend.crossCheck.series({ metric: 'killed' }), 'series', 2);
    expect(killed.items.every((x) => x.metric === 'killed')).toBe(true);
    expect(await body('/api/series?limit=2&metric=killed')).toBe(
      JSON.stringify({ items: killed.items.map(seriesSummary), next: killed.next }),
    );
  });

  it('answers from the new lists once the ledger changes', async () => {
    const before = await body('/api/series?limit=500');
    const text =
      'KARSVIK, June 11, 2025 — At least 8 people were killed in a landslide near Karsvik, the district office said on Wednesday.';
    const res = await s.app.request('/api/documents', {
      method: 'POST',
      body: JSON.stringify({ text, outlet: 'The Fjord Courier' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(IngestResultSchema.parse(await res.json())).toMatchObject({ stored: 1 });
    const after = await body('/api/series?limit=500');
    expect(after).not.toBe(before);
    expect(after).toBe(await seriesPage(500));
  });
});

describe('describing itself', () => {
  it('serves an OpenAPI 3.1 document of every endpoint', async () => {
    const res = await s.app.request('/api/openapi.json');
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/accounts',
      '/chains',
      '/disputes',
      '/documents',
      '/documents/{id}',
      '/entities',
      '/figures',
      '/outlets',
      '/overview',
      '/reprints',
      '/search',
      '/series',
      '/series/{id}',
      '/speakers',
      '/statements',
      '/wording',
    ]);
    expect(Object.keys(doc.paths['/documents']!).sort()).toEqual(['get', 'post']);
  });

  it('serves the JSON Schema of extract’s output', async () => {
    const schema = (await (await s.app.request('/api/schemas/extraction.json')).json()) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.$defs as object)).toEqual(
      expect.arrayContaining(['Extraction', 'Figure', 'Statement', 'Span']),
    );
  });
});
