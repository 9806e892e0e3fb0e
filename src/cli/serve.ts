import { OPTION } from './ledger-options.js';
import { defineCommand, UsageError } from './options.js';

// The command as main.ts lists it: its options and usage only. The server (Hono, Plot, the
// extraction pipeline) is loaded by serve-run.ts when the command runs, so that the other
// commands start without it.
export const { usage, run } = defineCommand({
  name: 'serve',
  synopsis: '[PATH ...] [options]',
  summary: `Serves the web application and the HTTP JSON API over the ledger: an overview, series of figures
by claimant over time, disputes and competing accounts, documents with their claims marked,
figures, statements by speaker, outlets and their wording, search, and a page to paste or upload
articles. The API is described at /api/openapi.json.

PATH ... (files, folders, globs, as for ingest) are ingested first when the ledger does not exist
yet: "npm start" serves the example corpus this way. An existing ledger is served as it is.`,
  options: {
    db: OPTION.db,
    host: { kind: 'text', arg: 'HOST', help: 'address to listen on (default 127.0.0.1, this machine only)' },
    port: { kind: 'whole', arg: 'N', min: 0, help: 'port (default $PORT, else 8080; 0 picks a free one)' },
    token: {
      kind: 'text',
      arg: 'TOKEN',
      help: 'every request must carry it (Authorization: Bearer TOKEN, or sign in at\n/login); default $CROSSCHECK_TOKEN. Required with a --host other than\nthe loopback interface',
    },
    aliases: OPTION.aliases,
    'read-only': { kind: 'flag', help: 'no ingest from the web (the ledger is only read)' },
    jobs: { ...OPTION.jobs, help: 'extraction threads for the first ingest and large uploads (default: one per core)' },
    'max-bytes': { ...OPTION['max-bytes'], help: 'largest file, upload or fetched page read (default 20000000)' },
    'allow-fetch': {
      kind: 'flag',
      help: "let the Ingest page and POST /api/documents fetch a page's URL (off by\ndefault); only http(s) on public addresses, checked on every connection\nand redirect: never loopback, private, link-local (cloud metadata) or CGNAT",
    },
    'fetch-allow': {
      kind: 'text',
      arg: 'CIDR',
      multiple: true,
      help: 'with --allow-fetch, also fetch from this range (an intranet mirror:\n10.20.0.0/16; one address: 10.20.0.5); may be repeated',
    },
  },
  positionals: { name: 'files, folders or globs to ingest into a new ledger' },
  async run(values, paths) {
    if (values.port !== undefined && values.port > 65535)
      throw new UsageError(`--port takes a whole number from 0 to 65535, not "${values.port}"`);
    // Hosting platforms and process managers say the port in $PORT; --port wins over it.
    const port = values.port ?? portFromEnvironment(process.env.PORT);
    const token = values.token ?? process.env.CROSSCHECK_TOKEN ?? null;
    if (token !== null && token.length < 12) throw new UsageError('--token must be at least 12 characters long');
    return (await import('./serve-run.js')).serve({ ...values, port }, paths, token);
  },
});

/** $PORT as a port number; unset or empty gives undefined (the default). */
function portFromEnvironment(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port <= 65535))
    throw new UsageError(`the PORT environment variable takes a whole number from 0 to 65535, not "${text}"`);
  return port;
}
