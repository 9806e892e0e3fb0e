import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetInCrossCheck, updateCrossCheck } from '../../src/compare/index-update.js';
import { extract } from '../../src/extract/index.js';
import { openLedger } from '../../src/store/ledger.js';
import { testServer, type TestServer } from './helpers.js';

// The cross-checks the server keeps for its pages (src/cli/sqlite-backend.ts) follow the ledger:
// made again before the server's own ingest answers, and dropped when another process changes it.
const RIVER = `OSTRAVEN, June 12, 2025 — At least 9 people were killed when the river ferry at Ostraven capsized on
Wednesday, the Ostraven district office said. "The ferry was full of families going to the market,"
said Liesel Marr, a nurse at the district hospital.`;
const RIVER_LATER = `OSTRAVEN, June 13, 2025 — The district office of Ostraven said on Thursday that 12 people were
killed when the river ferry capsized. "We are still searching the banks," said Liesel Marr, a nurse.`;

let s: TestServer;
beforeAll(async () => {
  s = await testServer();
  await s.backend.crossCheck.warm();
});
afterAll(() => s.close());

const outletNames = async () => (await s.backend.crossCheck.outlets({})).map((o) => o.outlet);

describe('the kept cross-checks', () => {
  it('are made for the new ledger before an upload through the server is answered', async () => {
    expect(await s.backend.crossCheck.warmed()).toBe(true);
    const res = await s.app.request('/api/documents', {
      method: 'POST',
      body: JSON.stringify({ text: RIVER, outlet: 'The Ostraven Ledger' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(200);
    // Made already: the next visitor's page reads them.
    expect(await s.backend.crossCheck.warmed()).toBe(true);
    expect(await outletNames()).toContain('The Ostraven Ledger');
    expect(await (await s.app.request('/outlets')).text()).toContain('The Ostraven Ledger');
  });

  it('are dropped when another process stores or forgets a document, and made again by warm()', async () => {
    const other = openLedger(s.backend.store.ledger.db.name);
    try {
      other.store(extract({ origin: 'later.txt', text: RIVER_LATER, meta: { outlet: 'Valley Radio' } }));
      updateCrossCheck(other);
      expect(await s.backend.crossCheck.warmed()).toBe(false);
      await s.backend.crossCheck.warm();
      expect(await s.backend.crossCheck.warmed()).toBe(true);
      expect(await outletNames()).toContain('Valley Radio');
      const killed = (await s.backend.crossCheck.series({ metric: 'killed', place: 'Ostraven' })).flatMap((x) =>
        x.points.map((p) => p.value),
      );
      expect(killed.sort((a, b) => a - b)).toEqual([9, 12]);

      const id = other.db.prepare("SELECT id FROM documents WHERE origin = 'later.txt'").pluck().get() as string;
      other.transaction(() => forgetInCrossCheck(other, other.forget(id)!.seq));
      expect(await s.backend.crossCheck.warmed()).toBe(false);
      expect(await outletNames()).not.toContain('Valley Radio');
      const left = (await s.backend.crossCheck.series({ metric: 'killed', place: 'Ostraven' })).flatMap((x) =>
        x.points.map((p) => p.value),
      );
      expect(left).toEqual([9]);
    } finally {
      other.close();
    }
  });
});
