/**
 * Indexes that give the listings their order, so that a page is a walk of the index instead of a
 * sort of the whole ledger (on 100,000 documents the statements listing sorted 565,090 rows per
 * request, 1.3–3 s):
 *
 * - `documents_published_id`: documents newest first, ties by id (the documents and statements
 *   listings); replaces `documents_published`, whose prefix it is.
 * - `statements_doc_span`: a document's statements in text order; replaces `statements_document`.
 * - `figures_as_of`: figures by as-of date when no metric is given (with a metric,
 *   `figures_metric_as_of` serves).
 *
 * Frozen: a later change is a new migration; migrations import no application types.
 */
export const name = '2026-12-06-031-listing-order-indexes';

export const sql = `
CREATE INDEX documents_published_id ON documents(published DESC, id);
DROP INDEX IF EXISTS documents_published;
CREATE INDEX statements_doc_span ON statements(doc, span_start, id);
DROP INDEX IF EXISTS statements_document;
CREATE INDEX figures_as_of ON figures(as_of);
`;
