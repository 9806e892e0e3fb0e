import type Database from 'better-sqlite3';
import { LedgerError } from './ledger.js';

/** Most different words one search looks for. */
export const MAX_SEARCH_WORDS = 32;

/** Longest search, in characters. */
export const MAX_SEARCH_CHARS = 1000;

/** Longest one search query may run, in ms (default 5 s). */
export const DEFAULT_SEARCH_TIMEOUT_MS = 5000;

/** A search that cannot be run as given (too many words, too long, too slow): one line for the user. */
export class SearchError extends LedgerError {
  override name = 'SearchError';
}

/**
 * Checks a search's size: every repeat of a word made FTS5 walk the word's whole list of
 * documents again (200 × "the" took 115 s on 60,000 documents), so words count once (see
 * `ftsQuery`), and a search may hold at most {@link MAX_SEARCH_WORDS} different words.
 *
 * @param terms how many different words the search holds
 * @throws SearchError for more than {@link MAX_SEARCH_CHARS} characters or {@link MAX_SEARCH_WORDS} different words
 */
export function assertSearchSize(words: string, terms: number): void {
  if (words.length > MAX_SEARCH_CHARS)
    throw new SearchError(
      `the search is ${words.length} characters long; it may be at most ${MAX_SEARCH_CHARS}: give fewer words`,
    );
  if (terms > MAX_SEARCH_WORDS)
    throw new SearchError(
      `the search has ${terms} different words; it may have at most ${MAX_SEARCH_WORDS}: give fewer words`,
    );
}

/** SQL condition that stops a query past its deadline; put it in the WHERE clause of a search. */
export const WITHIN_DEADLINE = 'crosscheck_within_deadline()';

const deadlines = new WeakMap<Database.Database, { at: number; ms: number }>();

/**
 * A runner of queries (whose WHERE clauses hold {@link WITHIN_DEADLINE}) that share `ms` to finish
 * from now: the condition is checked on every row the full-text index yields, and past the
 * deadline it stops the query with a {@link SearchError}.
 */
export function withinDeadline(db: Database.Database, ms: number): <T>(query: () => T) => T {
  if (!deadlines.has(db))
    db.function('crosscheck_within_deadline', { deterministic: false }, () => {
      const { at, ms } = deadlines.get(db)!;
      if (Date.now() >= at)
        throw new SearchError(`the search took longer than ${ms / 1000} s and was stopped: give fewer or rarer words`);
      return 1;
    });
  const at = Date.now() + ms;
  return (query) => {
    deadlines.set(db, { at, ms });
    try {
      return query();
    } finally {
      deadlines.set(db, { at: Infinity, ms });
    }
  };
}
