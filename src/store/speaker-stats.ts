import type Database from 'better-sqlite3';
import type { SpeakerRow } from './store.js';

/**
 * The speakers listing from the kept table `speaker_stats` (migration 050), for the filters it can
 * answer: none, or a part of the speaker's name. The rows of speakers marked stale (a statement of
 * theirs stored or removed since the writer's last {@link refreshSpeakerStats}) are computed here,
 * so the answer is what grouping the statements would give now. `like` is a LIKE pattern; `n` and
 * `offset` the page.
 */
export function keptSpeakers(db: Database.Database, like: string | null, n: number, offset: number): SpeakerRow[] {
  const match = like === null ? '' : `AND speaker LIKE @like ESCAPE '\\'`;
  const params = { ...(like === null ? {} : { like }), n, offset };
  const stale = db.prepare('SELECT EXISTS (SELECT 1 FROM speaker_stale)').pluck().get() as number;
  if (!stale)
    return db
      .prepare(
        `SELECT speaker, statements, documents, outlets, first, last, role FROM speaker_stats
         WHERE 1 ${match} ORDER BY statements DESC, speaker LIMIT @n OFFSET @offset`,
      )
      .all(params) as SpeakerRow[];
  return db
    .prepare(
      `SELECT speaker, statements, documents, outlets, first, last, role FROM (
         SELECT * FROM speaker_stats WHERE speaker NOT IN (SELECT speaker FROM speaker_stale) ${match}
         UNION ALL
         ${AGGREGATE} AND c.speaker IN (SELECT speaker FROM speaker_stale) ${match.replace('speaker', 'c.speaker')}
         GROUP BY c.speaker)
       ORDER BY statements DESC, speaker LIMIT @n OFFSET @offset`,
    )
    .all(params) as SpeakerRow[];
}

/**
 * Recomputes the kept rows of the speakers marked stale, and unmarks them: after an ingest, it
 * costs in proportion to the statements of the speakers the new documents quote. Call on a writing
 * connection, inside a transaction or not. Alone it takes the write lock first (IMMEDIATE): begun
 * as a read, it could not become a write once another ingest had committed, and SQLite refuses that
 * at once, without the busy timeout ("database is locked" with four ingests into one new ledger
 * on a loaded machine).
 */
export function refreshSpeakerStats(db: Database.Database): number {
  return db
    .transaction(() => {
      const n = db.prepare('SELECT count(*) FROM speaker_stale').pluck().get() as number;
      if (n === 0) return 0;
      db.prepare('DELETE FROM speaker_stats WHERE speaker IN (SELECT speaker FROM speaker_stale)').run();
      db.prepare(
        `INSERT INTO speaker_stats (speaker, statements, documents, outlets, first, last, role)
       SELECT speaker, statements, documents, outlets, first, last, role FROM (
         ${AGGREGATE} AND c.speaker IN (SELECT speaker FROM speaker_stale) GROUP BY c.speaker)`,
      ).run();
      db.prepare('DELETE FROM speaker_stale').run();
      return n;
    })
    .immediate();
}

/** One row per speaker from the statements themselves (every version of a document counts); add `GROUP BY c.speaker`. */
export const AGGREGATE = `SELECT c.speaker AS speaker, count(*) AS statements, count(DISTINCT c.doc) AS documents,
         count(DISTINCT d.outlet) AS outlets, min(d.published) AS first, max(d.published) AS last,
         (SELECT r.speaker_role FROM statements r WHERE r.speaker = c.speaker AND r.speaker_role IS NOT NULL
           GROUP BY r.speaker_role ORDER BY count(*) DESC, r.speaker_role LIMIT 1) AS role
       FROM statements c JOIN documents d ON d.seq = c.doc
       WHERE c.speaker IS NOT NULL`;
