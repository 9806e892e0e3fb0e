import { queryStatements, type LedgerStatement } from '../store/queries.js';
import { OPTION } from './ledger-options.js';
import { queryCommand, shortId, versionCell } from './query-command.js';

export const { usage, run } = queryCommand<LedgerStatement>({
  name: 'statements',
  summary: `Lists direct and indirect statements in the ledger with their speakers, newest document
first. --from and --to filter the publication date.`,
  filters: {
    source: { ...OPTION.source, help: 'speaker contains TEXT ("none": no speaker named)' },
    kind: { kind: 'choice', arg: 'KIND', choices: ['direct', 'indirect'], help: 'direct or indirect' },
    outlet: OPTION.outlet,
    from: OPTION.from,
    to: OPTION.to,
    document: OPTION.document,
  },
  query: queryStatements,
  table: () => [
    { header: 'published', get: (r) => r.published, fit: 'fixed' },
    { header: 'kind', get: (r) => r.kind, fit: 'fixed' },
    { header: 'speaker', get: (r) => r.speaker },
    { header: 'role', get: (r) => r.speakerRole, drop: 1 },
    { header: 'text', get: (r) => r.text, min: 16, below: true },
    { header: 'outlet', get: (r) => r.outlet, drop: 2 },
    { header: 'v', get: versionCell, fit: 'fixed', hideIf: '1' },
    { header: 'document', get: (r) => shortId(r.documentId), fit: 'fixed' },
  ],
});
