/**
 * PolNeAR adapter: our statements and speakers against gold attributions, in the style of the
 * BBC citron evaluation.
 *
 * Data: `polnear/data/{dev,test}/text/<article>.txt` and `attributions/<article>_<annotator>.ann`
 * (brat standoff; see polnear/PROVENANCE.md). The held-out dev and test compartments are scored;
 * train is left for developers to study, so the score is not tuned on it. Articles with several
 * annotators use the first annotator file in name order.
 *
 * Protocol:
 * - `statements`: a gold item is one attribution relation (Attribution or Attribution-no-source)
 *   with its Content span(s); our statements match them one-to-one by overlap, largest first.
 * - `statements (any overlap)`: citron's item overlap: a statement of ours is right when it overlaps
 *   some gold content (P), a gold item is found when some statement of ours overlaps it (R). PolNeAR
 *   makes one item of a quote, its "he said" and its continuation, where our guidelines make one
 *   statement per quoted run, so one-to-one matching counts our second and third statements wrong.
 * - `speaker (any overlap)`: the same, counting a statement (P) or gold item (R) only when the
 *   speaker also agrees (span overlap or `namesAgree`) with an overlapping gold item.
 * - `content words` (citron "overlap" metric): words (runs of letters/digits) of our statement
 *   spans inside gold content spans / all our words (P), and gold content words inside our spans /
 *   all gold content words (R). Citron counts tokens the same way; quotation marks, which PolNeAR
 *   includes in content and we exclude, do not count.
 * - `speaker`: among matched statements, our speaker is right when our `speakerSpan` overlaps the
 *   gold Source span, or our `speaker` agrees with the Source text by `namesAgree`. P over our
 *   statements with a speaker, R over gold attributions with a Source. This is more lenient than
 *   citron's exact source match, and stricter in one way: PolNeAR's source is often a pronoun
 *   ("he") with no coreference, while we resolve "he" to a name elsewhere in the text, so a
 *   correct resolution can still count as wrong when its span is not the pronoun's.
 * Not comparable one-to-one with citron's published numbers: PARC 3.0 (WSJ) is a different corpus,
 * and PolNeAR also marks beliefs and intentions ("backs", "wants"), which we do not report.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchOneToOne } from '../../src/eval/match.js';
import { type Counts, zeroCounts } from '../../src/eval/metrics.js';
import { namesAgree } from '../../src/eval/normalise.js';
import { overlapLength, sharedWords, wordCount } from '../../src/eval/spans.js';
import { extract } from '../../src/extract/index.js';
import type { Span, Statement } from '../../src/model.js';
import { type AdapterResult, prfRow, splitRow } from './result.js';

/** One gold attribution: content spans, and the source span(s) and text when explicit. */
export interface PolnearAttribution {
  content: Span[];
  source: Span[];
  sourceText: string | null;
}

const ROLE_CONTENT = /^Content\d*$/;

/**
 * Parses a brat .ann file into attributions. Text-bound lines are `T1<TAB>Type start end[;start
 * end]<TAB>text`; relations are `E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`.
 */
export function parseBrat(ann: string): PolnearAttribution[] {
  const spans = new Map<string, { spans: Span[]; text: string }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const [id, body, text] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const ranges = body.slice(body.indexOf(' ') + 1).split(';');
      spans.set(id, {
        spans: ranges.map((r) => {
          const [s, e] = r.trim().split(' ').map(Number);
          return { start: s!, end: e! };
        }),
        text: text ?? '',
      });
    } else if (id.startsWith('E')) events.push(body);
  }
  const out: PolnearAttribution[] = [];
  for (const body of events) {
    const args = body
      .trim()
      .split(/\s+/)
      .map((a) => a.split(':') as [string, string]);
    if (!/^Attribution(-no-source)?$/.test(args[0]?.[0] ?? '')) continue;
    const content = args.filter(([role]) => ROLE_CONTENT.test(role)).flatMap(([, t]) => spans.get(t)?.spans ?? []);
    const source = args.find(([role]) => role === 'Source');
    const src = source ? spans.get(source[1]) : undefined;
    if (content.length) out.push({ content, source: src?.spans ?? [], sourceText: src ? src.text : null });
  }
  return out;
}

/**
 * Tallies of one or more documents for the three PolNeAR rows. Word overlap keeps precision's
 * side (our words inside gold content) apart from recall's (gold words inside our spans): the two
 * differ when spans cut words or overlap each other.
 */
export interface PolnearTally {
  statements: Counts;
  anyP: Counts;
  anyR: Counts;
  speakerAnyP: Counts;
  speakerAnyR: Counts;
  wordsP: Counts;
  wordsR: Counts;
  speaker: Counts;
}

/** Empty tallies. */
export const zeroPolnear = (): PolnearTally => ({
  statements: zeroCounts(),
  anyP: zeroCounts(),
  anyR: zeroCounts(),
  speakerAnyP: zeroCounts(),
  speakerAnyR: zeroCounts(),
  wordsP: zeroCounts(),
  wordsR: zeroCounts(),
  speaker: zeroCounts(),
});

/** Scores one document's statements against its gold attributions, adding into `t`. */
export function scorePolnearDocument(
  text: string,
  gold: readonly PolnearAttribution[],
  predicted: readonly Statement[],
  t: PolnearTally,
): void {
  const pairs = matchOneToOne(gold, predicted, (g, p) => {
    const o = g.content.reduce((n, c) => n + overlapLength(c, p.span), 0);
    return o > 0 ? o : null;
  });
  t.statements.tp += pairs.length;
  t.statements.gold += gold.length;
  t.statements.predicted += predicted.length;

  const goldContent = gold.flatMap((g) => g.content);
  const ours = predicted.map((p) => p.span);
  t.wordsP.tp += sharedWords(text, ours, goldContent);
  t.wordsP.predicted += wordCount(text, ours);
  t.wordsR.tp += sharedWords(text, goldContent, ours);
  t.wordsR.gold += wordCount(text, goldContent);

  const overlaps = (g: PolnearAttribution, p: Statement) => g.content.some((c) => overlapLength(c, p.span) > 0);
  const speakerAgrees = (g: PolnearAttribution, p: Statement) =>
    p.speaker !== null &&
    ((p.speakerSpan ? g.source.some((s) => overlapLength(s, p.speakerSpan!) > 0) : false) ||
      namesAgree(g.sourceText, p.speaker));
  for (const [gi, pi] of pairs) if (speakerAgrees(gold[gi]!, predicted[pi]!)) t.speaker.tp++;

  t.anyP.predicted += predicted.length;
  t.anyR.gold += gold.length;
  t.speakerAnyP.predicted += predicted.filter((p) => p.speaker !== null).length;
  t.speakerAnyR.gold += gold.filter((g) => g.sourceText !== null).length;
  for (const p of predicted) {
    const hit = gold.filter((g) => overlaps(g, p));
    if (hit.length) t.anyP.tp++;
    if (hit.some((g) => speakerAgrees(g, p))) t.speakerAnyP.tp++;
  }
  for (const g of gold) {
    const hit = predicted.filter((p) => overlaps(g, p));
    if (hit.length) t.anyR.tp++;
    if (g.sourceText !== null && hit.some((p) => speakerAgrees(g, p))) t.speakerAnyR.tp++;
  }
  t.speaker.predicted += predicted.filter((p) => p.speaker !== null).length;
  t.speaker.gold += gold.filter((g) => g.sourceText !== null).length;
}

/** PolNeAR articles of the given parts with their attribution file (null when it has none). */
export function* polnearDocuments(
  root: string,
  parts: readonly string[] = ['train', 'dev', 'test'],
): Generator<{ name: string; text: string; annPath: string | null }> {
  const base = join(root, 'polnear', 'data');
  for (const part of parts) {
    const textDir = join(base, part, 'text');
    const annDir = join(base, part, 'attributions');
    if (!existsSync(textDir)) continue;
    const anns = existsSync(annDir)
      ? readdirSync(annDir)
          .filter((f) => f.endsWith('.ann'))
          .sort()
      : [];
    for (const f of readdirSync(textDir)
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      const name = f.slice(0, -4);
      const ann = anns.find((a) => a.startsWith(`${name}_`) && a.length === name.length + 9);
      yield { name, text: readFileSync(join(textDir, f), 'utf8'), annPath: ann ? join(annDir, ann) : null };
    }
  }
}

/** Runs the PolNeAR protocol over `<root>/polnear`: the held-out dev and test parts. */
export function runPolnear(root: string): AdapterResult {
  const base = join(root, 'polnear', 'data');
  if (!existsSync(base)) return { rows: [], chars: 0, skipped: `polnear: ${base} not found` };
  const t = zeroPolnear();
  let chars = 0;
  for (const { name, text, annPath } of polnearDocuments(root, ['dev', 'test'])) {
    if (!annPath) continue;
    chars += text.length;
    const gold = parseBrat(readFileSync(annPath, 'utf8'));
    scorePolnearDocument(text, gold, extract({ origin: `polnear:${name}`, text, meta: {} }).statements, t);
  }
  const ds = 'polnear dev+test';
  return {
    chars,
    rows: [
      prfRow(ds, 'statements (span overlap)', t.statements),
      splitRow(ds, 'statements (any overlap)', t.anyR, t.anyP, 'citron quote F1 83.2 (PARC 3.0 test)'),
      splitRow(ds, 'speaker (any overlap)', t.speakerAnyR, t.speakerAnyP, 'citron speaker F1 82.0 (PARC 3.0 test)'),
      splitRow(
        ds,
        'content words (citron overlap)',
        t.wordsR,
        t.wordsP,
        'citron quote-span overlap F1 83.2 (PARC 3.0 test)',
      ),
      prfRow(ds, 'speaker (span or name)', t.speaker),
    ],
  };
}
