import { queryFigures, type FigureRow } from '../store/queries.js';
import { queryCommand } from './query-command.js';
import { valueText } from './value-text.js';

export const { usage, run } = queryCommand<FigureRow>({
  name: 'figures',
  summary: 'Lists casualty and humanitarian figures in the ledger, each with its claimant and evidence.',
  query: queryFigures,
  columns: [
    { header: 'as of', get: (r) => r.as_of },
    { header: 'metric', get: (r) => r.metric },
    { header: 'value', get: valueText },
    { header: 'who', get: (r) => r.who, max: 24 },
    { header: 'source', get: (r) => r.source ?? '(outlet’s own voice)', max: 30 },
    { header: 'outlet', get: (r) => r.outlet, max: 24 },
    { header: 'evidence', get: (r) => r.evidence, max: 40 },
    { header: 'document', get: (r) => r.document_id.slice(0, 10) },
  ],
});
