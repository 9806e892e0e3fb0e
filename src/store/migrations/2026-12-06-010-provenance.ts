/**
 * Provenance: what the extraction knew about where each stored field came from, kept instead of
 * dropped.
 *
 * - documents: `published_by` (the rule that gave the publication date, e.g. `metadata/date-line`),
 *   `published_partial` (a date seen without a year, "October 31"), `agency` (the wire service the
 *   dateline names).
 * - figures: the spans of the date expression `as_of` came from and of the reporting cue, and
 *   `why`: the rule that decided each field, as JSON
 *   (`{"metric":…,"qualifier":…,"who":…,"asOf":…,"since":…,"source":{"frame":…,"claimant":[…]}}`).
 * - statements: the reporting cue's span and `why` (`{"kind":…,"speaker":{"frame":…,"claimant":[…]}}`).
 * - messages: the extraction's findings about odd input (rule, level, reason, place), per document.
 *
 * Rows stored before this migration keep NULL in the new columns: NULL means "not recorded", never
 * "no rule". No table is rebuilt, so the migration takes milliseconds on any ledger.
 *
 * Frozen: a later change is a new migration; migrations import no application types.
 */
export const name = '2026-12-06-010-provenance';

export const sql = `
ALTER TABLE documents ADD COLUMN published_by TEXT;
ALTER TABLE documents ADD COLUMN published_partial TEXT;
ALTER TABLE documents ADD COLUMN agency TEXT;

ALTER TABLE figures ADD COLUMN as_of_start INTEGER;
ALTER TABLE figures ADD COLUMN as_of_end INTEGER;
ALTER TABLE figures ADD COLUMN cue_start INTEGER;
ALTER TABLE figures ADD COLUMN cue_end INTEGER;
ALTER TABLE figures ADD COLUMN why TEXT;

ALTER TABLE statements ADD COLUMN cue_start INTEGER;
ALTER TABLE statements ADD COLUMN cue_end INTEGER;
ALTER TABLE statements ADD COLUMN why TEXT;

CREATE TABLE messages (
  doc        INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  rule       TEXT NOT NULL,
  level      TEXT NOT NULL,               -- info | warning
  reason     TEXT NOT NULL,
  span_start INTEGER,
  span_end   INTEGER
);
CREATE INDEX messages_document ON messages(doc);
`;
