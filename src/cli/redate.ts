import { dayProblem } from '../calendar.js';
import { documentRows } from '../store/rows.js';
import { loadDocument } from '../store/queries.js';
import { plural } from './format.js';
import { ledgerOf, OPTION } from './ledger-options.js';
import { defineCommand, UsageError } from './options.js';

export const { usage, run } = defineCommand({
  name: 'redate',
  synopsis: 'DOC_ID YYYY-MM-DD [options]',
  summary: `Gives a stored document another publication date, for a date that was missing or wrong. Its
claims are read again from its text with that date, so the dates that follow from it follow: a
figure whose as-of date was the publication date moves with it, and "on Wednesday" is placed
again. The change is kept in the ledger's log with the date before. An id prefix is enough.`,
  options: { db: OPTION.db },
  positionals: { min: 2, max: 2, name: 'a document id and a date (YYYY-MM-DD)' },
  async run(values, [id, date]) {
    const problem = dayProblem(date!);
    if (problem) throw new UsageError(problem);
    // The extractor loads here, not for --help or a mistyped option.
    const [{ extract }, { reindexClaims }] = await Promise.all([
      import('../extract/index.js'),
      import('../compare/index-update.js'),
    ]);
    const ledger = ledgerOf(values, false);
    try {
      let stored;
      try {
        stored = loadDocument(ledger, id!);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      if (!stored) {
        process.stderr.write(`crosscheck redate: no document with id ${id} in the ledger\n`);
        return 1;
      }
      const d = stored.document;
      const x = extract(
        {
          origin: d.origin,
          text: d.text,
          meta: { title: d.title, outlet: d.outlet, dateline: d.dateline, language: d.language, published: date },
        },
        {},
      );
      ledger.redate(d.id, date!, documentRows(x));
      // The claims read again are new rows: give their figures series keys, as ingest did.
      reindexClaims(ledger, [d.id]);
      const before = new Set(stored.figures.map((f) => `${f.span.start} ${f.asOf}`));
      const moved = x.figures.filter((f) => !before.has(`${f.span.start} ${f.asOf}`)).length;
      process.stdout.write(
        `re-dated ${d.id.slice(0, 10)} from ${d.published ?? 'no date'} to ${date}: ${plural(x.figures.length, 'figure')} and ` +
          `${plural(x.statements.length, 'statement')} read again; ${moved} with another as-of date\n`,
      );
    } finally {
      ledger.close();
    }
    return 0;
  },
});
