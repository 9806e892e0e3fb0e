import { queryDocuments, type DocumentRow } from '../store/queries.js';
import { queryCommand } from './query-command.js';

export const { usage, run } = queryCommand<DocumentRow>({
  name: 'documents',
  summary: 'Lists the documents in the ledger with their claim counts.',
  query: queryDocuments,
  columns: [
    { header: 'document', get: (r) => r.id.slice(0, 10) },
    { header: 'published', get: (r) => r.published },
    { header: 'outlet', get: (r) => r.outlet, max: 24 },
    { header: 'title', get: (r) => r.title, max: 50 },
    { header: 'v', get: (r) => r.version },
    { header: 'figures', get: (r) => r.figures },
    { header: 'statements', get: (r) => r.statements },
    { header: 'origin', get: (r) => r.origin, max: 40 },
  ],
});
