import type {
  DocumentInfo,
  Extraction,
  Figure,
  GoldFigure,
  GoldFile,
  GoldStatement,
  RuleId,
  Span,
  Statement,
} from '../model.js';
import { matchOneToOne } from './match.js';
import { type Counts, type Tally, zeroTally } from './metrics.js';
import { namesAgree, sameText } from './normalise.js';
import { locate, overlapLength } from './spans.js';
import { fieldRules } from './why.js';

/** The metadata fields scored, each compared with the gold `meta`. */
export const META_FIELDS = ['published', 'outlet', 'dateline', 'title'] as const;
/** One of {@link META_FIELDS}. */
export type MetaField = (typeof META_FIELDS)[number];

/** What a finding reports: a miss, a spurious claim, a wrong field, or a gold quote not in the text. */
export type FindingKind =
  | 'missed-figure'
  | 'spurious-figure'
  | 'wrong-claimant'
  | 'wrong-as-of'
  | 'wrong-qualifier'
  | 'missed-statement'
  | 'spurious-statement'
  | 'wrong-speaker'
  | 'wrong-kind'
  | 'wrong-meta'
  | 'quote-not-found';

/** One line of the verbose report: where, what, and the evidence text. */
export interface Finding {
  slug: string;
  kind: FindingKind;
  /** The words concerned: the gold quote for a miss, the predicted span's text for a spurious claim. */
  evidence: string;
  /** What the gold says, for a wrong field or a miss ("killed 112 people (at_least)"). */
  expected?: string;
  /** What the extractor said. */
  got?: string;
  /** Where the evidence sits in the article text, when known. */
  span?: Span;
  /** The rule that made the predicted claim (a wrong field or a spurious claim). */
  by?: RuleId;
  /**
   * The rules that decided the wrong field (its `why`): one id, or a claimant's frame and words as
   * "frame …" and "words … → …"; empty when the extraction recorded none.
   */
  rules?: string[];
}

/** The scores of one article. */
export interface ArticleScore {
  slug: string;
  /** Length of the article text in UTF-16 code units. */
  chars: number;
  figures: Counts;
  /** Among matched figures: `source` agrees ({@link namesAgree}). */
  claimant: Tally;
  /** Among matched figures: `asOf` equal. */
  asOf: Tally;
  /** Among matched figures: `qualifier` equal. */
  qualifier: Tally;
  statements: Counts;
  /** Among matched statements: `speaker` agrees ({@link namesAgree}). */
  speaker: Tally;
  /** Among matched statements: `kind` equal. */
  kind: Tally;
  /** Metadata read without the gold publication date: field → correct; absent when the gold leaves the field out. */
  meta: Partial<Record<MetaField, boolean>>;
  findings: Finding[];
}

/** Everything {@link scoreArticle} needs about one article. */
export interface ArticleInput {
  slug: string;
  gold: GoldFile;
  /** Extraction run with the gold publication date known. */
  extraction: Extraction;
  /** Document info from a second run without the gold publication date, for the metadata scores. */
  blindMeta: Pick<DocumentInfo, MetaField>;
}

/**
 * Scores one article against its gold file. Gold quotes are placed at their first occurrence in
 * the text. Figures match one-to-one when value, metric and unit are equal and the predicted span
 * overlaps the gold quote (largest overlap first); statements match one-to-one by overlapping
 * spans, largest overlap first, same kind preferred on ties. Field accuracies are counted among
 * matched pairs only, so they do not punish a miss twice.
 */
export function scoreArticle(input: ArticleInput): ArticleScore {
  const { slug, gold, extraction } = input;
  const { text } = extraction.document;
  const findings: Finding[] = [];
  const place = (quote: string): Span | null => {
    const span = locate(text, quote);
    if (!span) findings.push({ slug, kind: 'quote-not-found', evidence: quote });
    return span;
  };

  const goldFigures = gold.figures.map((g) => ({ g, span: place(g.quote) }));
  const figurePairs = matchOneToOne(goldFigures, extraction.figures, ({ g, span }, p) => {
    if (!span || g.value !== p.value || g.metric !== p.metric || g.unit !== p.unit) return null;
    const o = overlapLength(span, p.span);
    return o > 0 ? o : null;
  });
  const claimant = zeroTally();
  const asOf = zeroTally();
  const qualifier = zeroTally();
  for (const [gi, pi] of figurePairs) {
    const { g, span } = goldFigures[gi]!;
    const p = extraction.figures[pi]!;
    const at = { slug, evidence: g.quote, span: span!, by: p.by };
    _tally(claimant, namesAgree(g.source, p.source), findings, {
      ...at,
      kind: 'wrong-claimant',
      expected: String(g.source),
      got: String(p.source),
      rules: fieldRules(p.why?.source),
    });
    _tally(asOf, g.asOf === p.asOf, findings, {
      ...at,
      kind: 'wrong-as-of',
      expected: String(g.asOf),
      got: String(p.asOf),
      rules: fieldRules(p.why?.asOf),
    });
    _tally(qualifier, g.qualifier === p.qualifier, findings, {
      ...at,
      kind: 'wrong-qualifier',
      expected: g.qualifier,
      got: p.qualifier,
      rules: fieldRules(p.why?.qualifier),
    });
  }
  _unmatched(goldFigures.length, figurePairs, 0).forEach((gi) => {
    const { g, span } = goldFigures[gi]!;
    if (span) findings.push({ slug, kind: 'missed-figure', evidence: g.quote, expected: describeFigure(g), span });
  });
  _unmatched(extraction.figures.length, figurePairs, 1).forEach((pi) => {
    const p = extraction.figures[pi]!;
    findings.push({
      slug,
      kind: 'spurious-figure',
      evidence: text.slice(p.span.start, p.span.end),
      got: describeFigure(p),
      span: p.span,
      by: p.by,
    });
  });

  const goldStatements = gold.statements.map((g) => ({ g, span: place(g.text) }));
  const statementPairs = matchOneToOne(goldStatements, extraction.statements, ({ g, span }, p) => {
    const o = span ? overlapLength(span, p.span) : 0;
    // Half a code unit never outweighs a longer overlap: the kind only breaks ties.
    return o > 0 ? o + (g.kind === p.kind ? 0.5 : 0) : null;
  });
  const speaker = zeroTally();
  const kind = zeroTally();
  for (const [gi, pi] of statementPairs) {
    const { g, span } = goldStatements[gi]!;
    const p = extraction.statements[pi]!;
    const at = { slug, evidence: g.text, span: span!, by: p.by };
    _tally(speaker, namesAgree(g.speaker, p.speaker), findings, {
      ...at,
      kind: 'wrong-speaker',
      expected: String(g.speaker),
      got: String(p.speaker),
      rules: fieldRules(p.why?.speaker),
    });
    _tally(kind, g.kind === p.kind, findings, {
      ...at,
      kind: 'wrong-kind',
      expected: g.kind,
      got: p.kind,
      rules: fieldRules(p.why?.kind),
    });
  }
  _unmatched(goldStatements.length, statementPairs, 0).forEach((gi) => {
    const { g, span } = goldStatements[gi]!;
    if (span) findings.push({ slug, kind: 'missed-statement', evidence: g.text, expected: describeStatement(g), span });
  });
  _unmatched(extraction.statements.length, statementPairs, 1).forEach((pi) => {
    const p = extraction.statements[pi]!;
    findings.push({
      slug,
      kind: 'spurious-statement',
      evidence: p.text,
      got: describeStatement(p),
      span: p.span,
      by: p.by,
    });
  });

  const meta: Partial<Record<MetaField, boolean>> = {};
  for (const field of META_FIELDS) {
    const want = gold.meta[field];
    if (want === undefined) continue;
    const got = input.blindMeta[field];
    meta[field] = field === 'published' ? want === got : sameText(want, got);
    if (!meta[field])
      findings.push({ slug, kind: 'wrong-meta', evidence: field, expected: String(want), got: String(got) });
  }

  return {
    slug,
    chars: text.length,
    figures: { tp: figurePairs.length, predicted: extraction.figures.length, gold: gold.figures.length },
    claimant,
    asOf,
    qualifier,
    statements: { tp: statementPairs.length, predicted: extraction.statements.length, gold: gold.statements.length },
    speaker,
    kind,
    meta,
    findings,
  };
}

/** A figure in a few words for the report: "killed 112 people (at_least) by the ministry". */
export function describeFigure(
  f: Pick<Figure | GoldFigure, 'metric' | 'value' | 'unit' | 'qualifier' | 'source'>,
): string {
  return `${f.metric} ${f.value} ${f.unit} (${f.qualifier})${f.source ? ` by ${f.source}` : ''}`;
}

/** A statement in a few words for the report: "direct, by Salama Maarouf". */
export function describeStatement(s: Pick<Statement | GoldStatement, 'kind' | 'speaker'>): string {
  return `${s.kind}, by ${s.speaker ?? '(nobody)'}`;
}

function _tally(t: Tally, ok: boolean, findings: Finding[], wrong: Finding): void {
  t.total++;
  if (ok) t.correct++;
  else findings.push(wrong);
}

function _unmatched(n: number, pairs: Array<[number, number]>, side: 0 | 1): number[] {
  const used = new Set(pairs.map((pair) => pair[side]));
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (!used.has(i)) out.push(i);
  return out;
}
