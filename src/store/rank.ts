import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import type { Ledger } from './ledger.js';

/**
 * The ranking extension (native/rank.c and snippet.c), built at install by native/build.js:
 * `crosscheck_bm25`, FTS5's bm25() given each phrase's number of matching rows instead of counting
 * them on every query (bm25() walks a word's whole list of rows for its IDF: every row for "the";
 * 55% of an uncached search's instructions on 100,000 documents), `crosscheck_snippet` and
 * `crosscheck_place` (a hit's snippet and its place in the document). Two directories up from both
 * src/store/rank.ts and dist/store/rank.js.
 */
const EXTENSION = fileURLToPath(
  new URL(
    `../../native/build/crosscheck_rank.${process.platform === 'darwin' ? 'dylib' : process.platform === 'win32' ? 'dll' : 'so'}`,
    import.meta.url,
  ),
);

// The tables whose rows' lengths the extension keeps, each in its slot (at most 4: native/rank.c).
const LENGTH_SLOTS = ['documents_fts', 'statements_fts'];

// Per connection: whether the extension loaded, and (read-only connections) the phrases' counts.
const loaded = new WeakMap<Database.Database, boolean>();
const kept = new WeakMap<Database.Database, PhraseCounts>();

/**
 * Each phrase's count of matching rows, by table and phrase, for one version of the ledger
 * (`PRAGMA data_version`: any commit by another connection changes it, and drops them all).
 */
interface PhraseCounts {
  version: number;
  // 50,000 phrases: a few MB. Common words, the ones costly to count, are asked most and stay.
  rows: LRUCache<string, number>;
}

/**
 * The SQL expression that ranks a match of `phrases` (the FTS5 query's, in its order) in `table`,
 * lower first, and its parameters: `crosscheck_bm25(...)` with the phrases' counts, kept per ledger
 * version (and the version, for the rows' lengths the extension keeps), when the extension is
 * loaded and the connection is read-only; else FTS5's `rank`
 * (bm25()), the same scores. Call inside the search's read transaction, so that the counts are of
 * the rows it reads. Only on a read-only connection: a connection's own commits do not change its
 * `data_version`, and counts kept across them would be stale. `CROSSCHECK_BM25=1` turns the
 * extension off (to compare the two). `fewest`: the lowest of the phrases' counts, which no search
 * of all of them can match more rows than (a phrase FTS5 drops, "-", counts none: a bound that
 * may be too low), or null where counts are not kept.
 */
export function rankExpression(
  ledger: Ledger,
  table: string,
  phrases: readonly string[],
): { sql: string; params: Record<string, number>; fewest: number | null } {
  const counts = phraseCounts(ledger);
  if (!counts) return { sql: 'rank', params: {}, fewest: null };
  const params: Record<string, number> = {};
  phrases.forEach((phrase, i) => {
    const key = `${table}\u0000${phrase}`;
    let n = counts.rows.get(key);
    if (n === undefined) counts.rows.set(key, (n = countRows(ledger, table, phrase)));
    params[`n${i}`] = n;
  });
  const fewest = Math.min(...Object.values(params));
  // The extension keeps the rows' lengths for this version too, in the table's slot.
  const slot = LENGTH_SLOTS.indexOf(table);
  params.version = counts.version;
  return {
    sql: `crosscheck_bm25(${table}, ${slot < 0 ? 'NULL' : slot}, @version, ${phrases.map((_, i) => `@n${i}`).join(', ')})`,
    params,
    fewest,
  };
}

// A phrase of one word of ASCII letters and digits (at most 64: FTS5 cuts longer tokens) is one
// token, the word in lower case, as the tables' tokenizer (FTS5's default, unicode61) makes it.
const ONE_TOKEN = /^"([A-Za-z0-9]{1,64})"$/;
// Per connection: the tables whose vocabulary table is there (temp.TABLE_vocab), or that have none.
const vocabularies = new WeakMap<Database.Database, Map<string, boolean>>();

/**
 * How many rows of `table` match `phrase`. A phrase of one token is read from FTS5's vocabulary
 * table (fts5vocab, "row": the number of rows each term is in), which walks the term's list of
 * rows in C, 3-5 times cheaper than counting the rows of a MATCH one at a time ("the" in 360,000
 * statements: 3.4 ms against 18 ms); counting each word the first time a search thread sees it
 * was a tenth of 7,500 different searches on 100,000 documents. Any other phrase, or a table whose
 * tokenizer is not the default, is counted with MATCH.
 */
function countRows(ledger: Ledger, table: string, phrase: string): number {
  const word = ONE_TOKEN.exec(phrase)?.[1];
  if (word !== undefined && hasVocabulary(ledger, table))
    return (
      (ledger.prepared(`SELECT doc FROM temp.${table}_vocab WHERE term = ?`).pluck().get(word.toLowerCase()) as
        number | undefined) ?? 0
    );
  return ledger.prepared(`SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`).pluck().get(phrase) as number;
}

/** Whether `table` has its vocabulary table on this connection, made the first time (in temp). */
function hasVocabulary(ledger: Ledger, table: string): boolean {
  let tables = vocabularies.get(ledger.db);
  if (!tables) vocabularies.set(ledger.db, (tables = new Map()));
  let has = tables.get(table);
  if (has === undefined) {
    const sql = ledger.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table);
    has = typeof sql === 'string' && /\busing\s+fts5\s*\(/i.test(sql) && !/\btokenize\b/i.test(sql);
    if (has)
      ledger.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${table}_vocab USING fts5vocab(main, ${table}, row)`);
    tables.set(table, has);
  }
  return has;
}

/**
 * The function that makes a search hit's snippet: the extension's `crosscheck_snippet`, which
 * gives snippet()'s text reading only the tokens it needs (native/snippet.c), on any connection
 * it loads into (it keeps nothing between queries); else FTS5's `snippet` itself.
 */
export function snippetFunction(ledger: Ledger): 'crosscheck_snippet' | 'snippet' {
  return extensionLoaded(ledger) ? 'crosscheck_snippet' : 'snippet';
}

/** The connection's kept counts, emptied if its version changed; null where they are not kept. */
function phraseCounts(ledger: Ledger): PhraseCounts | null {
  const db = ledger.db;
  if (!db.readonly || !extensionLoaded(ledger)) return null;
  let counts = kept.get(db);
  if (!counts) kept.set(db, (counts = { version: -1, rows: new LRUCache({ max: 50_000 }) }));
  const version = ledger.prepared('PRAGMA data_version').pluck().get() as number;
  if (version !== counts.version) {
    counts.rows.clear();
    counts.version = version;
  }
  return counts;
}

/** Whether the extension is loaded into the ledger's connection, loading it the first time. */
export function extensionLoaded(ledger: Ledger): boolean {
  let is = loaded.get(ledger.db);
  if (is === undefined) loaded.set(ledger.db, (is = loadExtension(ledger.db)));
  return is;
}

/** Loads the extension into `db`; false when it was not built, is turned off, or does not load here. */
function loadExtension(db: Database.Database): boolean {
  if (process.env.CROSSCHECK_BM25 === '1' || !existsSync(EXTENSION)) return false;
  try {
    // Its entry point, sqlite3_crosscheckrank_init, SQLite derives from the file's name.
    db.loadExtension(EXTENSION);
    // A build older than these sources (a checkout updated without `npm install`) lacks the newest
    // function: searching with it would fail, without it bm25() ranks the same.
    db.prepare('SELECT crosscheck_order(1, 1)').get();
    return true;
  } catch (e) {
    // Built for another machine, or a SQLite without extension loading: bm25() ranks the same.
    if (process.env.CROSSCHECK_DEBUG)
      process.stderr.write(`crosscheck: ${EXTENSION} not loaded: ${(e as Error).message}\n`);
    return false;
  }
}
