/**
 * Tables the cross-checking commands keep up to date as documents arrive, so that ingesting new
 * documents updates reprint stories and series keys without recomputing everything:
 *
 * - `reprint_docs`: each document's MinHash signatures (128 unsigned 32-bit values, little-endian:
 *   64 of its word 3-shingles, then 64 of its content words) and the story it belongs to (`story`:
 *   the `seq` of the story's first indexed document, an internal key that changes when two stories
 *   merge).
 * - `reprint_keys`: the candidate index, one row per (key, story): LSH band keys of the signature and
 *   keys of names and numbers that stand next to each other in a sentence. A new document looks its
 *   keys up and is compared with the stories found.
 * - `reprint_links`: why two documents were put in one story (the verified pair and its evidence).
 * - `figure_keys`: per figure, what a series groups by and reading it needs the text: its kind
 *   (cumulative, incident, unmarked) with the words that decided it, and its scope (place).
 * - `cross_check_state`: how far the tables have been brought (`documents`: the highest document
 *   `seq` indexed).
 * - `figures.via`: the relays of a figure (JSON), when extraction records them.
 *
 * Frozen: a later change is a new migration; migrations import no application types.
 */
export const name = '2026-12-06-030-cross-check';

export const sql = `
CREATE TABLE reprint_docs (
  doc       INTEGER PRIMARY KEY REFERENCES documents(seq) ON DELETE CASCADE,
  story     INTEGER NOT NULL,
  signature BLOB NOT NULL
);
CREATE INDEX reprint_docs_story ON reprint_docs(story);

CREATE TABLE reprint_keys (
  key   INTEGER NOT NULL,
  story INTEGER NOT NULL,
  PRIMARY KEY (key, story)
) WITHOUT ROWID;
CREATE INDEX reprint_keys_story ON reprint_keys(story);

CREATE TABLE reprint_links (
  a             INTEGER NOT NULL,
  b             INTEGER NOT NULL,
  how           TEXT NOT NULL,
  aligned       INTEGER NOT NULL,
  near_verbatim INTEGER NOT NULL,
  coverage      REAL NOT NULL,
  PRIMARY KEY (a, b)
) WITHOUT ROWID;

CREATE TABLE figure_keys (
  figure     INTEGER PRIMARY KEY REFERENCES figures(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,
  kind_cue   TEXT,
  scope      TEXT,
  scope_from TEXT
);

CREATE TABLE cross_check_state (name TEXT PRIMARY KEY, value INTEGER NOT NULL);

ALTER TABLE figures ADD COLUMN via TEXT;
`;
