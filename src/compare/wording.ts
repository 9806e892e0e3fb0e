import type { ActorTerms, DistinctiveTerm, Span } from '../model.js';
import type { Ledger } from '../store/ledger.js';
import { noAliases, type Aliases } from './aliases.js';
import { displayName, nameKey } from './names.js';

/** Options of {@link wording}. */
export interface WordingOptions {
  aliases?: Aliases;
  /** Only this actor (substring of its canonical name). */
  actor?: string;
  outlet?: string;
  /** Entities of these types are actors too, named as written (default organisations). */
  entityTypes?: ReadonlyArray<'person' | 'organization' | 'place'>;
  /** Terms listed per outlet in `distinctive` (default 10). */
  top?: number;
  /** Weight of the prior (the whole ledger's counts) in the log-odds (default 1). */
  prior?: number;
}

/** What {@link wording} returns. */
export interface Wording {
  /** One row per actor, outlet and term, with every mention. */
  terms: ActorTerms[];
  /** Per outlet, its most distinctive terms against all other outlets, highest z first. */
  distinctive: DistinctiveTerm[];
}

interface Mention {
  actor: string;
  outlet: string;
  termKey: string;
  written: string;
  document: string;
  span: Span;
}

/**
 * The words each outlet uses for each actor, mention by mention with spans, and the terms most
 * distinctive of each outlet. Actors come from the alias file's `actors` table (an actor and the
 * terms for it: "Velmoran Defence Forces": ["VDF", "the occupation forces", …]: every occurrence of
 * a term in a document is a mention) and from the entities extraction found (each organisation a
 * name of its own, unless the table lists it). Distinctiveness is the weighted log-odds ratio with
 * an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words"): the outlet's
 * counts against all the other outlets', the prior being the ledger's counts; z-scores shown.
 * Counts and scores only: no labels.
 */
export function wording(ledger: Ledger, options: WordingOptions = {}): Wording {
  const rows = new Map<string, ActorTerms & { spellings: Map<string, number> }>();
  const counts = new TermCounts();
  eachMention(ledger, options, (m) => {
    counts.add(m);
    if (
      (options.actor && !m.actor.toLowerCase().includes(options.actor.toLowerCase())) ||
      (options.outlet && !m.outlet.toLowerCase().includes(options.outlet.toLowerCase()))
    )
      return;
    const k = `${nameKey(m.actor)}\u0000${nameKey(m.outlet)}\u0000${m.termKey}`;
    let r = rows.get(k);
    if (!r)
      rows.set(
        k,
        (r = { actor: m.actor, outlet: m.outlet, term: m.written, count: 0, mentions: [], spellings: new Map() }),
      );
    r.count++;
    r.mentions.push({ document: m.document, span: m.span, text: m.written });
    r.spellings.set(m.written, (r.spellings.get(m.written) ?? 0) + 1);
  });
  const terms: ActorTerms[] = [...rows.values()]
    .map(({ spellings, ...r }) => ({ ...r, term: displayName(spellings) }))
    .sort((a, b) => cmp(a.actor, b.actor) || cmp(a.outlet, b.outlet) || b.count - a.count || cmp(a.term, b.term));
  for (const t of terms) t.mentions.sort((a, b) => cmp(a.document, b.document) || a.span.start - b.span.start);
  return { terms, distinctive: counts.distinctive(options) };
}

/**
 * Only the distinctive terms of {@link wording} (same options): counts, no mention kept, so the
 * summary can ask on a ledger of millions of mentions.
 */
export function distinctiveTerms(ledger: Ledger, options: WordingOptions = {}): DistinctiveTerm[] {
  const counts = new TermCounts();
  eachMention(ledger, options, (m) => counts.add(m));
  return counts.distinctive(options);
}

/** Every mention of an actor, once per span: a term of the table that is also an entity's mention counts once. */
function eachMention(ledger: Ledger, options: WordingOptions, visit: (m: Mention) => void): void {
  const aliases = options.aliases ?? noAliases();
  // Spans seen, per document: start and end packed in one number (texts are far shorter than 2^26).
  const seen = new Map<string, Set<number>>();
  const once = (m: Mention) => {
    let spans = seen.get(m.document);
    if (!spans) seen.set(m.document, (spans = new Set()));
    const k = m.span.start * 2 ** 26 + m.span.end;
    if (spans.has(k)) return;
    spans.add(k);
    visit(m);
  };
  tableMentions(ledger, aliases, once);
  entityMentions(ledger, aliases, options.entityTypes ?? ['organization'], once);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The counts the distinctive terms are scored from. Monroe et al. (2008), eq. 16–22: for term w,
 * outlet i and the rest j, with prior α_w = prior × (count of w in the ledger) and α0 = Σ α_w:
 * δ_w = log((y_iw + α_w) / (n_i + α0 − y_iw − α_w)) − log((y_jw + α_w) / (n_j + α0 − y_jw − α_w)),
 * σ²(δ_w) ≈ 1/(y_iw + α_w) + 1/(y_jw + α_w), z = δ_w / σ.
 */
class TermCounts {
  private readonly total = new Map<string, number>();
  private readonly byOutlet = new Map<string, { name: string; counts: Map<string, number>; n: number }>();
  private readonly actorOf = new Map<string, string>();
  private readonly written = new Map<string, Map<string, number>>();
  private all = 0;

  add(m: Mention): void {
    this.all++;
    this.total.set(m.termKey, (this.total.get(m.termKey) ?? 0) + 1);
    this.actorOf.set(m.termKey, m.actor);
    let w = this.written.get(m.termKey);
    if (!w) this.written.set(m.termKey, (w = new Map()));
    w.set(m.written, (w.get(m.written) ?? 0) + 1);
    const ok = nameKey(m.outlet);
    let o = this.byOutlet.get(ok);
    if (!o) this.byOutlet.set(ok, (o = { name: m.outlet, counts: new Map(), n: 0 }));
    o.counts.set(m.termKey, (o.counts.get(m.termKey) ?? 0) + 1);
    o.n++;
  }

  /** Per outlet (those matching `options.outlet`), its `top` terms by z. */
  distinctive(options: WordingOptions): DistinctiveTerm[] {
    const scale = options.prior ?? 1;
    const a0 = this.all * scale;
    const out: DistinctiveTerm[] = [];
    for (const o of this.byOutlet.values()) {
      const scored: DistinctiveTerm[] = [];
      for (const [term, yi] of o.counts) {
        const aw = (this.total.get(term) ?? 0) * scale;
        const yj = (this.total.get(term) ?? 0) - yi;
        const nj = this.all - o.n;
        const delta = Math.log((yi + aw) / (o.n + a0 - yi - aw)) - Math.log((yj + aw) / (nj + a0 - yj - aw));
        const z = delta / Math.sqrt(1 / (yi + aw) + 1 / (yj + aw));
        scored.push({
          outlet: o.name,
          term: displayName(this.written.get(term)!),
          actor: this.actorOf.get(term) ?? null,
          count: yi,
          delta,
          z,
        });
      }
      scored.sort((a, b) => b.z - a.z || cmp(a.term, b.term));
      out.push(...scored.slice(0, options.top ?? 10));
    }
    return out
      .sort((a, b) => cmp(a.outlet, b.outlet) || b.z - a.z)
      .filter((d) => !options.outlet || d.outlet.toLowerCase().includes(options.outlet.toLowerCase()));
  }
}

/** Occurrences of the actor table's terms, found with the full-text index and checked in the text. */
function tableMentions(ledger: Ledger, aliases: Aliases, visit: (m: Mention) => void): void {
  const find = ledger.db.prepare(
    `SELECT d.seq, d.id, d.outlet, d.text FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
     WHERE documents_fts MATCH ?`,
  );
  for (const [actor, terms] of aliases.actorTerms) {
    for (const term of new Set(terms)) {
      const words = term.match(/[\p{L}\p{N}]+/gu);
      if (!words) continue;
      const phrase = `"${words.join(' ').replace(/"/g, '""')}"`;
      // "the occupation forces" matches "occupation forces" with or without the article.
      const body = term.replace(/^(?:the|a|an)\s+/i, '');
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(body).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
      for (const d of find.iterate(phrase) as Iterable<{
        seq: number;
        id: string;
        outlet: string | null;
        text: string;
      }>) {
        for (const m of d.text.matchAll(re)) {
          visit({
            actor,
            outlet: outletName(d.outlet, aliases),
            termKey: nameKey(m[0]),
            written: m[0],
            document: d.id,
            span: { start: m.index!, end: m.index! + m[0].length },
          });
        }
      }
    }
  }
}

/** Mentions of entities of the given types: an actor each, the table's when it lists the name. */
function entityMentions(ledger: Ledger, aliases: Aliases, types: readonly string[], visit: (m: Mention) => void): void {
  if (types.length === 0) return;
  const rows = ledger.db
    .prepare(
      `SELECT e.name, d.id, d.outlet, m.span_start, m.span_end, substr(d.text, m.span_start + 1, m.span_end - m.span_start) AS written
       FROM entities e JOIN documents d ON d.seq = e.doc JOIN mentions m ON m.entity_id = e.id
       WHERE e.type IN (${types.map(() => '?').join(', ')})`,
    )
    .iterate(...types) as IterableIterator<{
    name: string;
    id: string;
    outlet: string | null;
    span_start: number;
    span_end: number;
    written: string;
  }>;
  // Names and outlets repeat: each is resolved once.
  const actor = new Map<string, string>();
  const outlet = new Map<string | null, string>();
  for (const r of rows) {
    let a = actor.get(r.name);
    if (a === undefined) actor.set(r.name, (a = aliases.actors.canonical(r.name)));
    let o = outlet.get(r.outlet);
    if (o === undefined) outlet.set(r.outlet, (o = outletName(r.outlet, aliases)));
    visit({
      actor: a,
      outlet: o,
      termKey: nameKey(r.written),
      written: r.written,
      document: r.id,
      span: { start: r.span_start, end: r.span_end },
    });
  }
}

const outletName = (outlet: string | null, aliases: Aliases) =>
  outlet === null ? '(outlet not known)' : aliases.outlets.canonical(outlet);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
