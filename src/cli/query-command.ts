import type { Ledger } from '../store/ledger.js';
import type { ClaimFilter } from '../store/queries.js';
import { emit, type Column } from './format.js';
import {
  FILTER_HELP,
  FILTER_OPTIONS,
  filterOf,
  formatOf,
  LEDGER_HELP,
  ledgerOf,
  parseLedgerArgs,
} from './ledger-options.js';

/** What a list command over the ledger needs: its name, a one-line summary, rows and columns. */
export interface QuerySpec<R> {
  name: string;
  summary: string;
  query(ledger: Ledger, filter: ClaimFilter): Iterable<R>;
  columns: Column<R>[];
}

/** Builds a CLI command (`usage` + `run`) that lists ledger rows with the shared filters and formats. */
export function queryCommand<R extends object>(spec: QuerySpec<R>) {
  const usage = `Usage: crosscheck ${spec.name} [options]

${spec.summary}

Options:
${LEDGER_HELP}
${FILTER_HELP}
  -h, --help             show this help`;
  return {
    usage,
    async run(argv: string[]): Promise<number> {
      const { values } = parseLedgerArgs(argv, FILTER_OPTIONS);
      if (values.help) {
        process.stdout.write(usage + '\n');
        return 0;
      }
      const format = formatOf(values);
      const filter = filterOf(values, format);
      const ledger = ledgerOf(values, true);
      try {
        const n = await emit(spec.query(ledger, filter), spec.columns, format, process.stdout);
        if (format === 'table' && filter.limit && n === filter.limit)
          process.stderr.write(`(first ${n} rows; --limit N for more)\n`);
      } finally {
        ledger.close();
      }
      return 0;
    },
  };
}
