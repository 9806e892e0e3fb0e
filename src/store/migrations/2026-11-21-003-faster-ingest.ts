/**
 * Ingest speed, no data changed:
 *
 * - `entities_name` goes. No query reads entities by name (a document's entities are read by
 *   document), and keeping that index cost ingest about a third of the writer's time at 100,000
 *   documents: names arrive in no order, so each new entity touched a random page of an index of
 *   millions of rows. A feature that looks entities up by name can build it again in a migration of
 *   its own (`CREATE INDEX entities_name ON entities(name)`, seconds on a large ledger).
 * - The full-text indexes gather up to 16 MB of new terms in memory before writing a segment
 *   (SQLite's default is 1 MB, which wrote several small segments per batch of documents and
 *   merged them again later). The setting is kept in each index's own configuration table.
 *
 * Frozen: a later change is a new migration; migrations import no application types.
 */
export const name = '2026-11-21-003-faster-ingest';

export const sql = `
DROP INDEX IF EXISTS entities_name;
INSERT INTO documents_fts (documents_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO statements_fts (statements_fts, rank) VALUES ('hashsize', 16777216);
`;
