import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chains } from '../../src/compare/chains.js';
import { competingAccounts } from '../../src/compare/competing.js';
import { disputes } from '../../src/compare/disputes.js';
import { outlets } from '../../src/compare/outlets.js';
import { reprints } from '../../src/compare/reprints.js';
import { series } from '../../src/compare/series.js';
import { crossCheckSummary } from '../../src/compare/summary.js';
import { wording } from '../../src/compare/wording.js';
import type { Span } from '../../src/model.js';
import { ledgerOf } from '../helpers/ledger.js';
import { swapParties, swapString, type Swapped } from './swap.js';

// The mirror test for every comparison: the gold corpus and the mirror texts stored in one ledger,
// their party-swapped versions in another; every comparison's output on the second must be the
// first's with the names swapped (spans mapped through each document's swap, document ids matched
// by origin). Lists are compared as sets: an order by name changes when the names do.
const CORPUS = join(import.meta.dirname, '..', 'corpus');
const TEXTS = join(import.meta.dirname, 'texts');

function texts(): Array<{ origin: string; text: string }> {
  const out: Array<{ origin: string; text: string }> = [];
  if (existsSync(CORPUS))
    for (const d of readdirSync(CORPUS).sort()) {
      const f = join(CORPUS, d, 'article.txt');
      if (existsSync(f)) out.push({ origin: `corpus/${d}`, text: readFileSync(f, 'utf8') });
    }
  for (const f of readdirSync(TEXTS)
    .filter((f) => f.endsWith('.txt'))
    .sort())
    out.push({ origin: `texts/${f}`, text: readFileSync(join(TEXTS, f), 'utf8') });
  return out;
}

type Ledgers = { original: ReturnType<typeof ledgerOf>; mirrored: ReturnType<typeof ledgerOf> };
let l: Ledgers;
const swaps = new Map<string, Swapped>();

beforeAll(() => {
  const docs = texts();
  for (const d of docs) swaps.set(d.origin, swapParties(d.text));
  l = {
    original: ledgerOf(docs.map((d) => ({ ...d, meta: { published: '2024-05-01' } }))),
    mirrored: ledgerOf(
      docs.map((d) => ({ origin: d.origin, text: swaps.get(d.origin)!.text, meta: { published: '2024-05-01' } })),
    ),
  };
}, 120_000);

afterAll(() => {
  l.original.dispose();
  l.mirrored.dispose();
});

/** Document ids → origins, and story ids → their documents' origins, so both ledgers speak alike. */
function namesOf(ledger: ReturnType<typeof ledgerOf>): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of reprints(ledger)) {
    const key = `story of ${s.documents
      .map((d) => d.origin)
      .sort()
      .join(' + ')}`;
    for (const d of s.documents) m.set(d.id, d.origin);
    m.set(`story:${s.story}`, key);
  }
  return m;
}

const STORY_FIELDS = new Set(['story']);

/**
 * Canonical form of an output: ids replaced by origins, spans kept with the origin of the document
 * they point into (mapped through its swap when `swap`), strings swapped when `swap`, arrays
 * sorted by their canonical JSON.
 */
function canonical(
  x: unknown,
  names: Map<string, string>,
  swap: boolean,
  doc: string | null = null,
  key = '',
  core = false,
): unknown {
  if (typeof x === 'string') {
    if (STORY_FIELDS.has(key) && names.has(`story:${x}`)) return names.get(`story:${x}`);
    if (names.has(x)) return names.get(x);
    if (key === 'origin') return x;
    return (swap ? swapString(x) : x).replace(/(^|[^\p{L}])the (?=idf\b)/giu, '$1');
  }
  // Entity mentions are written without an article ("IDF" inside "the IDF"), as extraction gives them.
  if (Array.isArray(x))
    return x
      .map((v) => canonical(v, names, swap, doc, key, core || key === 'mentions'))
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && Object.keys(o).length === 2) {
      if (!swap || doc === null) return o;
      return swaps.get(doc)!.mapSpan(o as unknown as Span, core) as unknown;
    }
    // A `document` field (a DocumentRef or an id) says which text the spans below point into.
    const d = o.document;
    const here =
      typeof d === 'string'
        ? (names.get(d) ?? doc)
        : d && typeof d === 'object'
          ? (names.get((d as { id: string }).id) ?? doc)
          : doc;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o).sort()) out[k] = canonical(o[k], names, swap, here, k, core);
    return out;
  }
  return x;
}

/** Paths where two canonical outputs differ. */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${path}: ${a.length} items, mirror has ${b.length}`];
    return a.flatMap((x, i) => differences(x, b[i], `${path}[${i}]`));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) =>
      differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`),
    );
  }
  return [`${path}: expected ${JSON.stringify(a)?.slice(0, 200)}, got ${JSON.stringify(b)?.slice(0, 200)}`];
}

const comparisons: Array<[string, (ledger: ReturnType<typeof ledgerOf>) => unknown]> = [
  ['reprints', (x) => reprints(x)],
  ['series', (x) => series(x)],
  ['disputes', (x) => disputes(x, { days: 3 })],
  ['competing accounts', (x) => competingAccounts(x, { days: 3 })],
  ['chains', (x) => chains(x, { direct: true })],
  ['outlets', (x) => outlets(x, { claimants: 0 })],
  // Every distinctive term, not the top few: a cut between equal scores falls by name.
  ['wording', (x) => wording(x, { top: 100_000, entityTypes: ['organization', 'person', 'place'] })],
  [
    'summary counts',
    (x) => {
      const s = crossCheckSummary(x);
      return [
        s.documents,
        s.reprinted,
        s.series.count,
        s.disputes.disputes,
        s.disputes.updates,
        s.disputes.revisions,
        s.chains.relayed,
      ];
    },
  ],
];

describe('mirror: every comparison treats the parties alike', () => {
  it('has documents with names to swap', () => {
    expect([...swaps.values()].filter((s) => s.count > 0).length).toBeGreaterThanOrEqual(3);
  });

  for (const [name, run] of comparisons) {
    it(name, () => {
      const a = canonical(run(l.original), namesOf(l.original), true);
      const b = canonical(run(l.mirrored), namesOf(l.mirrored), false);
      expect(differences(a, b).slice(0, 10)).toEqual([]);
    });
  }

  it('notices an asymmetric output (the check can fail)', () => {
    const a = canonical(series(l.original), namesOf(l.original), true) as Array<{ group: string }>;
    const b = canonical(series(l.mirrored), namesOf(l.mirrored), false) as Array<{ group: string }>;
    const planted = b.map((s, i) => (i === 0 ? { ...s, group: `${s.group} Israeli` } : s));
    expect(JSON.stringify(planted)).not.toBe(JSON.stringify(a));
  });
});
