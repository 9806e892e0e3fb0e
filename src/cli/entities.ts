import { queryEntities, type LedgerEntity } from '../store/queries.js';
import { ENTITY_TYPES, OPTION } from './ledger-options.js';
import { queryCommand } from './query-command.js';

export const { usage, run } = queryCommand<LedgerEntity>({
  name: 'entities',
  summary: `Lists the names of people, organizations and places as each outlet uses them, with the
number of documents and mentions: every name each outlet uses for each actor. Most documents
first. --from and --to filter the publication date.`,
  filters: {
    type: { kind: 'choice', arg: 'TYPE', choices: ENTITY_TYPES, help: ENTITY_TYPES.join(', ') },
    name: { kind: 'text', arg: 'TEXT', help: 'name contains TEXT' },
    outlet: OPTION.outlet,
    from: OPTION.from,
    to: OPTION.to,
    document: OPTION.document,
  },
  query: queryEntities,
  table: () => [
    { header: 'name', get: (r) => r.name, min: 12, weight: 2 },
    { header: 'type', get: (r) => r.type, fit: 'fixed' },
    { header: 'outlet', get: (r) => r.outlet },
    { header: 'documents', get: (r) => r.documents, fit: 'fixed' },
    { header: 'mentions', get: (r) => r.mentions, fit: 'fixed' },
    { header: 'first', get: (r) => r.first, fit: 'fixed', drop: 1 },
    { header: 'last', get: (r) => r.last, fit: 'fixed', drop: 2 },
  ],
});
