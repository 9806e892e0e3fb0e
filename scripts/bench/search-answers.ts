/**
 * Searches on a ledger in-process, for two measurements that a loaded machine does not change:
 *
 * - `npx tsx scripts/bench/search-answers.ts --db LEDGER --out FILE` writes the JSON answers of a
 *   fixed set of searches (the bench words by kind, page after page through the cursors and with the
 *   library's filters and ranking windows; edge cases; the first `--count` of the distinct mix of
 *   search-mix.ts): run it before and after a change and compare the files (`cmp`) for "same answers".
 * - `valgrind --tool=callgrind --toggle-collect='*EvalMachine*' --callgrind-out-file=/tmp/cg.out
 *     node --import tsx scripts/bench/search-answers.ts --db LEDGER --mix bench|distinct --rounds R`
 *   counts the instructions of `searchRanked` + `JSON.stringify` (as the server does, in-thread) for
 *   R rounds of the mix, run inside `vm.runInThisContext` after one round outside it (compiling,
 *   the page cache): `grep totals /tmp/cg.out`, divided by the searches it prints.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import vm from 'node:vm';
import { openLedger } from '../../src/store/ledger.js';
import { searchRanked } from '../../src/store/queries.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { BENCH_WORDS, distinctSearches } from './search-mix.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    out: { type: 'string' },
    count: { type: 'string', default: '300' },
    mix: { type: 'string', default: 'bench' },
    rounds: { type: 'string', default: '2' },
  },
});
if (!values.db) throw new Error('give --db LEDGER');
const ledger = openLedger(values.db, { readonly: true });
const count = Number(values.count);

if (values.out) {
  const store = new SqliteStore(ledger, { searchCache: false });
  const lines: string[] = [];
  const record = (what: unknown, answer: unknown) => lines.push(JSON.stringify({ what, answer }));
  for (const q of [...BENCH_WORDS, 'hosp*', 'zzqqxx', 'café', 'said', 'killed wounded', 'Ministry  of  Health']) {
    for (const kind of [undefined, 'document', 'statement'] as const) {
      let cursor: string | undefined;
      for (let page = 0; page < 3; page++) {
        const res = await store.search(q, { kind }, { limit: 20, cursor });
        record({ q, kind, page }, res);
        if (!res.next) break;
        cursor = res.next;
      }
    }
  }
  for (const q of BENCH_WORDS.slice(0, 4))
    for (const f of [
      { outlet: 'a' },
      { source: 'minist' },
      { from: '2024-01-01', to: '2024-12-31' },
      { allVersions: true },
      { limit: 5 },
    ])
      for (const o of [{}, { offset: 7 }, { rankAmong: 50 }, { rankAmong: Infinity }])
        record({ q, f, o }, searchRanked(ledger, q, f, o));
  for (const q of distinctSearches(ledger.db, count)) record({ q }, await store.search(q, {}, { limit: 20 }));
  writeFileSync(values.out, lines.join('\n') + '\n');
  process.stdout.write(`${lines.length} answers written to ${values.out}\n`);
} else {
  const searches = values.mix === 'bench' ? BENCH_WORDS : distinctSearches(ledger.db, count);
  const rounds = Number(values.rounds);
  const once = () => {
    // No time limit: under callgrind a search runs 50 times slower, and one stopped would count less.
    for (const q of searches) JSON.stringify(searchRanked(ledger, q, { limit: 21 }, { timeoutMs: 1e9 }));
  };
  once();
  (globalThis as { once?: () => void }).once = once;
  vm.runInThisContext(`for (let i = 0; i < ${rounds}; i++) once();`);
  process.stdout.write(`${searches.length * rounds} searches counted\n`);
}
