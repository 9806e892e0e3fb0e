import { figureSentences, queryFigures, type LedgerFigure } from '../store/queries.js';
import { evidenceCell } from './format.js';
import { OPTION } from './ledger-options.js';
import { queryCommand, shortId, versionCell } from './query-command.js';
import { valueText } from './value-text.js';

export const { usage, run } = queryCommand<LedgerFigure>({
  name: 'figures',
  summary: `Lists casualty and humanitarian figures in the ledger, each with its claimant and evidence,
newest as-of date first. A date marked "(pub)" is implied: the text gives none for the figure,
so it is the publication date. --from and --to filter the as-of date.`,
  filters: {
    metric: OPTION.metric,
    source: OPTION.source,
    outlet: OPTION.outlet,
    who: OPTION.who,
    from: OPTION.from,
    to: OPTION.to,
    document: OPTION.document,
  },
  query: queryFigures,
  table(ledger, rows) {
    const sentences = new Map(figureSentences(ledger, rows).map((s, i) => [rows[i]!, s]));
    // The sentence with the figure's words marked; cut around them when the terminal is narrow.
    const evidence = (r: LedgerFigure, width: number) => evidenceCell(sentences.get(r)!, r.sentence, r.span, width);
    return [
      { header: 'as of', get: (r) => (r.asOfBasis === 'implied' ? `${r.asOf} (pub)` : r.asOf), fit: 'fixed' },
      { header: 'since', get: (r) => r.since, fit: 'fixed', drop: 1 },
      { header: 'metric', get: (r) => r.metric, fit: 'fixed' },
      { header: 'value', get: valueText, fit: 'fixed' },
      { header: 'who', get: (r) => r.who, drop: 3 },
      { header: 'source', get: (r) => r.source ?? '(outlet’s own voice)', min: 10 },
      { header: 'outlet', get: (r) => r.outlet, drop: 4 },
      { header: 'v', get: versionCell, fit: 'fixed', hideIf: '1', drop: 2 },
      { header: 'evidence', get: (r) => evidence(r, Infinity), fit: evidence, below: true },
      { header: 'document', get: (r) => shortId(r.documentId), fit: 'fixed' },
    ];
  },
});
