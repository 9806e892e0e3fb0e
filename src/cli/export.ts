import {
  exportDocuments,
  queryDocuments,
  queryEntityMentions,
  queryFigures,
  queryMessages,
  queryStatements,
} from '../store/queries.js';
import { emitRecords } from './format.js';
import type { Ledger } from '../store/ledger.js';
import { ledgerOf, OPTION } from './ledger-options.js';
import { defineCommand, UsageError } from './options.js';

const TABLES = ['documents', 'figures', 'statements', 'entities', 'messages'] as const;

// Every version of every document.
const ALL = { allVersions: true };
/** The rows of each table --what names. */
const ROWS: Record<(typeof TABLES)[number], (ledger: Ledger) => Iterable<object>> = {
  documents: (l) => queryDocuments(l, ALL),
  figures: (l) => queryFigures(l, ALL),
  statements: (l) => queryStatements(l, ALL),
  entities: (l) => queryEntityMentions(l),
  messages: (l) => queryMessages(l, ALL),
};

export const { usage, run } = defineCommand({
  name: 'export',
  synopsis: '[--format jsonl|json|csv] [--what TABLE] [options]',
  summary: `Streams the whole ledger, every version of every document, for other programs.

JSON Lines (the default) gives one line per document in the shape "crosscheck extract" prints —
{"document": {..., "text": ...}, "figures": [...], "statements": [...], "entities": [...],
"messages": [...]} — so that every span can be checked against the text it points into; the
document also carries its version, the version it replaced or was replaced by, and every origin it
was read from. A figure's and a statement's "why" names the rule that decided each of its fields
(null when the ledger did not record it).

--what TABLE gives one table instead, one record per row: figures, statements, documents
(without their text), entities (one row per name per document, with its mentions) or messages
(the extraction's findings about odd input). CSV needs --what; its header holds the field names,
nested spans as span.start and span.end, a "why" as JSON in one cell.`,
  options: {
    db: OPTION.db,
    format: { kind: 'choice', arg: 'FORMAT', choices: ['jsonl', 'json', 'csv'], help: 'jsonl (default), json or csv' },
    what: { kind: 'choice', arg: 'TABLE', choices: TABLES, help: TABLES.join(', ') },
  },
  async run(values) {
    const format = values.format ?? 'jsonl';
    if (format === 'csv' && !values.what)
      throw new UsageError(`CSV holds one table: choose it with --what ${TABLES.join(', ')}`);
    const ledger = ledgerOf(values, true);
    try {
      const rows = values.what ? ROWS[values.what](ledger) : exportDocuments(ledger);
      await emitRecords(rows, format, process.stdout);
    } finally {
      ledger.close();
    }
    return 0;
  },
});
