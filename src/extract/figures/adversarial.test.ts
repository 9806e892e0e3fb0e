import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// A rule that never returns blocks the test worker for good: vitest's timeout cannot interrupt a
// synchronous loop. So the numbers and figures stages run in a child process that is killed after
// CHILD_LIMIT_MS, and a hang fails the test instead of stalling the run.
const CHILD_LIMIT_MS = 60_000;
const numbersModule = fileURLToPath(new URL('../numbers/index.ts', import.meta.url));
const textModule = fileURLToPath(new URL('../text/index.ts', import.meta.url));
const figuresModule = fileURLToPath(new URL('./index.ts', import.meta.url));

/** What the child reports for one text. */
interface Outcome {
  /** CPU milliseconds of the two stages: a loaded machine stretches the wall clock, not this. */
  ms: number;
  figures: Array<{ text: string; value: number; qualifier: string; metric: string; by: string }>;
  /** Problems with spans: empty when every span lies inside the text and inside its sentence. */
  problems: string[];
}

// The child treats each text as one sentence (the worst case for every per-sentence scan), with
// no dates and no attributions, so only the numbers and figures stages are measured (CPU time).
const CHILD = `
import { readFileSync } from 'node:fs';
const { findNumbers } = await import(${JSON.stringify(numbersModule)});
const { TextBase } = await import(${JSON.stringify(textModule)});
const { findFigures } = await import(${JSON.stringify(figuresModule)});
const out = [];
for (const text of JSON.parse(readFileSync(0, 'utf8'))) {
  const sentences = [{ span: { start: 0, end: text.length }, paragraph: 0, line: 'text', by: 'test' }];
  const t0 = process.cpuUsage();
  const base = new TextBase(text, sentences);
  const numbers = findNumbers(base);
  const meta = { title: null, outlet: null, published: '2023-11-10', publishedBy: null, publishedPartial: null, dateline: null, datelineSpan: null, language: 'en' };
  const figures = findFigures({ text, known: {}, options: {}, paragraphs: [sentences[0].span], sentences, base, meta, dates: [], numbers,
    entities: [], attributions: [], statements: [], figures: [], messages: [] });
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000;
  const problems = [];
  for (const x of [...numbers, ...figures]) {
    if (!(x.span.start >= 0 && x.span.start < x.span.end && x.span.end <= text.length)) problems.push('bad span ' + JSON.stringify(x.span));
  }
  out.push({ ms, problems, figures: figures.map((f) => ({ text: text.slice(f.span.start, f.span.end), value: f.value, qualifier: f.qualifier, metric: f.metric, by: f.by })) });
}
process.stdout.write(JSON.stringify(out));
`;

/** Runs the numbers and figures stages over each text in a child process killed after CHILD_LIMIT_MS. */
function runBounded(texts: readonly string[]): Outcome[] {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], {
    input: JSON.stringify(texts),
    encoding: 'utf8',
    timeout: CHILD_LIMIT_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.signal)
    throw new Error(
      `figures did not return within ${CHILD_LIMIT_MS} ms (killed by ${r.signal}): a rule loops or backtracks`,
    );
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Outcome[];
}

// Pieces that stress loops and patterns: long digit runs, digit groups, tally links ("passed"),
// commas, "and", qualifiers, range joiners, vague plurals, trigger words and stray punctuation.
const PIECES = [
  '1',
  '0',
  '12',
  '500',
  '1,000',
  ',000',
  '1 000',
  '10.5',
  '9'.repeat(40),
  '1,'.repeat(30) + '1',
  '5'.repeat(400),
  ' passed ',
  ' passes ',
  ' has passed ',
  ' toll ',
  ' death toll ',
  ' the number of ',
  ' rose to ',
  ' and ',
  ', ',
  ',',
  ' , and ',
  ' more than ',
  ' at least ',
  ' between ',
  ' to ',
  '-',
  '–',
  ' of ',
  ' of them ',
  ' including ',
  ' hundreds of ',
  ' tens of thousands of ',
  ' per cent ',
  '%',
  ' people ',
  ' civilians ',
  ' killed ',
  ' were killed',
  ' wounded ',
  ' displaced ',
  ' from their homes ',
  ' forced ',
  ' aged ',
  ' year ',
  ' old ',
  ' $',
  ' one ',
  ' twenty-',
  ' hundred ',
  ' million ',
  ' half ',
  ' a third ',
  '.',
  ' ',
  '(',
  ')',
  '+',
  ':',
  '/',
];
const adversarial = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 400 }).map((ps) => ps.join(''));

describe('figures and numbers on odd and long input', { timeout: CHILD_LIMIT_MS + 10_000 }, () => {
  it('return on tallies that "passed" a number, with the bound the verb states', () => {
    const texts = [
      'The toll has passed 500.',
      'Deaths have passed 500.',
      'The death toll has passed 500, the ministry said.',
      'The number of people killed has now passed 1,000 and is still rising.',
    ];
    const [toll, deaths, said, number] = runBounded(texts);
    expect(toll!.figures).toEqual([
      { text: '500', value: 500, qualifier: 'more_than', metric: 'killed', by: 'figures/toll' },
    ]);
    // "Deaths have passed 500": no tally noun, no trigger the rules know — no figure, but an answer
    expect(deaths!.figures).toEqual([]);
    expect(said!.figures).toEqual([
      { text: '500', value: 500, qualifier: 'more_than', metric: 'killed', by: 'figures/toll' },
    ]);
    expect(number!.figures).toEqual([
      { text: '1,000', value: 1000, qualifier: 'more_than', metric: 'killed', by: 'figures/number-of-trigger' },
    ]);
  });

  it('stay linear on long sentences made of digits, "passed", commas and "and"', () => {
    const long = [
      'The toll has passed 500'.concat(' and passed 500'.repeat(5000), '.'),
      '1'.repeat(200_000),
      '1,'.repeat(50_000) + '1 people were killed.',
      'and, '.repeat(40_000) + '12 people were killed.',
      'The death toll passed passed passed '.repeat(3000) + '40.',
      '1 000 '.repeat(30_000) + 'people fled.',
    ];
    for (const [i, o] of runBounded(long).entries()) {
      expect(o.problems, `text ${i}`).toEqual([]);
      // ≥ 0.1 MB per CPU second even for these (news copy runs far faster): a quadratic rule would
      // take minutes
      expect(o.ms, `text ${i}: ${long[i]!.length} chars`).toBeLessThan(long[i]!.length / 100 + 200);
    }
  });

  it('return quickly with spans inside the text for any mix of adversarial pieces', () => {
    const texts = fc.sample(adversarial, { numRuns: 300, seed: 20231110 });
    const outcomes = runBounded(texts);
    for (const [i, o] of outcomes.entries()) {
      expect(o.problems, texts[i]).toEqual([]);
      expect(o.ms, texts[i]).toBeLessThan(texts[i]!.length / 100 + 200);
    }
  });
});
