import { queryStatements, type StatementRow } from '../store/queries.js';
import { queryCommand } from './query-command.js';

export const { usage, run } = queryCommand<StatementRow>({
  name: 'statements',
  summary: 'Lists direct and indirect statements in the ledger with their speakers.',
  query: queryStatements,
  columns: [
    { header: 'published', get: (r) => r.published },
    { header: 'kind', get: (r) => r.kind },
    { header: 'speaker', get: (r) => r.speaker, max: 28 },
    { header: 'role', get: (r) => r.speaker_role, max: 28 },
    { header: 'text', get: (r) => r.text, max: 60 },
    { header: 'outlet', get: (r) => r.outlet, max: 20 },
    { header: 'document', get: (r) => r.document_id.slice(0, 10) },
  ],
});
