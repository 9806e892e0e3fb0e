/**
 * The ledger side of ingest alone, extraction taken out: `tsx ingest-store.ts DB N [DATASETS]`.
 * Extracts each unique bench text once (untimed), then stores N documents into a fresh ledger at DB
 * the way `crosscheck ingest`'s writer does: repetition i is the text of {@link benchCopy} with its
 * own id (sha256), checked against the ledger (`seen`) and stored with the unique text's claims, in
 * transactions of the ingest's batch size. The index line is appended after the text, so the
 * claims' spans hold for every repetition. Prints
 * `{ docs, seconds, cpuSeconds, perSecond, perCpuSecond, dbBytes, maxRssKb }`: on a shared machine
 * documents per CPU-second says what the writer can do better than the wall-clock rate.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_BATCH_SIZE } from '../../src/batch/ingest-run.js';
import { documentId, extract } from '../../src/extract/index.js';
import type { Extraction } from '../../src/model.js';
import { openLedger } from '../../src/store/ledger.js';
import { benchCopy } from './ingest-records.js';
import { loadBenchTexts } from './texts.js';

const [path, nArg, datasets] = process.argv.slice(2);
const n = Number(nArg ?? 100000);
const unique = loadBenchTexts(datasets ?? null, resolve(import.meta.dirname, '..', '..'));
const extractions: Extraction[] = unique.map((t, i) =>
  extract({ origin: t.origin, text: benchCopy(t.text, i), meta: {} }),
);

const ledger = openLedger(path!);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let batch: Extraction[] = [];
const flush = () => {
  ledger.transaction(() => batch.forEach((x) => ledger.store(x)));
  batch = [];
};
for (let i = 0; i < n; i++) {
  const x = extractions[i % extractions.length]!;
  const text = i < extractions.length ? x.document.text : benchCopy(unique[i % unique.length]!.text, i);
  const document = { ...x.document, id: documentId(text), origin: `bench:${i + 1}`, text };
  if (ledger.seen(document.id, document.origin)) continue;
  if (batch.push({ ...x, document }) >= DEFAULT_BATCH_SIZE) flush();
}
flush();
ledger.close();
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const dbBytes = statSync(path!).size + (existsSync(path + '-wal') ? statSync(path + '-wal').size : 0);
process.stdout.write(
  JSON.stringify({
    docs: n,
    seconds,
    cpuSeconds,
    perSecond: n / seconds,
    perCpuSecond: n / cpuSeconds,
    dbBytes,
    maxRssKb: process.resourceUsage().maxRSS,
  }) + '\n',
);
