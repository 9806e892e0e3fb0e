import type { Ledger } from '../store/ledger.js';
import type { ClaimFilter } from '../store/queries.js';
import { emitRecords, emitTable, plural, terminalWidth, useColor, type Column } from './format.js';
import { filterOf, ledgerOf, OPTION } from './ledger-options.js';
import { defineCommand, type Command, type OptionSpecs } from './options.js';

/** What a list command over the ledger needs: its name, a summary, the filters it applies, rows and columns. */
export interface QuerySpec<R> {
  name: string;
  summary: string;
  /** The filter options this command applies (each one tested to change what it lists). */
  filters: OptionSpecs;
  query(ledger: Ledger, filter: ClaimFilter): Iterable<R>;
  /** The table's columns for these rows (a column may need the ledger: a figure's sentence). */
  table(ledger: Ledger, rows: readonly R[]): Column<R>[];
  epilogue?: string;
}

/** Builds a CLI command that lists ledger rows with its filters: a table for people, raw records for programs. */
export function queryCommand<R extends object>(spec: QuerySpec<R>): Command {
  return defineCommand({
    name: spec.name,
    synopsis: '[options]',
    summary: spec.summary,
    options: {
      db: OPTION.db,
      format: OPTION.format,
      ...spec.filters,
      limit: OPTION.limit,
      'all-versions': OPTION['all-versions'],
      wide: OPTION.wide,
    },
    epilogue: spec.epilogue,
    async run(values) {
      const format = (values.format as string as (typeof OPTION.format.choices)[number] | undefined) ?? 'table';
      const filter = filterOf(values as Parameters<typeof filterOf>[0], format);
      const ledger = ledgerOf(values as { db?: string }, true);
      try {
        const rows = spec.query(ledger, filter);
        if (format !== 'table') {
          await emitRecords(rows, format, process.stdout);
          return 0;
        }
        const all = [...rows];
        const n = await emitTable(all, spec.table(ledger, all), process.stdout, {
          width: values.wide ? Infinity : terminalWidth(),
          color: useColor(process.stdout),
        });
        if (filter.limit && n === filter.limit)
          process.stderr.write(`(the first ${plural(n, 'row')}; --limit N for more)\n`);
      } finally {
        ledger.close();
      }
      return 0;
    },
  });
}

/** A version as a table shows it: "1", or "1 (old)" for a superseded one. */
export const versionCell = (r: { version: number; latest: boolean }): string =>
  r.latest ? String(r.version) : `${r.version} (old)`;

/** The first ten characters of a document id: enough for `crosscheck show` in any real ledger. */
export const shortId = (id: string): string => id.slice(0, 10);
