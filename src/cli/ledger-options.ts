import { METRICS, type EntityType } from '../model.js';
import { defaultLedgerPath, openLedger, type Ledger } from '../store/ledger.js';
import type { ClaimFilter } from '../store/queries.js';
import { FORMATS, type Format } from './format.js';
import { coreCount, UsageError, type OptionSpec, type OptionValues } from './options.js';

/**
 * Number of FILE arguments from which extraction runs in one thread per core unless --jobs says
 * otherwise. Each thread compiles the pipeline anew, which costs a few seconds of CPU before it
 * runs at full speed: on the benchmark's short articles two threads only beat one from about
 * 10,000 texts on (30,000 JSONL records: 15.6 s against 19.5 s wall on 2 cores).
 */
export const THREADS_FROM_FILES = 5000;

/**
 * The one default of `--jobs`, for every command: one thread per core for work of unknown size
 * (`ingest`: folders, feeds, URLs) and for {@link THREADS_FROM_FILES} files or more; one thread
 * for fewer files, where starting threads costs more than it saves.
 */
export function defaultThreads(files: number | null): number {
  return files === null || files >= THREADS_FROM_FILES ? coreCount() : 1;
}

/** Entity types, for `--type`. */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

/**
 * The options shared by several commands, declared once so that each means the same and has the
 * same default wherever it is offered. A command lists only those it applies.
 */
export const OPTION = {
  db: { kind: 'text', arg: 'PATH', help: 'ledger file (default: $CROSSCHECK_DB, else ./crosscheck.db)' },
  format: { kind: 'choice', arg: 'FORMAT', choices: FORMATS, help: 'table (default), json, jsonl or csv' },
  metric: { kind: 'choice', arg: 'METRIC', choices: METRICS, help: METRICS.join(', ') },
  source: {
    kind: 'text',
    arg: 'TEXT',
    help: 'claimant or speaker contains TEXT ("none": the outlet\'s own voice)',
    also: ['speaker', 'claimant', 'by', 'attributed-to'],
  },
  outlet: { kind: 'text', arg: 'TEXT', help: 'outlet contains TEXT' },
  who: { kind: 'text', arg: 'TEXT', help: 'group counted contains TEXT' },
  from: { kind: 'date', arg: 'DATE', help: 'from this day on (YYYY-MM-DD, inclusive)' },
  to: { kind: 'date', arg: 'DATE', help: 'up to this day (YYYY-MM-DD, inclusive)' },
  limit: { kind: 'whole', arg: 'N', help: 'at most N rows (default 50 in a table, all otherwise)' },
  document: { kind: 'text', arg: 'ID', help: 'one document (an id prefix is enough)' },
  'all-versions': {
    kind: 'flag',
    help: 'every stored version of each document (default: the latest only)',
  },
  wide: { kind: 'flag', help: 'a table with every column at full width, whatever the terminal' },
  published: {
    kind: 'date',
    arg: 'DATE',
    help: 'publication date (YYYY-MM-DD) for documents that give none',
  },
  'max-bytes': {
    kind: 'whole',
    arg: 'N',
    help: 'largest file, download, feed, JSON Lines record or WARC record read (default 20000000)',
  },
  jobs: {
    kind: 'jobs',
    arg: 'N',
    help: `extraction threads, at most one per core (${coreCount()} here); output order is kept.\nDefault: one per core for ingest and for extract of ${THREADS_FROM_FILES} files or more (threads\nthen pay for their start-up), else 1`,
  },
  aliases: {
    kind: 'text',
    arg: 'FILE',
    help: 'alias file: which spellings name one claimant, group, outlet, place or actor\n(default: $CROSSCHECK_ALIASES, else ./crosscheck.aliases.json when present; see README)',
  },
  color: { kind: 'flag', help: 'colour the output even off a terminal' },
  'no-color': { kind: 'flag', help: 'no colour (also when NO_COLOR is set)' },
} as const satisfies Record<string, OptionSpec>;

type Shared = typeof OPTION;

/** The filter options a command takes, as given on its command line. */
type FilterValues = OptionValues<
  Pick<Shared, 'metric' | 'source' | 'outlet' | 'who' | 'from' | 'to' | 'limit' | 'document' | 'all-versions'>
> & { kind?: string; type?: string; name?: string };

/** The filter the options ask for; a table shows 50 rows unless `--limit` says otherwise. */
export function filterOf(values: FilterValues, format: Format): ClaimFilter {
  if (values.from && values.to && values.from > values.to)
    throw new UsageError(`--from ${values.from} is after --to ${values.to}`);
  return {
    metric: values.metric,
    source: values.source,
    outlet: values.outlet,
    who: values.who,
    kind: values.kind,
    type: values.type,
    name: values.name,
    from: values.from,
    to: values.to,
    document: values.document,
    allVersions: values['all-versions'] ?? false,
    limit: values.limit ?? (format === 'table' ? 50 : undefined),
  };
}

/** Opens the ledger named by `--db`, `CROSSCHECK_DB` or the default, read-only for queries. */
export function ledgerOf(values: { db?: string }, readonly: boolean): Ledger {
  return openLedger(values.db ?? defaultLedgerPath(), { readonly });
}
