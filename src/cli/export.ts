import { queryDocuments, queryFigures, queryMessages, queryStatements } from '../store/queries.js';
import { emit, fieldColumns } from './format.js';
import { LEDGER_HELP, ledgerOf, parseLedgerArgs, UsageError } from './ledger-options.js';

export const usage = `Usage: crosscheck export --format jsonl|csv [--what figures|statements|documents] [options]

Streams the whole ledger for other programs. JSON Lines (the default) gives one record per line:
every document ({"type":"document",...}), then every figure, statement and message, each with its
document id and spans; a figure's and a statement's "why" names the rule that decided each field
(null when the ledger did not record it). CSV needs --what to choose one table (default figures);
"why" is a JSON cell there.

Options:
${LEDGER_HELP.split('\n')[0]}
  --format FORMAT        jsonl (default) or csv
  --what TABLE           figures, statements, documents or messages (CSV; with JSON Lines: only that table)
  -h, --help             show this help`;

const TABLES = ['documents', 'figures', 'statements', 'messages'] as const;

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
      const rows: Iterable<object> = QUERIES[table](ledger);
      const tagged = format === 'jsonl' ? tag(rows, table.slice(0, -1)) : rows;
      const [columns, all] = fieldColumns(tagged);
      await emit(all, columns, format, process.stdout);
    }
  } finally {
    ledger.close();
  }
  return 0;
}

const QUERIES = {
  documents: queryDocuments,
  figures: queryFigures,
  statements: queryStatements,
  messages: queryMessages,
} as const;

// JSON Lines mixes tables, so each record says which it is.
function* tag(rows: Iterable<object>, type: string): Iterable<object> {
  for (const r of rows) yield { type, ...r };
}
