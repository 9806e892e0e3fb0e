import type { AttributionChain, ChainLink, DocumentRef, Relay, Span } from '../model.js';
import type { Ledger } from '../store/ledger.js';
import { noAliases, type Aliases } from './aliases.js';
import { MEDIUM_WORDS } from './data/relay-words.js';
import { nameKey } from './names.js';
import { reprintedStories } from './reprints.js';

/** Options of {@link chains}. */
export interface ChainOptions {
  aliases?: Aliases;
  /** Only chains whose original claimant contains this (canonical or as written, case-insensitive). */
  source?: string;
  /** Only chains through this relay or agency. */
  relay?: string;
  outlet?: string;
  /** Chains with no party between the outlet and the claimant too (default: only relayed claims). */
  direct?: boolean;
}

interface ClaimRow {
  type: 'figure' | 'statement';
  id: number;
  doc: number;
  document: string;
  origin: string;
  outlet: string | null;
  published: string | null;
  claimant: string;
  claimant_start: number | null;
  claimant_end: number | null;
  cue: string | null;
  via: string | null;
  text: string;
  span_start: number;
  span_end: number;
  after: string | null;
  after_start: number | null;
}

const MEDIUM = new RegExp(`(?<![\\p{L}])(?:${MEDIUM_WORDS.join('|')})(?![\\p{L}])`, 'iu');
// "told Kestrel", "told the station", "told Radio Tolvaren 101.6": the hearer after "told".
const TOLD = /^\s*told\s+((?:the\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*\s*){1,5}|the\s+\p{L}+)/u;

/**
 * How each attributed claim reached the reader, outlet first, original claimant last:
 * - the outlet that printed it;
 * - the agency whose story it reprinted: the outlet of the earliest document of its reprint story,
 *   when another (the Ashmoor Chronicle printing Kestrel's copy);
 * - the relays extraction recorded (`via`: "the UN, citing the health ministry"), or, when it
 *   recorded none, the medium a claimant "told" ("the ministry told Kestrel");
 * - the claimant.
 * Lists only claims relayed by someone unless `direct`. "Every relay of an original source":
 * `chains(ledger, { source: 'health ministry' })`.
 */
export function chains(ledger: Ledger, options: ChainOptions = {}): AttributionChain[] {
  const out: AttributionChain[] = [];
  eachChain(ledger, options, (c) => out.push(c));
  return out.sort(byChainOrder);
}

/** The order {@link chains} lists chains in: by publication date (undated last), document, position. */
export const byChainOrder = (a: AttributionChain, b: AttributionChain): number =>
  (a.document.published ?? '9999').localeCompare(b.document.published ?? '9999') ||
  (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0) ||
  a.claim.span.start - b.claim.span.start;

/**
 * Calls `visit` with each chain {@link chains} lists, in no particular order, holding none: the
 * summary counts them and keeps the longest.
 */
export function eachChain(ledger: Ledger, options: ChainOptions, visit: (c: AttributionChain) => void): void {
  const aliases = options.aliases ?? noAliases();
  const outlets = new Set<string>();
  for (const o of ledger.db
    .prepare('SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL')
    .pluck()
    .all() as string[])
    outlets.add(nameKey(o));
  const originalOutlet = originalOutlets(ledger, aliases);
  // Without `direct`, a claim is a chain only when something stands between the outlet and the
  // claimant: an agency, recorded relays or a "told" whose hearer may be a medium. Only those rows
  // are read (of 500,000 attributed claims in a large ledger, a few thousand).
  const relayedOnly = (column: string) =>
    options.direct
      ? ''
      : `AND (${column === 'c' ? "c.via IS NOT NULL OR c.cue = 'told'" : "s.cue = 'told'"} OR ${column}.doc IN (SELECT value FROM json_each(@reprinted)))`;
  const rows = ledger.db
    .prepare(
      `SELECT 'figure' AS type, c.id, c.doc, d.id AS document, d.origin, d.outlet, d.published, c.source AS claimant,
              c.source_start AS claimant_start, c.source_end AS claimant_end, c.cue, c.via, c.evidence AS text, c.span_start, c.span_end,
              CASE WHEN c.cue = 'told' THEN substr(d.text, c.source_end + 1, 80) END AS after, c.source_end AS after_start
       FROM figures c JOIN documents d ON d.seq = c.doc WHERE c.source IS NOT NULL ${relayedOnly('c')}
       UNION ALL
       SELECT 'statement', s.id, s.doc, d.id, d.origin, d.outlet, d.published, s.speaker,
              s.speaker_start, s.speaker_end, s.cue, NULL, s.text, s.span_start, s.span_end,
              CASE WHEN s.cue = 'told' AND s.speaker_end IS NOT NULL THEN substr(d.text, s.speaker_end + 1, 80) END, s.speaker_end
       FROM statements s JOIN documents d ON d.seq = s.doc WHERE s.speaker IS NOT NULL ${relayedOnly('s')}`,
    )
    .iterate(
      options.direct ? {} : { reprinted: JSON.stringify([...originalOutlet.keys()]) },
    ) as IterableIterator<ClaimRow>;
  for (const r of rows) {
    const original = originalOutlet.get(r.doc);
    // Only an agency, relays or a "told" can make a chain longer than outlet → claimant.
    if (!options.direct && !original && !r.via && r.after === null) continue;
    const document: DocumentRef = { id: r.document, origin: r.origin, outlet: r.outlet, published: r.published };
    const links: ChainLink[] = [];
    const outletName = r.outlet ?? '(outlet not known)';
    links.push(link('outlet', outletName, aliases.outlets.canonical(outletName), null, null));
    if (original) links.push(link('agency', original, aliases.outlets.canonical(original), null, null));
    const relays: Relay[] = r.via ? (JSON.parse(r.via) as Relay[]) : toldRelay(r, outlets, aliases);
    for (const v of relays)
      links.push(
        link(
          'relay',
          v.name,
          aliases.outlets.has(v.name) ? aliases.outlets.canonical(v.name) : aliases.claimants.canonical(v.name),
          v.span,
          v.cue,
        ),
      );
    const claimantSpan = r.claimant_start === null ? null : { start: r.claimant_start, end: r.claimant_end! };
    links.push(link('claimant', r.claimant, aliases.claimants.canonical(r.claimant), claimantSpan, r.cue));
    // A relay that is the outlet or agency itself ("X told Kestrel" in Kestrel's own copy) is no extra step.
    const deduped = links.filter(
      (l, i) => i === 0 || nameKey(l.key) !== nameKey(links[i - 1]!.key) || l.role === 'claimant',
    );
    if (!options.direct && deduped.length <= 2) continue;
    const chain: AttributionChain = {
      claim: { type: r.type, id: r.id, text: r.text, span: { start: r.span_start, end: r.span_end } },
      document,
      links: deduped,
    };
    if (!matches(chain, options)) continue;
    visit(chain);
  }
}

/**
 * The original outlet of each reprinted document (by `seq`): the outlet of its story's earliest
 * document, when another and published before it (on one day, which copy came first is not known).
 */
function originalOutlets(ledger: Ledger, aliases: Aliases): Map<number, string> {
  const out = new Map<number, string>();
  for (const s of reprintedStories(ledger)) {
    const first = s[0]!;
    for (const d of s.slice(1))
      if (
        first.outlet &&
        d.outlet &&
        first.published &&
        d.published &&
        first.published < d.published &&
        aliases.outlets.key(first.outlet) !== aliases.outlets.key(d.outlet)
      )
        out.set(d.seq, first.outlet);
  }
  return out;
}

function link(role: ChainLink['role'], name: string, key: string, span: Span | null, cue: string | null): ChainLink {
  return { role, name, key, span, cue };
}

/** The medium a claimant told: "the ministry told Kestrel that …" → Kestrel. */
function toldRelay(r: ClaimRow, outlets: ReadonlySet<string>, aliases: Aliases): Relay[] {
  if (r.after === null || r.after_start === null) return [];
  const m = TOLD.exec(r.after);
  if (!m) return [];
  const name = m[1]!
    .trim()
    .replace(/\s+(?:that|on|in|by)$/i, '')
    .replace(/[.,;:]+$/, '');
  const known =
    outlets.has(nameKey(name)) ||
    aliases.outlets.has(name) ||
    [...outlets].some((o) => o.startsWith(nameKey(name) + ' '));
  if (!known && !MEDIUM.test(name)) return [];
  const start = r.after_start + m.index + m[0].indexOf(name);
  return [{ name, span: { start, end: start + name.length }, cue: 'told', by: 'compare/told-medium' }];
}

function matches(c: AttributionChain, o: ChainOptions): boolean {
  const has = (role: ChainLink['role'][], needle: string) =>
    c.links.some(
      (l) =>
        role.includes(l.role) &&
        (l.name.toLowerCase().includes(needle.toLowerCase()) || l.key.toLowerCase().includes(needle.toLowerCase())),
    );
  if (o.source && !has(['claimant'], o.source)) return false;
  if (o.relay && !has(['relay', 'agency'], o.relay)) return false;
  if (o.outlet && !has(['outlet'], o.outlet)) return false;
  return true;
}
