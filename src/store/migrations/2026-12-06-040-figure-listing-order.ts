/**
 * The figures listing's whole order from an index, so a page is a walk of the index instead of a
 * sort of one as-of day's figures with a look-up of each one's document (the order is as-of date,
 * newest first, then the document's publication date, newest first, then its id, then the place in
 * its text). On 100,000 documents the first page of `killed` sorted 125–315 ties a request.
 *
 * - `figures.doc_published`, `figures.doc_id`: the publication date and id of the figure's
 *   document, copied from `documents` (filled here for the figures already stored; the writer sets
 *   them on insert). A document's id never changes; its date does (`crosscheck redate`), and the
 *   trigger `figures_doc_published` carries a new date to its figures.
 * - `figures_metric_order`: a metric's figures in listing order; replaces `figures_metric_as_of`,
 *   whose prefix it is.
 * - `figures_order`: every figure in listing order; replaces `figures_as_of`.
 *
 * `doc` (one per `doc_id`, so it changes no order) is in both: a filter on the document (its
 * outlet) walks the index and looks up documents without reading each figure's row (a rare outlet
 * over 72,048 figures: 170 → 120 ms).
 *
 * Frozen: a later change is a new migration; migrations import no application types.
 */
export const name = '2026-12-06-040-figure-listing-order';

export const sql = `
ALTER TABLE figures ADD COLUMN doc_published TEXT;
ALTER TABLE figures ADD COLUMN doc_id TEXT;
UPDATE figures SET (doc_published, doc_id) = (SELECT d.published, d.id FROM documents d WHERE d.seq = figures.doc);
CREATE INDEX figures_metric_order ON figures(metric, as_of DESC, doc_published DESC, doc_id, doc, span_start);
DROP INDEX IF EXISTS figures_metric_as_of;
CREATE INDEX figures_order ON figures(as_of DESC, doc_published DESC, doc_id, doc, span_start);
DROP INDEX IF EXISTS figures_as_of;
CREATE TRIGGER figures_doc_published AFTER UPDATE OF published ON documents
BEGIN
  UPDATE figures SET doc_published = NEW.published WHERE doc = NEW.seq;
END;
`;
