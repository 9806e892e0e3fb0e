import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../../src/batch/ingest-run.js';
import { defaultReaders } from '../../src/batch/readers.js';
import { openSqliteBackend, type SqliteBackend } from '../../src/cli/sqlite-backend.js';
import { updateCrossCheck } from '../../src/compare/index-update.js';
import { createApp } from '../../src/server/app.js';
import type { ServerDeps } from '../../src/server/deps.js';
import { root } from '../hostile/cli-harness.js';

/** Reports written for the server's tests: two claimants on one shelling, an Arabic bulletin, hostile text and HTML. */
export const TEXTS = join(root, 'test/server/texts');

export interface TestServer {
  app: ReturnType<typeof createApp>;
  backend: SqliteBackend;
  dir: string;
  /** Lines the server logged. */
  logged: string[];
  close(): Promise<void>;
}

/** A ledger of `inputs` (default: the texts above) in a temporary folder, and the app over it. */
export async function testServer(
  options: Partial<Pick<ServerDeps, 'token' | 'maxUploadBytes' | 'fetch'>> & {
    inputs?: string[];
    /** Searches on worker threads, as `crosscheck serve` runs them (default: in this thread). */
    searchThreads?: number;
  } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-server-'));
  const backend = openSqliteBackend(join(dir, 'ledger.db'), { searchThreads: options.searchThreads });
  await runIngest(options.inputs ?? [TEXTS], backend.writer!, { readers: defaultReaders(), jobs: 1 });
  updateCrossCheck(backend.writer!);
  const logged: string[] = [];
  const app = createApp({
    store: backend.store,
    crossCheck: backend.crossCheck,
    ingest: backend.ingest,
    token: options.token,
    maxUploadBytes: options.maxUploadBytes,
    fetch: options.fetch,
    log: (l) => logged.push(l),
  });
  return {
    app,
    backend,
    dir,
    logged,
    async close() {
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
