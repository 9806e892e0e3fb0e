/**
 * The first schema. Frozen: a later change to the ledger is a new migration, never an edit here,
 * and migrations import no application types.
 */
export const name = '2026-11-21-001-initial';

export const sql = `
CREATE TABLE documents (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,          -- sha256 of text, hex
  origin       TEXT NOT NULL,                 -- path or URL as given
  url          TEXT,                          -- canonical URL when known: versions are per URL
  title        TEXT,
  outlet       TEXT,
  published    TEXT,                          -- YYYY-MM-DD
  dateline     TEXT,
  language     TEXT,
  text         TEXT NOT NULL,
  html_map     TEXT,                          -- JSON OffsetSegment[] when read from HTML
  ingested_at  TEXT NOT NULL,
  previous_id  TEXT REFERENCES documents(id), -- the earlier version of the same URL
  version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX documents_url ON documents(url);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_published ON documents(published);

-- Other origins the same text was seen at: identical text is stored once.
CREATE TABLE document_origins (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  origin      TEXT NOT NULL,
  PRIMARY KEY (document_id, origin)
) WITHOUT ROWID;

CREATE TABLE figures (
  id              INTEGER PRIMARY KEY,
  document_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
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
  span_start      INTEGER NOT NULL,
  span_end        INTEGER NOT NULL,
  sentence_start  INTEGER NOT NULL,
  sentence_end    INTEGER NOT NULL,
  source_start    INTEGER,
  source_end      INTEGER,
  by              TEXT NOT NULL
);
CREATE INDEX figures_metric_as_of ON figures(metric, as_of);
CREATE INDEX figures_document ON figures(document_id);
CREATE INDEX figures_source ON figures(source);

CREATE TABLE statements (
  id            INTEGER PRIMARY KEY,
  document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
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
CREATE INDEX statements_document ON statements(document_id);
CREATE INDEX statements_speaker ON statements(speaker);

CREATE TABLE entities (
  id          INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  type        TEXT NOT NULL,
  by          TEXT NOT NULL
);
CREATE INDEX entities_document ON entities(document_id);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE mentions (
  entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);

-- Full-text search, kept in step with the tables by the insert code (external content).
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq');
CREATE VIRTUAL TABLE statements_fts USING fts5(text, speaker, content='statements', content_rowid='id');
`;
