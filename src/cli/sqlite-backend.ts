import { runIngest } from '../batch/ingest-run.js';
import { defaultReaders } from '../batch/readers.js';
import { noAliases, type Aliases } from '../compare/aliases.js';
import { chains } from '../compare/chains.js';
import { competingAccounts } from '../compare/competing.js';
import { findDisputes } from '../compare/disputes.js';
import { updateCrossCheck } from '../compare/index-update.js';
import { outlets } from '../compare/outlets.js';
import { reprints } from '../compare/reprints.js';
import { series } from '../compare/series.js';
import { crossCheckSummary, type CrossCheckSummary } from '../compare/summary.js';
import { wording } from '../compare/wording.js';
import type { Series } from '../model.js';
import { busiest } from '../server/api/cross-check.js';
import type { CrossCheck, CrossCheckFilter, Ingest } from '../server/deps.js';
import { openLedger, type Ledger } from '../store/ledger.js';
import { SqliteStore } from '../store/sqlite-store.js';

/** Uploads smaller than this are extracted in the server's own thread: starting workers costs more. */
const WORKER_BYTES = 256 * 1024;

/** The SQLite ledger as the server's back end: a store to read, and an ingest function to write. */
export interface SqliteBackend {
  store: SqliteStore;
  crossCheck: KeptCrossCheck;
  /** Absent when opened read-only. */
  ingest?: Ingest;
  /** The writer's connection, absent when read-only. */
  writer: Ledger | null;
  close(): Promise<void>;
}

/**
 * Opens the ledger at `path` for the server: one connection that writes (ingest runs one at a
 * time through it, with the readers, extraction and writer of `crosscheck ingest`) and one that
 * reads, which in WAL mode sees only what is committed. `jobs` extraction threads serve uploads of
 * 256 KB or more; smaller ones are extracted in this thread. `searchThreads` worker threads, each
 * with a read-only connection of its own, answer the searches (default none: this thread does).
 */
export function openSqliteBackend(
  path: string,
  options: { readOnly?: boolean; jobs?: number; maxBytes?: number; aliases?: Aliases; searchThreads?: number } = {},
): SqliteBackend {
  const writer = options.readOnly ? null : openLedger(path);
  // The cross-check index follows the documents (as after `crosscheck ingest`).
  if (writer) updateCrossCheck(writer);
  const store = new SqliteStore(openLedger(path, { readonly: true }), { searchThreads: options.searchThreads });
  const crossCheck = sqliteCrossCheck(store, options.aliases ?? noAliases());
  let queue: Promise<unknown> = Promise.resolve();
  const ingest: Ingest | undefined = writer
    ? (items, hint) => {
        const run = queue.then(async () => {
          const summary = await runIngest(items, writer, {
            readers: defaultReaders({ maxBytes: options.maxBytes }),
            jobs: hint.bytes < WORKER_BYTES ? 1 : (options.jobs ?? 1),
          });
          updateCrossCheck(writer);
          // The pages' cross-checks are made now, for the ledger with the upload in, so that the
          // next visitor does not wait for them (on 100,000 documents, seconds). The upload is
          // stored either way: a comparison that fails fails again, and is reported, on the page
          // that asks for it.
          await crossCheck.warm().catch(() => undefined);
          return summary;
        });
        queue = run.catch(() => undefined);
        return run;
      }
    : undefined;
  return {
    store,
    crossCheck,
    ingest,
    writer,
    async close() {
      await queue;
      await store.close();
      writer?.close();
    },
  };
}

const has = (value: string | null | undefined, part: string | undefined) =>
  !part || (value ?? '').toLowerCase().includes(part.toLowerCase());

/** Whether a series passes a filter: its metric and kind, and a point or name matching each text. */
function seriesMatches(s: Series, f: CrossCheckFilter): boolean {
  return (
    (!f.metric || s.metric === f.metric) &&
    (!f.kind || s.kind === f.kind) &&
    has(s.group, f.group) &&
    has(s.scope, f.place) &&
    (!f.claimant || s.claimants.some((c) => has(c, f.claimant)) || s.points.some((p) => has(p.source, f.claimant))) &&
    (!f.outlet || s.points.some((p) => has(p.document.outlet, f.outlet)))
  );
}

/** The filter's own fields (a handler may pass its whole query, paging included). */
const filterOf = (f: CrossCheckFilter): CrossCheckFilter => ({
  metric: f.metric,
  kind: f.kind,
  group: f.group,
  claimant: f.claimant,
  outlet: f.outlet,
  place: f.place,
});

/** Items by a key, each list in the order given. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The cross-checks of the SQLite back end, which can be made ahead of the first request that shows them. */
export interface KeptCrossCheck extends CrossCheck {
  /**
   * Makes every cross-check the pages and the API show (series, disputes, competing accounts,
   * outlets, wording, chains, reprints) for the ledger as it is now, unless it is kept already:
   * then it returns at once.
   */
  warm(): Promise<void>;
  /** Whether all of that is kept for the ledger as it is now (a page showing it answers without computing). */
  warmed(): Promise<boolean>;
  /** What `npm start` prints (src/compare/summary.ts), made with the kept series. */
  summary(): Promise<CrossCheckSummary>;
}

/**
 * The comparisons of src/compare over the store's connection, each computed for the whole ledger
 * once and kept until the ledger changes (a second ingest, another process's), then filtered:
 * on 100,000 documents a comparison takes seconds, a filter of its result milliseconds.
 */
function sqliteCrossCheck(store: SqliteStore, aliases: Aliases): KeptCrossCheck {
  const ledger = store.ledger;
  let version = -1;
  const kept = new Map<string, unknown>();
  const memo = async <T>(name: string, compute: () => T): Promise<T> => {
    const v = await store.version();
    if (v !== version) {
      kept.clear();
      version = v;
    }
    if (!kept.has(name)) kept.set(name, compute());
    return kept.get(name) as T;
  };
  /** A cross-check made once per ledger version and kept under `key`. */
  const keptAs = <T>(key: string, compute: () => T) => Object.assign(() => memo(key, compute), { key });
  // As src/compare lists them (the summary's order), and busiest first (the pages' and the API's).
  const madeSeries = keptAs('series as made', () => series(ledger, { aliases }));
  const allSeries = keptAs('series', async () => [...(await madeSeries())].sort(busiest));
  // The lists the pages and the API ask for most, by metric and by kind of dispute, made once per
  // ledger version: a request then pages a kept list instead of filtering thousands of series.
  const seriesByMetric = keptAs('series by metric', async () => groupBy(await allSeries(), (s) => s.metric));
  const allDisputes = keptAs('disputes', async () => findDisputes(await allSeries()));
  const disputesByKind = keptAs('disputes by kind', async () => groupBy(await allDisputes(), (d) => d.kind));
  const allCompeting = keptAs('competing', () => competingAccounts(ledger, { aliases }));
  const allOutlets = keptAs('outlets', () => outlets(ledger, { aliases }));
  const allWording = keptAs('wording', () => wording(ledger, { aliases }));
  const allChains = keptAs('chains', () => chains(ledger, { aliases }));
  const allReprints = keptAs('reprints', () => reprints(ledger));
  /**
   * What the pages and the API read, with what they are made from: made before the first request
   * (on 100,000 documents chains and reprints alone took 1.4 and 0.6 s cold).
   */
  const shown = [
    allSeries,
    seriesByMetric,
    allDisputes,
    disputesByKind,
    allCompeting,
    allOutlets,
    allWording,
    allChains,
    allReprints,
  ];
  const filtered = async (f: CrossCheckFilter): Promise<Series[]> => {
    const { metric, ...rest } = filterOf(f);
    const some = metric ? ((await seriesByMetric()).get(metric) ?? []) : await allSeries();
    return Object.values(rest).some((v) => v !== undefined) ? some.filter((s) => seriesMatches(s, rest)) : some;
  };
  return {
    async warm() {
      // One after another: each is synchronous work, and the disputes need the series.
      for (const make of shown) await make();
    },
    async warmed() {
      return (await store.version()) === version && shown.every((make) => kept.has(make.key));
    },
    async summary() {
      return crossCheckSummary(ledger, { aliases, series: await madeSeries() });
    },
    async series(f) {
      return filtered(f);
    },
    async disputes({ kinds, ...f }) {
      const some = Object.values(filterOf(f)).some((v) => v !== undefined);
      const ofKinds = async () => {
        if (!kinds) return allDisputes();
        if (kinds.length === 1) return (await disputesByKind()).get(kinds[0]!) ?? [];
        return (await allDisputes()).filter((d) => kinds.includes(d.kind));
      };
      if (!some) return ofKinds();
      const ids = new Set((await filtered(f)).map((s) => s.id));
      return (await ofKinds()).filter((d) => ids.has(d.series));
    },
    async competing(f) {
      return (await allCompeting()).filter(
        (c) => has(c.place, f.place) && (!f.speaker || c.speakers.some((s) => has(s, f.speaker))),
      );
    },
    async chains(f) {
      return (await allChains()).filter(
        (c) =>
          has(c.document.outlet, f.outlet) &&
          (!f.source || has(c.links.at(-1)?.key, f.source)) &&
          (!f.relay || c.links.some((l) => l.role === 'relay' && has(l.key, f.relay))),
      );
    },
    async reprints(f) {
      return (await allReprints()).filter(
        (s) =>
          s.documents.length >= (f.minSize ?? 1) && (!f.outlet || s.documents.some((d) => has(d.outlet, f.outlet))),
      );
    },
    async outlets(f) {
      return (await allOutlets()).filter((o) => has(o.outlet, f.outlet));
    },
    async wording(f) {
      const w = await allWording();
      return {
        terms: w.terms.filter((t) => has(t.actor, f.actor) && has(t.outlet, f.outlet)),
        distinctive: w.distinctive.filter((t) => has(t.outlet, f.outlet) && (!f.actor || has(t.actor, f.actor))),
      };
    },
  };
}
