import { existsSync } from 'node:fs';
import { runIngest } from '../batch/ingest-run.js';
import { defaultReaders } from '../batch/readers.js';
import { defaultJobs } from '../parallel/ordered-pool.js';
import { createApp } from '../server/app.js';
import { isLoopback, listen, ListenError } from '../server/listen.js';
import { defaultLedgerPath, LedgerError } from '../store/ledger.js';
import { AliasError, loadAliases } from '../compare/aliases.js';
import { updateCrossCheck } from '../compare/index-update.js';
import { crossCheckSummary } from '../compare/summary.js';
import { write } from './format.js';
import { formatSummary } from './ingest.js';
import { formatSummary as formatCrossCheck } from './summary.js';
import { parseLedgerArgs, UsageError } from './ledger-options.js';
import { usage } from './serve-usage.js';
import { openSqliteBackend } from './sqlite-backend.js';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseLedgerArgs(argv, {
    host: { type: 'string' },
    port: { type: 'string' },
    token: { type: 'string' },
    'read-only': { type: 'boolean' },
    jobs: { type: 'string' },
    'max-bytes': { type: 'string' },
    aliases: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const host = values.host ?? '127.0.0.1';
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port takes a whole number from 0 to 65535');
  const token = values.token ?? process.env.CROSSCHECK_TOKEN ?? null;
  if (token !== null && token.length < 12) throw new UsageError('--token must be at least 12 characters long');
  if (!isLoopback(host) && !token)
    throw new UsageError(
      `listening on ${host} lets other machines in: give a --token (or set CROSSCHECK_TOKEN) that every request must carry`,
    );
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs takes a whole number of at least 1');
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0))
    throw new UsageError('--max-bytes takes a positive whole number');
  const path = typeof values.db === 'string' ? values.db : defaultLedgerPath();
  const readOnly = values['read-only'] ?? false;

  let aliases;
  try {
    aliases = loadAliases(values.aliases ?? (process.env.CROSSCHECK_ALIASES || null));
  } catch (e) {
    if (e instanceof AliasError) throw new LedgerError(e.message);
    throw e;
  }
  const fresh = !existsSync(path);
  const backend = openSqliteBackend(path, { readOnly, jobs, maxBytes, aliases });
  if (backend.writer && fresh && positionals.length > 0) {
    process.stderr.write(`crosscheck: no ledger at ${path} yet: ingesting ${positionals.join(' ')}\n`);
    const summary = await runIngest(positionals, backend.writer, { readers: defaultReaders({ maxBytes }), jobs });
    updateCrossCheck(backend.writer);
    process.stderr.write(formatSummary(summary));
  }
  // The summary also computes the cross-checks the pages show, so the first visitor does not wait.
  const aliasArg = values.aliases ? ` --aliases ${values.aliases}` : '';
  await write(process.stdout, formatCrossCheck(crossCheckSummary(backend.store.ledger, { aliases }), aliasArg));
  await Promise.all([backend.crossCheck.series({}), backend.crossCheck.disputes({}), backend.crossCheck.outlets({})]);

  const app = createApp({
    store: backend.store,
    crossCheck: backend.crossCheck,
    ingest: backend.ingest,
    token,
    maxUploadBytes: maxBytes,
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
    `crosscheck: serving ${path} at ${server.url}${token ? ' (token required)' : ''}${readOnly ? ' (read-only)' : ''}; Ctrl-C stops\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await backend.close();
  return 0;
}
