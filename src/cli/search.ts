import { search } from '../store/queries.js';
import { emit } from './format.js';
import { filterOf, formatOf, LEDGER_HELP, ledgerOf, parseLedgerArgs, UsageError } from './ledger-options.js';

export const usage = `Usage: crosscheck search "WORDS" [options]

Full-text search over the ledger's documents and statements; matching words are marked [like this].

Options:
${LEDGER_HELP}
  --limit N              at most N hits of each kind (default 20)
  -h, --help             show this help`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseLedgerArgs(argv, { limit: { type: 'string' } });
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const words = positionals.join(' ').trim();
  if (!words) throw new UsageError('search needs some words to look for');
  const format = formatOf(values);
  const filter = filterOf(values, 'json');
  const ledger = ledgerOf(values, true);
  try {
    const hits = search(ledger, words, filter);
    await emit(
      hits,
      [
        { header: 'kind', get: (h) => h.kind },
        { header: 'published', get: (h) => h.published },
        { header: 'outlet', get: (h) => h.outlet, max: 22 },
        { header: 'snippet', get: (h) => h.snippet, max: 90 },
        { header: 'document', get: (h) => h.document_id.slice(0, 10) },
      ],
      format,
      process.stdout,
    );
    if (hits.length === 0 && format === 'table') process.stderr.write(`no matches for "${words}"\n`);
  } finally {
    ledger.close();
  }
  return 0;
}
