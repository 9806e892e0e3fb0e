/**
 * The speakers listing kept in the ledger (the Statements page's table): on 100,000 documents,
 * grouping 565,090 statements by speaker with each one's document took 2 s, on every first visit
 * after a start or a change. Now:
 *
 * - `speaker_stats`: per speaker, what the listing shows: statements, documents and outlets
 *   quoting them, the first and last publication date, and the role most often given (ties by
 *   role). Listed by `speaker_stats_order`.
 * - `speaker_stale`: speakers whose row is out of date. Triggers add a speaker when a statement of
 *   theirs is stored, removed or changed, or a document quoting them gets another date or outlet;
 *   the writer recomputes those rows after an ingest (`refreshSpeakerStats`), and until then a
 *   reader computes them itself, so the listing is exact at every moment.
 *
 * Frozen: a later change is a new migration; migrations import no application types.
 */
export const name = '2026-12-06-050-speaker-stats';

export const sql = `
CREATE TABLE speaker_stats (
  speaker    TEXT PRIMARY KEY,
  statements INTEGER NOT NULL,
  documents  INTEGER NOT NULL,
  outlets    INTEGER NOT NULL,
  first      TEXT,
  last       TEXT,
  role       TEXT
) WITHOUT ROWID;
CREATE INDEX speaker_stats_order ON speaker_stats(statements DESC, speaker);

CREATE TABLE speaker_stale (speaker TEXT PRIMARY KEY) WITHOUT ROWID;

CREATE TRIGGER speaker_stale_insert AFTER INSERT ON statements WHEN NEW.speaker IS NOT NULL
BEGIN
  INSERT OR IGNORE INTO speaker_stale (speaker) VALUES (NEW.speaker);
END;
CREATE TRIGGER speaker_stale_delete AFTER DELETE ON statements WHEN OLD.speaker IS NOT NULL
BEGIN
  INSERT OR IGNORE INTO speaker_stale (speaker) VALUES (OLD.speaker);
END;
CREATE TRIGGER speaker_stale_update AFTER UPDATE OF speaker, speaker_role, doc ON statements
BEGIN
  INSERT OR IGNORE INTO speaker_stale (speaker) SELECT NEW.speaker WHERE NEW.speaker IS NOT NULL;
  INSERT OR IGNORE INTO speaker_stale (speaker) SELECT OLD.speaker WHERE OLD.speaker IS NOT NULL;
END;
CREATE TRIGGER speaker_stale_document AFTER UPDATE OF published, outlet ON documents
BEGIN
  INSERT OR IGNORE INTO speaker_stale (speaker)
    SELECT DISTINCT speaker FROM statements WHERE doc = NEW.seq AND speaker IS NOT NULL;
END;

INSERT INTO speaker_stats (speaker, statements, documents, outlets, first, last, role)
SELECT c.speaker, count(*), count(DISTINCT c.doc), count(DISTINCT d.outlet), min(d.published), max(d.published),
       (SELECT r.speaker_role FROM statements r WHERE r.speaker = c.speaker AND r.speaker_role IS NOT NULL
         GROUP BY r.speaker_role ORDER BY count(*) DESC, r.speaker_role LIMIT 1)
FROM statements c JOIN documents d ON d.seq = c.doc
WHERE c.speaker IS NOT NULL
GROUP BY c.speaker;
`;
