import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { openLedger, type Ledger } from '../../src/store/ledger.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import type { SearchFilter } from '../../src/store/store.js';

// The answers a store keeps for a version of the ledger (src/store/search-cache.ts): the same as
// searching again, gone after any commit by another connection, and bounded.
const TEXTS = [
  `Shelling hit the bread market in Vellmar on Tuesday. "The roof came down on the stalls," said Anneke Drost, a trader.`,
  `A convoy crossed the Ostra bridge with bread and water on Wednesday. "Forty trucks reached the far bank," said Colonel Ruud Bassel.`,
  `Families moved into the school shelter in Vellmar. "We have bread for two hundred people," said Tobias Wendt, the town engineer.`,
  `The clinic near the harbour reopened, the ministry said. "Bread and medicine arrived by boat," said Mira Koenen, a nurse.`,
];

const dir = mkdtempSync(join(tmpdir(), 'cc-search-cache-'));
const path = join(dir, 'ledger.db');
const writer = openLedger(path);
const put = (ledger: Ledger, i: number, text: string) =>
  ledger.store(
    extract({ origin: `report-${i}.txt`, text, meta: { outlet: 'Vellmar Courier', published: '2025-04-0' + (i + 1) } }),
    {
      url: null,
      ingestedAt: '2026-01-01T00:00:00Z',
    },
  );
TEXTS.forEach((t, i) => put(writer, i, t));
const reader = (options: ConstructorParameters<typeof SqliteStore>[1] = {}) =>
  new SqliteStore(openLedger(path, { readonly: true }), options);
const cached = reader();
const uncached = reader({ searchCache: false });
// How many searches a store has run on its connection so far (a kept answer runs none).
const searchesRun = (store: SqliteStore) => {
  const spy = vi.spyOn(store as unknown as { searchHere: () => unknown }, 'searchHere');
  return () => spy.mock.calls.length;
};
const cachedRuns = searchesRun(cached);
afterAll(async () => {
  await cached.close();
  await uncached.close();
  writer.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the search cache', () => {
  it('answers as a search without it does, page after page, and keeps each answer', async () => {
    let pages = 0;
    for (const q of ['bread', 'Bread  BREAD', 'vellmar', 'said', 'harb*', 'convoy bridge', 'zzqqxx'])
      for (const kind of [undefined, 'document', 'statement'] as Array<SearchFilter['kind']>) {
        let cursor: string | undefined;
        do {
          const runs = cachedRuns();
          const first = await cached.search(q, { kind }, { limit: 1, cursor });
          expect(first).toEqual(await uncached.search(q, { kind }, { limit: 1, cursor }));
          // Asked again, as objects or as the API's text: the kept answer, no search run.
          expect(await cached.search(q, { kind }, { limit: 1, cursor })).toEqual(first);
          expect(await cached.searchJson(q, { kind }, { limit: 1, cursor })).toBe(JSON.stringify(first));
          expect(cachedRuns() - runs).toBe(1);
          cursor = first.next ?? undefined;
          pages++;
        } while (cursor);
      }
    // Not all empty: "bread" alone is in four documents and four statements.
    expect(pages).toBeGreaterThan(30);
  });

  it('answers the same search asked again while it runs with the one search', async () => {
    const runs = cachedRuns();
    const [x, y] = await Promise.all([
      cached.search('convoy', {}, { limit: 3 }),
      cached.search('convoy  convoy', {}, { limit: 3 }),
    ]);
    expect(cachedRuns() - runs).toBe(1);
    expect(x).toEqual(y);
    expect(x).toEqual(await uncached.search('convoy', {}, { limit: 3 }));
  });

  it('drops its answers when another connection commits (an ingest)', async () => {
    const before = await cached.search('Quillanby', {}, { limit: 5 });
    expect(before.items).toEqual([]);
    const bread = await cached.search('bread', {}, { limit: 5 });
    const runs = cachedRuns();
    expect(await cached.search('bread', {}, { limit: 5 })).toEqual(bread);
    expect(cachedRuns()).toBe(runs);
    put(writer, 4, `The ferry to Quillanby carried bread again, the port authority said on Thursday.`);
    const after = await cached.search('Quillanby', {}, { limit: 5 });
    expect(after.items.map((h) => h.kind)).toEqual(['document', 'statement']);
    expect(after).toEqual(await uncached.search('Quillanby', {}, { limit: 5 }));
    const breadAfter = await cached.search('bread', {}, { limit: 5 });
    // Searched again, and found in the new report too.
    expect(cachedRuns()).toBe(runs + 2);
    expect(breadAfter).not.toEqual(bread);
    expect(breadAfter).toEqual(await uncached.search('bread', {}, { limit: 5 }));
  });

  it('asks the ledger its version once a request, searched or kept, and sees a commit made while a search runs', async () => {
    const version = vi.spyOn(cached, 'version');
    try {
      await cached.searchJson('market trader', {}, { limit: 2 });
      expect(version).toHaveBeenCalledTimes(1);
      await cached.searchJson('market trader', {}, { limit: 2 });
      expect(version).toHaveBeenCalledTimes(2);
      // A commit while a search runs: the next request sees it, and the answer is not kept.
      const runs = cachedRuns();
      const running = cached.searchJson('bridge', {}, { limit: 5 });
      put(writer, 5, `The bridge at Ostra was closed to trucks on Friday, the engineers said.`);
      const after = await cached.searchJson('bridge', {}, { limit: 5 });
      expect(after).toBe(JSON.stringify(await uncached.search('bridge', {}, { limit: 5 })));
      await running;
      // The answer of after the commit kept, the older one not.
      expect(await cached.searchJson('bridge', {}, { limit: 5 })).toBe(after);
      expect(cachedRuns() - runs).toBe(2);
    } finally {
      version.mockRestore();
    }
  });

  it('keeps at most its bound of answers, and none larger than its bytes', async () => {
    const two = reader({ searchCache: { entries: 2, bytes: 1 << 20 } });
    const tiny = reader({ searchCache: { entries: 100, bytes: 100 } });
    const twoRuns = searchesRun(two);
    const tinyRuns = searchesRun(tiny);
    try {
      await two.search('bread', {}, { limit: 5 });
      await two.search('said', {}, { limit: 5 });
      await two.search('bread', {}, { limit: 5 });
      expect(twoRuns()).toBe(2);
      // A third answer pushes out the least recently used one ("said"), which is searched again.
      await two.search('vellmar', {}, { limit: 5 });
      await two.search('said', {}, { limit: 5 });
      expect(twoRuns()).toBe(4);
      await two.search('bread', {}, { limit: 5 });
      expect(twoRuns()).toBe(5);
      // An answer of several hits is more than 100 bytes: not kept.
      const big = await tiny.search('bread', {}, { limit: 5 });
      expect(big.items.length).toBeGreaterThan(1);
      await tiny.search('bread', {}, { limit: 5 });
      expect(tinyRuns()).toBe(2);
    } finally {
      await two.close();
      await tiny.close();
    }
  });

  it('is off for a connection that writes, whose own commits its version does not show', async () => {
    const own = new SqliteStore(writer);
    const ownRuns = searchesRun(own);
    const first = await own.search('bread', {}, { limit: 5 });
    expect(await own.search('bread', {}, { limit: 5 })).toEqual(first);
    expect(ownRuns()).toBe(2);
  });
});
