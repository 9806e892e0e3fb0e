/**
 * TempEval-3 Platinum adapter: our date stage's resolved days against gold TIMEX3 values.
 *
 * Data: `tempeval3/te3-platinum/*.tml`, the held-out test set, and `TBAQ-cleaned/{TimeBank,AQUAINT}`
 * (TimeML inline XML; see tempeval3/PROVENANCE.md), each its own row. The text
 * scored is the content of `<TEXT>` with the tags removed and the XML entities decoded; the DCT's
 * value is given to the pipeline as the known publication date, the reference for "Friday".
 *
 * Protocol (TempEval-3 value scoring, restricted to days):
 * - Gold: TIMEX3 of type DATE whose value is a calendar day (`2013-03-22`). Coarser values
 *   ("2013-W11", "2012-08", "PRESENT_REF") are not gold items.
 * - System: our date mentions with a resolved `date`, except those overlapping a gold TIME,
 *   DURATION or SET timex (out of scope: "Sunday night" is a TIME in TimeML).
 * - Extents match when they overlap (TempEval's relaxed match), one-to-one, largest overlap first;
 *   a match is correct when the values are equal. Value P = correct / system, R = correct / gold,
 *   as TempEval-3 scores attribute values. A day we give to an expression gold leaves coarser
 *   ("August") or to words gold does not mark counts against precision.
 * The published reference (HeidelTime, value F1 77.6) covers every timex type and granularity,
 * so it is an upper yardstick, not the same task.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchOneToOne } from '../../src/eval/match.js';
import { type Counts, zeroCounts } from '../../src/eval/metrics.js';
import { overlapLength } from '../../src/eval/spans.js';
import { analyse } from '../../src/extract/index.js';
import type { DateMention, Span } from '../../src/model.js';
import { type AdapterResult, prfRow } from './result.js';

/** A gold TIMEX3 placed in the stripped text. */
export interface Timex {
  span: Span;
  type: string;
  value: string;
}

/** A TimeML document reduced to what the protocol needs. */
export interface TimemlDoc {
  /** The DCT value, `YYYY-MM-DD`, or null. */
  dct: string | null;
  text: string;
  timexes: Timex[];
}

const TOKEN = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(#?\w+);|[^<&]+/g;
const ATTR = /(\w+)="([^"]*)"/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a .tml file: the DCT value, and the `<TEXT>` content with tags stripped and entities
 * decoded, each TIMEX3 inside it placed by offsets into that text.
 */
export function parseTimeml(xml: string): TimemlDoc {
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? null;
  const open = xml.indexOf('<TEXT>');
  const close = xml.lastIndexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + 6, close) : '';
  let text = '';
  const timexes: Timex[] = [];
  let current: { start: number; type: string; value: string } | null = null;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
    if (m[2]) {
      if (m[2] !== 'TIMEX3') continue;
      if (m[1]) {
        if (current)
          timexes.push({ span: { start: current.start, end: text.length }, type: current.type, value: current.value });
        current = null;
      } else {
        const attrs = Object.fromEntries([...m[3]!.matchAll(ATTR)].map((a) => [a[1]!, a[2]!]));
        current = { start: text.length, type: attrs.type ?? '', value: attrs.value ?? '' };
      }
    } else if (m[4]) {
      const e = m[4];
      text +=
        ENTITIES[e] ??
        (e.startsWith('#')
          ? String.fromCodePoint(Number(e.startsWith('#x') ? `0${e.slice(1)}` : e.slice(1)))
          : `&${e};`);
    } else text += m[0];
  }
  return { dct, text, timexes };
}

/** Scores one document's date mentions, adding into `c` (see the protocol at the top). */
export function scoreTimexDocument(doc: TimemlDoc, dates: readonly DateMention[], c: Counts): void {
  const gold = doc.timexes.filter((t) => t.type === 'DATE' && DAY.test(t.value));
  const outOfScope = doc.timexes.filter((t) => t.type !== 'DATE');
  const system = dates.filter((d) => d.date !== null && !outOfScope.some((t) => overlapLength(t.span, d.span) > 0));
  const pairs = matchOneToOne(gold, system, (g, d) => {
    const o = overlapLength(g.span, d.span);
    return o > 0 ? o : null;
  });
  c.tp += pairs.filter(([gi, si]) => gold[gi]!.value === system[si]!.date).length;
  c.gold += gold.length;
  c.predicted += system.length;
}

/** The folders scored, each its own row: the Platinum test set, and the TBAQ training data. */
const PARTS = [
  { dir: ['te3-platinum'], name: 'tempeval3 platinum', reference: 'HeidelTime value F1 77.6 (all timexes)' },
  { dir: ['TBAQ-cleaned', 'TimeBank'], name: 'tempeval3 timebank', reference: null },
  { dir: ['TBAQ-cleaned', 'AQUAINT'], name: 'tempeval3 aquaint', reference: null },
] as const;

/** Every TimeML document of each part, parsed (for the benchmark and the protocol). */
export function* tempevalDocuments(
  root: string,
): Generator<{ part: (typeof PARTS)[number]; file: string; doc: TimemlDoc }> {
  for (const part of PARTS) {
    const dir = join(root, 'tempeval3', ...part.dir);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.tml'))
      .sort())
      yield { part, file: f, doc: parseTimeml(readFileSync(join(dir, f), 'utf8')) };
  }
}

/** Runs the protocol over `<root>/tempeval3`: Platinum, then TimeBank and AQUAINT (more days, older news). */
export function runTempeval3(root: string): AdapterResult {
  if (!existsSync(join(root, 'tempeval3')))
    return { rows: [], chars: 0, skipped: `tempeval3: ${join(root, 'tempeval3')} not found` };
  const counts = new Map<(typeof PARTS)[number], Counts>();
  let chars = 0;
  for (const { part, file, doc } of tempevalDocuments(root)) {
    chars += doc.text.length;
    const c = counts.get(part) ?? counts.set(part, zeroCounts()).get(part)!;
    const a = analyse({ origin: `te3:${file}`, text: doc.text, meta: { published: doc.dct } });
    scoreTimexDocument(doc, a.dates, c);
  }
  return {
    chars,
    rows: [...counts].map(([part, c]) => prfRow(part.name, 'day values (relaxed extent)', c, part.reference)),
  };
}
