import { AliasError, loadAliases, type Aliases } from '../compare/aliases.js';
import { pendingCrossCheck, updateCrossCheck } from '../compare/index-update.js';
import { defaultLedgerPath, LedgerError, openLedger, type Ledger } from '../store/ledger.js';
import { emitRecords, emitTable, plural, terminalWidth, useColor, type Column, type Format } from './format.js';
import { ledgerOf, OPTION } from './ledger-options.js';
import { defineCommand, UsageError, type Command, type OptionSpecs, type OptionValues } from './options.js';

/** The options every comparison command takes: the ledger, the output format and the alias file. */
const BASE = { db: OPTION.db, format: OPTION.format, aliases: OPTION.aliases } as const;

/** What a comparison command works with: the ledger (indexed), the aliases, and how to print. */
export interface CompareContext {
  ledger: Ledger;
  aliases: Aliases;
  format: Format;
  /** Rows (table, CSV) or objects (JSON, JSON Lines) to print at most: `--limit`, else 50 in a table. */
  limit: number | undefined;
  /** `--wide`: every column at full width. */
  wide: boolean;
}

/**
 * What a comparison lists: the library's objects, printed as they are in JSON and JSON Lines, and
 * one flat row per table or CSV line (a series' figures, a story's documents), whose raw fields
 * CSV writes (nested ones as `document.id`) and whose columns the table shows.
 */
export interface Listing<T extends object, R extends object> {
  items: readonly T[];
  rows(items: readonly T[]): R[];
  columns: Column<R>[];
}

/** A {@link Listing}, its types inferred from its parts. */
export const listing = <T extends object, R extends object>(
  items: readonly T[],
  rows: (items: readonly T[]) => R[],
  columns: Column<R>[],
): Listing<T, R> => ({ items, rows, columns });

/** What a comparison command declares: like {@link defineCommand}'s, with the base options added. */
export interface CompareSpec<S extends OptionSpecs> {
  name: string;
  summary: string;
  /** The options this command applies besides `--db`, `--format` and `--aliases`. */
  options: S;
  epilogue?: string;
  run(values: OptionValues<typeof BASE & S>, ctx: CompareContext): Promise<void>;
}

/**
 * A comparison command: its line parsed by the one option parser, the alias file loaded, the ledger
 * opened read-only with its cross-check index brought up to date, and closed whatever happens.
 */
export function compareCommand<const S extends OptionSpecs>(spec: CompareSpec<S>): Command {
  return defineCommand({
    name: spec.name,
    synopsis: '[options]',
    summary: spec.summary,
    options: { ...BASE, ...spec.options },
    epilogue: spec.epilogue,
    async run(values) {
      // The options every comparison has, and those most have, as the parser checked them.
      const v = values as unknown as {
        db?: string;
        format?: Format;
        aliases?: string;
        from?: string;
        to?: string;
        limit?: number;
        wide?: boolean;
      };
      if (v.from && v.to && v.from > v.to) throw new UsageError(`--from ${v.from} is after --to ${v.to}`);
      const format = v.format ?? 'table';
      const aliases = aliasesOf(v.aliases);
      const ledger = indexedLedger(spec.name, v);
      try {
        await spec.run(values as OptionValues<typeof BASE & S>, {
          ledger,
          aliases,
          format,
          limit: v.limit ?? (format === 'table' ? 50 : undefined),
          wide: v.wide ?? false,
        });
      } finally {
        ledger.close();
      }
      return 0;
    },
  });
}

/** The alias file named by `--aliases`, else `CROSSCHECK_ALIASES`, else `./crosscheck.aliases.json` when present. */
function aliasesOf(path: string | undefined): Aliases {
  try {
    return loadAliases(path ?? (process.env.CROSSCHECK_ALIASES || null));
  } catch (e) {
    if (e instanceof AliasError) throw new LedgerError(e.message);
    throw e;
  }
}

/**
 * The ledger opened read-only, its cross-check index first brought up to date when documents were
 * stored since (briefly opened for writing, as a migration is). Where it cannot be written (a
 * read-only copy) the comparison still runs, and says that the documents not indexed count as
 * stories of their own and their figures as unmarked.
 */
function indexedLedger(command: string, values: { db?: string }): Ledger {
  const ledger = ledgerOf(values, true);
  const pending = pendingCrossCheck(ledger);
  if (pending === 0) return ledger;
  ledger.close();
  try {
    const writer = openLedger(values.db ?? defaultLedgerPath());
    try {
      updateCrossCheck(writer);
    } finally {
      writer.close();
    }
  } catch (e) {
    const readonly = (e as { code?: string }).code?.startsWith('SQLITE_READONLY');
    if (!(e instanceof LedgerError) && !readonly) throw e;
    process.stderr.write(
      `crosscheck ${command}: ${plural(pending, 'document')} not indexed for cross-checking yet, and the ledger cannot be written here (${(e as Error).message}): they count as stories of their own and their figures as unmarked\n`,
    );
  }
  return ledgerOf(values, true);
}

/** Throws a usage error when an option of `names` is given with `mode`, which does not apply it. */
export function notWith(values: Record<string, unknown>, mode: string, names: readonly string[]): void {
  const given = names.find((n) => values[n] !== undefined);
  if (given) throw new UsageError(`--${given} does not apply with ${mode}`);
}

/**
 * Prints a listing: JSON and JSON Lines as the library's objects, CSV as raw flat rows, a table
 * fitted to the terminal. `--limit` counts objects in JSON, rows otherwise; a table that stops at
 * the limit says so on standard error.
 */
export async function printListing<T extends object, R extends object>(
  ctx: CompareContext,
  l: Listing<T, R>,
): Promise<void> {
  const upTo = <X>(xs: readonly X[]) => (ctx.limit === undefined ? xs : xs.slice(0, ctx.limit));
  if (ctx.format === 'json' || ctx.format === 'jsonl') {
    await emitRecords(upTo(l.items), ctx.format, process.stdout);
    return;
  }
  const rows = l.rows(l.items);
  const shown = upTo(rows);
  if (ctx.format === 'csv') {
    await emitRecords(shown, 'csv', process.stdout);
    return;
  }
  await emitTable(shown, l.columns, process.stdout, {
    width: ctx.wide ? Infinity : terminalWidth(),
    color: useColor(process.stdout),
  });
  if (shown.length < rows.length)
    process.stderr.write(`(the first ${shown.length} of ${plural(rows.length, 'row')}; --limit N for more)\n`);
}
