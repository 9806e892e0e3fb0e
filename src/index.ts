/**
 * crosscheck as a library: `import { openLedger, extract, series } from 'crosscheck'`.
 *
 * - {@link extract} turns one document into its figures, statements and entities (pure: no files,
 *   clock or network); {@link readDocument} reads a file into such a document.
 * - {@link openLedger} opens (or creates) a ledger; the query functions list what it holds, in the
 *   field names `extract` uses.
 * - The cross-checks (`series`, `disputes`, `competingAccounts`, `chains`, `reprints`, `outlets`,
 *   `wording`) line the ledger's claims up across documents.
 * - {@link LedgerStore} is what the web server reads a ledger through (paged, asynchronous);
 *   {@link SqliteStore} implements it over a ledger file.
 *
 * @example
 * import { openLedger, queryFigures } from 'crosscheck';
 * const ledger = openLedger('crosscheck.db', { readonly: true });
 * for (const f of queryFigures(ledger, { metric: 'killed', limit: 3 })) console.log(f.asOf, f.value, f.source);
 * ledger.close();
 */
export type * from './model.js';
export { METRICS, QUALIFIERS } from './model.js';
export { documentId, extract } from './extract/index.js';
export { readDocument, readDocumentFromBytes, readHtmlString, readTextString, InputError } from './ingest/index.js';
export {
  openLedger,
  defaultLedgerPath,
  Ledger,
  LedgerError,
  type StoreInfo,
  type StoreOutcome,
} from './store/ledger.js';
export {
  exportDocuments,
  findDocument,
  loadDocument,
  queryDocuments,
  queryEntities,
  queryEntityMentions,
  queryFigures,
  queryMessages,
  queryStatements,
  search,
  searchRanked,
  SEARCH_RANK_AMONG,
  type ClaimFilter,
  type LedgerDocument,
  type LedgerEntity,
  type LedgerEntityMentions,
  type LedgerFigure,
  type LedgerMessage,
  type LedgerStatement,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
  type StoredDocument,
  type VersionInfo,
} from './store/queries.js';
export { documentRows } from './store/rows.js';
export { loadExtraction, storedExtraction } from './store/stored-extraction.js';
export { SqliteStore } from './store/sqlite-store.js';
export {
  CursorError,
  type EntityFilter,
  type EntityRow,
  type LedgerOverview,
  type LedgerStore,
  type Page,
  type SearchResults,
  type PageRequest,
  type SearchFilter,
  type SpeakerFilter,
  type SpeakerRow,
} from './store/store.js';
export * from './compare/index.js';
