import type { Finding } from './score.js';
import type { EvalReport, ScoreLine } from './summary.js';

/** A fraction as a percentage with one decimal ("83.2"), or "–" when undefined. */
export function percent(x: number | null): string {
  return x === null ? '–' : (x * 100).toFixed(1);
}

/**
 * Lays out rows as a plain-text table for a terminal: text columns (indices in `left`, default the
 * first) left-aligned, number columns right-aligned, two spaces apart, a rule under the header.
 */
export function formatTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  left: ReadonlySet<number> = FIRST,
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (left.has(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const FIRST: ReadonlySet<number> = new Set([0]);

const HEADER = [
  'article',
  'fig gold',
  'pred',
  'P',
  'R',
  'F1',
  'claim%',
  'asOf%',
  'qual%',
  'stm gold',
  'pred',
  'P',
  'R',
  'F1',
  'spk%',
  'kind%',
  'meta%',
];

function _row(name: string, l: ScoreLine): string[] {
  const metaRight = Object.values(l.meta).reduce((n, t) => n + t.correct, 0);
  const metaTotal = Object.values(l.meta).reduce((n, t) => n + t.total, 0);
  return [
    name,
    String(l.figures.gold),
    String(l.figures.predicted),
    percent(l.figures.precision),
    percent(l.figures.recall),
    percent(l.figures.f1),
    percent(l.claimant.accuracy),
    percent(l.asOf.accuracy),
    percent(l.qualifier.accuracy),
    String(l.statements.gold),
    String(l.statements.predicted),
    percent(l.statements.precision),
    percent(l.statements.recall),
    percent(l.statements.f1),
    percent(l.speaker.accuracy),
    percent(l.kind.accuracy),
    percent(metaTotal ? metaRight / metaTotal : null),
  ];
}

/**
 * The terminal report of `crosscheck eval`: per-article rows when `verbose`, the totals always,
 * metadata accuracy per field, and with `verbose` every finding as
 * `slug  kind  "evidence"  expected … got …`. Percentages; "–" where nothing was scored.
 */
export function formatReport(report: EvalReport, verbose: boolean): string {
  const rows = verbose ? report.articles.map((a) => _row(a.slug, a)) : [];
  rows.push(_row(`TOTAL (${report.totals.articles} articles)`, report.totals));
  const out = [formatTable(HEADER, rows), ''];
  const meta = Object.entries(report.totals.meta).map(
    ([f, t]) => `${f} ${percent(t.accuracy)}% (${t.correct}/${t.total})`,
  );
  out.push(`metadata without the gold date: ${meta.join(', ')}`);
  if (verbose && report.findings.length) {
    out.push('', 'findings:');
    for (const f of report.findings) {
      const detail = [
        f.expected !== undefined ? `expected ${f.expected}` : '',
        f.got !== undefined ? `got ${f.got}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      out.push(`${f.slug}  ${f.kind}  ${JSON.stringify(_clip(f.evidence))}${detail ? `  ${detail}` : ''}${_rules(f)}`);
    }
  }
  return out.join('\n') + '\n';
}

/**
 * The rules behind a wrong field, then the rule that made the claim: "  rules: frame attribution/…;
 * words attribution/… (made by figures/…)"; only the maker when the field's rules were not recorded.
 */
function _rules(f: Finding): string {
  if (!f.by) return '';
  return f.rules?.length ? `  rules: ${f.rules.join('; ')} (made by ${f.by})` : `  made by ${f.by}`;
}

/** Long evidence (a paragraph-long quote) is cut to keep one finding on one line. */
function _clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}
