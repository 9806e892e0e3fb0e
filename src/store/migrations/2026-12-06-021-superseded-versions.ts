/**
 * Superseded versions marked: `superseded_by` holds the id of the version that replaced a document,
 * null for the latest, so that queries show the latest version of each document unless asked for
 * all of them. Filled in from the existing `previous_id` links. The index on `previous_id` serves
 * relinking a chain when a version in it is forgotten.
 *
 * Frozen: a later change is a new migration; migrations import no application types.
 */
export const name = '2026-12-06-021-superseded-versions';

export const sql = `
ALTER TABLE documents ADD COLUMN superseded_by TEXT;
CREATE INDEX documents_previous_id ON documents(previous_id);
UPDATE documents SET superseded_by = (
  SELECT n.id FROM documents n WHERE n.previous_id = documents.id ORDER BY n.version DESC LIMIT 1
);
`;
