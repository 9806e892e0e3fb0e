import { parseArgs, type ParseArgsConfig } from 'node:util';
import { METRICS } from '../model.js';
import { defaultLedgerPath, openLedger, type Ledger } from '../store/ledger.js';
import type { ClaimFilter } from '../store/queries.js';
import { FORMATS, type Format } from './format.js';

/** A user's mistake on the command line: printed with the command's usage, exit status 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Options every ledger command takes. */
export const LEDGER_OPTIONS = {
  db: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** The filter options of the query commands. */
export const FILTER_OPTIONS = {
  metric: { type: 'string' },
  source: { type: 'string' },
  outlet: { type: 'string' },
  who: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  limit: { type: 'string' },
  document: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const LEDGER_HELP = `  --db PATH              ledger file (default: $CROSSCHECK_DB, else ./crosscheck.db)
  --format FORMAT        table (default), json, jsonl or csv`;

export const FILTER_HELP = `  --metric METRIC        ${METRICS.join(', ')}
  --source TEXT          claimant or speaker contains TEXT ("none": the outlet's own voice)
  --outlet TEXT          outlet contains TEXT
  --who TEXT             group counted contains TEXT
  --from DATE, --to DATE dates (YYYY-MM-DD) inclusive: a figure's as-of date, else the publication date
  --limit N              at most N rows (default 50 in a table, all otherwise)
  --document ID          one document (an id prefix is enough)`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses argv with the ledger options plus `extra`; throws {@link UsageError} on unknown options. */
export function parseLedgerArgs<O extends ParseArgsConfig['options']>(argv: string[], extra: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: { ...LEDGER_OPTIONS, ...extra } });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Reads and checks `--format`. */
export function formatOf(values: { format?: string | boolean }, fallback: Format = 'table'): Format {
  const f = values.format ?? fallback;
  if (typeof f !== 'string' || !(FORMATS as readonly string[]).includes(f))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  return f as Format;
}

/** Reads and checks the filter options. */
export function filterOf(values: Record<string, string | boolean | undefined>, format: Format): ClaimFilter {
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const metric = str('metric');
  if (metric && !(METRICS as readonly string[]).includes(metric))
    throw new UsageError(`--metric must be one of ${METRICS.join(', ')}`);
  for (const k of ['from', 'to']) {
    const v = str(k);
    if (v && !DATE.test(v)) throw new UsageError(`--${k} takes a date as YYYY-MM-DD, not "${v}"`);
  }
  const lim = str('limit');
  if (lim && !/^\d+$/.test(lim)) throw new UsageError(`--limit takes a whole number, not "${lim}"`);
  return {
    metric,
    source: str('source'),
    outlet: str('outlet'),
    who: str('who'),
    from: str('from'),
    to: str('to'),
    document: str('document'),
    limit: lim ? Number(lim) : format === 'table' ? 50 : undefined,
  };
}

/** Opens the ledger named by `--db`, `CROSSCHECK_DB` or the default, read-only for queries. */
export function ledgerOf(values: { db?: string | boolean }, readonly: boolean): Ledger {
  const path = typeof values.db === 'string' ? values.db : defaultLedgerPath();
  return openLedger(path, { readonly });
}
