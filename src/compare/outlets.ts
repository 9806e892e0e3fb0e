import type { OutletProfile } from '../model.js';
import type { Ledger } from '../store/ledger.js';
import { noAliases, type Aliases } from './aliases.js';
import { nameKey } from './names.js';

/** Options of {@link outlets}. */
export interface OutletOptions {
  aliases?: Aliases;
  /** Only outlets whose (canonical) name contains this. */
  outlet?: string;
  /** Claimants listed per outlet (default 10; 0 for all). */
  claimants?: number;
}

const UNKNOWN = '(outlet not known)';

/**
 * Each outlet at a glance: its documents and their date range; its figures, how many in its own
 * voice and how many attributed; the claimants it cites (figures and statements), most cited first;
 * and how many of its documents belong to a story another outlet printed too (its reprints).
 * Outlets are merged by the alias file; listed by number of documents.
 */
export function outlets(ledger: Ledger, options: OutletOptions = {}): OutletProfile[] {
  const aliases = options.aliases ?? noAliases();
  const db = ledger.db;
  const profiles = new Map<string, OutletProfile>();
  const profile = (outlet: string | null): OutletProfile => {
    const name = outlet === null ? UNKNOWN : aliases.outlets.canonical(outlet);
    const key = nameKey(name);
    let p = profiles.get(key);
    if (!p)
      profiles.set(
        key,
        (p = {
          outlet: name,
          documents: 0,
          from: null,
          to: null,
          figures: 0,
          ownVoice: 0,
          attributed: 0,
          ownVoiceShare: null,
          claimants: [],
          reprints: 0,
          reprintShare: null,
        }),
      );
    return p;
  };
  const docs = db
    .prepare('SELECT outlet, count(*) AS n, min(published) AS lo, max(published) AS hi FROM documents GROUP BY outlet')
    .all() as Array<{ outlet: string | null; n: number; lo: string | null; hi: string | null }>;
  for (const d of docs) {
    const p = profile(d.outlet);
    p.documents += d.n;
    if (d.lo && (p.from === null || d.lo < p.from)) p.from = d.lo;
    if (d.hi && (p.to === null || d.hi > p.to)) p.to = d.hi;
  }
  const cited = new Map<string, Map<string, { name: string; figures: number; statements: number }>>();
  const cite = (p: OutletProfile, claimant: string, field: 'figures' | 'statements', n: number) => {
    let m = cited.get(nameKey(p.outlet));
    if (!m) cited.set(nameKey(p.outlet), (m = new Map()));
    const name = aliases.claimants.canonical(claimant);
    let c = m.get(nameKey(name));
    if (!c) m.set(nameKey(name), (c = { name, figures: 0, statements: 0 }));
    c[field] += n;
  };
  const figures = db
    .prepare(
      'SELECT d.outlet, c.source, count(*) AS n FROM figures c JOIN documents d ON d.seq = c.doc GROUP BY d.outlet, c.source',
    )
    .all() as Array<{ outlet: string | null; source: string | null; n: number }>;
  for (const f of figures) {
    const p = profile(f.outlet);
    p.figures += f.n;
    if (f.source === null) p.ownVoice += f.n;
    else {
      p.attributed += f.n;
      cite(p, f.source, 'figures', f.n);
    }
  }
  const statements = db
    .prepare(
      `SELECT d.outlet, s.speaker, count(*) AS n FROM statements s JOIN documents d ON d.seq = s.doc
       WHERE s.speaker IS NOT NULL GROUP BY d.outlet, s.speaker`,
    )
    .all() as Array<{ outlet: string | null; speaker: string; n: number }>;
  for (const s of statements) cite(profile(s.outlet), s.speaker, 'statements', s.n);
  // Each story's outlets and their documents in it, counted in SQL: a story printed by two outlets
  // or more (alias file applied) counts as a reprint for each of its documents.
  const storyOutlets = db
    .prepare(
      `SELECT r.story, d.outlet, count(*) AS n FROM reprint_docs r JOIN documents d ON d.seq = r.doc
       GROUP BY r.story, d.outlet`,
    )
    .iterate() as IterableIterator<{ story: number; outlet: string | null; n: number }>;
  const byStory = new Map<number, Array<{ outlet: string | null; n: number }>>();
  for (const { story, outlet, n } of storyOutlets) {
    let l = byStory.get(story);
    if (!l) byStory.set(story, (l = []));
    l.push({ outlet, n });
  }
  for (const list of byStory.values()) {
    const keys = list.map((d) => nameKey(d.outlet === null ? UNKNOWN : aliases.outlets.canonical(d.outlet)));
    if (new Set(keys).size < 2) continue;
    for (const d of list) profile(d.outlet).reprints += d.n;
  }
  const limit = options.claimants ?? 10;
  const out: OutletProfile[] = [];
  for (const p of profiles.values()) {
    if (options.outlet && !p.outlet.toLowerCase().includes(options.outlet.toLowerCase())) continue;
    p.ownVoiceShare = p.figures ? p.ownVoice / p.figures : null;
    p.reprintShare = p.documents ? p.reprints / p.documents : null;
    const list = [...(cited.get(nameKey(p.outlet))?.values() ?? [])].sort(
      (a, b) => b.figures + b.statements - (a.figures + a.statements) || (a.name < b.name ? -1 : 1),
    );
    p.claimants = limit > 0 ? list.slice(0, limit) : list;
    out.push(p);
  }
  return out.sort((a, b) => b.documents - a.documents || (a.outlet < b.outlet ? -1 : 1));
}
