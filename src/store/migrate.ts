import type Database from 'better-sqlite3';
import * as initial from './migrations/2026-11-21-001-initial.js';
import * as integerDocumentKeys from './migrations/2026-11-21-002-integer-document-keys.js';
import * as fasterIngest from './migrations/2026-11-21-003-faster-ingest.js';
import * as versionsByOriginPath from './migrations/2026-12-06-020-versions-by-origin-path.js';
import * as supersededVersions from './migrations/2026-12-06-021-superseded-versions.js';
import * as ledgerLog from './migrations/2026-12-06-022-ledger-log.js';
import * as provenance from './migrations/2026-12-06-010-provenance.js';
import * as crossCheck from './migrations/2026-12-06-030-cross-check.js';
import * as listingOrderIndexes from './migrations/2026-12-06-031-listing-order-indexes.js';
import * as figureListingOrder from './migrations/2026-12-06-040-figure-listing-order.js';
import * as speakerStats from './migrations/2026-12-06-050-speaker-stats.js';
import * as mergedSearchIndex from './migrations/2026-12-06-060-merged-search-index.js';

interface Migration {
  name: string;
  sql: string;
}

/** Every migration, oldest first. Append only. */
const MIGRATIONS: readonly Migration[] = [
  initial,
  integerDocumentKeys,
  fasterIngest,
  versionsByOriginPath,
  supersededVersions,
  ledgerLog,
  provenance,
  crossCheck,
  listingOrderIndexes,
  figureListingOrder,
  speakerStats,
  mergedSearchIndex,
];

/** Marks a database as a crosscheck ledger (SQLite `application_id`), so a foreign file is refused. */
export const APPLICATION_ID = 0x63726f73; // "cros"

/**
 * Names of the migrations a ledger made by an older version still lacks, oldest first; none for a
 * file that holds no ledger yet (no `migrations` table). Works on a read-only connection.
 */
export function pendingMigrations(db: Database.Database): string[] {
  const tracked = db
    .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'migrations'")
    .pluck()
    .get() as number;
  if (!tracked) return [];
  const done = new Set(db.prepare('SELECT name FROM migrations').pluck().all() as string[]);
  return MIGRATIONS.filter((m) => !done.has(m.name)).map((m) => m.name);
}

/**
 * Brings the schema up to date, each migration in its own transaction, recorded in `migrations`.
 * Returns the names applied now. Foreign keys are off while migrations run (a migration that
 * rebuilds a table drops the old one, which with them on would cascade into its children) and are
 * checked before each commit: a migration that leaves a dangling reference is rolled back.
 */
export function migrate(db: Database.Database): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const done = new Set(db.prepare('SELECT name FROM migrations').pluck().all() as string[]);
  const todo = MIGRATIONS.filter((m) => !done.has(m.name));
  if (todo.length === 0) return [];
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  const applied: string[] = [];
  try {
    for (const m of todo) {
      // Under the write lock (IMMEDIATE), and only if no other process applied it meanwhile: two
      // ingests opening a new ledger at once would otherwise both create its tables.
      db.transaction(() => {
        if (db.prepare('SELECT 1 FROM migrations WHERE name = ?').get(m.name)) return;
        db.exec(m.sql);
        const broken = db.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;
        if (broken.length > 0)
          throw new Error(
            `migration ${m.name} leaves ${broken.length} rows of ${broken[0]!.table} without their ${broken[0]!.parent} row`,
          );
        db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)').run(m.name, new Date().toISOString());
        applied.push(m.name);
      }).immediate();
    }
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return applied;
}
