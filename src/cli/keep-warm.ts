import type { SqliteBackend } from './sqlite-backend.js';

/** How often the server looks whether another process changed the ledger. */
export const WATCH_MS = 1000;

/**
 * Makes the pages' cross-checks again when another process (`crosscheck ingest`, `forget`) has
 * changed the ledger, once it has stopped changing (the same version on two looks `everyMs` apart:
 * a long ingest commits every few hundred documents), instead of on the next visit. The server's
 * own ingests make them before answering. Stop it with `clearInterval`; it does not keep the
 * process alive.
 */
export function keepWarm(
  backend: Pick<SqliteBackend, 'store' | 'crossCheck'>,
  everyMs: number = WATCH_MS,
): NodeJS.Timeout {
  let seen = -1;
  let busy = false;
  const look = async () => {
    if (busy) return;
    busy = true;
    try {
      const v = await backend.store.version();
      if (v === seen) await backend.crossCheck.warm();
      seen = v;
    } finally {
      busy = false;
    }
  };
  // A comparison that fails is reported by the page that asks for it.
  return setInterval(() => void look().catch(() => undefined), everyMs).unref();
}
