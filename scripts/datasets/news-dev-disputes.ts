/**
 * news-dev competing tolls: `crosscheck disputes` on the news-dev reports whose claimants give
 * competing tolls for one event, against the disputes a reader finds in them (listed below from the
 * reports' gold figures: same metric and group, same day, different claimants, values that cannot
 * both be true).
 *
 * Protocol: the listed articles are extracted and stored in one fresh ledger (as `crosscheck ingest`
 * does, the store's `date YYYY-MM-DD` line giving the publication date) and `disputes` runs with
 * its defaults (dates one day apart at most, no tolerance). A dispute found is the pair of values in
 * its document and metric; precision counts the distinct pairs found in these articles, recall the
 * expected ones found. Few pairs: a check that the whole chain (extraction, series, disputes) holds
 * on real reports, not a benchmark.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { disputes } from '../../src/compare/disputes.js';
import { updateCrossCheck } from '../../src/compare/index-update.js';
import { extract } from '../../src/extract/index.js';
import { openLedger } from '../../src/store/ledger.js';
import { type AdapterResult, prfRow } from './result.js';

/** Article → the disputes in it: metric and the two values. */
const EXPECTED: Record<string, Array<[string, number, number]>> = {
  // An army spokesman's count of the dead against the UN coordinator's.
  'nigeria-zabarmari-toll-dispute-concise': [['killed', 43, 110]],
  // A news agency quoting the defence ministry against a local police official.
  'russia-chechnya-avtury-bbc': [
    ['killed', 6, 7],
    ['injured', 12, 20],
  ],
};

const key = (doc: string, metric: string, a: number, b: number) =>
  `${doc} ${metric} ${Math.min(a, b)} ${Math.max(a, b)}`;

export function runNewsDevDisputes(root: string): AdapterResult {
  const dir = join(root, 'news-dev');
  const names = Object.keys(EXPECTED).filter((n) => existsSync(join(dir, n, 'article.txt')));
  if (names.length === 0) return { rows: [], chars: 0, skipped: `news-dev disputes: ${dir} not found` };
  const tmp = mkdtempSync(join(tmpdir(), 'cc-news-dev-disputes-'));
  const ledger = openLedger(join(tmp, 'ledger.db'));
  let chars = 0;
  try {
    ledger.transaction(() => {
      for (const n of names) {
        const text = readFileSync(join(dir, n, 'article.txt'), 'utf8');
        chars += text.length;
        ledger.store(extract({ origin: n, text, meta: {} }));
      }
    });
    updateCrossCheck(ledger);
    const found = new Set(
      disputes(ledger, { kinds: ['dispute'] }).map((d) => key(d.a.document.origin, d.a.metric, d.a.value, d.b.value)),
    );
    const expected = new Set(names.flatMap((n) => EXPECTED[n]!.map(([m, a, b]) => key(n, m, a, b))));
    const tp = [...found].filter((k) => expected.has(k)).length;
    return {
      rows: [
        prfRow('news-dev competing tolls', 'disputes (value pairs)', {
          tp,
          predicted: found.size,
          gold: expected.size,
        }),
      ],
      chars,
    };
  } finally {
    ledger.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
