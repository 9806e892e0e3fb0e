import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Extraction } from '../model.js';
import { APPLICATION_ID, migrate, pendingMigrations } from './migrate.js';
import { documentRows, ENTITY_COLUMNS, FIGURE_COLUMNS, STATEMENT_COLUMNS, type DocumentRows } from './rows.js';

/** A problem with the ledger file itself (locked, foreign, unreadable): one line for the user. */
export class LedgerError extends Error {
  override name = 'LedgerError';
}

/** What storing one extraction did. */
export type StoreOutcome = 'stored' | 'duplicate' | 'version';

/** Extra facts about a document that extraction does not know. */
export interface StoreInfo {
  /** Canonical URL: the same URL with changed text becomes a new version. */
  url?: string | null;
  /** ISO timestamp; default now. */
  ingestedAt?: string;
}

/** Default ledger path: `CROSSCHECK_DB`, else `./crosscheck.db`. */
export function defaultLedgerPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CROSSCHECK_DB || './crosscheck.db';
}

/** The embedded SQLite ledger of documents and their claims. Open with {@link openLedger}. */
export class Ledger {
  readonly db: Database.Database;
  private readonly stmts;

  constructor(db: Database.Database) {
    this.db = db;
    const p = (sql: string) => db.prepare(sql);
    // Positional parameters, in the order of each column list: binding them costs less than
    // looking up named ones.
    this.stmts = {
      existing: p('SELECT seq FROM documents WHERE id = ?').pluck(),
      latestForUrl: p('SELECT id, version FROM documents WHERE url = ? ORDER BY version DESC LIMIT 1'),
      addOrigin: p('INSERT OR IGNORE INTO document_origins (doc, origin) VALUES (?, ?)'),
      document:
        p(`INSERT INTO documents (id, origin, url, title, outlet, published, dateline, language, text, html_map, ingested_at, previous_id, version)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      documentFts: p('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)'),
      figure:
        p(`INSERT INTO figures (doc, metric, value, high, unit, qualifier, vague, who, as_of, as_of_basis, since, source, cue, evidence,
                   span_start, span_end, sentence_start, sentence_end, source_start, source_end, by, via)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      statement:
        p(`INSERT INTO statements (doc, kind, speaker, speaker_role, cue, text, span_start, span_end, speaker_start, speaker_end, by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      statementFts: p('INSERT INTO statements_fts (rowid, text, speaker) VALUES (?, ?, ?)'),
      entity: p('INSERT INTO entities (doc, name, type, by) VALUES (?, ?, ?, ?)'),
      // The same span twice in one entity says nothing more: it is kept once.
      mention: p('INSERT OR IGNORE INTO mentions (entity_id, span_start, span_end) VALUES (?, ?, ?)'),
    };
  }

  /**
   * Stores one document with all its claims, or nothing: the same text again only records the new
   * origin; the same URL with other text becomes the next version of that URL's document.
   * Call inside {@link Ledger.transaction} (or {@link Ledger.begin}) to batch many.
   */
  store(x: Extraction, info: StoreInfo = {}): StoreOutcome {
    return this.storeRows(documentRows(x), x.document.text, x.document.origin, info);
  }

  /**
   * {@link Ledger.store} for an extraction already turned into rows (e.g. in the worker thread
   * that extracted it): `text` and `origin` are the document's, as read.
   */
  storeRows(r: DocumentRows, text: string, origin: string, info: StoreInfo = {}): StoreOutcome {
    const s = this.stmts;
    const known = s.existing.get(r.id) as number | undefined;
    if (known !== undefined) {
      s.addOrigin.run(known, origin);
      return 'duplicate';
    }
    const url = info.url ?? null;
    const prev = url ? (s.latestForUrl.get(url) as { id: string; version: number } | undefined) : undefined;
    const doc = s.document.run(
      r.id,
      origin,
      url,
      r.title,
      r.outlet,
      r.published,
      r.dateline,
      r.language,
      text,
      r.htmlMap,
      info.ingestedAt ?? new Date().toISOString(),
      prev?.id ?? null,
      (prev?.version ?? 0) + 1,
    ).lastInsertRowid as number;
    s.documentFts.run(doc, r.title, text);
    s.addOrigin.run(doc, origin);
    for (let i = 0; i < r.figures.length; i += FIGURE_COLUMNS)
      s.figure.run(doc, ...r.figures.slice(i, i + FIGURE_COLUMNS));
    const st = r.statements;
    for (let i = 0; i < st.length; i += STATEMENT_COLUMNS) {
      const id = s.statement.run(
        doc,
        st[i],
        st[i + 1],
        st[i + 2],
        st[i + 3],
        st[i + 4],
        st[i + 5],
        st[i + 6],
        st[i + 7],
        st[i + 8],
        st[i + 9],
      ).lastInsertRowid;
      s.statementFts.run(id, st[i + 4], st[i + 1]);
    }
    // Mentions come grouped by entity, in the entities' order (see documentRows).
    const en = r.entities;
    const mentions = r.mentions;
    let m = 0;
    for (let i = 0, k = 0; i < en.length; i += ENTITY_COLUMNS, k++) {
      const id = s.entity.run(doc, en[i], en[i + 1], en[i + 2]).lastInsertRowid;
      for (; m < mentions.length && mentions[m] === k; m += 3) s.mention.run(id, mentions[m + 1], mentions[m + 2]);
    }
    return prev ? 'version' : 'stored';
  }

  /**
   * Whether the text with this id is stored already; if so, records `origin` as another place it was
   * seen. Lets a re-run skip extracting what an interrupted run stored (same outcome as
   * {@link Ledger.store}'s `duplicate`).
   */
  seen(id: string, origin: string): boolean {
    const known = this.stmts.existing.get(id) as number | undefined;
    if (known === undefined) return false;
    this.stmts.addOrigin.run(known, origin);
    return true;
  }

  /**
   * Opens a transaction that stays open across calls (and awaits) until {@link Ledger.commit} or
   * {@link Ledger.rollback}: for a writer that stores documents as they arrive and commits them in
   * batches. Everything stored in between is committed together, or not at all.
   */
  begin(): void {
    this.db.exec('BEGIN');
  }

  /** Commits the transaction {@link Ledger.begin} opened. */
  commit(): void {
    this.db.exec('COMMIT');
  }

  /** Drops what was stored since {@link Ledger.begin}; does nothing outside a transaction. */
  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }

  /** Runs `fn` in one transaction: all of it is stored, or none. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    this.db.close();
  }
}

/**
 * Opens (creating if needed) the ledger at `path`: WAL mode, foreign keys on, schema migrated.
 * A ledger made by an older version is migrated even when opened `readonly` (briefly opened for
 * writing first), so the query commands can read it. Throws {@link LedgerError} for a file that
 * is not a crosscheck ledger, is locked, or is too old and cannot be written.
 */
export function openLedger(
  path: string = defaultLedgerPath(),
  options: { readonly?: boolean; timeoutMs?: number } = {},
): Ledger {
  const ledger = openOnce(path, options);
  if (ledger) return ledger;
  try {
    openOnce(path, { timeoutMs: options.timeoutMs })!.close();
  } catch (e) {
    throw new LedgerError(
      `${path}: this ledger was made by an older crosscheck and must be upgraded, which needs write access: ${(e as Error).message}`,
    );
  }
  return openOnce(path, options)!;
}

/** Opens the ledger; null when it was opened read-only and its schema is out of date. */
function openOnce(path: string, options: { readonly?: boolean; timeoutMs?: number }): Ledger | null {
  if (options.readonly && !existsSync(path))
    throw new LedgerError(`${path}: no ledger here yet (run "crosscheck ingest" first)`);
  let db: Database.Database;
  try {
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      timeout: options.timeoutMs ?? 5000,
    });
  } catch (e) {
    throw new LedgerError(`${path}: cannot open the ledger: ${(e as Error).message}`);
  }
  try {
    const empty = path === ':memory:' || !existsSync(path) || statSync(path).size === 0;
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (!empty && appId !== APPLICATION_ID) {
      const tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get() as number;
      if (tables > 0)
        throw new LedgerError(
          `${path}: not a crosscheck ledger (it is some other SQLite database); choose another file with --db`,
        );
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // Durable against a crash of the process (what a killed ingest needs); fsync only at checkpoints.
      db.pragma('synchronous = NORMAL');
      // Checkpoint every 10,000 pages (about 40 MB of WAL) instead of SQLite's 1,000: a page that
      // batch after batch changes (a full-text or index page) is copied into the database once per
      // checkpoint, and each checkpoint syncs the file.
      db.pragma('wal_autocheckpoint = 10000');
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }
    db.pragma('foreign_keys = ON');
    if (!options.readonly) migrate(db);
    else if (pendingMigrations(db).length > 0) {
      db.close();
      return null;
    }
    return new Ledger(db);
  } catch (e) {
    db.close();
    if (e instanceof LedgerError) throw e;
    const msg = (e as Error).message;
    if (/locked|busy/i.test(msg))
      throw new LedgerError(
        `${path}: the ledger is locked by another process; wait for it to finish or use another --db`,
      );
    if (/not a database|file is encrypted/i.test(msg))
      throw new LedgerError(`${path}: not a crosscheck ledger (not an SQLite database); choose another file with --db`);
    throw new LedgerError(`${path}: ${msg}`);
  }
}
