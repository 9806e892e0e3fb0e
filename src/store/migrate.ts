import type Database from 'better-sqlite3';
import * as initial from './migrations/2026-11-21-001-initial.js';

interface Migration {
  name: string;
  sql: string;
}

/** Every migration, oldest first. Append only. */
const MIGRATIONS: readonly Migration[] = [initial];

/** Marks a database as a crosscheck ledger (SQLite `application_id`), so a foreign file is refused. */
export const APPLICATION_ID = 0x63726f73; // "cros"

/**
 * Brings the schema up to date, each migration in its own transaction, recorded in `migrations`.
 * Returns the names applied now.
 */
export function migrate(db: Database.Database): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const done = new Set(db.prepare('SELECT name FROM migrations').pluck().all() as string[]);
  const applied: string[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.name)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)').run(m.name, new Date().toISOString());
    })();
    applied.push(m.name);
  }
  return applied;
}
