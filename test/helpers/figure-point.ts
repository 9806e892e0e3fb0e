import type { FigurePoint, Qualifier, SeriesKind } from '../../src/model.js';

let next = 1;
/** A hand-made figure point: killed civilians in Halvessa, by default cumulative and exact. */
export function point(p: {
  value: number;
  claimant: string;
  asOf: string;
  qualifier?: Qualifier;
  kind?: SeriesKind;
  published?: string;
  document?: string;
  version?: number;
}): FigurePoint {
  const id = next++;
  const document = p.document ?? `doc${id}`;
  return {
    figure: id,
    document: { id: document, origin: `${document}.txt`, outlet: 'Test Outlet', published: p.published ?? p.asOf },
    story: document,
    version: p.version ?? 1,
    metric: 'killed',
    value: p.value,
    high: null,
    unit: 'people',
    qualifier: p.qualifier ?? 'exact',
    vague: false,
    who: 'civilians',
    asOf: p.asOf,
    asOfBasis: 'stated',
    since: null,
    source: p.claimant,
    claimantKey: p.claimant,
    kind: p.kind ?? 'cumulative',
    kindCue: null,
    scope: 'Halvessa',
    scopeFrom: 'sentence',
    evidence: {
      text: String(p.value),
      span: { start: 0, end: 1 },
      sentence: { start: 0, end: 1 },
      sentenceText: String(p.value),
    },
  };
}
