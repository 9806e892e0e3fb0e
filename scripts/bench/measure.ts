/**
 * One benchmark measurement in its own process: `tsx measure.ts NAME TEXTS.jsonl LIMIT [WARM_UP]`.
 * `long-document` instead joins the texts into one document of LIMIT megabytes and extracts it once,
 * to show that the cost of a document grows in proportion to its length.
 * Prints `{ docs, bytes, ms, cpuMs, maxRssKb }`: wall and CPU milliseconds (CPU time is the fair
 * figure on a shared machine). A stage's time covers that stage only; the stages before
 * it run untimed for each document so the stage sees real input. Every measurement first runs
 * untimed over the first WARM_UP texts (default 50): the benchmark gives the steady-state rows one
 * pass over its distinct texts, so module start-up and V8's compilation of the code those texts
 * exercise fall before the clock starts, and the cold rows 50 texts, to show what a short run pays.
 * The compiled code in dist/ is measured: it is what the CLI runs.
 */
import { readFileSync } from 'node:fs';

type Extract = typeof import('../../src/extract/index.js');
const { emptyAnalysis, extract, STAGES } = (await import('../../dist/extract/index.js' as string)) as Extract;
const WARM_UP = Number(process.argv[5] ?? 50);

async function main(name: string, file: string, limit: number): Promise<void> {
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, limit)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  let run: (text: string) => void;
  if (name === 'long-document') {
    const all = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text);
    for (const text of all.slice(0, WARM_UP)) extract({ origin: 'warm-up', text, meta: {} });
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < limit * 1e6; i++) {
      parts.push(all[i % all.length]!);
      size += parts[parts.length - 1]!.length + 2;
    }
    const long = parts.join('\n\n');
    const t0 = performance.now();
    const c0 = cpuMs();
    extract({ origin: 'bench', text: long, meta: {} });
    report(1, Buffer.byteLength(long), performance.now() - t0, cpuMs() - c0);
    return;
  }
  if (name === 'extract') {
    run = (text) => void extract({ origin: 'bench', text, meta: {} });
  } else if (name === 'wink-tokenise') {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model, []);
    run = (text) => void nlp.readDoc(text).tokens().length();
  } else if (name === 'compromise') {
    const nlp = (await import('compromise')).default;
    run = (text) => void nlp(text).json();
  } else {
    const i = STAGES.findIndex((s) => s.name === name);
    if (i < 0) throw new Error(`unknown measurement ${name}`);
    let ms = 0;
    let cpu = 0;
    for (const text of texts.slice(0, WARM_UP)) extract({ origin: 'warm-up', text, meta: {} });
    for (const text of texts) {
      const a = emptyAnalysis({ origin: 'bench', text, meta: {} });
      for (let j = 0; j < i; j++) STAGES[j]!.run(a);
      const t0 = performance.now();
      const c0 = cpuMs();
      STAGES[i]!.run(a);
      cpu += cpuMs() - c0;
      ms += performance.now() - t0;
    }
    report(texts.length, bytes, ms, cpu);
    return;
  }
  for (const text of texts.slice(0, WARM_UP)) run(text);
  const t0 = performance.now();
  const c0 = cpuMs();
  for (const text of texts) run(text);
  report(texts.length, bytes, performance.now() - t0, cpuMs() - c0);
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function report(docs: number, bytes: number, ms: number, cpuMsUsed: number): void {
  process.stdout.write(
    JSON.stringify({ docs, bytes, ms, cpuMs: cpuMsUsed, maxRssKb: process.resourceUsage().maxRSS }) + '\n',
  );
}

await main(process.argv[2]!, process.argv[3]!, Number(process.argv[4]));
