import {
  exportDocuments,
  queryDocuments,
  queryEntityMentions,
  queryFigures,
  queryStatements,
} from '../store/queries.js';
import { emitRecords } from './format.js';
import { ledgerOf, OPTION } from './ledger-options.js';
import { defineCommand, UsageError } from './options.js';

const TABLES = ['documents', 'figures', 'statements', 'entities'] as const;

export const { usage, run } = defineCommand({
  name: 'export',
  synopsis: '[--format jsonl|json|csv] [--what TABLE] [options]',
  summary: `Streams the whole ledger, every version of every document, for other programs.

JSON Lines (the default) gives one line per document in the shape "crosscheck extract" prints —
{"document": {..., "text": ...}, "figures": [...], "statements": [...], "entities": [...]} — so
that every span can be checked against the text it points into; the document also carries its
version, the version it replaced or was replaced by, and every origin it was read from.

--what TABLE gives one table instead, one record per row: figures, statements, documents
(without their text) or entities (one row per name per document, with its mentions). CSV needs
--what; its header holds the field names, nested spans as span.start and span.end.`,
  options: {
    db: OPTION.db,
    format: { kind: 'choice', arg: 'FORMAT', choices: ['jsonl', 'json', 'csv'], help: 'jsonl (default), json or csv' },
    what: { kind: 'choice', arg: 'TABLE', choices: TABLES, help: TABLES.join(', ') },
  },
  async run(values) {
    const format = values.format ?? 'jsonl';
    if (format === 'csv' && !values.what)
      throw new UsageError('CSV holds one table: choose it with --what figures, statements, documents or entities');
    const ledger = ledgerOf(values, true);
    try {
      const all = { allVersions: true };
      const rows: Iterable<object> =
        values.what === 'documents'
          ? queryDocuments(ledger, all)
          : values.what === 'figures'
            ? queryFigures(ledger, all)
            : values.what === 'statements'
              ? queryStatements(ledger, all)
              : values.what === 'entities'
                ? queryEntityMentions(ledger)
                : exportDocuments(ledger);
      await emitRecords(rows, format, process.stdout);
    } finally {
      ledger.close();
    }
    return 0;
  },
});
