/**
 * Versions by origin path as well as by URL. A document's `version_key` names what it is a version
 * of: its canonical URL, or for a local file read whole, the file's absolute path as a `file:` URL.
 * A re-saved file with other text becomes the next version of the same document instead of an
 * unrelated one. Existing rows take their URL as key; a file stored before this migration has no
 * key (its path was kept only as typed, relative to a folder nobody recorded), so only its next
 * ingest starts the file's chain.
 *
 * Frozen: a later change is a new migration; migrations import no application types.
 */
export const name = '2026-12-06-020-versions-by-origin-path';

export const sql = `
ALTER TABLE documents ADD COLUMN version_key TEXT;
UPDATE documents SET version_key = url WHERE url IS NOT NULL;
CREATE INDEX documents_version_key ON documents(version_key, version);
`;
