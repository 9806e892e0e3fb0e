import type { SeriesKind } from '../model.js';
import type { Ledger } from '../store/ledger.js';
import { CUMULATIVE_CUES, INCIDENT_WORDS, RISING_TOLL_CUES } from './data/series-cues.js';

/**
 * What a series groups a figure by that needs its text: its kind (cumulative, incident, unmarked)
 * with the words that decided it, and its scope (the place named nearest the number in its
 * sentence, else the dateline, else the place the document names most). Stored in `figure_keys`
 * when the figure's document is indexed, so series are built without reading texts again.
 */
export interface FigureKey {
  kind: SeriesKind;
  kindCue: string | null;
  scope: string | null;
  scopeFrom: 'sentence' | 'dateline' | 'document' | null;
}

const phrase = (words: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const CUMULATIVE = phrase(CUMULATIVE_CUES);
const INCIDENT = phrase(INCIDENT_WORDS);
const RISING = phrase(RISING_TOLL_CUES);

/** The kind of a figure from its sentence ("killed in Tuesday's strike" → incident). */
export function figureKind(sentence: string, since: string | null): { kind: SeriesKind; cue: string | null } {
  const c = CUMULATIVE.exec(sentence);
  if (c) return { kind: 'cumulative', cue: c[0].toLowerCase() };
  if (since) return { kind: 'cumulative', cue: 'since' };
  const i = INCIDENT.exec(sentence);
  if (i) return { kind: 'incident', cue: i[0].toLowerCase() };
  const r = RISING.exec(sentence);
  if (r) return { kind: 'cumulative', cue: r[0].toLowerCase() };
  return { kind: 'unmarked', cue: null };
}

/** Place mentions of a document: name and span. */
export interface PlaceMention {
  name: string;
  start: number;
  end: number;
}

// "killed in Gaza", "across the province of Halvessa": a place where the count happened. "Israel
// has killed", "Gaza's health ministry" name a party or a claimant, not the scope.
const LOCATIVE = /(?:^|[^\p{L}])(?:in|at|near|inside|across|around|outside|throughout|within|into|on)\s+(?:the\s+)?$/iu;

/**
 * The scope of a figure: the place its sentence locates it in ("in Halvessa"), nearest the number,
 * else the dateline, else the document's most named place.
 */
export function figureScope(
  figure: { span: { start: number; end: number }; sentence: { start: number; end: number } },
  places: readonly PlaceMention[],
  dateline: string | null,
  text: string,
): { scope: string | null; from: FigureKey['scopeFrom'] } {
  let best: PlaceMention | null = null;
  let bestDistance = Infinity;
  for (const p of places) {
    if (p.start < figure.sentence.start || p.end > figure.sentence.end) continue;
    if (!LOCATIVE.test(text.slice(Math.max(figure.sentence.start, p.start - 16), p.start))) continue;
    const d = p.end <= figure.span.start ? figure.span.start - p.end : Math.max(0, p.start - figure.span.end);
    if (d < bestDistance || (d === bestDistance && best && p.start < best.start)) {
      best = p;
      bestDistance = d;
    }
  }
  if (best) return { scope: best.name, from: 'sentence' };
  if (dateline) return { scope: dateline, from: 'dateline' };
  return mostNamed(places);
}

/**
 * The place a document names most; between places named as often, the one named first (never the
 * first in alphabetical order, which would favour one party's name over the other's).
 */
export function mostNamed(places: readonly PlaceMention[]): { scope: string | null; from: FigureKey['scopeFrom'] } {
  const counts = new Map<string, { n: number; first: number }>();
  for (const p of places) {
    const c = counts.get(p.name);
    if (c) {
      c.n++;
      c.first = Math.min(c.first, p.start);
    } else counts.set(p.name, { n: 1, first: p.start });
  }
  const most = [...counts].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)[0];
  return most ? { scope: most[0], from: 'document' } : { scope: null, from: null };
}

/** Computes and stores the keys of every figure of the given documents. Call inside a transaction. */
export function indexFigures(ledger: Ledger, docs: readonly number[]): number {
  const db = ledger.db;
  const doc = db.prepare('SELECT text, dateline FROM documents WHERE seq = ?');
  const figures = db.prepare(
    'SELECT id, since, span_start, span_end, sentence_start, sentence_end FROM figures WHERE doc = ? ORDER BY id',
  );
  const places = db.prepare(
    `SELECT e.name, m.span_start AS start, m.span_end AS end FROM entities e JOIN mentions m ON m.entity_id = e.id
     WHERE e.doc = ? AND e.type = 'place' ORDER BY m.span_start`,
  );
  const insert = db.prepare(
    'INSERT OR REPLACE INTO figure_keys (figure, kind, kind_cue, scope, scope_from) VALUES (?, ?, ?, ?, ?)',
  );
  let n = 0;
  for (const seq of docs) {
    const rows = figures.all(seq) as Array<{
      id: number;
      since: string | null;
      span_start: number;
      span_end: number;
      sentence_start: number;
      sentence_end: number;
    }>;
    if (rows.length === 0) continue;
    const d = doc.get(seq) as { text: string; dateline: string | null };
    const mentions = places.all(seq) as PlaceMention[];
    for (const f of rows) {
      const sentence = d.text.slice(f.sentence_start, f.sentence_end);
      const k = figureKind(sentence, f.since);
      const s = figureScope(
        { span: { start: f.span_start, end: f.span_end }, sentence: { start: f.sentence_start, end: f.sentence_end } },
        mentions,
        d.dateline,
        d.text,
      );
      insert.run(f.id, k.kind, k.cue, s.scope, s.from);
      n++;
    }
  }
  return n;
}
