import { existsSync } from 'node:fs';
import { runIngest } from '../batch/ingest-run.js';
import { defaultReaders } from '../batch/readers.js';
import { AliasError, loadAliases } from '../compare/aliases.js';
import { updateCrossCheck } from '../compare/index-update.js';
import { parseAddressRange } from '../ingest/public-address.js';
import { createApp } from '../server/app.js';
import type { FetchSettings } from '../server/deps.js';
import { isLoopback, listen, ListenError } from '../server/listen.js';
import { defaultLedgerPath, LedgerError } from '../store/ledger.js';
import { write } from './format.js';
import { formatSummary } from './ingest.js';
import { keepWarm } from './keep-warm.js';
import { defaultThreads } from './ledger-options.js';
import { coreCount, UsageError } from './options.js';
import { openSqliteBackend } from './sqlite-backend.js';
import { formatSummary as formatCrossCheck } from './summary.js';

/** The options of `crosscheck serve`, as its command line gave them (see serve.ts). */
export interface ServeOptions {
  db?: string;
  host?: string;
  port?: number;
  aliases?: string;
  'read-only'?: boolean;
  jobs?: number;
  'max-bytes'?: number;
  'allow-fetch'?: boolean;
  'fetch-allow'?: string[];
}

/**
 * Opens the ledger (ingesting `paths` first into a new one), prints the cross-check summary and the
 * URL, and serves until interrupted (Ctrl-C, SIGTERM).
 */
export async function serve(values: ServeOptions, paths: string[], token: string | null): Promise<number> {
  const host = values.host ?? '127.0.0.1';
  const port = values.port ?? 8080;
  if (!isLoopback(host) && !token)
    throw new UsageError(
      `listening on ${host} lets other machines in: give a --token (or set CROSSCHECK_TOKEN) that every request must carry`,
    );
  const fetch = fetchSettings(values);
  const jobs = values.jobs ?? defaultThreads(null);
  const maxBytes = values['max-bytes'];
  const path = values.db ?? defaultLedgerPath();
  const readOnly = values['read-only'] ?? false;

  let aliases;
  try {
    aliases = loadAliases(values.aliases ?? (process.env.CROSSCHECK_ALIASES || null));
  } catch (e) {
    if (e instanceof AliasError) throw new LedgerError(e.message);
    throw e;
  }
  const fresh = !existsSync(path);
  // One search thread per core: searches then run beside the thread that answers HTTP.
  const backend = openSqliteBackend(path, { readOnly, jobs, maxBytes, aliases, searchThreads: coreCount() });
  if (backend.writer && fresh && paths.length > 0) {
    process.stderr.write(`crosscheck: no ledger at ${path} yet: ingesting ${paths.join(' ')}\n`);
    const summary = await runIngest(paths, backend.writer, { readers: defaultReaders({ maxBytes }), jobs });
    updateCrossCheck(backend.writer);
    process.stderr.write(formatSummary(summary));
  }
  // The cross-checks the pages show are made before listening, so that no visitor waits for them
  // (on 100,000 documents, seconds), and the summary is made with them.
  await backend.crossCheck.warm();
  const aliasArg = values.aliases ? ` --aliases ${values.aliases}` : '';
  await write(process.stdout, formatCrossCheck(await backend.crossCheck.summary(), aliasArg));

  const app = createApp({
    store: backend.store,
    crossCheck: backend.crossCheck,
    ingest: backend.ingest,
    token,
    maxUploadBytes: maxBytes,
    fetch,
  });
  let server;
  try {
    server = await listen(app, host, port);
  } catch (e) {
    await backend.close();
    if (e instanceof ListenError) {
      process.stderr.write(`crosscheck serve: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  process.stdout.write(
    `crosscheck: serving ${path} at ${server.url}${token ? ' (token required)' : ''}${readOnly ? ' (read-only)' : ''}${fetch && !readOnly ? ' (fetches URLs)' : ''}; Ctrl-C stops\n`,
  );
  const watch = keepWarm(backend);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  clearInterval(watch);
  await server.close();
  await backend.close();
  return 0;
}

/** What the server may fetch (`--allow-fetch`, `--fetch-allow`), or undefined: nothing. */
function fetchSettings(values: ServeOptions): FetchSettings | undefined {
  const ranges = values['fetch-allow'] ?? [];
  if (!values['allow-fetch']) {
    if (ranges.length > 0) throw new UsageError('--fetch-allow admits a range to fetch from: give --allow-fetch too');
    return undefined;
  }
  return {
    allowed: ranges.map((text) => {
      const range = parseAddressRange(text);
      if (!range)
        throw new UsageError(`--fetch-allow takes an address range (10.20.0.0/16) or an address, not "${text}"`);
      return range;
    }),
  };
}
