/**
 * Claim rows point to their document by its integer key (`documents.seq`) instead of repeating
 * the 64-character sha256 in every row and index: `document_id TEXT` becomes `doc INTEGER` in
 * figures, statements, entities and document_origins. Figures keep their evidence words
 * (`evidence`), so listing figures never reads a document's text. Mentions lose their rowid and
 * separate index: the primary key (entity, start, end) serves the look-up by entity.
 *
 * Existing rows are copied with their ids unchanged (the full-text index of statements and the
 * mentions of entities refer to them). Tables are rebuilt the way SQLite documents it (create the
 * new table, copy, drop the old one, rename), which needs foreign keys off: `migrate()` turns them
 * off around migrations and checks them before each commit.
 *
 * Frozen: a later change is a new migration; migrations import no application types.
 */
export const name = '2026-11-21-002-integer-document-keys';

export const sql = `
CREATE TABLE document_origins_v2 (
  doc    INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  origin TEXT NOT NULL,
  PRIMARY KEY (doc, origin)
) WITHOUT ROWID;
INSERT INTO document_origins_v2 (doc, origin)
  SELECT d.seq, o.origin FROM document_origins o JOIN documents d ON d.id = o.document_id;
DROP TABLE document_origins;
ALTER TABLE document_origins_v2 RENAME TO document_origins;

CREATE TABLE figures_v2 (
  id              INTEGER PRIMARY KEY,
  doc             INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  metric          TEXT NOT NULL,
  value           REAL NOT NULL,
  high            REAL,
  unit            TEXT NOT NULL,
  qualifier       TEXT NOT NULL,
  vague           INTEGER NOT NULL,
  who             TEXT,
  as_of           TEXT,
  as_of_basis     TEXT,
  since           TEXT,
  source          TEXT,
  cue             TEXT,
  evidence        TEXT NOT NULL,              -- the words of span_start..span_end
  span_start      INTEGER NOT NULL,
  span_end        INTEGER NOT NULL,
  sentence_start  INTEGER NOT NULL,
  sentence_end    INTEGER NOT NULL,
  source_start    INTEGER,
  source_end      INTEGER,
  by              TEXT NOT NULL
);
INSERT INTO figures_v2 (id, doc, metric, value, high, unit, qualifier, vague, who, as_of, as_of_basis, since, source, cue, evidence,
                        span_start, span_end, sentence_start, sentence_end, source_start, source_end, by)
  SELECT f.id, d.seq, f.metric, f.value, f.high, f.unit, f.qualifier, f.vague, f.who, f.as_of, f.as_of_basis, f.since, f.source, f.cue,
         substr(d.text, f.span_start + 1, f.span_end - f.span_start),
         f.span_start, f.span_end, f.sentence_start, f.sentence_end, f.source_start, f.source_end, f.by
  FROM figures f JOIN documents d ON d.id = f.document_id;
DROP TABLE figures;
ALTER TABLE figures_v2 RENAME TO figures;
CREATE INDEX figures_metric_as_of ON figures(metric, as_of);
CREATE INDEX figures_document ON figures(doc);
CREATE INDEX figures_source ON figures(source);

CREATE TABLE statements_v2 (
  id            INTEGER PRIMARY KEY,
  doc           INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  kind          TEXT NOT NULL,
  speaker       TEXT,
  speaker_role  TEXT,
  cue           TEXT,
  text          TEXT NOT NULL,
  span_start    INTEGER NOT NULL,
  span_end      INTEGER NOT NULL,
  speaker_start INTEGER,
  speaker_end   INTEGER,
  by            TEXT NOT NULL
);
INSERT INTO statements_v2 (id, doc, kind, speaker, speaker_role, cue, text, span_start, span_end, speaker_start, speaker_end, by)
  SELECT s.id, d.seq, s.kind, s.speaker, s.speaker_role, s.cue, s.text, s.span_start, s.span_end, s.speaker_start, s.speaker_end, s.by
  FROM statements s JOIN documents d ON d.id = s.document_id;
DROP TABLE statements;
ALTER TABLE statements_v2 RENAME TO statements;
CREATE INDEX statements_document ON statements(doc);
CREATE INDEX statements_speaker ON statements(speaker);

CREATE TABLE entities_v2 (
  id   INTEGER PRIMARY KEY,
  doc  INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  by   TEXT NOT NULL
);
INSERT INTO entities_v2 (id, doc, name, type, by)
  SELECT e.id, d.seq, e.name, e.type, e.by FROM entities e JOIN documents d ON d.id = e.document_id;

CREATE TABLE mentions_v2 (
  entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  PRIMARY KEY (entity_id, span_start, span_end)
) WITHOUT ROWID;
INSERT OR IGNORE INTO mentions_v2 (entity_id, span_start, span_end) SELECT entity_id, span_start, span_end FROM mentions;

DROP TABLE mentions;
DROP TABLE entities;
ALTER TABLE entities_v2 RENAME TO entities;
ALTER TABLE mentions_v2 RENAME TO mentions;
CREATE INDEX entities_document ON entities(doc);
CREATE INDEX entities_name ON entities(name);
`;
