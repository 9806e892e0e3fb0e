import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorSchema, IngestResultSchema, SearchPage } from '../../src/server/api/schemas.js';
import { createApp } from '../../src/server/app.js';
import { openLedger } from '../../src/store/ledger.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { buildIfStale, cli, root } from '../hostile/cli-harness.js';
import { testServer, type TestServer } from './helpers.js';

// The searches of `crosscheck serve` run on worker threads (src/store/search-threads.ts): the same
// answers and refusals as a search in the server's own thread, over the ledger as it is now.

let threaded: TestServer;
let inThread: SqliteStore;
beforeAll(async () => {
  buildIfStale();
  threaded = await testServer({ searchThreads: 2 });
  inThread = new SqliteStore(openLedger(join(threaded.dir, 'ledger.db'), { readonly: true }));
});
afterAll(async () => {
  await inThread.close();
  await threaded.close();
});

const search = async (s: TestServer, query: string) => {
  const res = await s.app.request(`/api/search?${query}`);
  return { status: res.status, body: (await res.json()) as unknown };
};

describe('searching on worker threads', () => {
  it('answers as a search in the server’s own thread does, page after page', async () => {
    for (const [q, kind] of [
      ['bread', undefined],
      ['shell*', undefined],
      ['clinic harbour', 'statement'],
      ['said', 'document'],
      ['zzzqqq', undefined],
    ] as const) {
      let cursor: string | undefined;
      let pages = 0;
      do {
        const query = new URLSearchParams({ q, limit: '1', ...(kind ? { kind } : {}), ...(cursor ? { cursor } : {}) });
        const got = await search(threaded, query.toString());
        expect(got.status).toBe(200);
        const page = SearchPage.parse(got.body);
        expect(page).toEqual(await inThread.search(q, { kind }, { limit: 1, cursor }));
        cursor = page.next ?? undefined;
        pages++;
      } while (cursor && pages < 20);
    }
    const bread = SearchPage.parse((await search(threaded, 'q=bread')).body);
    expect(bread.items.map((h) => h.kind)).toEqual(['document', 'statement']);
  });

  it('finds a document the server ingested after its threads started', async () => {
    const before = SearchPage.parse((await search(threaded, 'q=Quillanby')).body);
    expect(before.items).toEqual([]);
    const text = 'HARVOLD, June 12, 2025 — The ferry to Quillanby resumed on Thursday, the port authority said.';
    const res = await threaded.app.request('/api/documents', {
      method: 'POST',
      body: JSON.stringify({ text, title: 'Ferry resumes', outlet: 'The Harvold Post' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(IngestResultSchema.parse(await res.json())).toMatchObject({ stored: 1 });
    const after = SearchPage.parse((await search(threaded, 'q=Quillanby')).body);
    expect(after.items.map((h) => [h.kind, h.title, h.snippet.slice(h.matches[0]!.start, h.matches[0]!.end)])).toEqual([
      ['document', 'Ferry resumes', 'Quillanby'],
      ['statement', 'Ferry resumes', 'Quillanby'],
    ]);
  });

  it('finds a document another process ingested, though it kept its answer from before', async () => {
    const query = 'q=Brennholt&kind=document';
    const before = await threaded.app.request(`/api/search?${query}`);
    expect(SearchPage.parse(await before.json()).items).toEqual([]);
    writeFileSync(
      join(threaded.dir, 'brennholt.txt'),
      'BRENNHOLT, June 14, 2025 — The water works at Brennholt ran again on Saturday, the town council said.\n',
    );
    const ingest = await cli(['ingest', 'brennholt.txt', '--db', 'ledger.db', '--jobs', '1'], threaded.dir);
    expect(ingest.status, ingest.stderr).toBe(0);
    const after = SearchPage.parse((await search(threaded, query)).body);
    expect(after.items.map((h) => h.snippet.slice(h.matches[0]!.start, h.matches[0]!.end).toLowerCase())).toEqual([
      'brennholt',
    ]);
  });

  it('refuses too many words and a foreign cursor in the same shape as in the server’s own thread', async () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join('+');
    const tooMany = await search(threaded, `q=${words}`);
    expect(tooMany.status).toBe(400);
    expect(ErrorSchema.parse(tooMany.body).error.message).toMatch(/40 different words; it may have at most 32/);
    const forged = Buffer.from(JSON.stringify({ l: 'figures', o: 2 })).toString('base64url');
    const cursor = await search(threaded, `q=bread&cursor=${forged}`);
    expect(cursor.status).toBe(400);
    expect(ErrorSchema.parse(cursor.body).error.message).toMatch(/another listing/);
  });

  it('stops a search past its time limit with the refusal a search in this thread gives', async () => {
    const path = join(threaded.dir, 'ledger.db');
    const answers = [];
    for (const searchThreads of [1, 0]) {
      // A limit of 0 ms: every search is past it when it starts.
      const store = new SqliteStore(openLedger(path, { readonly: true }), { searchThreads, searchTimeoutMs: 0 });
      const logged: string[] = [];
      const app = createApp({ store, log: (l) => logged.push(l) });
      try {
        const res = await app.request('/api/search?q=bread');
        answers.push({ status: res.status, body: ErrorSchema.parse(await res.json()) });
        expect(logged).toEqual([]);
      } finally {
        await store.close();
      }
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]!.status).toBe(400);
    expect(answers[0]!.body.error.message).toMatch(/took longer than 0 s and was stopped/);
  });

  it('answers searches cut short by closing with 503 and logs nothing for them', async () => {
    const store = new SqliteStore(openLedger(join(threaded.dir, 'ledger.db'), { readonly: true }), {
      searchThreads: 1,
    });
    const logged: string[] = [];
    const app = createApp({ store, log: (l) => logged.push(l) });
    // Queued before the thread has started: closing stops every one of them (Ctrl-C under load).
    const inFlight = ['bread', 'said', 'shell*', 'clinic', 'harbour'].map((q) => app.request(`/api/search?q=${q}`));
    await store.close();
    const answers = await Promise.all(
      inFlight.map(async (r) => {
        const res = await r;
        return { status: res.status, body: (await res.json()) as unknown };
      }),
    );
    expect(logged).toEqual([]);
    for (const a of answers) {
      expect(a.status).toBe(503);
      expect(ErrorSchema.parse(a.body).error).toMatchObject({ code: 'unavailable', message: /server is stopping/ });
    }
    // A search asked after closing gets the same answer.
    expect((await app.request('/api/search?q=bread')).status).toBe(503);
    expect(logged).toEqual([]);
  });

  it('ends its threads when the server closes: the process exits by itself', () => {
    const script = `
      import { openSqliteBackend } from './src/cli/sqlite-backend.ts';
      const backend = openSqliteBackend(${JSON.stringify(join(threaded.dir, 'ledger.db'))}, { readOnly: true, searchThreads: 2 });
      const page = await backend.store.search('bread', {}, { limit: 5 });
      await backend.close();
      console.log(page.items.length);
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.error, 'the process did not exit within 30 s').toBeUndefined();
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('2');
    expect(run.status).toBe(0);
  });
});
