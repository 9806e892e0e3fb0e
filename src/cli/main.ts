import { readFileSync } from 'node:fs';
import { InputError } from '../ingest/input-error.js';
import { LedgerError } from '../store/ledger.js';
import { suggest, UsageError, type Command } from './options.js';

// Each command's module is loaded only when it runs: the extractor, the readers and the server
// take most of a second to load, which "crosscheck figures" or "--help" should not wait for.
const commands: Record<string, () => Promise<Command>> = {
  extract: () => import('./extract.js'),
  eval: () => import('./eval.js'),
  ingest: () => import('./ingest.js'),
  documents: () => import('./documents.js'),
  figures: () => import('./figures.js'),
  statements: () => import('./statements.js'),
  entities: () => import('./entities.js'),
  show: () => import('./show.js'),
  search: () => import('./search.js'),
  export: () => import('./export.js'),
  forget: () => import('./forget.js'),
  redate: () => import('./redate.js'),
  series: () => import('./series.js'),
  disputes: () => import('./disputes.js'),
  chains: () => import('./chains.js'),
  reprints: () => import('./reprints.js'),
  outlets: () => import('./outlets.js'),
  wording: () => import('./wording.js'),
  summary: () => import('./summary.js'),
  serve: () => import('./serve.js'),
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
async function commandNamed(name: string): Promise<Command> {
  const load = commands[name];
  if (load) return load();
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
      process.stdout.write((rest[0] === undefined ? usage : (await commandNamed(rest[0])).usage) + '\n');
      return 0;
    }
    command = await commandNamed(name);
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
