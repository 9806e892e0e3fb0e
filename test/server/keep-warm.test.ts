import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { keepWarm, WATCH_MS } from '../../src/cli/keep-warm.js';
import { updateCrossCheck } from '../../src/compare/index-update.js';
import { extract } from '../../src/extract/index.js';
import { openLedger } from '../../src/store/ledger.js';
import { testServer, type TestServer } from './helpers.js';

// The server remakes its kept cross-checks after another process changes the ledger, once the
// ledger has been quiet for one look (src/cli/keep-warm.ts), so that the next visitor waits for nothing.
const FLOOD = `DERRAVAL, May 2, 2025 — At least 40 people were displaced when the Derra river flooded on
Thursday, the Derraval council said. "The water came up in an hour," said Ondine Vass, a teacher.`;
const FLOOD_LATER = `DERRAVAL, May 3, 2025 — The Derraval council said on Friday that 65 people were displaced
by the flood. "We have opened the school hall," said Ondine Vass.`;

let s: TestServer;
beforeAll(async () => {
  s = await testServer();
  await s.backend.crossCheck.warm();
});
afterAll(() => s.close());
afterEach(() => vi.useRealTimers());

/** Stores a report through a second connection to the ledger, as `crosscheck ingest` in another process would. */
function storeElsewhere(origin: string, text: string): void {
  const other = openLedger(s.backend.store.ledger.db.name);
  try {
    other.store(extract({ origin, text, meta: { outlet: 'Derra Valley News' } }));
    updateCrossCheck(other);
  } finally {
    other.close();
  }
}

describe('keepWarm', () => {
  it('remakes the cross-checks on the second look after another process changed the ledger, not before', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const watch = keepWarm(s.backend);
    try {
      await vi.advanceTimersByTimeAsync(WATCH_MS); // first look: notes the version
      expect(await s.backend.crossCheck.warmed()).toBe(true);

      storeElsewhere('flood.txt', FLOOD);
      expect(await s.backend.crossCheck.warmed()).toBe(false);
      await vi.advanceTimersByTimeAsync(WATCH_MS); // the version moved: wait for a quiet look
      expect(await s.backend.crossCheck.warmed()).toBe(false);
      await vi.advanceTimersByTimeAsync(WATCH_MS); // the same version twice: made now
      expect(await s.backend.crossCheck.warmed()).toBe(true);
      const outlets = (await s.backend.crossCheck.outlets({})).map((o) => o.outlet);
      expect(outlets).toContain('Derra Valley News');

      // A change between two looks postpones the remaking again.
      storeElsewhere('flood-later.txt', FLOOD_LATER);
      await vi.advanceTimersByTimeAsync(WATCH_MS);
      expect(await s.backend.crossCheck.warmed()).toBe(false);
      await vi.advanceTimersByTimeAsync(WATCH_MS);
      expect(await s.backend.crossCheck.warmed()).toBe(true);
      const displaced = (await s.backend.crossCheck.series({ metric: 'displaced', place: 'Derraval' })).flatMap((x) =>
        x.points.map((p) => p.value),
      );
      expect(displaced.sort((a, b) => a - b)).toEqual([40, 65]);
    } finally {
      clearInterval(watch);
    }
  });

  it('stops looking once cleared', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const warm = vi.spyOn(s.backend.crossCheck, 'warm');
    const watch = keepWarm(s.backend);
    await vi.advanceTimersByTimeAsync(2 * WATCH_MS);
    const calls = warm.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    clearInterval(watch);
    await vi.advanceTimersByTimeAsync(5 * WATCH_MS);
    expect(warm.mock.calls.length).toBe(calls);
    warm.mockRestore();
  });
});
