import type { DocumentRef, ReprintLink, Story } from '../model.js';
import type { Ledger } from '../store/ledger.js';

/** Options of {@link reprints}. */
export interface ReprintOptions {
  /** Only stories of at least this many documents (default 1: every document, each exactly once). */
  minSize?: number;
  /** Only stories with a document whose outlet contains this text (case-insensitive). */
  outlet?: string;
}

interface Row extends DocumentRef {
  story: number | null;
}

/** Documents before others: the earliest published first (undated last), then by id. */
export const byDate = (a: DocumentRef, b: DocumentRef): number =>
  a.published === b.published
    ? a.id < b.id
      ? -1
      : a.id > b.id
        ? 1
        : 0
    : a.published === null
      ? 1
      : b.published === null
        ? -1
        : a.published < b.published
          ? -1
          : 1;

/**
 * Every document of the ledger grouped into stories: copies of one original text (syndicated wire
 * copy, reprints with new headlines, trimmed, re-led or reworded versions, corrected versions) are
 * one story; a document copied nowhere is a story of one. A story's id is the id of its earliest
 * document. Stories are listed by their earliest document. Needs the cross-check index up to date
 * (see `updateCrossCheck`); a document not yet indexed is a story of its own.
 */
export function reprints(ledger: Ledger, options: ReprintOptions = {}): Story[] {
  const rows = ledger.db
    .prepare(
      `SELECT d.id, d.origin, d.outlet, d.published, r.story FROM documents d LEFT JOIN reprint_docs r ON r.doc = d.seq`,
    )
    .all() as Row[];
  const groups = new Map<string, DocumentRef[]>();
  for (const r of rows) {
    const key = r.story === null ? `doc:${r.id}` : `story:${r.story}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push({ id: r.id, origin: r.origin, outlet: r.outlet, published: r.published });
  }
  const needle = options.outlet?.toLowerCase();
  const stories: Story[] = [];
  for (const docs of groups.values()) {
    if (docs.length < (options.minSize ?? 1)) continue;
    if (needle && !docs.some((d) => d.outlet?.toLowerCase().includes(needle))) continue;
    docs.sort(byDate);
    stories.push({ story: docs[0]!.id, documents: docs });
  }
  return stories.sort((a, b) => byDate(a.documents[0]!, b.documents[0]!));
}

/**
 * The stories of more than one document, each earliest first (byDate), with each document's
 * `seq`: what the comparisons that only care about copies read, without the rest of the ledger.
 */
export function reprintedStories(ledger: Ledger): Array<Array<DocumentRef & { seq: number }>> {
  const rows = ledger.db
    .prepare(
      `SELECT r.story, d.seq, d.id, d.origin, d.outlet, d.published FROM reprint_docs r JOIN documents d ON d.seq = r.doc
       WHERE r.story IN (SELECT story FROM reprint_docs GROUP BY story HAVING count(*) > 1)`,
    )
    .iterate() as IterableIterator<DocumentRef & { seq: number; story: number }>;
  const groups = new Map<number, Array<DocumentRef & { seq: number }>>();
  for (const { story, ...d } of rows) {
    let g = groups.get(story);
    if (!g) groups.set(story, (g = []));
    g.push(d);
  }
  const out = [...groups.values()];
  for (const g of out) g.sort(byDate);
  return out;
}

/**
 * The story id of every reprinted document (document id → story id): claims of one story are one
 * report. A document not listed is a story of its own (its story id is its id).
 */
export function storyIndex(ledger: Ledger): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of reprintedStories(ledger)) for (const d of s) out.set(d.id, s[0]!.id);
  return out;
}

/**
 * The id of each indexed story (its `reprint_docs.story` key → the id of its earliest document,
 * as {@link byDate} orders them), worked out in SQL: the comparisons that tag claims with their
 * story join `reprint_docs` and look the story up here, without a map of every document.
 */
export function storyIds(ledger: Ledger): Map<number, string> {
  const rows = ledger.db
    .prepare(
      `SELECT story, id FROM (
         SELECT r.story, d.id, row_number() OVER (PARTITION BY r.story ORDER BY d.published IS NULL, d.published, d.id) AS rank
         FROM reprint_docs r JOIN documents d ON d.seq = r.doc)
       WHERE rank = 1`,
    )
    .raw()
    .all() as Array<[number, string]>;
  return new Map(rows);
}

/** The verified pairs that tie the documents of stories together, with their evidence. */
export function reprintLinks(ledger: Ledger): ReprintLink[] {
  return (
    ledger.db
      .prepare(
        `SELECT a.id AS a, b.id AS b, l.how, l.aligned, l.near_verbatim AS nearVerbatim, l.coverage
         FROM reprint_links l JOIN documents a ON a.seq = l.a JOIN documents b ON b.seq = l.b`,
      )
      .all() as ReprintLink[]
  ).map((l) => (l.a < l.b ? l : { ...l, a: l.b, b: l.a }));
}
