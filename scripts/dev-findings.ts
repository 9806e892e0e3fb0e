/**
 * Lists, item by item, what the figures stage gives on the development splits of the public
 * datasets and how their protocols score it, to find families of errors without reading held-out
 * text:
 *
 *   npx tsx scripts/dev-findings.ts PATH [--dataset wikievents|muc4] [--only fp|miss|tp]
 *
 * PATH is the datasets folder (e.g. ../shared/datasets). Only WikiEvents dev and MUC-4 dev+TST1–3
 * are read: WikiEvents test and MUC-4 TST4 are held out, scored by `npm run eval:datasets` and
 * never listed. One tab-separated line per item: the verdict (TP, FP: no gold count accepts it, MISS:
 * a gold count none of ours matches; NOGOLD: a document with no gold count, not scored), the
 * document, metric and value, the rule that decided the metric, the words of the count, and the
 * text around it. The protocols are those of scripts/datasets/wikievents.ts and muc4.ts; a FP
 * there is often a figure GUIDELINES.md counts that the dataset does not annotate.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../src/extract/index.js';
import type { Figure } from '../src/model.js';
import { muc4Texts, mucGold, parseMucKeys, type MucTemplate } from './datasets/muc4.js';
import { scriptArgs } from './script-args.js';
import { rebuildText, singularCount, wikiCounts, type WikiDoc } from './datasets/wikievents.js';

const USAGE = 'Usage: npx tsx scripts/dev-findings.ts PATH [--dataset wikievents|muc4] [--only fp|miss|tp]';
const AROUND = 100;

function around(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - AROUND), end + AROUND).replace(/\s+/g, ' ');
}

function line(verdict: string, doc: string, what: string, rule: string, words: string, context: string): string {
  return [verdict, doc, what, rule, `[${words.replace(/\s+/g, ' ')}]`, context].join('\t');
}

const scored = (f: Figure) => (f.metric === 'killed' || f.metric === 'injured') && f.unit === 'people';

function* wikievents(root: string): Generator<string> {
  const file = join(root, 'wikievents', 'data', 'wikievents', 'dev.jsonl');
  if (!existsSync(file)) throw new Error(`${file} not found`);
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const doc = JSON.parse(raw) as WikiDoc;
    const { text, tokens } = rebuildText(doc);
    const gold = wikiCounts(doc, tokens);
    const ours = extract({ origin: `wikievents:${doc.doc_id}`, text, meta: {} }).figures.filter(
      (f) => scored(f) && !singularCount(f, text),
    );
    const accepts = (c: (typeof gold)[number], f: Figure) =>
      c.metric === f.metric && f.span.start < c.end && c.start < f.span.end && c.values.includes(f.value);
    for (const f of ours) {
      const verdict = !gold.length ? 'NOGOLD' : gold.some((c) => accepts(c, f)) ? 'TP' : 'FP';
      const words = text.slice(f.span.start, f.span.end);
      yield line(
        verdict,
        doc.doc_id,
        `${f.metric} ${f.value}`,
        f.why.metric,
        words,
        around(text, f.span.start, f.span.end),
      );
    }
    for (const c of gold)
      if (!ours.some((f) => accepts(c, f)))
        yield line(
          'MISS',
          doc.doc_id,
          `${c.metric} ${c.values.join('/')}`,
          '',
          text.slice(c.start, c.end),
          around(text, c.start, c.end),
        );
  }
}

function* muc4(root: string): Generator<string> {
  const dir = join(root, 'muc4', 'original', 'muc34', 'TASK', 'CORPORA');
  if (!existsSync(dir)) throw new Error(`${dir} not found`);
  const templates: MucTemplate[] = [];
  for (const split of readdirSync(dir).sort()) {
    if (split.startsWith('README') || split === 'tst4') continue;
    for (const f of readdirSync(join(dir, split)).sort())
      if (f.startsWith('key-')) templates.push(...parseMucKeys(readFileSync(join(dir, split, f), 'latin1')));
  }
  const gold = mucGold(templates);
  for (const { id, text } of muc4Texts(root)) {
    const g = gold.get(id);
    // TST4 is held out; documents with no relevant template are not scored for precision
    if (id.startsWith('TST4') || !g?.relevant) continue;
    const ours = extract({ origin: `muc4:${id}`, text, meta: {} }).figures.filter(scored);
    const keyed = g.counts.map((c) => `${c.metric} ${c.values.join('/')}`).join(', ');
    for (const f of ours) {
      const ok = g.counts.some((c) => c.metric === f.metric && c.values.includes(f.value));
      const words = text.slice(f.span.start, f.span.end);
      yield line(
        ok ? 'TP' : 'FP',
        id,
        `${f.metric} ${f.value}`,
        f.why.metric,
        words,
        `key: ${keyed || '-'} | ${around(text, f.span.start, f.span.end)}`,
      );
    }
  }
}

function main(argv: string[]): number {
  const parsed = scriptArgs(argv, { dataset: { type: 'string' }, only: { type: 'string' } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const datasets = values.dataset ? [values.dataset] : ['wikievents', 'muc4'];
  if (
    positionals.length !== 1 ||
    datasets.some((d) => d !== 'wikievents' && d !== 'muc4') ||
    (values.only && !['fp', 'miss', 'tp'].includes(values.only))
  ) {
    process.stderr.write(USAGE + '\n');
    return 1;
  }
  const root = resolve(positionals[0]!);
  const only = values.only?.toUpperCase();
  try {
    for (const d of datasets)
      for (const l of d === 'wikievents' ? wikievents(root) : muc4(root))
        if (!only || l.startsWith(`${only}\t`)) process.stdout.write(`${l}\n`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    process.stderr.write(`dev-findings: ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}

// "| head" closes the pipe early: stop quietly
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
process.exitCode = main(process.argv.slice(2));
