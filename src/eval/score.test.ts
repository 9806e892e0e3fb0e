import { describe, expect, it } from 'vitest';
import type { Extraction, Figure, GoldFile, Statement } from '../model.js';
import { scoreArticle } from './score.js';
import { summarise } from './summary.js';

// A short wire report written for this test.
const TEXT = [
  'Shelling kills 14 in Kherson market',
  '',
  'KHERSON, March 3 — At least 14 people were killed when shells struck a covered market on Sunday, the regional governor said.',
  '',
  'Another 31 were wounded, he said. "The market was full of families buying bread," said Oksana Melnyk, a volunteer medic.',
  '',
  'The defence ministry in Moscow said it had struck "military targets" in the city.',
].join('\n');

const at = (quote: string) => {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`test text lacks ${quote}`);
  return { start, end: start + quote.length };
};

const GOLD: GoldFile = {
  meta: {
    title: 'Shelling kills 14 in Kherson market',
    outlet: null,
    published: '2024-03-04',
    dateline: 'Kherson',
    origin: null,
  },
  figures: [
    {
      value: 14,
      unit: 'people',
      qualifier: 'exact',
      vague: false,
      metric: 'killed',
      who: null,
      asOf: '2024-03-04',
      since: null,
      source: null,
      quote: 'kills 14',
    },
    {
      value: 14,
      unit: 'people',
      qualifier: 'at_least',
      vague: false,
      metric: 'killed',
      who: 'people',
      asOf: '2024-03-03',
      since: null,
      source: 'the regional governor',
      quote: 'At least 14 people',
    },
    {
      value: 31,
      unit: 'people',
      qualifier: 'exact',
      vague: false,
      metric: 'injured',
      who: null,
      asOf: '2024-03-04',
      since: null,
      source: 'the regional governor',
      quote: 'Another 31 were wounded',
    },
  ],
  statements: [
    {
      kind: 'indirect',
      speaker: 'the regional governor',
      speakerRole: null,
      cue: 'said',
      text: 'At least 14 people were killed when shells struck a covered market on Sunday',
    },
    {
      kind: 'indirect',
      speaker: 'the regional governor',
      speakerRole: null,
      cue: 'said',
      text: 'Another 31 were wounded',
    },
    {
      kind: 'direct',
      speaker: 'Oksana Melnyk',
      speakerRole: 'a volunteer medic',
      cue: 'said',
      text: 'The market was full of families buying bread,',
    },
    {
      kind: 'indirect',
      speaker: 'The defence ministry in Moscow',
      speakerRole: null,
      cue: 'said',
      text: 'it had struck "military targets" in the city',
    },
    {
      kind: 'direct',
      speaker: 'The defence ministry in Moscow',
      speakerRole: null,
      cue: 'said',
      text: 'military targets',
    },
  ],
};

function figure(quote: string, f: Partial<Figure>): Figure {
  const span = at(quote);
  return {
    value: 0,
    unit: 'people',
    qualifier: 'exact',
    vague: false,
    metric: 'killed',
    who: null,
    asOf: '2024-03-04',
    since: null,
    source: null,
    span,
    sentence: span,
    asOfBasis: 'implied',
    by: 'test/figure',
    why: { metric: 'test/figure', qualifier: 'test/figure', who: null, asOf: 'test/figure', since: null, source: null },
    ...f,
  };
}

function statement(text: string, s: Partial<Statement>): Statement {
  return {
    kind: 'indirect',
    speaker: null,
    speakerRole: null,
    cue: 'said',
    text,
    span: at(text),
    by: 'test/statement',
    why: { kind: 'test/statement', speaker: null },
    ...s,
  };
}

function extraction(figures: Figure[], statements: Statement[]): Extraction {
  return {
    document: {
      id: 'x',
      origin: 'test',
      title: GOLD.meta.title ?? null,
      outlet: null,
      published: '2024-03-04',
      dateline: 'Kherson',
      language: 'en',
      text: TEXT,
    },
    figures,
    statements,
    entities: [],
    messages: [],
  };
}

const blindMeta = { title: 'Shelling kills 14 in Kherson market', outlet: null, published: null, dateline: 'KHERSON' };

const perfectFigures = () => [
  figure('14', { value: 14, metric: 'killed' }),
  figure('At least 14', { value: 14, qualifier: 'at_least', asOf: '2024-03-03', source: 'the regional governor' }),
  figure('31', { value: 31, metric: 'injured', source: 'the regional governor' }),
];

describe('scoreArticle: figures', () => {
  it('scores a perfect extraction at 1.0 with every field right', () => {
    const s = scoreArticle({ slug: 'kherson', gold: GOLD, extraction: extraction(perfectFigures(), []), blindMeta });
    expect(s.figures).toEqual({ tp: 3, predicted: 3, gold: 3 });
    expect(s.claimant).toEqual({ correct: 3, total: 3 });
    expect(s.asOf).toEqual({ correct: 3, total: 3 });
    expect(s.qualifier).toEqual({ correct: 3, total: 3 });
  });

  it('a wrong claimant lowers claimant accuracy, not figure F1', () => {
    const figs = perfectFigures();
    figs[1] = { ...figs[1]!, source: 'The defence ministry in Moscow' };
    const s = scoreArticle({ slug: 'kherson', gold: GOLD, extraction: extraction(figs, []), blindMeta });
    expect(s.figures.tp).toBe(3);
    expect(s.claimant).toEqual({ correct: 2, total: 3 });
    expect(s.findings).toContainEqual(
      expect.objectContaining({
        kind: 'wrong-claimant',
        evidence: 'At least 14 people',
        expected: 'the regional governor',
        got: 'The defence ministry in Moscow',
      }),
    );
  });

  it('attributing an unattributed headline figure is wrong: null matches only null', () => {
    const figs = perfectFigures();
    figs[0] = { ...figs[0]!, source: 'the regional governor' };
    const s = scoreArticle({ slug: 'kherson', gold: GOLD, extraction: extraction(figs, []), blindMeta });
    expect(s.claimant.correct).toBe(2);
  });

  it('accepts a claimant that contains the gold one as whole words, or differs only by "the"/case', () => {
    const figs = perfectFigures();
    figs[1] = { ...figs[1]!, source: 'Regional governor' };
    figs[2] = { ...figs[2]!, source: 'the regional governor of Kherson' };
    const s = scoreArticle({ slug: 'kherson', gold: GOLD, extraction: extraction(figs, []), blindMeta });
    expect(s.claimant).toEqual({ correct: 3, total: 3 });
  });

  it('a wrong date and a wrong qualifier are counted apart', () => {
    const figs = perfectFigures();
    figs[1] = { ...figs[1]!, asOf: '2024-03-04', qualifier: 'exact' };
    const s = scoreArticle({ slug: 'kherson', gold: GOLD, extraction: extraction(figs, []), blindMeta });
    expect(s.asOf).toEqual({ correct: 2, total: 3 });
    expect(s.qualifier).toEqual({ correct: 2, total: 3 });
  });

  it('names the rules behind each wrong field, and the rule that made each wrong or spurious claim', () => {
    const figs = perfectFigures();
    figs[1] = {
      ...figs[1]!,
      asOf: '2024-03-04',
      source: 'The defence ministry in Moscow',
      by: 'figures/count-aux-trigger',
      why: {
        metric: 'figures/trigger-killed',
        qualifier: 'numbers/digits',
        who: null,
        asOf: 'figures/as-of-publication-date',
        since: null,
        source: { frame: 'attribution/claimant-verb-clause', claimant: ['attribution/latest-organisation'] },
      },
    };
    figs.push(figure('Another 31', { value: 31, metric: 'killed', by: 'figures/count-then-trigger' }));
    const s = scoreArticle({ slug: 'kherson', gold: GOLD, extraction: extraction(figs, []), blindMeta });
    const of = (kind: string) => s.findings.find((f) => f.kind === kind)!;
    expect([of('wrong-as-of').by, of('wrong-as-of').rules]).toEqual([
      'figures/count-aux-trigger',
      ['figures/as-of-publication-date'],
    ]);
    expect(of('wrong-claimant').rules).toEqual([
      'frame attribution/claimant-verb-clause',
      'words attribution/latest-organisation',
    ]);
    expect([of('spurious-figure').by, of('spurious-figure').rules]).toEqual(['figures/count-then-trigger', undefined]);
    // A claimant the text gave no frame for (why.source null) names only the claim's maker.
    const bare = perfectFigures();
    bare[1] = { ...bare[1]!, source: null, why: { ...bare[1]!.why, source: null } };
    const t = scoreArticle({ slug: 'kherson', gold: GOLD, extraction: extraction(bare, []), blindMeta });
    expect(t.findings.find((f) => f.kind === 'wrong-claimant')).toMatchObject({ by: 'test/figure', rules: [] });
  });

  it('a figure with the right number but the wrong metric, or far from the quote, does not match', () => {
    const figs = [
      figure('14', { value: 14, metric: 'injured' }), // headline figure read as wounded
      figure('31', { value: 14, metric: 'killed' }), // value 14 but its span is on "31"
    ];
    const s = scoreArticle({ slug: 'kherson', gold: GOLD, extraction: extraction(figs, []), blindMeta });
    expect(s.figures).toEqual({ tp: 0, predicted: 2, gold: 3 });
    expect(s.findings.filter((f) => f.kind === 'missed-figure').map((f) => f.evidence)).toEqual([
      'kills 14',
      'At least 14 people',
      'Another 31 were wounded',
    ]);
    expect(s.findings.filter((f) => f.kind === 'spurious-figure').map((f) => f.evidence)).toEqual(['14', '31']);
  });

  it('matches one-to-one: one prediction cannot satisfy two gold figures', () => {
    const wide = figure('kills 14 in Kherson market\n\nKHERSON, March 3 — At least 14', { value: 14 });
    const s = scoreArticle({ slug: 'kherson', gold: GOLD, extraction: extraction([wide], []), blindMeta });
    expect(s.figures.tp).toBe(1);
  });

  it('reports a gold quote that is not in the text and counts it as missed', () => {
    const gold: GoldFile = { ...GOLD, figures: [{ ...GOLD.figures[0]!, quote: 'kills 15' }], statements: [] };
    const s = scoreArticle({ slug: 'kherson', gold, extraction: extraction([], []), blindMeta });
    expect(s.figures).toEqual({ tp: 0, predicted: 0, gold: 1 });
    expect(s.findings).toContainEqual(expect.objectContaining({ kind: 'quote-not-found', evidence: 'kills 15' }));
  });
});

describe('scoreArticle: statements', () => {
  it('matches by overlap and checks speaker and kind', () => {
    const stms = [
      statement('At least 14 people were killed when shells struck a covered market', { speaker: 'regional governor' }),
      statement('The market was full of families buying bread', { kind: 'direct', speaker: 'Melnyk' }),
      statement('it had struck "military targets" in the city', { speaker: 'Oksana Melnyk' }),
    ];
    const s = scoreArticle({ slug: 'kherson', gold: GOLD, extraction: extraction([], stms), blindMeta });
    expect(s.statements).toEqual({ tp: 3, predicted: 3, gold: 5 });
    expect(s.speaker).toEqual({ correct: 2, total: 3 });
    expect(s.kind).toEqual({ correct: 3, total: 3 });
  });

  it('prefers the same kind when a prediction overlaps two gold statements equally', () => {
    // The predicted direct quote lies inside both the indirect clause and the partial direct quote.
    const s = scoreArticle({
      slug: 'kherson',
      gold: GOLD,
      extraction: extraction([], [statement('military targets', { kind: 'direct', speaker: 'the defence ministry' })]),
      blindMeta,
    });
    expect(s.kind).toEqual({ correct: 1, total: 1 });
    expect(s.findings.filter((f) => f.kind === 'missed-statement').map((f) => f.evidence)).toContain(
      'it had struck "military targets" in the city',
    );
  });

  it('a statement that overlaps no gold statement is spurious', () => {
    const s = scoreArticle({
      slug: 'kherson',
      gold: GOLD,
      extraction: extraction([], [statement('Shelling kills 14 in Kherson market', {})]),
      blindMeta,
    });
    expect(s.statements.tp).toBe(0);
    expect(s.findings).toContainEqual(
      expect.objectContaining({ kind: 'spurious-statement', evidence: 'Shelling kills 14 in Kherson market' }),
    );
  });
});

describe('scoreArticle: metadata', () => {
  it('compares the blind run with gold meta: case-insensitive strings, exact dates', () => {
    const s = scoreArticle({ slug: 'kherson', gold: GOLD, extraction: extraction([], []), blindMeta });
    expect(s.meta).toEqual({ published: false, outlet: true, dateline: true, title: true });
    expect(s.findings).toContainEqual(
      expect.objectContaining({ kind: 'wrong-meta', evidence: 'published', expected: '2024-03-04', got: 'null' }),
    );
  });
});

describe('summarise', () => {
  it('micro-averages over articles', () => {
    const a = scoreArticle({ slug: 'a', gold: GOLD, extraction: extraction(perfectFigures(), []), blindMeta });
    const b = scoreArticle({ slug: 'b', gold: GOLD, extraction: extraction([], []), blindMeta });
    const r = summarise([a, b]);
    expect(r.totals.figures).toMatchObject({ tp: 3, predicted: 3, gold: 6, precision: 1, recall: 0.5 });
    expect(r.totals.figures.f1).toBeCloseTo(2 / 3);
    expect(r.totals.statements).toMatchObject({ tp: 0, predicted: 0, gold: 10, precision: null, recall: 0, f1: 0 });
    expect(r.totals.meta.title).toEqual({ correct: 2, total: 2, accuracy: 1 });
    expect(r.articles.map((x) => x.slug)).toEqual(['a', 'b']);
  });
});
