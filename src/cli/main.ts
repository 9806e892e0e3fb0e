import { readFileSync } from 'node:fs';
import { InputError } from '../ingest/input-error.js';
import { LedgerError } from '../store/ledger.js';
import * as documentsCmd from './documents.js';
import * as entitiesCmd from './entities.js';
import * as evalCmd from './eval.js';
import * as exportCmd from './export.js';
import * as extractCmd from './extract.js';
import * as figuresCmd from './figures.js';
import * as forgetCmd from './forget.js';
import * as ingestCmd from './ingest.js';
import { suggest, UsageError, type Command } from './options.js';
import * as redateCmd from './redate.js';
import * as searchCmd from './search.js';
import * as serveCmd from './serve.js';
import * as showCmd from './show.js';
import * as statementsCmd from './statements.js';
import * as seriesCmd from './series.js';
import * as disputesCmd from './disputes.js';
import * as chainsCmd from './chains.js';
import * as reprintsCmd from './reprints.js';
import * as outletsCmd from './outlets.js';
import * as wordingCmd from './wording.js';
import * as summaryCmd from './summary.js';

const commands: Record<string, Command> = {
  extract: extractCmd,
  eval: evalCmd,
  ingest: ingestCmd,
  documents: documentsCmd,
  figures: figuresCmd,
  statements: statementsCmd,
  entities: entitiesCmd,
  show: showCmd,
  search: searchCmd,
  export: exportCmd,
  forget: forgetCmd,
  redate: redateCmd,
  series: seriesCmd,
  disputes: disputesCmd,
  chains: chainsCmd,
  reprints: reprintsCmd,
  outlets: outletsCmd,
  wording: wordingCmd,
  summary: summaryCmd,
  serve: serveCmd,
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
  entities    list the names each outlet uses for people, organizations and places
  show        print one document with its claims marked
  search      full-text search over documents and statements
  export      stream the whole ledger as JSON Lines, JSON or CSV
  forget      remove documents ingested by mistake (each removal is logged)
  redate      give a stored document another publication date
  serve       the web application and HTTP JSON API over the ledger

Cross-checking (alias file: ./crosscheck.aliases.json, or --aliases FILE):
  series      figures that count the same thing, by as-of date, claimant and outlet
  disputes    claimants who disagree on one count; updates, revisions; competing accounts
  chains      how relayed claims reached the reader: outlet → agency → relay → claimant
  reprints    copies of one story across outlets, and which reports are independent
  outlets     each outlet's documents, own-voice figures, claimants cited and reprints
  wording     the words each outlet uses for each actor; each outlet's distinctive terms
  summary     a short cross-check of the whole ledger, one example of each of the above

Run "crosscheck help <command>" or "crosscheck <command> --help" for a command's options,
"crosscheck --version" for the version. Usage errors exit with status 1.`;

/** The version in package.json. */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** The command named `name`, or a usage error that suggests the nearest name. */
function commandNamed(name: string): Command {
  const command = commands[name];
  if (command) return command;
  const near = suggest(name, Object.keys(commands));
  throw new UsageError(`unknown command "${name}"${near ? `; did you mean ${near}?` : ''}`);
}

/**
 * A reader that stops reading (`crosscheck export | head -1`) closes the pipe: end quietly with the
 * status so far, as every Unix tool does, instead of Node's stack trace for EPIPE.
 */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
}

/** Runs the CLI; resolves to the process exit status. User mistakes print one line, never a stack. */
export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  const [name, ...rest] = argv;
  let command: Command | undefined;
  try {
    if (name === undefined) throw new UsageError('which command? (see below)');
    if (name === '-h' || name === '--help') {
      process.stdout.write(usage + '\n');
      return 0;
    }
    if (name === '-V' || name === '--version') {
      process.stdout.write(`crosscheck ${version()}\n`);
      return 0;
    }
    if (name === 'help') {
      if (rest.length > 1) throw new UsageError('help takes one command name');
      process.stdout.write((rest[0] === undefined ? usage : commandNamed(rest[0]).usage) + '\n');
      return 0;
    }
    command = commandNamed(name);
    return await command.run(rest);
  } catch (e) {
    const prefix = command ? `crosscheck ${name}` : 'crosscheck';
    if (e instanceof UsageError) {
      process.stderr.write(`${prefix}: ${e.message}\n\n${command?.usage ?? usage}\n`);
      return 1;
    }
    if (e instanceof LedgerError || e instanceof InputError) {
      process.stderr.write(`${prefix}: ${e.message}\n`);
      return 1;
    }
    // Anything else was not foreseen (a damaged ledger, a fault in crosscheck): one line a user can
    // report, exit status 70 (EX_SOFTWARE), the trace only when asked for (CROSSCHECK_DEBUG=1).
    if (process.env.CROSSCHECK_DEBUG) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    process.stderr.write(
      `${prefix}: unexpected error: ${reason} (run again with CROSSCHECK_DEBUG=1 to see where it happened)\n`,
    );
    return 70;
  }
}
