import { METRICS, type EntityType } from '../model.js';
import { defaultLedgerPath, openLedger, type Ledger } from '../store/ledger.js';
import type { ClaimFilter } from '../store/queries.js';
import { FORMATS, type Format } from './format.js';
import { UsageError, type OptionSpec, type OptionValues } from './options.js';

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
    help: 'extraction threads, at most one per core (default: one per core for ingest and for\nextract of 5000 files or more, else 1)',
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
