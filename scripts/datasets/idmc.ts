/**
 * IDMC / ISI Foundation displacement adapter: our `displaced` and `fled` figures against the Kili
 * annotators' QUANTITY spans (see idmc-displacement-kili/PROVENANCE.md).
 *
 * Data: `idmc-displacement-kili/data/Kili/complete_en.csv` (annotation rows: id, labeler, taskID,
 * value, offset_from, offset_to, content) and `data/assets.csv` (article texts, present for 25 of
 * the annotated articles; only those are scored). Offsets index the `content` text directly.
 *
 * Protocol (per article):
 * - A gold count is a QUANTITY span of unit PERSON whose words hold a number ("more than 1.2
 *   million", "400,000 people", "hundreds of thousands", "nearly seven lakh") and that lies inside
 *   some annotator's FACT span of a displacement kind (DISPLACED, EVACUATED, FORCED_TO_FLEE,
 *   REFUGEE, SHELTERED, RELIEF_CAMP, HOMELESS, RELOCATED, STUCK). Spans of several annotators
 *   that overlap are one count; every value any of them reads is accepted. The value is read by
 *   {@link readGoldNumbers}, independently of our numbers stage; vague words take the contract's
 *   values ("hundreds of thousands" → 100000), a range accepts each end.
 * - Recall: gold counts that one of our `displaced`/`fled` figures matches by value, one-to-one.
 * - Precision: our `displaced`/`fled` figures whose value some numeric PERSON quantity of the article
 *   accepts (outside a displacement fact too: "rescued 89 people" is annotated, just not as
 *   displacement). Annotators did not mark every figure, so precision is a lower bound.
 * Skipped: HOUSEHOLD and BUILDING_STRUCTURE quantities (not people), quantities without a number
 * ("residents"), percentages. The set is small, mostly disaster displacement, and was studied
 * while developing the figures stage (there is no held-out part).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchOneToOne } from '../../src/eval/match.js';
import { zeroCounts } from '../../src/eval/metrics.js';
import { extract } from '../../src/extract/index.js';
import { type AdapterResult, splitRow } from './result.js';

/** FACT values that describe people displaced, evacuated or sheltering. */
const DISPLACEMENT_FACTS: ReadonlySet<string> = new Set([
  'DISPLACED',
  'EVACUATED',
  'FORCED_TO_FLEE',
  'REFUGEE',
  'SHELTERED',
  'RELIEF_CAMP',
  'HOMELESS',
  'RELOCATED',
  'STUCK',
]);
const OUR_METRICS: ReadonlySet<string> = new Set(['displaced', 'fled']);

const UNITS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  lakh: 100000,
  lakhs: 100000,
  million: 1e6,
  crore: 1e7,
  billion: 1e9,
};
// The contract's values for vague counts; "hundreds of thousands" multiplies ("tens of thousands" → 10000).
const VAGUE: Record<string, number> = {
  dozens: 12,
  scores: 20,
  tens: 10,
  hundreds: 100,
  thousands: 1000,
  millions: 1e6,
};
const WORD = /\d[\d,]*(?:\.\d+)?|[a-z]+/g;

/**
 * Every number a gold span states, in order: "more than 1.2 million people" → [1200000], "between
 * 384 and 807 civilians" → [384, 807], "3,57,243" → [357243], "nearly seven lakh" → [700000],
 * "hundreds of thousands" → [100000], "a dozen" → [12]. A lone "a" is no number. Independent of the
 * extractor's numbers stage, so that a gold value never inherits its mistakes.
 */
export function readGoldNumbers(text: string): number[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  const out: number[] = [];
  let cur: number | null = null;
  let total = 0;
  let vague: number | null = null;
  const close = () => {
    if (cur !== null || total > 0) out.push(total + (cur ?? 0));
    else if (vague !== null) out.push(vague);
    cur = null;
    total = 0;
    vague = null;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/^\d/.test(w)) {
      if (cur !== null) close();
      cur = Number(w.replace(/,/g, ''));
    } else if (w in UNITS && !(w === 'a' && words[i + 1] !== 'dozen')) {
      if (w === 'dozen') cur = (cur ?? 1) * 12;
      else if (w !== 'a') cur = (cur ?? 0) + UNITS[w]!;
    } else if (w in SCALES && (cur !== null || vague !== null)) {
      if (cur === null) vague = vague! * SCALES[w]!;
      else if (SCALES[w]! === 100) cur *= 100;
      else {
        total += cur * SCALES[w]!;
        cur = null;
      }
    } else if (w in VAGUE) {
      // "hundreds of thousands": the second vague word scales the first
      vague = vague === null ? VAGUE[w]! : vague * VAGUE[w]!;
    } else if (w !== 'of' && w !== 'and') {
      // "two hundred and fifty", "hundreds of thousands" run on; any other word ends the number
      close();
    }
  }
  close();
  return out.filter((v) => Number.isFinite(v) && v > 0);
}

/** One parsed CSV record (RFC 4180: quoted fields may hold commas, doubled quotes and newlines). */
export function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i]!;
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && content[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A gold displacement count: its span in the article and every value the annotators' spans read. */
export interface IdmcCount {
  start: number;
  end: number;
  values: number[];
}

interface Annotation {
  task: string;
  value: string;
  start: number;
  end: number;
  content: string;
}

/**
 * The gold counts of one article (see the protocol at the top) and the values of every numeric
 * PERSON quantity (for precision).
 */
export function idmcGold(annotations: readonly Annotation[]): { counts: IdmcCount[]; accepted: Set<number> } {
  const facts = annotations.filter((r) => r.task === 'FACT' && DISPLACEMENT_FACTS.has(r.value));
  const accepted = new Set<number>();
  const counts: IdmcCount[] = [];
  const quantities = annotations
    .filter((r) => r.task === 'QUANTITY' && r.value === 'PERSON' && !/%|per ?cent/i.test(r.content))
    .sort((x, y) => x.start - y.start);
  for (const q of quantities) {
    const values = readGoldNumbers(q.content);
    if (!values.length) continue;
    for (const v of values) accepted.add(v);
    if (!facts.some((f) => f.start <= q.start && q.end <= f.end + 1)) continue;
    const same = counts.find((c) => c.start < q.end && q.start < c.end);
    if (same) {
      same.start = Math.min(same.start, q.start);
      same.end = Math.max(same.end, q.end);
      for (const v of values) if (!same.values.includes(v)) same.values.push(v);
    } else counts.push({ start: q.start, end: q.end, values });
  }
  return { counts, accepted };
}

const idmcDir = (root: string) => join(root, 'idmc-displacement-kili', 'data');

/** Runs the IDMC protocol over `<root>/idmc-displacement-kili`. */
export function runIdmc(root: string): AdapterResult {
  const dir = idmcDir(root);
  const annotationsFile = join(dir, 'Kili', 'complete_en.csv');
  const assetsFile = join(dir, 'assets.csv');
  if (!existsSync(annotationsFile) || !existsSync(assetsFile))
    return { rows: [], chars: 0, skipped: `idmc: ${dir} not found` };
  const texts = new Map<string, string>();
  for (const [id, , , content] of parseCsv(readFileSync(assetsFile, 'utf8')).slice(1))
    if (id && content?.trim()) texts.set(id, content);
  const byDoc = new Map<string, Annotation[]>();
  for (const [id, , , task, value, from, to, content] of parseCsv(readFileSync(annotationsFile, 'utf8')).slice(1)) {
    if (!id || !texts.has(id) || from === '' || from === undefined) continue;
    const list = byDoc.get(id) ?? [];
    byDoc.set(id, list);
    list.push({ task: task!, value: value!, start: Number(from), end: Number(to), content: content ?? '' });
  }
  const recall = zeroCounts();
  const precision = zeroCounts();
  let chars = 0;
  for (const [id, annotations] of [...byDoc].sort((x, y) => x[0].localeCompare(y[0]))) {
    const text = texts.get(id)!;
    chars += text.length;
    const { counts, accepted } = idmcGold(annotations);
    const ours = extract({ origin: `idmc:${id}`, text, meta: {} }).figures.filter(
      (f) => OUR_METRICS.has(f.metric) && f.unit === 'people',
    );
    recall.gold += counts.length;
    recall.tp += matchOneToOne(counts, ours, (c, f) => (c.values.includes(f.value) ? 1 : null)).length;
    precision.predicted += ours.length;
    precision.tp += ours.filter((f) => accepted.has(f.value)).length;
  }
  return { chars, rows: [splitRow(`idmc kili (${byDoc.size} texts)`, 'displaced/fled counts', recall, precision)] };
}
