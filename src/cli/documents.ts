import { queryDocuments, type LedgerDocument } from '../store/queries.js';
import { OPTION } from './ledger-options.js';
import { queryCommand, shortId, versionCell } from './query-command.js';

export const { usage, run } = queryCommand<LedgerDocument>({
  name: 'documents',
  summary: `Lists the documents in the ledger with their claim counts, newest first. --from and --to
filter the publication date.`,
  filters: { outlet: OPTION.outlet, from: OPTION.from, to: OPTION.to, document: OPTION.document },
  query: queryDocuments,
  table: () => [
    { header: 'document', get: (r) => shortId(r.id), fit: 'fixed' },
    { header: 'published', get: (r) => r.published, fit: 'fixed' },
    { header: 'outlet', get: (r) => r.outlet },
    { header: 'title', get: (r) => r.title, min: 16, weight: 2 },
    { header: 'v', get: versionCell, fit: 'fixed', hideIf: '1' },
    { header: 'figures', get: (r) => r.figures, fit: 'fixed' },
    { header: 'statements', get: (r) => r.statements, fit: 'fixed', drop: 2 },
    { header: 'origin', get: (r) => r.origin, drop: 1 },
  ],
});
