/**
 * MUC-3/MUC-4 adapter: our killed and injured figures against the answer-key templates.
 *
 * Data: `muc4/original/muc34/TASK/CORPORA/<split>/` (see muc4/PROVENANCE.md). Texts are files of
 * messages, each starting with its ID line ("TST4-MUC4-0001"); keys are `key-*` files of templates
 * ("0.  MESSAGE: ID  ...", one slot per numbered line, continuation lines indented).
 *
 * Protocol (per document):
 * - A gold count is a HUM TGT: NUMBER filler with a numeric value ("7", "6-8", "6-", "~100",
 *   "12 / 15": every integer in the filler is an acceptable value) whose target strings are also
 *   cross-referenced by a HUM TGT: EFFECT OF INCIDENT filler DEATH (→ `killed`) or INJURY
 *   (→ `injured`). Counts are de-duplicated per document by metric and value set.
 * - Recall: gold counts of non-optional templates that one of our figures of that metric matches
 *   by value, one-to-one.
 * - Precision: our `killed`/`injured` figures, in documents with at least one relevant template,
 *   whose value some gold count of that document (optional templates included) accepts; repeats
 *   (headline and body) are each supported.
 * Skipped, and why: PLURAL and other non-numeric counts (no number to compare); counts of named
 * victims (HUM TGT: NAME, e.g. 1 for a murdered judge: the text names a person, it states no
 * number); TOTAL NUMBER (it
 * sums targets of different effects); documents with no relevant template, for precision (the keys
 * only cover terrorist incidents, so a battle toll there is not wrong, just not annotated). Even in
 * relevant documents other tolls go unannotated, so precision is a lower bound.
 * asOf (accuracy): among our figures matched one-to-one to a gold count (optional templates
 *   included) whose template gives an INCIDENT: DATE, the share whose `asOf` is that date: a single
 *   day ("12 JAN 90", or "- 12 JAN 90", the key's "on or shortly before") must be equal, a range
 *   ("10 JAN 90 - 12 JAN 90") accepts any day in it, alternatives ("(A) / (B)") accept either.
 *   Limits: a figure's asOf is the day the count is as of; for a fresh report that is the incident
 *   day, but a later cumulative toll ("the death toll has risen to 40") can rightly be dated after
 *   the incident, and the key dates incidents, not counts, so the row is a floor-worthy proxy, not
 *   an exact measure. Templates without a date ("*", "-") are not scored.
 * Two splits, each with a counts row and an asOf row: TST4 in its original mixed case (the fair
 * test), and all other splits, which exist only in upper case (a robustness check: names and
 * sentence starts lose their capitals).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchOneToOne } from '../../src/eval/match.js';
import { type Counts, type Tally, zeroCounts, zeroTally } from '../../src/eval/metrics.js';
import { extract } from '../../src/extract/index.js';
import type { Metric } from '../../src/model.js';
import { type AdapterResult, accuracyRow, splitRow } from './result.js';

/** One answer-key template: its message ID and slots (slot number → filler lines). */
export interface MucTemplate {
  id: string;
  /** False for `MESSAGE: TEMPLATE *` (the message reports no relevant incident). */
  relevant: boolean;
  /** True for `1 (OPTIONAL)`: relevance doubtful, so missing it is not an error. */
  optional: boolean;
  slots: Map<number, string[]>;
}

/** Inclusive range of ISO days (`from` = `to` for a single day). */
export interface MucDays {
  from: string;
  to: string;
}

/** A numeric killed/injured count from a template, with every value the filler allows. */
export interface MucCount {
  metric: Extract<Metric, 'killed' | 'injured'>;
  values: number[];
  optional: boolean;
  /** The incident days of the templates that state this count; empty when none gives a date. */
  dates: MucDays[];
}

const ID_LINE = /^((?:DEV|TST\d)-MUC\d-\d{4})\b/;
const SLOT_LINE = /^(\d+)\.\s+[A-Z][A-Z :/]*?\s{2,}(.*)$/;
const INTEGER = /\d+/g;
const EFFECTS: Record<string, MucCount['metric']> = { DEATH: 'killed', INJURY: 'injured' };
const MUC_DAY = /(\d{1,2}) ([A-Z]{3}) (\d{2})/g;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/**
 * Reads an INCIDENT: DATE filler into day ranges: "12 JAN 90" and "- 12 JAN 90" → one day,
 * "10 JAN 90 - 12 JAN 90" → a range, "(12 DEC 89) / (- 14 DEC 89)" → one per alternative; "*", "-"
 * and month-only fillers → none. Two-digit years are 19xx (the corpus covers 1979-1991).
 */
export function mucDates(filler: string): MucDays[] {
  const out: MucDays[] = [];
  for (const alt of filler.split(' / ')) {
    const days = [...alt.matchAll(MUC_DAY)].flatMap((m) => {
      const month = MONTHS.indexOf(m[2]!) + 1;
      return month ? [`19${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`] : [];
    });
    if (days.length) out.push({ from: days[0]!, to: days[days.length - 1]! });
  }
  return out;
}

/** Splits a MUC text file into messages: ID → text after the ID line. */
export function parseMucTexts(content: string): Map<string, string> {
  const out = new Map<string, string>();
  let id: string | null = null;
  let start = 0;
  const lines = content.split('\n');
  let offset = 0;
  const close = (end: number) => {
    if (id) out.set(id, content.slice(start, end).trim());
  };
  for (const line of lines) {
    const m = ID_LINE.exec(line);
    if (m) {
      close(offset);
      id = m[1]!;
      start = offset + line.length + 1;
    }
    offset += line.length + 1;
  }
  close(content.length);
  return out;
}

/** Parses a MUC key file into templates. Annotator comments (`;;;`) are dropped. */
export function parseMucKeys(content: string): MucTemplate[] {
  const out: MucTemplate[] = [];
  let cur: MucTemplate | null = null;
  let slot = -1;
  for (const raw of content.split('\n')) {
    if (raw.startsWith(';;;') || !raw.trim()) continue;
    const m = SLOT_LINE.exec(raw);
    if (m) {
      slot = Number(m[1]);
      const value = m[2]!.trim();
      if (slot === 0) {
        cur = {
          id: ID_LINE.exec(value)?.[1] ?? value.split(/\s+/)[0]!,
          relevant: true,
          optional: false,
          slots: new Map(),
        };
        out.push(cur);
      }
      if (!cur) continue;
      if (slot === 1) {
        cur.relevant = value !== '*';
        cur.optional = value.includes('OPTIONAL');
      }
      cur.slots.set(slot, [value]);
    } else if (cur && slot >= 0 && /^\s/.test(raw)) {
      cur.slots.get(slot)?.push(raw.trim());
    }
  }
  return out;
}

/** Splits a cross-referenced filler `VALUE: "A" / "B"` into the value and its target strings. */
function _xref(filler: string): { value: string; targets: string[] } {
  const colon = filler.indexOf(': "');
  if (colon < 0) return { value: filler, targets: [] };
  return {
    value: filler.slice(0, colon),
    targets: [...filler.slice(colon + 2).matchAll(/"([^"]*)"/g)].map((t) => t[1]!),
  };
}

/** The numeric killed/injured counts of one template (see the protocol at the top). */
export function mucCounts(t: MucTemplate): MucCount[] {
  if (!t.relevant) return [];
  const effects = (t.slots.get(23) ?? []).map(_xref);
  const dates = mucDates((t.slots.get(2) ?? []).join(' '));
  const names = new Set((t.slots.get(18) ?? []).flatMap((f) => [...f.matchAll(/"([^"]*)"/g)].map((m) => m[1]!)));
  const out: MucCount[] = [];
  (t.slots.get(21) ?? []).map(_xref).forEach((n, i) => {
    const values = [...new Set([...n.value.matchAll(INTEGER)].map((v) => Number(v[0])))];
    // "1: \"OSCAR ARNULFO ROMERO\"" counts a named victim; the text names him, it states no number.
    if (!values.length || n.targets.every((target) => names.has(target))) return;
    const shares = (e: { targets: string[] }) => e.targets.some((target) => n.targets.includes(target));
    // Fillers cross-reference by string, and identical strings pair by position: in
    // `12: "RESIDENTS"` + `17: "RESIDENTS"` against `DEATH: "RESIDENTS"` + `INJURY: "RESIDENTS"`,
    // 12 died and 17 were hurt.
    const same = effects[i];
    for (const e of same && shares(same) ? [same] : effects.filter(shares)) {
      for (const alt of e.value.split(' / ')) {
        const metric = EFFECTS[alt.trim()];
        if (metric) out.push({ metric, values, optional: t.optional, dates });
      }
    }
  });
  return out;
}

/** Gold counts per document, de-duplicated by metric and value set. */
export function mucGold(templates: readonly MucTemplate[]): Map<string, { relevant: boolean; counts: MucCount[] }> {
  const out = new Map<string, { relevant: boolean; counts: MucCount[] }>();
  const seen = new Map<string, MucCount>();
  for (const t of templates) {
    const doc = out.get(t.id) ?? { relevant: false, counts: [] };
    out.set(t.id, doc);
    doc.relevant ||= t.relevant;
    for (const c of mucCounts(t)) {
      const key = `${t.id}|${c.metric}:${c.values.join(',')}`;
      const prev = seen.get(key);
      // A count that a firm template states is required, even if an optional one repeats it.
      if (prev) {
        prev.optional &&= c.optional;
        // The same count in two templates of one message: either incident's day is the count's.
        prev.dates = [...prev.dates, ...c.dates];
      } else {
        seen.set(key, c);
        doc.counts.push(c);
      }
    }
  }
  return out;
}

/** Our figures of one document, reduced to what MUC can check. */
export interface MucPrediction {
  metric: string;
  value: number;
  asOf?: string | null;
}

/**
 * Scores one document: adds to `recall` (gold = non-optional counts), `precision` (predicted =
 * our killed/injured figures when the document is relevant) and, when given, `asOf` (figures
 * matched one-to-one to a dated gold count, optional ones included, whose asOf falls on its day).
 */
export function scoreMucDocument(
  gold: { relevant: boolean; counts: MucCount[] },
  predicted: readonly MucPrediction[],
  recall: Counts,
  precision: Counts,
  asOf?: Tally,
): void {
  const ours = predicted.filter((p) => p.metric === 'killed' || p.metric === 'injured');
  const required = gold.counts.filter((c) => !c.optional);
  const accepts = (c: MucCount, p: MucPrediction) => c.metric === p.metric && c.values.includes(p.value);
  recall.gold += required.length;
  recall.tp += matchOneToOne(required, ours, (c, p) => (accepts(c, p) ? 1 : null)).length;
  if (asOf) {
    const dated = gold.counts.filter((c) => c.dates.length);
    const onDay = (c: MucCount, p: MucPrediction) =>
      c.dates.some((d) => !!p.asOf && d.from <= p.asOf && p.asOf <= d.to);
    // Matched by metric and value only, as recall is, so the date never decides which figure is scored.
    for (const [g, p] of matchOneToOne(dated, ours, (c, q) => (accepts(c, q) ? 1 : null))) {
      asOf.total++;
      if (onDay(dated[g]!, ours[p]!)) asOf.correct++;
    }
  }
  if (!gold.relevant) return;
  precision.predicted += ours.length;
  precision.tp += ours.filter((p) => gold.counts.some((c) => accepts(c, p))).length;
}

const mucDir = (root: string) => join(root, 'muc4', 'original', 'muc34', 'TASK', 'CORPORA');

/**
 * Every MUC-4 file under `<root>/muc4` in name order: its split, file name and content. TST4 is
 * also shipped upper-cased (`tst4-muc4`); only its mixed-case original is kept.
 */
function* mucFiles(root: string): Generator<{ name: string; content: string }> {
  const dir = mucDir(root);
  for (const split of readdirSync(dir).sort()) {
    const sub = join(dir, split);
    if (!existsSync(sub) || split.startsWith('README')) continue;
    for (const f of readdirSync(sub).sort()) {
      if (f === 'tst4-muc4') continue;
      yield { name: f, content: readFileSync(join(sub, f), 'latin1') };
    }
  }
}

/** The texts of every MUC-4 message, by message id (for the benchmark and the protocol). */
export function* muc4Texts(root: string): Generator<{ id: string; text: string }> {
  if (!existsSync(mucDir(root))) return;
  for (const f of mucFiles(root))
    if (/^(dev-muc3-|tst\d-muc\d)/.test(f.name)) for (const [id, text] of parseMucTexts(f.content)) yield { id, text };
}

/** Runs the MUC-4 protocol over `<root>/muc4`. */
export function runMuc4(root: string): AdapterResult {
  const dir = mucDir(root);
  if (!existsSync(dir)) return { rows: [], chars: 0, skipped: `muc4: ${dir} not found` };
  const texts = new Map<string, string>();
  for (const { id, text } of muc4Texts(root)) texts.set(id, text);
  const templates: MucTemplate[] = [];
  for (const f of mucFiles(root)) if (f.name.startsWith('key-')) templates.push(...parseMucKeys(f.content));
  const gold = mucGold(templates);
  const tallies = {
    tst4: { r: zeroCounts(), p: zeroCounts(), d: zeroTally() },
    upper: { r: zeroCounts(), p: zeroCounts(), d: zeroTally() },
  };
  let chars = 0;
  for (const [id, g] of gold) {
    const text = texts.get(id);
    if (text === undefined) continue;
    chars += text.length;
    const figures = extract({ origin: `muc4:${id}`, text, meta: {} }).figures;
    const t = id.startsWith('TST4') ? tallies.tst4 : tallies.upper;
    scoreMucDocument(g, figures, t.r, t.p, t.d);
  }
  return {
    chars,
    rows: [
      splitRow('muc4 tst4 (mixed case)', 'killed/injured counts', tallies.tst4.r, tallies.tst4.p),
      accuracyRow('muc4 tst4 (mixed case)', 'figure asOf (accuracy)', tallies.tst4.d),
      splitRow('muc4 dev+tst1-3 (upper case)', 'killed/injured counts', tallies.upper.r, tallies.upper.p),
      accuracyRow('muc4 dev+tst1-3 (upper case)', 'figure asOf (accuracy)', tallies.upper.d),
    ],
  };
}
