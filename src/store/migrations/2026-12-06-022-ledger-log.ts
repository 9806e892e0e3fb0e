/**
 * The ledger's own log of corrections: one line per document forgotten (`forget`) or re-dated
 * (`redate`), with what the document was (`detail`, JSON: origin, title, outlet, the date before,
 * claim counts, the reason given), so that removing or correcting a document never leaves the
 * ledger silently different from what was ingested.
 *
 * Frozen: a later change is a new migration; migrations import no application types.
 */
export const name = '2026-12-06-022-ledger-log';

export const sql = `
CREATE TABLE ledger_log (
  seq          INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,               -- ISO timestamp
  action       TEXT NOT NULL,               -- forget | redate
  document_id  TEXT NOT NULL,               -- sha256 of the text, hex (the document may be gone)
  detail       TEXT NOT NULL                -- JSON
);
CREATE INDEX ledger_log_document ON ledger_log(document_id);
`;
