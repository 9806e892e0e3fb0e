import { queryFigures, type FigureRow } from '../store/queries.js';
import { queryCommand } from './query-command.js';

const QUALIFIER_WORDS: Record<string, string> = {
  exact: '',
  at_least: '≥',
  more_than: '>',
  about: '~',
  up_to: '≤',
  less_than: '<',
};

export const { usage, run } = queryCommand<FigureRow>({
  name: 'figures',
  summary: 'Lists casualty and humanitarian figures in the ledger, each with its claimant and evidence.',
  query: queryFigures,
  columns: [
    { header: 'as of', get: (r) => r.as_of },
    { header: 'metric', get: (r) => r.metric },
    {
      header: 'value',
      get: (r) =>
        `${QUALIFIER_WORDS[r.qualifier] ?? ''}${r.value.toLocaleString('en-US')}${r.unit === 'percent' ? '%' : ''}${r.vague ? ' (vague)' : ''}`,
    },
    { header: 'who', get: (r) => r.who, max: 24 },
    { header: 'source', get: (r) => r.source ?? '(outlet’s own voice)', max: 30 },
    { header: 'outlet', get: (r) => r.outlet, max: 24 },
    { header: 'evidence', get: (r) => r.evidence, max: 40 },
    { header: 'document', get: (r) => r.document_id.slice(0, 10) },
  ],
});
