import { claimantRules, fieldRules } from '../eval/why.js';
import type { Span } from '../model.js';
import type { StoredExtraction } from '../store/stored-extraction.js';

// What is explained: an extraction, or one read back from the ledger, whose older claims may lack `why`.
type Explained = StoredExtraction;
type Figure = Explained['figures'][number];
type Statement = Explained['statements'][number];
import { annotate, sentenceAround, type Mark } from './excerpt.js';
import { paint, type Style, type Terminal } from './terminal.js';

/**
 * One document's extraction for a person at a terminal: the document's metadata and messages, then
 * each figure and each statement with the words it came from underlined and each field with the
 * rule that decided it (`why`), e.g.
 *
 *     F2  killed · 10,569 people · as of 2023-11-08 · Palestinian officials              line 9
 *         Palestinian officials said a total of 10,569 people had been killed as of Wednesday, …
 *         ───────────────────── ────            ━━━━━━                          ─────────
 *         source                cue             figure                          asOf
 *
 *         made by    figures/count-aux-trigger
 *         metric     killed                      figures/…
 *
 * Claims the extraction recorded no rules for (made before `why` existed, or stored in the ledger
 * then; `stored` says it was the ledger) are counted once, at the top, instead of in every row.
 */
export function explainExtraction(x: Explained, t: Terminal, options: { stored?: boolean } = {}): string {
  const { text } = x.document;
  const lines = lineStarts(text);
  const out: string[] = [];
  out.push(..._documentPart(x, t, lines));
  const note = _unrecorded(x, options.stored ?? false);
  if (note) out.push('', ..._prose(note, t, 'dim', '', ''));
  x.figures.forEach((f, i) => out.push('', ..._figurePart(text, f, i, t, lines)));
  x.statements.forEach((s, i) => out.push('', ..._statementPart(text, s, i, t, lines)));
  return out.join('\n') + '\n';
}

/** "The rules behind the fields of 2 figures and 11 statements were not recorded: …", or null. */
function _unrecorded(x: Explained, stored: boolean): string | null {
  const count = (n: number, one: string) => (n ? [`${n} ${one}${n === 1 ? '' : 's'}`] : []);
  const parts = [
    ...count(x.figures.filter((f) => !f.why).length, 'figure'),
    ...count(x.statements.filter((s) => !s.why).length, 'statement'),
  ];
  if (!parts.length) return null;
  return `The rules behind the fields of ${parts.join(' and ')} were not recorded${stored ? ' when the document was stored' : ''}: each shows only the rule that made it.`;
}

/** Offsets at which each line of `text` starts, for 1-based line:column positions. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** `line:column` (both from 1) of an offset. */
export function position(lines: readonly number[], offset: number): string {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return `${lo + 1}:${offset - lines[lo]! + 1}`;
}

type Row = [field: string, value: string, rules: string[]];

function _documentPart(x: Explained, t: Terminal, lines: readonly number[]): string[] {
  const d = x.document;
  const published = d.published ?? (d.publishedPartial ? `— (seen without a year: "${d.publishedPartial}")` : '—');
  const rows: Row[] = [
    ['title', d.title ?? '—', []],
    ['outlet', d.outlet ?? '—', []],
    ['published', published, d.publishedBy ? [d.publishedBy] : []],
    ['dateline', d.dateline ?? '—', []],
    ...(d.agency ? [['agency', d.agency, []] as Row] : []),
    ['language', d.language, []],
  ];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const out = [
    _banner(d.origin === '-' ? '(standard input)' : d.origin, t),
    ..._table(rows, t, '  '),
    paint(
      t,
      'dim',
      `  ${count(x.figures.length, 'figure', 'figures')}, ${count(x.statements.length, 'statement', 'statements')}, ${count(x.entities.length, 'entity', 'entities')}`,
    ),
  ];
  for (const m of x.messages) {
    const at = m.span ? `${d.origin}:${position(lines, m.span.start)}` : d.origin;
    // path:line:col  level  reason  rule, as compilers print diagnostics; the level in its colour.
    const level = paint(t, m.level === 'warning' ? 'warning' : 'dim', m.level);
    const [first, ...rest] = _prose(`${at}  ${m.level}  ${m.reason}  ${m.rule}`, t, null, '  ', '  ');
    out.push(first!.replace(`  ${m.level}  `, `  ${level}  `), ...rest);
  }
  return out;
}

/** "── path ──────": where one document's explanation starts, across the width. */
function _banner(name: string, t: Terminal): string {
  return paint(t, 'bold', `── ${name} ${'─'.repeat(Math.max(3, t.width - name.length - 4))}`);
}

const QUALIFIER_WORDS: Record<string, string> = {
  exact: '',
  at_least: 'at least ',
  more_than: 'more than ',
  about: 'about ',
  up_to: 'up to ',
  less_than: 'fewer than ',
};

const _amount = (f: Figure) =>
  `${f.value.toLocaleString('en-US')}${f.high !== undefined ? `–${f.high.toLocaleString('en-US')}` : ''}${f.unit === 'percent' ? '%' : ''}`;

// "33 soldiers", "33 of its soldiers", "40% of children": the group after the count, as a reader says it.
const _ofWho = (f: Figure): string =>
  !f.who
    ? ''
    : f.unit === 'percent' || /^(its|their|his|her|our|the|these|those)\b/i.test(f.who)
      ? ` of ${f.who}`
      : ` ${f.who}`;

function _figurePart(text: string, f: Figure, i: number, t: Terminal, lines: readonly number[]): string[] {
  const why = f.why;
  const summary = [
    f.metric,
    `${QUALIFIER_WORDS[f.qualifier] ?? ''}${_amount(f)}${_ofWho(f)}`,
    f.asOf ? `as of ${f.asOf}` : 'no date',
    f.source ?? 'the outlet’s own voice',
  ].join(' · ');
  const marks: Mark[] = [
    { span: f.span, label: 'figure', style: 'figure', primary: true },
    ...(f.sourceSpan ? [{ span: f.sourceSpan, label: 'source', style: 'claimant' } as Mark] : []),
    ...(f.cueSpan ? [{ span: f.cueSpan, label: 'cue', style: 'cue' } as Mark] : []),
    ...(f.asOfSpan ? [{ span: f.asOfSpan, label: 'asOf', style: 'date' } as Mark] : []),
  ];
  const rows: Row[] = [
    ['made by', f.by, []],
    ['metric', f.metric, fieldRules(why?.metric)],
    ['value', `${_amount(f)}${f.vague ? ' (vague)' : ''}`, []],
    ['qualifier', f.qualifier, fieldRules(why?.qualifier)],
    ['who', f.who ?? '—', fieldRules(why?.who)],
    [
      'asOf',
      f.asOf
        ? `${f.asOf}${f.asOfBasis === 'implied' ? ', implied (publication date)' : f.asOfBasis ? `, ${f.asOfBasis}` : ''}`
        : '—',
      fieldRules(why?.asOf),
    ],
    ['since', f.since ?? '—', fieldRules(why?.since)],
    [
      'source',
      f.source ?? '— (the outlet’s own voice)',
      why ? (why.source ? claimantRules(why.source) : ['no reporting frame holds it']) : [],
    ],
    ['cue', f.cue ?? '—', []],
  ];
  return _claimPart(text, `F${i + 1}`, summary, f.sentence, marks, rows, t, lines);
}

function _statementPart(text: string, s: Statement, i: number, t: Terminal, lines: readonly number[]): string[] {
  const why = s.why;
  const summary = [s.kind, s.speaker ?? 'no speaker given'].join(' · ');
  const marks: Mark[] = [
    { span: s.span, label: s.kind === 'direct' ? 'quote' : 'reported', style: 'statement', primary: true },
    ...(s.speakerSpan ? [{ span: s.speakerSpan, label: 'speaker', style: 'claimant' } as Mark] : []),
    ...(s.cueSpan ? [{ span: s.cueSpan, label: 'cue', style: 'cue' } as Mark] : []),
  ];
  // The words around the statement, with its speaker and cue when they are on the same line.
  const near = marks.filter((m) => _sameLine(text, s.span, m.span));
  const window = sentenceAround(text, {
    start: Math.min(...near.map((m) => m.span.start)),
    end: Math.max(...near.map((m) => m.span.end)),
  });
  const rows: Row[] = [
    ['made by', s.by, []],
    ['kind', s.kind, fieldRules(why?.kind)],
    [
      'speaker',
      s.speaker ?? '—',
      why ? (why.speaker ? claimantRules(why.speaker) : ['no reporting frame holds it']) : [],
    ],
    ['speakerRole', s.speakerRole ?? '—', []],
    ['cue', s.cue ?? '—', []],
  ];
  return _claimPart(text, `S${i + 1}`, summary, window, marks, rows, t, lines);
}

/** A claim: its summary line, the excerpts with its marks, and its field table. */
function _claimPart(
  text: string,
  id: string,
  summary: string,
  window: Span,
  marks: Mark[],
  rows: Row[],
  t: Terminal,
  lines: readonly number[],
): string[] {
  const where = `line ${position(lines, marks[0]!.span.start).split(':')[0]}`;
  const head = `${id}  ${summary}`;
  // The summary, and where the claim is at the right; a summary too long for one line wraps, with
  // the place after it.
  const out = _prose(head, t, 'bold', '', '    ');
  const free = t.width - _prose(head, { ...t, color: false }, null, '', '    ').at(-1)!.length - where.length;
  if (free >= 2) out[out.length - 1] += ' '.repeat(free) + paint(t, 'dim', where);
  else out.push(`    ${paint(t, 'dim', where)}`);
  out.push(...annotate(text, window, marks, t));
  // Marks outside the claim's sentence (a claimant named in an earlier sentence): an excerpt each,
  // one for marks that share a sentence.
  const outside = marks.filter((m) => m.span.end <= window.start || m.span.start >= window.end);
  const shown = new Set<Mark>();
  for (const m of outside) {
    if (shown.has(m)) continue;
    const around = sentenceAround(text, m.span);
    const together = outside.filter((o) => o.span.start >= around.start && o.span.end <= around.end);
    together.forEach((o) => shown.add(o));
    out.push(
      paint(
        t,
        'dim',
        `    ${together.map((o) => o.label).join(' and ')}, line ${position(lines, around.start).split(':')[0]}:`,
      ),
      ...annotate(text, around, together, t),
    );
  }
  out.push('', ..._table(rows, t, '    '));
  return out;
}

function _sameLine(text: string, a: Span, b: Span): boolean {
  const [from, to] = a.start <= b.start ? [a.end, b.start] : [b.end, a.start];
  return to <= from || !text.slice(from, to).includes('\n');
}

/**
 * Rows of field, value and rules: the rules in a column of their own, a long chain of them wrapped
 * at its arrows; on a terminal too narrow for that column, each rule under its value.
 */
function _table(rows: Row[], t: Terminal, indent: string): string[] {
  const nameWidth = Math.max(...rows.map((r) => r[0].length)) + 2;
  const room = t.width - indent.length - nameWidth;
  // The rules' column is as wide as its widest id needs, and starts after the widest value that has
  // rules; a value wider than what is left takes a line of its own.
  const ruleWidth = Math.max(
    0,
    ...rows.flatMap((r) => r[2].flatMap((rule) => _chainTokens(rule).map((x) => x.length))),
  );
  const ruled = rows.filter((r) => r[2].length).map((r) => r[1].length);
  const valueWidth = Math.min(Math.max(0, ...ruled), room - ruleWidth - 2) + 2;
  const stacked = room - ruleWidth - 2 < 12;
  const out: string[] = [];
  const pad = (n: number) => indent + ' '.repeat(n);
  for (const [name, value, rules] of rows) {
    const shown = value.length > room ? value.slice(0, room - 1) + '…' : value;
    const first = `${indent}${paint(t, 'dim', name.padEnd(nameWidth))}${shown}`;
    if (stacked) {
      // Under the value where the ids fit, else further left: an id is never cut.
      const at = Math.max(0, Math.min(nameWidth, t.width - indent.length - 2 - ruleWidth));
      out.push(first);
      for (const r of rules)
        _wrapChain(r, t.width - indent.length - at - 2).forEach((l, i) =>
          out.push(`${pad(at)}${paint(t, 'dim', `${i ? '  ' : '↳ '}${l}`)}`),
        );
      continue;
    }
    const lines = rules.flatMap((r) => _wrapChain(r, room - valueWidth));
    const rest = lines.map((r) => `${pad(nameWidth + valueWidth)}${paint(t, 'dim', r)}`);
    if (lines.length && shown.length <= valueWidth - 2)
      out.push(`${first}${' '.repeat(valueWidth - shown.length)}${paint(t, 'dim', lines[0]!)}`, ...rest.slice(1));
    else out.push(first, ...rest);
  }
  return out;
}

const CHAIN_LEAD = '  → ';

/** The pieces a chain of rules may be cut into: "words a", "  → b", "  → c". */
function _chainTokens(rule: string): string[] {
  return rule.split(' → ').map((x, i) => (i ? CHAIN_LEAD + x : x));
}

/** "words a → b → c" in lines of at most `width` where the ids allow, each continuation starting with its arrow. */
function _wrapChain(rule: string, width: number): string[] {
  const [head, ...links] = _chainTokens(rule);
  const lines = [head!];
  for (const link of links) {
    const last = lines[lines.length - 1]!;
    if (last.length + link.length - CHAIN_LEAD.length + 3 <= width)
      lines[lines.length - 1] = `${last} → ${link.slice(CHAIN_LEAD.length)}`;
    else lines.push(link);
  }
  return lines;
}

/** Plain words wrapped to the width, later lines indented by `hang` more; each line painted whole. */
function _prose(text: string, t: Terminal, style: Style | null, indent: string, hang = '  '): string[] {
  const lines: string[] = [];
  const flush = (line: string) => {
    const lead = lines.length ? indent + hang : indent;
    lines.push(lead + (style ? paint(t, style, line.trimEnd()) : line.trimEnd()));
  };
  let line = '';
  // Split at each space, so that the two spaces between a diagnostic's parts stay two.
  for (const word of text.split(' ')) {
    const lead = lines.length ? indent + hang : indent;
    if (line.trim() && lead.length + line.trimEnd().length + 1 + word.length > t.width) {
      flush(line);
      line = word;
    } else line += (line ? ' ' : '') + word;
  }
  flush(line);
  return lines;
}
