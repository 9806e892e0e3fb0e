import { forgetInCrossCheck } from '../compare/index-update.js';
import { findDocument } from '../store/queries.js';
import { plural } from './format.js';
import { ledgerOf, OPTION } from './ledger-options.js';
import { defineCommand, UsageError } from './options.js';

/** Shortest id prefix `forget` accepts: a removal names its document beyond doubt. */
const MIN_PREFIX = 8;

export const { usage, run } = defineCommand({
  name: 'forget',
  synopsis: 'DOC_ID ... [--reason TEXT] [options]',
  summary: `Removes documents from the ledger with every claim made from them, for a document ingested
by mistake. Each removal leaves a line in the ledger's log (what the document was, when, and the
reason given), so the ledger never differs silently from what was ingested. A version in the
middle of a chain is taken out of it: the next version then follows the one before. An id prefix
of at least ${MIN_PREFIX} characters is enough (see "crosscheck documents").`,
  options: {
    db: OPTION.db,
    reason: { kind: 'text', arg: 'TEXT', help: 'why, kept in the log ("ingested by mistake")' },
  },
  positionals: { min: 1, name: 'at least one document id' },
  epilogue: 'Exit status: 0 when every document named was removed, 1 when any was not found (each is listed).',
  async run(values, ids) {
    const short = ids.find((id) => id.length < MIN_PREFIX);
    if (short)
      throw new UsageError(
        `"${short}" is too short to name a document for removal; give at least ${MIN_PREFIX} characters of its id`,
      );
    const ledger = ledgerOf(values, false);
    let status = 0;
    try {
      for (const given of ids) {
        let found;
        try {
          found = findDocument(ledger, given);
        } catch (e) {
          process.stderr.write(`crosscheck forget: ${(e as Error).message}\n`);
          status = 1;
          continue;
        }
        // The document, its claims and its place in the cross-check tables go together, or not at all.
        const d =
          found &&
          ledger.transaction(() => {
            const gone = ledger.forget(found.id, values.reason ?? null);
            if (gone) forgetInCrossCheck(ledger, gone.seq);
            return gone;
          });
        if (!d) {
          process.stderr.write(`crosscheck forget: no document with id ${given} in the ledger\n`);
          status = 1;
          continue;
        }
        process.stdout.write(
          `forgot ${d.id.slice(0, 10)} (${[d.outlet, d.published, d.origin].filter(Boolean).join(', ')}): ` +
            `${plural(d.figures, 'figure')}, ${plural(d.statements, 'statement')}\n`,
        );
      }
    } finally {
      ledger.close();
    }
    return status;
  },
});
