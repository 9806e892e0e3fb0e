import { queryDocuments, queryFigures, queryStatements } from '../store/queries.js';
import { emit, fieldColumns } from './format.js';
import { LEDGER_HELP, ledgerOf, parseLedgerArgs, UsageError } from './ledger-options.js';

export const usage = `Usage: crosscheck export --format jsonl|csv [--what figures|statements|documents] [options]

Streams the whole ledger for other programs. JSON Lines (the default) gives one record per line:
every document ({"type":"document",...}), then every figure and statement, each with its document
id and evidence span. CSV needs --what to choose one table (default figures).

Options:
${LEDGER_HELP.split('\n')[0]}
  --format FORMAT        jsonl (default) or csv
  --what TABLE           figures, statements or documents (CSV; with JSON Lines: only that table)
  -h, --help             show this help`;

const TABLES = ['documents', 'figures', 'statements'] as const;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseLedgerArgs(argv, { what: { type: 'string' } });
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const format = values.format ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'csv') throw new UsageError('export --format must be jsonl or csv');
  const what = values.what as (typeof TABLES)[number] | undefined;
  if (what && !TABLES.includes(what)) throw new UsageError(`--what must be one of ${TABLES.join(', ')}`);
  const tables = what ? [what] : format === 'csv' ? (['figures'] as const) : TABLES;
  const ledger = ledgerOf(values, true);
  try {
    for (const table of tables) {
      const rows: Iterable<object> =
        table === 'documents'
          ? queryDocuments(ledger)
          : table === 'figures'
            ? queryFigures(ledger)
            : queryStatements(ledger);
      const tagged = format === 'jsonl' ? tag(rows, table.slice(0, -1)) : rows;
      const [columns, all] = fieldColumns(tagged);
      await emit(all, columns, format, process.stdout);
    }
  } finally {
    ledger.close();
  }
  return 0;
}

// JSON Lines mixes tables, so each record says which it is.
function* tag(rows: Iterable<object>, type: string): Iterable<object> {
  for (const r of rows) yield { type, ...r };
}
