import { LRUCache } from 'lru-cache';

/** How much {@link SearchCache} keeps: answers, and their estimated size in bytes. */
export interface SearchCacheLimits {
  entries: number;
  bytes: number;
}

/**
 * 1,000 answers or 32 MB, whichever is reached first: a page of 20 hits of each kind is 10–40 KB
 * (its snippets), so the bytes bound at about a thousand answers.
 */
export const SEARCH_CACHE_LIMITS: SearchCacheLimits = { entries: 1000, bytes: 32 * 1024 * 1024 };

/**
 * Answers of searches kept for one version of the ledger, as Solr's queryResultCache and
 * Elasticsearch's request cache keep them for one index generation: on 100,000 documents a search
 * costs about 12 M instructions (ranking 500 matches of each kind with bm25, then snippets), a kept
 * answer a look-up. Least recently used answers go first when a bound is reached; every answer
 * goes when the version changes (any commit, by this process's writer or another process).
 * Answers are kept as their JSON text, what the API sends and what no caller can change.
 */
export class SearchCache {
  private readonly kept: LRUCache<string, string>;
  // Searches running now, by key: the same search asked again meanwhile waits for it (50 people
  // asking one word at once after an ingest start one search, not 50).
  private readonly running = new Map<string, Promise<string>>();
  private version: number | null = null;

  constructor(limits: SearchCacheLimits = SEARCH_CACHE_LIMITS) {
    // A string's size in memory, roughly: two bytes a character, and the entry's own.
    this.kept = new LRUCache({
      max: limits.entries,
      maxSize: limits.bytes,
      sizeCalculation: (json) => 64 + 2 * json.length,
    });
  }

  /**
   * The answer kept under `key` for the ledger's version now, else `compute()`'s, kept under that
   * version unless another request saw a newer one meanwhile. The version is asked once a request:
   * an answer whose search began after a commit it was not asked under, and so read that commit,
   * is kept under the older version, but no request reaches it any more, since every request asks
   * the version before it looks (a commit the search saw, the version shows) and drops all that is
   * kept for an older one. `PRAGMA data_version` before and after each search was 3% of the HTTP
   * thread's CPU on searches all different.
   */
  async answer(key: string, version: () => Promise<number>, compute: () => Promise<string>): Promise<string> {
    const v = await version();
    if (v !== this.version) {
      this.kept.clear();
      this.running.clear();
      this.version = v;
    }
    const kept = this.kept.get(key) ?? this.running.get(key);
    if (kept !== undefined) return kept;
    const search = this.keep(key, v, compute);
    this.running.set(key, search);
    try {
      return await search;
    } finally {
      if (this.running.get(key) === search) this.running.delete(key);
    }
  }

  private async keep(key: string, v: number, compute: () => Promise<string>) {
    const json = await compute();
    if (this.version === v) this.kept.set(key, json);
    return json;
  }
}
