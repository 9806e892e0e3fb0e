import { InputError } from '../ingest/input-error.js';
import { LedgerError } from '../store/ledger.js';
import * as documentsCmd from './documents.js';
import * as evalCmd from './eval.js';
import * as exportCmd from './export.js';
import * as extractCmd from './extract.js';
import * as figuresCmd from './figures.js';
import * as ingestCmd from './ingest.js';
import { UsageError } from './ledger-options.js';
import * as searchCmd from './search.js';
import { usage as serveUsage } from './serve-usage.js';
import * as showCmd from './show.js';
import * as statementsCmd from './statements.js';
import * as seriesCmd from './series.js';
import * as disputesCmd from './disputes.js';
import * as chainsCmd from './chains.js';
import * as reprintsCmd from './reprints.js';
import * as outletsCmd from './outlets.js';
import * as wordingCmd from './wording.js';
import * as summaryCmd from './summary.js';

interface Command {
  usage: string;
  run(argv: string[]): Promise<number>;
}

const commands: Record<string, Command> = {
  extract: extractCmd,
  eval: evalCmd,
  ingest: ingestCmd,
  documents: documentsCmd,
  figures: figuresCmd,
  statements: statementsCmd,
  show: showCmd,
  search: searchCmd,
  export: exportCmd,
  series: seriesCmd,
  disputes: disputesCmd,
  chains: chainsCmd,
  reprints: reprintsCmd,
  outlets: outletsCmd,
  wording: wordingCmd,
  summary: summaryCmd,
  // Loaded when run: the server's libraries would slow every other command's start.
  serve: { usage: serveUsage, run: async (argv) => (await import('./serve.js')).run(argv) },
};

const usage = `Usage: crosscheck <command> [options]

Reads news reports and builds a ledger of who claims what: figures with their claimants and dates,
statements with their speakers, and the names each outlet uses, each linked to its evidence.

Extraction (no ledger needed):
  extract     print the figures, statements and entities of articles as JSON Lines
  eval        score extraction against a folder of annotated articles

The ledger (./crosscheck.db, or --db PATH, or $CROSSCHECK_DB):
  ingest      read files, folders, feeds, WARC archives, JSON Lines and URLs into the ledger
  documents   list stored documents
  figures     list figures: metric, value, as-of date, claimant, evidence
  statements  list statements and their speakers
  show        print one document with its claims marked
  search      full-text search over documents and statements
  export      stream the whole ledger as JSON Lines or CSV
  serve       the web application and HTTP JSON API over the ledger

Cross-checking (alias file: ./crosscheck.aliases.json, or --aliases FILE):
  series      figures that count the same thing, by as-of date, claimant and outlet
  disputes    claimants who disagree on one count; updates, revisions; competing accounts
  chains      how relayed claims reached the reader: outlet → agency → relay → claimant
  reprints    copies of one story across outlets, and which reports are independent
  outlets     each outlet's documents, own-voice figures, claimants cited and reprints
  wording     the words each outlet uses for each actor; each outlet's distinctive terms
  summary     a short cross-check of the whole ledger, one example of each of the above

Run "crosscheck <command> --help" for a command's options.`;

/** Runs the CLI; resolves to the process exit status. User mistakes print one line, never a stack. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help') {
    process.stdout.write(usage + '\n');
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`crosscheck: unknown command "${name}"\n\n${usage}\n`);
    return 1;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`crosscheck ${name}: ${e.message}\n\n${command.usage}\n`);
      return 1;
    }
    if (e instanceof LedgerError || e instanceof InputError) {
      process.stderr.write(`crosscheck ${name}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
