import { accessSync, constants, existsSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import type { Extraction } from '../model.js';
import { APPLICATION_ID, migrate, pendingMigrations } from './migrate.js';
import type { LedgerDocument } from './queries.js';
import {
  documentRows,
  ENTITY_COLUMNS,
  FIGURE_COLUMNS,
  MESSAGE_COLUMNS,
  STATEMENT_COLUMNS,
  type DocumentRows,
} from './rows.js';

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
  /**
   * The local file the document is the whole of (not a JSON Lines record or a feed item in it):
   * without a URL, the same file read again with changed text becomes a new version.
   */
  path?: string | null;
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
  // Statements of `prepared`, by SQL text.
  private readonly kept = new Map<string, Database.Statement>();

  constructor(db: Database.Database) {
    this.db = db;
    const p = (sql: string) => db.prepare(sql);
    // Positional parameters, in the order of each column list: binding them costs less than
    // looking up named ones.
    this.stmts = {
      existing: p('SELECT seq FROM documents WHERE id = ?').pluck(),
      latestForKey: p('SELECT id, version FROM documents WHERE version_key = ? ORDER BY version DESC LIMIT 1'),
      supersede: p('UPDATE documents SET superseded_by = ? WHERE id = ?'),
      addOrigin: p('INSERT OR IGNORE INTO document_origins (doc, origin) VALUES (?, ?)'),
      document:
        p(`INSERT INTO documents (id, origin, url, title, outlet, published, dateline, language, text, html_map, ingested_at, previous_id, version, version_key,
                   published_by, published_partial, agency)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      documentFts: p('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)'),
      figure:
        // doc_id and doc_published: the document's, for the listing's index (migration 040).
        p(`INSERT INTO figures (doc, doc_id, doc_published, metric, value, high, unit, qualifier, vague, who, as_of, as_of_basis, since, source, cue,
                   evidence, span_start, span_end, sentence_start, sentence_end, source_start, source_end, by, as_of_start, as_of_end, cue_start, cue_end,
                   why, via)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      statement:
        p(`INSERT INTO statements (doc, kind, speaker, speaker_role, cue, text, span_start, span_end, speaker_start, speaker_end, by,
                   cue_start, cue_end, why)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      statementFts: p('INSERT INTO statements_fts (rowid, text, speaker) VALUES (?, ?, ?)'),
      entity: p('INSERT INTO entities (doc, name, type, by) VALUES (?, ?, ?, ?)'),
      // The same span twice in one entity says nothing more: it is kept once.
      mention: p('INSERT OR IGNORE INTO mentions (entity_id, span_start, span_end) VALUES (?, ?, ?)'),
      message: p('INSERT INTO messages (doc, rule, level, reason, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)'),
    };
  }

  /**
   * The statement of `sql`, prepared once for this connection: better-sqlite3 keeps none, and a
   * query asked for on every request (a page, a search) would be compiled again each time. The
   * caller sets its modes (`pluck`, `raw`) on each use. While one caller iterates it, another gets
   * a statement of its own.
   */
  prepared(sql: string): Database.Statement {
    const kept = this.kept.get(sql);
    if (kept) return kept.busy ? this.db.prepare(sql) : kept;
    // A bound that the shapes of query (which filters are given, the page size) hardly reach.
    if (this.kept.size >= 256) this.kept.clear();
    const s = this.db.prepare(sql);
    this.kept.set(sql, s);
    return s;
  }

  /**
   * Stores one document with all its claims, or nothing: the same text again only records the new
   * origin; the same URL with other text becomes the next version of that URL's document.
   * Call inside {@link Ledger.transaction} to batch many.
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
    // What the document is a version of: its URL, else the file it was read from ("file:///…/a.txt").
    const key = url ?? (info.path ? pathToFileURL(resolve(info.path)).href : null);
    const prev = key ? (s.latestForKey.get(key) as { id: string; version: number } | undefined) : undefined;
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
      key,
      r.publishedBy,
      r.publishedPartial,
      r.agency,
    ).lastInsertRowid as number;
    if (prev) s.supersede.run(r.id, prev.id);
    s.documentFts.run(doc, r.title, text);
    s.addOrigin.run(doc, origin);
    this.insertClaims({ seq: doc, id: r.id, published: r.published }, r);
    return prev ? 'version' : 'stored';
  }

  /** Stores the claims of `r` under the stored document `d` (its key, id and publication date). */
  private insertClaims(d: { seq: number; id: string; published: string | null }, r: DocumentRows): void {
    const s = this.stmts;
    const doc = d.seq;
    for (let i = 0; i < r.figures.length; i += FIGURE_COLUMNS)
      s.figure.run(doc, d.id, d.published, ...r.figures.slice(i, i + FIGURE_COLUMNS));
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
        st[i + 10],
        st[i + 11],
        st[i + 12],
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
    for (let i = 0; i < r.messages.length; i += MESSAGE_COLUMNS)
      s.message.run(doc, ...r.messages.slice(i, i + MESSAGE_COLUMNS));
  }

  /** Removes the claims of the document with key `doc`, their full-text entries with them. */
  private deleteClaims(doc: number): void {
    // The full-text index keeps no copy of the text (external content): a row leaves it only when
    // told the values it was indexed with.
    this.db
      .prepare(
        `INSERT INTO statements_fts (statements_fts, rowid, text, speaker) SELECT 'delete', id, text, speaker FROM statements WHERE doc = ?`,
      )
      .run(doc);
    for (const table of ['figures', 'statements', 'entities', 'messages'])
      this.db.prepare(`DELETE FROM ${table} WHERE doc = ?`).run(doc);
  }

  private log(action: 'forget' | 'redate', documentId: string, detail: object): void {
    this.db
      .prepare('INSERT INTO ledger_log (at, action, document_id, detail) VALUES (?, ?, ?, ?)')
      .run(new Date().toISOString(), action, documentId, JSON.stringify(detail));
  }

  /** The stored facts about a document by its full id, or undefined. */
  private documentFacts(id: string): DocumentFacts | undefined {
    return this.db
      .prepare(
        `SELECT seq, id, origin, url, title, outlet, published, version, previous_id AS previousId, superseded_by AS supersededBy,
                (SELECT count(*) FROM figures WHERE doc = d.seq) AS figures,
                (SELECT count(*) FROM statements WHERE doc = d.seq) AS statements
         FROM documents d WHERE id = ?`,
      )
      .get(id) as DocumentFacts | undefined;
  }

  /**
   * Removes a document and every claim made from it, and keeps a line in the ledger's log saying
   * what it was (origin, title, outlet, date, claim counts, `reason`). A version in the middle of a
   * chain is taken out of it: the next version then follows the one before. Returns the facts of
   * the document removed, or null when no document has this id. Its place in the cross-check
   * tables: `forgetInCrossCheck` (src/compare), in the same transaction.
   */
  forget(id: string, reason: string | null = null): DocumentFacts | null {
    const d = this.documentFacts(id);
    if (!d) return null;
    this.transaction(() => {
      this.deleteClaims(d.seq);
      const title = this.db.prepare('SELECT title, text FROM documents WHERE seq = ?').get(d.seq) as {
        title: string | null;
        text: string;
      };
      this.db
        .prepare(`INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)`)
        .run(d.seq, title.title, title.text);
      this.db.prepare('UPDATE documents SET previous_id = ? WHERE previous_id = ?').run(d.previousId, d.id);
      if (d.previousId) this.stmts.supersede.run(d.supersededBy, d.previousId);
      this.db.prepare('DELETE FROM documents WHERE seq = ?').run(d.seq);
      const { seq: _seq, ...facts } = d;
      this.log('forget', d.id, { ...facts, reason });
    });
    return d;
  }

  /**
   * Gives a stored document another publication date and replaces its claims with `rows`, the
   * extraction of its text made with that date (the implied dates follow it: a figure whose as-of
   * date was the publication date moves with it, "on Wednesday" is resolved again). Logged with
   * the date before. Returns false when no document has this id. The new claims have no
   * cross-check keys yet: `reindexClaims` (src/compare) gives them theirs.
   */
  redate(id: string, published: string, rows: DocumentRows): boolean {
    const d = this.documentFacts(id);
    if (!d) return false;
    this.transaction(() => {
      this.deleteClaims(d.seq);
      this.db
        .prepare('UPDATE documents SET published = ?, published_by = ?, published_partial = ? WHERE seq = ?')
        .run(published, rows.publishedBy, rows.publishedPartial, d.seq);
      this.insertClaims({ ...d, published }, rows);
      this.log('redate', d.id, { before: d.published, after: published, origin: d.origin });
    });
    return true;
  }

  /** The publication date stored for a document (null when it has none), or undefined when it is not stored. */
  publishedOf(id: string): string | null | undefined {
    const row = this.db.prepare('SELECT published FROM documents WHERE id = ?').get(id) as
      { published: string | null } | undefined;
    return row?.published;
  }

  /**
   * Whether the text with this id is stored already; if so, records `origin` as another place it was
   * seen. Lets a re-run skip extracting what an interrupted run stored (same outcome as
   * {@link Ledger.store}'s `duplicate`).
   */
  seen(id: string, origin: string): boolean {
    if (!this.has(id)) return false;
    this.addOrigin(id, origin);
    return true;
  }

  /** Whether the text with this id is stored already. Reads only. */
  has(id: string): boolean {
    return this.stmts.existing.get(id) !== undefined;
  }

  /** Records `origin` as another place the stored text `id` was seen; false when it is not stored. */
  addOrigin(id: string, origin: string): boolean {
    const known = this.stmts.existing.get(id) as number | undefined;
    if (known === undefined) return false;
    this.stmts.addOrigin.run(known, origin);
    return true;
  }

  /**
   * After a bulk ingest (`stored` new documents, a tenth of the ledger or more), merges each
   * full-text index into one b-tree (FTS5's 'optimize'): the index is then in the form searches
   * read fastest (migration 060 says how much). Ingests of a few documents leave it to FTS5's own
   * merging, since 'optimize' rewrites the whole index (2.5 s of CPU at 100,000 documents).
   * Returns whether it merged (not when another process holds the write lock past the busy timeout).
   */
  mergeSearchIndexAfter(stored: number): boolean {
    if (stored === 0 || stored * 10 < (this.prepared('SELECT count(*) FROM documents').pluck().get() as number))
      return false;
    try {
      this.transaction(() => {
        for (const t of ['documents_fts', 'statements_fts']) this.db.exec(`INSERT INTO ${t}(${t}) VALUES('optimize')`);
      });
    } catch (e) {
      // Another process writing (past the busy timeout): the documents are stored; the merge waits
      // for the next bulk run.
      if (e instanceof LedgerError) return false;
      throw e;
    }
    return true;
  }

  /**
   * Runs `fn` in one write transaction: all of it is stored, or none. The write lock is taken at
   * the start (`BEGIN IMMEDIATE`), so two processes writing to one ledger take turns: a writer
   * waits up to the busy timeout (5 s) for another's transaction to end, and only then fails with
   * a {@link LedgerError} saying the ledger is locked. (A deferred `BEGIN` would start reading, and
   * SQLite refuses at once a reader that another writer overtook: "database is locked".)
   */
  transaction<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (e) {
      throw lockedOr(this.db.name, e);
    }
  }

  /**
   * Closes the ledger. A writer that is the last one open leaves the file in rollback-journal mode,
   * so that a copy of the one file can be read where nothing can be written (a read-only folder,
   * another user's copy, read-only media): in WAL mode even a reader must create the `-shm` file
   * beside it. With another connection open the switch is skipped and the last writer does it.
   */
  close(): void {
    if (!this.db.readonly && this.db.open && this.db.name !== ':memory:') {
      try {
        this.db.pragma('busy_timeout = 0');
        this.db.pragma('journal_mode = DELETE');
      } catch {
        // Another connection has the ledger open; it stays in WAL mode until the last one closes.
      }
    }
    this.db.close();
  }
}

/** "a directory", "a device", "a named pipe" for what is not a regular file; "file" for one. */
function _fileKind(info: Stats): string {
  if (info.isFile()) return 'file';
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe';
  return 'a device';
}

/** The documented one-line error for a ledger another process holds, or `e` itself when it is not that. */
function lockedOr(path: string, e: unknown): unknown {
  if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY') || /database is locked/.test((e as Error).message))
    return new LedgerError(
      `${path}: the ledger is locked by another process; wait for it to finish or use another --db`,
    );
  return e;
}

/** What the ledger knows of one stored document, as {@link Ledger.forget} reports it. */
export type DocumentFacts = { seq: number } & Pick<
  LedgerDocument,
  | 'id'
  | 'origin'
  | 'url'
  | 'title'
  | 'outlet'
  | 'published'
  | 'version'
  | 'previousId'
  | 'supersededBy'
  | 'figures'
  | 'statements'
>;

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
  const kind = path === ':memory:' || !existsSync(path) ? 'file' : _fileKind(statSync(path));
  if (kind !== 'file')
    throw new LedgerError(`${path}: ${kind}, not a file: give the path of a ledger file (new or existing) with --db`);
  let db: Database.Database;
  try {
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      timeout: options.timeoutMs ?? 5000,
    });
  } catch (e) {
    throw new LedgerError(`${path}: ${whyNotOpened(path, e as Error, options.readonly ?? false)}`);
  }
  try {
    const empty = path === ':memory:' || !existsSync(path) || statSync(path).size === 0;
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (!empty && appId !== APPLICATION_ID) {
      const tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get() as number;
      // Even with no tables yet, a database crosscheck did not make belongs to something else.
      throw new LedgerError(
        tables > 0
          ? `${path}: not a crosscheck ledger (it is some other SQLite database); choose another file with --db`
          : `${path}: not a crosscheck ledger (an empty SQLite database that crosscheck did not make); delete it or choose another file with --db`,
      );
    }
    if (!options.readonly) {
      // The mark comes first, so that another process opening the new file never finds it
      // without the mark (it would refuse it as another program's database). Written only once:
      // every write waits for the lock, and another ingest may hold it.
      if (appId !== APPLICATION_ID) db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma('journal_mode = WAL');
      // Durable against a crash of the process (what a killed ingest needs); fsync only at checkpoints.
      db.pragma('synchronous = NORMAL');
      // Checkpoint every 10,000 pages (about 40 MB of WAL) instead of SQLite's 1,000: a page that
      // batch after batch changes (a full-text or index page) is copied into the database once per
      // checkpoint, and each checkpoint syncs the file.
      db.pragma('wal_autocheckpoint = 10000');
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
    const locked = lockedOr(path, e);
    if (locked instanceof LedgerError) throw locked;
    const msg = (e as Error).message;
    if ((e as { code?: string }).code?.startsWith('SQLITE_READONLY') || /readonly|unable to open/i.test(msg))
      throw new LedgerError(`${path}: ${whyNotOpened(path, e as Error, options.readonly ?? false)}`);
    if (/not a database|file is encrypted/i.test(msg))
      throw new LedgerError(`${path}: not a crosscheck ledger (not an SQLite database); choose another file with --db`);
    throw new LedgerError(`${path}: ${msg}`);
  }
}

/**
 * Why SQLite could not open or write the ledger, in the user's terms: the folder or the file is
 * not writable ("permission denied"), the file system is read-only, the folder does not exist.
 */
function whyNotOpened(path: string, e: Error, readonly: boolean): string {
  const code = (err: unknown) => (err as NodeJS.ErrnoException).code;
  const dir = dirname(resolve(path));
  if (!existsSync(dir)) return `cannot create the ledger: the folder ${dir} does not exist`;
  for (const [target, what] of [
    [existsSync(path) ? path : dir, existsSync(path) ? 'the ledger file' : 'its folder'],
    [dir, 'its folder'],
  ] as const) {
    try {
      accessSync(target, readonly ? constants.R_OK : constants.W_OK);
    } catch (err) {
      const reason = code(err) === 'EROFS' ? 'read-only file system' : 'permission denied';
      if (readonly) return `cannot read the ledger: ${what} cannot be read (${reason})`;
      return `cannot ${existsSync(path) ? 'write to' : 'create'} the ledger here: ${what} cannot be written (${reason}); choose another file with --db`;
    }
  }
  // Readable, yet SQLite refused: a ledger left in WAL mode (a writer still open, or copied while
  // one was) needs its folder writable even to be read.
  if (readonly)
    return `cannot read the ledger here: it was copied while in use (WAL mode), and reading it needs write access to its folder; open it once where it can be written, or copy it after the writer has finished (${e.message})`;
  return `cannot open the ledger: ${e.message}`;
}
