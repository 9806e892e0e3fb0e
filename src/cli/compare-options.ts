import type { ParseArgsConfig } from 'node:util';
import { AliasError, loadAliases, type Aliases } from '../compare/aliases.js';
import { pendingCrossCheck, updateCrossCheck } from '../compare/index-update.js';
import { LedgerError, openLedger, defaultLedgerPath, type Ledger } from '../store/ledger.js';
import { emit, type Column, type Format } from './format.js';
import { formatOf, LEDGER_HELP, parseLedgerArgs, UsageError } from './ledger-options.js';

/** Options every comparison command takes besides the ledger's. */
export const COMPARE_OPTIONS = {
  aliases: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  outlet: { type: 'string' },
  limit: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const COMPARE_HELP = `${LEDGER_HELP}
  --aliases FILE         alias file (default: ./crosscheck.aliases.json when present; see README)
  --outlet TEXT          only outlets whose name contains TEXT
  --from DATE, --to DATE only dates (YYYY-MM-DD) in this range, inclusive
  --limit N              at most N rows in a table (default 50; all in json, jsonl, csv)
  -h, --help             show this help`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a comparison command works with: its parsed options, the ledger (indexed), the aliases and the format. */
export interface CompareContext {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  ledger: Ledger;
  aliases: Aliases;
  format: Format;
  limit: number | undefined;
}

/**
 * Parses a comparison command's arguments, loads the alias file and opens the ledger read-only,
 * first bringing its cross-check index up to date when documents were stored since (as a
 * migration does: briefly opened for writing). Returns null after printing --help.
 */
export function compareContext<O extends ParseArgsConfig['options']>(
  argv: string[],
  extra: O,
  usage: string,
): CompareContext | null {
  const { values, positionals } = parseLedgerArgs(argv, { ...COMPARE_OPTIONS, ...extra });
  const v = values as Record<string, string | boolean | undefined>;
  if (v.help) {
    process.stdout.write(usage + '\n');
    return null;
  }
  const format = formatOf(v);
  for (const k of ['from', 'to'])
    if (typeof v[k] === 'string' && !DATE.test(v[k] as string))
      throw new UsageError(`--${k} takes a date as YYYY-MM-DD, not "${v[k]}"`);
  const lim = v.limit as string | undefined;
  if (lim !== undefined && !/^\d+$/.test(lim)) throw new UsageError(`--limit takes a whole number, not "${lim}"`);
  let aliases: Aliases;
  try {
    aliases = loadAliases(typeof v.aliases === 'string' ? v.aliases : process.env.CROSSCHECK_ALIASES || null);
  } catch (e) {
    if (e instanceof AliasError) throw new LedgerError(e.message);
    throw e;
  }
  const path = typeof v.db === 'string' ? v.db : defaultLedgerPath();
  let ledger = openLedger(path, { readonly: true });
  if (pendingCrossCheck(ledger) > 0) {
    ledger.close();
    const writer = openLedger(path);
    try {
      updateCrossCheck(writer);
    } finally {
      writer.close();
    }
    ledger = openLedger(path, { readonly: true });
  }
  const limit = lim !== undefined ? Number(lim) : format === 'table' ? 50 : undefined;
  return { values: v, positionals, ledger, aliases, format, limit };
}

/** A string option, or undefined. */
export const str = (v: Record<string, string | boolean | undefined>, k: string): string | undefined =>
  typeof v[k] === 'string' ? (v[k] as string) : undefined;

/** A non-negative number option, or `fallback`. */
export function num(v: Record<string, string | boolean | undefined>, k: string, fallback: number): number {
  const s = str(v, k);
  if (s === undefined) return fallback;
  const n = Number(s);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${k} takes a number of at least 0, not "${s}"`);
  return n;
}

/**
 * Prints a comparison's result: JSON and JSON Lines as the nested objects the library returns, a
 * table or CSV as one flat row per item (`flat`). A table stops at the limit and says so.
 */
export async function output<T extends object, R extends object>(
  ctx: CompareContext,
  nested: readonly T[],
  flat: (items: readonly T[]) => R[],
  columns: Column<R>[],
): Promise<void> {
  if (ctx.format === 'json' || ctx.format === 'jsonl') {
    await emit(nested, [], ctx.format, process.stdout);
    return;
  }
  const rows = flat(nested);
  const shown = ctx.limit !== undefined ? rows.slice(0, ctx.limit) : rows;
  await emit(shown, columns, ctx.format, process.stdout);
  if (ctx.format === 'table' && shown.length < rows.length)
    process.stderr.write(`(first ${shown.length} of ${rows.length} rows; --limit N for more)\n`);
}

/** Runs a comparison command: context, body, and the ledger closed whatever happens. */
export async function runCompare<O extends ParseArgsConfig['options']>(
  argv: string[],
  extra: O,
  usage: string,
  body: (ctx: CompareContext) => Promise<void>,
): Promise<number> {
  const ctx = compareContext(argv, extra, usage);
  if (!ctx) return 0;
  try {
    await body(ctx);
  } finally {
    ctx.ledger.close();
  }
  return 0;
}
