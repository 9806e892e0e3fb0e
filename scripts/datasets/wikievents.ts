/**
 * WikiEvents adapter: our `killed` and `injured` figures against the counted victims of the gold
 * Life.Die and Life.Injure events (see wikievents/PROVENANCE.md).
 *
 * Data: `wikievents/data/wikievents/{dev,test}.jsonl`, one document a line: `sentences` (each
 * `[[token, charStart, charEnd], ...]` with its text), `entity_mentions` (document token ranges)
 * and `event_mentions` (type, arguments by role → entity id). The stored `text` glues sentences
 * together ("…in SyriaThe desert…"), so the text we extract is rebuilt from the sentences: one space
 * between sentences, a blank line after one without final punctuation (a headline); token offsets
 * are moved with their sentence.
 *
 * Protocol (per document):
 * - A gold count is the Victim argument of a `Life.Die.*` (→ `killed`) or `Life.Injure.*`
 *   (→ `injured`) event whose head word is a number ("injured another *15*", "*Scores* died") or
 *   follows one in its noun phrase ("killed more than *100* members", "*10* off-duty soldiers",
 *   "between *384 and 807* civilians"): the number is the nearest run of number words before the
 *   head, at most {@link MAX_GAP} words away with no punctuation but hyphens between. Arguments are
 *   head words, so the numbers themselves were never annotated: this reading of the noun phrase is
 *   ours. Every value the run states is accepted (a range accepts each end); vague words take the
 *   contract's values ("scores" → 20, "hundreds" → 100). One count per metric and number span.
 * - Recall: gold counts that one of our figures of the same metric matches, one-to-one: the
 *   figure's span overlaps the number and its value is accepted.
 * - Precision: our `killed`/`injured` figures in documents with at least one gold count, each
 *   correct when it overlaps and matches some gold count of its metric. Victims are not annotated
 *   for every event and a count of the dead in a sentence without a Life.Die trigger goes
 *   unannotated, so precision is a lower bound.
 * Two rows: dev (studied while developing the figures stage) and test (held out).
 * Skipped: victims named or described without a number ("a major general", "several people"), and
 * so our figures of one written by an article ("a man was shot dead"), which no gold count can match.
 * (Reading "a"/"another" before a victim's head as a gold count of 1 was measured too: dev 6 such
 * counts, we find 2.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchOneToOne } from '../../src/eval/match.js';
import { type Counts, zeroCounts } from '../../src/eval/metrics.js';
import { extract } from '../../src/extract/index.js';
import type { Figure } from '../../src/model.js';
import { readGoldNumbers } from './idmc.js';
import { type AdapterResult, splitRow } from './result.js';

/** Words allowed between a count and its victim's head word: "10 off - duty soldiers". */
export const MAX_GAP = 4;

type WikiToken = [string, number, number];

/** The fields of one WikiEvents line that the protocol reads. */
export interface WikiDoc {
  doc_id: string;
  sentences: Array<[WikiToken[], string]>;
  entity_mentions: Array<{ id: string; start: number; end: number }>;
  event_mentions: Array<{ event_type: string; arguments: Array<{ entity_id: string; role: string }> }>;
}

/** A gold count: its metric, the number's character span in the rebuilt text, the values accepted. */
export interface WikiCount {
  metric: 'killed' | 'injured';
  start: number;
  end: number;
  values: number[];
}

const NUMBER_TOKEN =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|dozens|scores|hundreds|thousands|tens|millions)$/i;
// Words inside a number run: "two hundred and fifty", "hundreds of thousands", "65 to 105", "a dozen"
const RUN_GLUE = /^(?:and|of|to|-|a)$/i;
const SENTENCE_END = /[.!?"”’')]$/;

/**
 * The document's text rebuilt from its sentences (see the header), and each document token's
 * character span in it.
 */
export function rebuildText(doc: WikiDoc): {
  text: string;
  tokens: Array<{ word: string; start: number; end: number }>;
} {
  let text = '';
  const tokens: Array<{ word: string; start: number; end: number }> = [];
  for (const [toks, sentence] of doc.sentences) {
    if (text) text += SENTENCE_END.test(text) ? ' ' : '\n\n';
    const base = text.length - (toks[0]?.[1] ?? 0);
    for (const [word, s, e] of toks) tokens.push({ word, start: base + s, end: base + e });
    text += sentence;
  }
  return { text, tokens };
}

/** The gold counts of one document (see the protocol at the top). */
export function wikiCounts(
  doc: WikiDoc,
  tokens: ReadonlyArray<{ word: string; start: number; end: number }>,
): WikiCount[] {
  const entities = new Map(doc.entity_mentions.map((e) => [e.id, e]));
  const out: WikiCount[] = [];
  for (const ev of doc.event_mentions) {
    const metric = ev.event_type.startsWith('Life.Die')
      ? 'killed'
      : ev.event_type.startsWith('Life.Injure')
        ? 'injured'
        : null;
    if (!metric) continue;
    for (const arg of ev.arguments) {
      const e = arg.role === 'Victim' ? entities.get(arg.entity_id) : undefined;
      if (!e) continue;
      const run = numberBefore(tokens, e.start, e.end);
      if (!run) continue;
      const start = tokens[run[0]]!.start;
      const end = tokens[run[1]]!.end;
      const values = readGoldNumbers(
        tokens
          .slice(run[0], run[1] + 1)
          .map((t) => t.word)
          .join(' '),
      );
      if (values.length && !out.some((c) => c.metric === metric && c.start === start))
        out.push({ metric, start, end, values });
    }
  }
  return out;
}

// The token range of the number counting the victim whose head is tokens [start, end): the head
// itself ("injured another 15") or the nearest number run before it ("killed 23 Afghan soldiers").
function numberBefore(tokens: ReadonlyArray<{ word: string }>, start: number, end: number): [number, number] | null {
  let last = -1;
  for (let k = end - 1; k >= start; k--)
    if (NUMBER_TOKEN.test(tokens[k]!.word)) {
      last = k;
      break;
    }
  for (let k = start - 1; last < 0 && k >= 0 && k >= start - 1 - MAX_GAP; k--) {
    const w = tokens[k]!.word;
    if (NUMBER_TOKEN.test(w)) last = k;
    else if (w !== '-' && !/^[\p{L}’']+$/u.test(w)) return null;
  }
  if (last < 0) return null;
  // "a 10-year-old girl", "a two-man team": a number glued into a modifier counts no victims
  if (last < start && tokens[last + 1]?.word === '-') return null;
  let first = last;
  while (
    first > 0 &&
    (NUMBER_TOKEN.test(tokens[first - 1]!.word) ||
      (RUN_GLUE.test(tokens[first - 1]!.word) && first > 1 && NUMBER_TOKEN.test(tokens[first - 2]!.word)))
  ) {
    first -= RUN_GLUE.test(tokens[first - 1]!.word) ? 2 : 1;
  }
  // "a dozen"
  if (first > 0 && tokens[first - 1]!.word.toLowerCase() === 'a' && tokens[first]!.word.toLowerCase() === 'dozen')
    first--;
  return [first, last];
}

/**
 * Scores one document: adds to `recall` (gold counts) and `precision` (our killed/injured figures,
 * when the document has a gold count).
 */
export function scoreWikiDocument(
  gold: readonly WikiCount[],
  figures: readonly Figure[],
  text: string,
  recall: Counts,
  precision: Counts,
): void {
  const ours = figures.filter(
    (f) => (f.metric === 'killed' || f.metric === 'injured') && f.unit === 'people' && !singularCount(f, text),
  );
  const accepts = (c: WikiCount, f: Figure) =>
    c.metric === f.metric && f.span.start < c.end && c.start < f.span.end && c.values.includes(f.value);
  recall.gold += gold.length;
  recall.tp += matchOneToOne(gold, ours, (c, f) => (accepts(c, f) ? 1 : null)).length;
  if (!gold.length) return;
  precision.predicted += ours.length;
  precision.tp += ours.filter((f) => gold.some((c) => accepts(c, f))).length;
}

// A count of one written by an article ("*a* man was shot dead"): the gold skips victims without
// a number, so such a figure is scored neither way.
const SINGULAR_ARTICLE = /^(?:a|an|another)\b/i;
export function singularCount(f: Figure, text: string): boolean {
  return f.value === 1 && SINGULAR_ARTICLE.test(text.slice(f.span.start, f.span.end));
}

const wikiDir = (root: string) => join(root, 'wikievents', 'data', 'wikievents');

/** Runs the WikiEvents protocol over `<root>/wikievents`, one row per split. */
export function runWikievents(root: string): AdapterResult {
  const dir = wikiDir(root);
  const splits = ['dev', 'test'].filter((s) => existsSync(join(dir, `${s}.jsonl`)));
  if (!splits.length) return { rows: [], chars: 0, skipped: `wikievents: ${dir} not found` };
  const rows = [];
  let chars = 0;
  for (const split of splits) {
    const recall = zeroCounts();
    const precision = zeroCounts();
    for (const line of readFileSync(join(dir, `${split}.jsonl`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as WikiDoc;
      const { text, tokens } = rebuildText(doc);
      chars += text.length;
      const figures = extract({ origin: `wikievents:${doc.doc_id}`, text, meta: {} }).figures;
      scoreWikiDocument(wikiCounts(doc, tokens), figures, text, recall, precision);
    }
    rows.push(
      splitRow(
        `wikievents ${split}${split === 'test' ? ' (held out)' : ''}`,
        'killed/injured counts',
        recall,
        precision,
      ),
    );
  }
  return { chars, rows };
}
