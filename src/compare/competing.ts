import type { CompetingAccounts, StatementPoint } from '../model.js';
import type { Ledger } from '../store/ledger.js';
import { noAliases, type Aliases } from './aliases.js';
import { daysBetween } from './figure-points.js';
import { nameKey } from './names.js';
import { storyIds } from './reprints.js';

/** Options of {@link competingAccounts}. */
export interface CompetingOptions {
  aliases?: Aliases;
  /** Statements at most this many days apart belong to one window (default 1). */
  days?: number;
  /** Only this place (substring, case-insensitive). */
  place?: string;
  /** Only windows with a statement by this speaker (substring). */
  speaker?: string;
  from?: string;
  to?: string;
  /** Least number of distinct speakers (default 2). */
  minSpeakers?: number;
}

interface Row {
  statement: number;
  id: string;
  origin: string;
  outlet: string | null;
  published: string | null;
  kind: 'direct' | 'indirect';
  speaker: string | null;
  text: string;
  span_start: number;
  span_end: number;
  place: string;
  /** `reprint_docs.story`: null for a document not yet indexed. */
  story: number | null;
}

/**
 * Statements by different speakers about the same place in the same days, side by side: two
 * sides' accounts of one ground advance, one strike, one siege. A statement is about the places
 * named in its words, else its document's place (dateline, else the place it names most); its
 * date is its document's publication date; the same words by the same speaker in copies of one
 * story are listed once. Windows are runs of statements about one place with no gap longer than `days`; those with
 * at least `minSpeakers` speakers (alias file applied) are listed, the most speakers first.
 */
export function competingAccounts(ledger: Ledger, options: CompetingOptions = {}): CompetingAccounts[] {
  const aliases = options.aliases ?? noAliases();
  const gap = options.days ?? 1;
  // A statement is about the places named in its own words ("there is no ground advance in Gaza
  // City"); one that names none ("its troops had advanced into the heart of the city") is about
  // its document's place: the dateline, else the place the document names most.
  const statements = ledger.db
    .prepare(
      `SELECT s.id AS statement, s.doc, d.id, d.origin, d.outlet, d.published, d.dateline, s.kind, s.speaker, s.text, s.span_start, s.span_end, r.story
       FROM statements s JOIN documents d ON d.seq = s.doc LEFT JOIN reprint_docs r ON r.doc = s.doc
       WHERE s.speaker IS NOT NULL AND d.published IS NOT NULL
         ${options.from ? 'AND d.published >= @from' : ''} ${options.to ? 'AND d.published <= @to' : ''}`,
    )
    .iterate({ from: options.from, to: options.to }) as IterableIterator<
    Omit<Row, 'place'> & { doc: number; dateline: string | null }
  >;
  // The places a document names, read once per document (statements come document by document):
  // in the order of the entities, each with its mentions.
  const placeMentions = ledger.db.prepare(
    `SELECT e.name, m.span_start AS start, m.span_end AS end FROM entities e JOIN mentions m ON m.entity_id = e.id
     WHERE e.doc = ? AND e.type = 'place' ORDER BY e.id, m.span_start, m.span_end`,
  );
  const mostNamed = ledger.db.prepare(
    `SELECT e.name FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE e.doc = ? AND e.type = 'place'
     GROUP BY e.name ORDER BY count(*) DESC, min(m.span_start) LIMIT 1`,
  );
  const stories = storyIds(ledger);
  const documentPlace = new Map<number, string | null>();
  let placesDoc = -1;
  let places: Array<{ name: string; start: number; end: number }> = [];
  const byPlace = new Map<string, { place: string; points: Array<StatementPoint & { date: string }> }>();
  const seen = new Set<string>();
  // A statement about a place, listed once per place, story, speaker and words.
  const add = (r: Row): void => {
    const place = aliases.places.canonical(r.place);
    const story = (r.story !== null && stories.get(r.story)) || r.id;
    const once = [nameKey(place), story, nameKey(aliases.claimants.canonical(r.speaker!)), r.text].join('\u0000');
    if (seen.has(once)) return;
    seen.add(once);
    if (options.place && !place.toLowerCase().includes(options.place.toLowerCase())) return;
    const key = nameKey(place);
    let g = byPlace.get(key);
    if (!g) byPlace.set(key, (g = { place, points: [] }));
    g.points.push({
      statement: r.statement,
      document: { id: r.id, origin: r.origin, outlet: r.outlet, published: r.published },
      story,
      kind: r.kind,
      speaker: r.speaker,
      speakerKey: aliases.claimants.canonical(r.speaker!),
      text: r.text,
      span: { start: r.span_start, end: r.span_end },
      date: r.published!,
    });
  };
  for (const st of statements) {
    if (st.doc !== placesDoc) {
      placesDoc = st.doc;
      places = placeMentions.all(st.doc) as typeof places;
    }
    const named = new Set<string>();
    for (const p of places) if (p.start >= st.span_start && p.end <= st.span_end) named.add(p.name);
    let about = [...named];
    if (about.length === 0) {
      if (!documentPlace.has(st.doc))
        documentPlace.set(st.doc, st.dateline ?? (mostNamed.get(st.doc) as { name: string } | undefined)?.name ?? null);
      const p = documentPlace.get(st.doc);
      about = p ? [p] : [];
    }
    for (const place of about) add({ ...st, place });
  }
  const out: CompetingAccounts[] = [];
  for (const { place, points } of byPlace.values()) {
    points.sort(
      (a, b) =>
        (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
        (a.document.id < b.document.id ? -1 : 1) ||
        a.span.start - b.span.start,
    );
    let start = 0;
    for (let i = 1; i <= points.length; i++) {
      if (i < points.length && daysBetween(points[i - 1]!.date, points[i]!.date) <= gap) continue;
      const window = points.slice(start, i);
      start = i;
      const speakers: string[] = [];
      for (const p of window)
        if (!speakers.some((s) => nameKey(s) === nameKey(p.speakerKey!))) speakers.push(p.speakerKey!);
      if (speakers.length < (options.minSpeakers ?? 2)) continue;
      if (options.speaker && !window.some((p) => p.speakerKey!.toLowerCase().includes(options.speaker!.toLowerCase())))
        continue;
      out.push({
        place,
        from: window[0]!.date,
        to: window[window.length - 1]!.date,
        speakers,
        statements: window.map(({ date: _date, ...p }) => p),
      });
    }
  }
  return out.sort(
    (a, b) =>
      b.speakers.length - a.speakers.length ||
      (a.from < b.from ? -1 : a.from > b.from ? 1 : 0) ||
      (a.place < b.place ? -1 : 1),
  );
}
