import { LRUCache } from 'lru-cache';
import type { SearchResults } from './store.js';

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
 * costs about 18 M instructions (ranking 500 matches of each kind with bm25, then snippets), a kept
 * answer a look-up. Least recently used answers go first when a bound is reached; every answer
 * goes when the version changes (any commit, by this process's writer or another process).
 * Answers are frozen: every caller gets the same object.
 */
export class SearchCache {
  private readonly kept: LRUCache<string, SearchResults>;
  // Searches running now, by key: the same search asked again meanwhile waits for it (50 people
  // asking one word at once after an ingest start one search, not 50).
  private readonly running = new Map<string, Promise<SearchResults>>();
  private version: number | null = null;

  constructor(limits: SearchCacheLimits = SEARCH_CACHE_LIMITS) {
    this.kept = new LRUCache({ max: limits.entries, maxSize: limits.bytes, sizeCalculation: approximateBytes });
  }

  /**
   * The answer kept under `key` for the ledger's version now, else `compute()`'s, kept when no
   * commit came between asking the version and the end of the search (the search then read that
   * version: a read transaction begun in between would have seen the commit).
   */
  async answer(key: string, version: () => Promise<number>, compute: () => Promise<SearchResults>) {
    const v = await version();
    if (v !== this.version) {
      this.kept.clear();
      this.running.clear();
      this.version = v;
    }
    const kept = this.kept.get(key) ?? this.running.get(key);
    if (kept) return kept;
    const search = this.keep(key, v, version, compute);
    this.running.set(key, search);
    try {
      return await search;
    } finally {
      if (this.running.get(key) === search) this.running.delete(key);
    }
  }

  private async keep(key: string, v: number, version: () => Promise<number>, compute: () => Promise<SearchResults>) {
    const results = freeze(await compute());
    if ((await version()) === v && this.version === v) this.kept.set(key, results);
    return results;
  }
}

/** An answer's size in memory, roughly: its strings (two bytes a character) and a few words an object. */
function approximateBytes(r: SearchResults): number {
  let bytes = 64 + (r.next?.length ?? 0) * 2;
  for (const h of r.items)
    bytes +=
      160 +
      48 * h.matches.length +
      2 *
        (h.documentId.length +
          h.snippet.length +
          (h.title?.length ?? 0) +
          (h.outlet?.length ?? 0) +
          (h.speaker?.length ?? 0) +
          (h.published?.length ?? 0));
  return Math.max(1, bytes);
}

function freeze(r: SearchResults): SearchResults {
  for (const h of r.items) {
    for (const m of h.matches) Object.freeze(m);
    Object.freeze(h.matches);
    if (h.snippetSpan) Object.freeze(h.snippetSpan);
    Object.freeze(h);
  }
  Object.freeze(r.items);
  return Object.freeze(r);
}
