import type { Writable } from 'node:stream';
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import type { Span } from '../model.js';

/** Output formats of the query commands: a table for people, the rest for programs. */
export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** A column of a table: its header, the cell of a row, and how it gives way on a narrow terminal. */
export interface Column<R> {
  header: string;
  get(row: R): unknown;
  /**
   * `fixed` cells keep their width (dates, numbers, ids); `elide` cells lose the middle of their
   * words ("Ministry of Hea…of Velmora"), so both ends stay; a function fits the cell itself to
   * `width` display columns (a sentence cut around its evidence). Default `elide`.
   */
  fit?: 'fixed' | 'elide' | ((row: R, width: number) => string);
  /** Narrowest the column becomes before the table overflows (default: its header's width, at least 6). */
  min?: number;
  /**
   * When the row does not fit the terminal on one line, this cell moves to a line of its own under
   * the row, indented, as wide as the terminal (a figure's sentence).
   */
  below?: boolean;
  /** Leave the column out when every cell reads this (a version column of nothing but "1"). */
  hideIf?: string;
  /** On a terminal too narrow for every column at its narrowest, columns are left out in this order (1 first). */
  drop?: number;
  /** How much of the room left this column takes, against the others' (default 1; a title 2). */
  weight?: number;
}

/** "1 figure", "2 figures". */
export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** How wide a table may be: the terminal's width, or with `--wide` no limit. */
export interface TableOptions {
  width: number;
  /** Bold headers, for a terminal that shows colour. */
  color?: boolean;
}

/** The width of text in a terminal's columns: 2 for each CJK character, 0 for combining marks. */
export const displayWidth = (s: string): number => stringWidth(s);

/**
 * Colour is for terminals only, and never when the user set `NO_COLOR` (https://no-color.org).
 * `--color` and `--no-color` decide over both.
 */
export function useColor(stream: { isTTY?: boolean }, flags: { color?: boolean; 'no-color'?: boolean } = {}): boolean {
  if (flags['no-color']) return false;
  if (flags.color) return true;
  return Boolean(stream.isTTY) && !process.env.NO_COLOR;
}

/**
 * The width to fit a table to: standard output's terminal, else standard error's (in
 * `crosscheck figures | head` the output is a pipe but the person reads a terminal), else
 * `COLUMNS`, else 100.
 */
export function terminalWidth(): number {
  const env = Number(process.env.COLUMNS);
  return process.stdout.columns || process.stderr.columns || (env > 0 ? env : 100);
}

/** Writes, honouring back-pressure so that streaming a large export keeps memory flat. */
export async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

const plain = (v: unknown): string => (v === null || v === undefined ? '—' : String(v).replace(/\s+/g, ' ').trim());

/** `s` padded with spaces to `width` display columns. */
const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

/** `s` cut to `width` display columns by taking out its middle, so that both ends stay. */
export const elide = (s: string, width: number): string =>
  displayWidth(s) <= width ? s : cliTruncate(s, Math.max(1, width), { position: 'middle' });

/**
 * `s` cut to `width` display columns so that it stays told apart from `others`, the other values
 * of its column: the middle goes ("Ministry of Hea…of Velmora"), unless the values differ only
 * there ("Velmora’s health ministry", "Velmora’s defence ministry"): then the part where they
 * differ stays in view ("…health minis…").
 */
export function distinguish(s: string, others: readonly string[], width: number): string {
  const cut = elide(s, width);
  if (cut === s || !others.some((o) => o !== s && elide(o, width) === cut)) return cut;
  let start = 0;
  let end = s.length;
  for (const o of others) {
    if (o === s) continue;
    let p = 0;
    while (p < s.length && s[p] === o[p]) p++;
    let q = 0;
    while (q < s.length - p && s[s.length - 1 - q] === o[o.length - 1 - q]) q++;
    start = Math.max(start, Math.min(p, s.length - 1));
    end = Math.min(end, Math.max(s.length - q, start + 1));
  }
  return around(s, { start, end: Math.max(end, start + 1) }, width, false);
}

/**
 * `text` cut to `width` display columns around `span`, which is kept (or, if it alone is too
 * wide, elided in its middle) and marked with brackets unless `mark` is false: "…families buying
 * [bread], and the…".
 */
export function around(text: string, span: Span, width: number, mark = true): string {
  const before = text.slice(0, span.start).replace(/\s+/g, ' ');
  const after = text.slice(span.end).replace(/\s+/g, ' ');
  const words = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  const core = mark ? `[${words}]` : words;
  if (displayWidth(before + core + after) <= width) return before + core + after;
  if (displayWidth(core) + 2 >= width) return elide(core, width);
  // Grow the window a character at a time on each side in turn, leaving room for the "…" marks.
  const left = [...before];
  const right = [...after];
  let l = left.length;
  let r = 0;
  let used = displayWidth(core) + 2;
  for (let grew = true; grew;) {
    grew = false;
    if (l > 0 && used + displayWidth(left[l - 1]!) <= width) {
      used += displayWidth(left[--l]!);
      grew = true;
    }
    if (r < right.length && used + displayWidth(right[r]!) <= width) {
      used += displayWidth(right[r++]!);
      grew = true;
    }
  }
  return `${l > 0 ? '…' : ''}${left.slice(l).join('')}${core}${right.slice(0, r).join('')}${r < right.length ? '…' : ''}`;
}

/**
 * A claim's sentence cut to `width` display columns around the claim's words, which are marked:
 * "…the shelling killed [at least 12] people in…". `sentence` and `span` are offsets in the
 * document; `sentenceText` is the sentence's text.
 */
export function evidenceCell(sentenceText: string, sentence: Span, span: Span, width: number): string {
  const start = span.start - sentence.start;
  return around(sentenceText, { start, end: start + (span.end - span.start) }, width);
}

/**
 * Widths for columns whose natural widths are `natural` in a table at most `width` wide (with two
 * spaces between columns). Fixed columns keep theirs; the others are capped, widest first, at one
 * common width times their weight, never below their minimum; if even the minimums do not fit the
 * table overflows.
 */
function fitWidths(natural: number[], fixed: boolean[], min: number[], weight: number[], width: number): number[] {
  const total = (ws: number[]) => ws.reduce((a, b) => a + b, 0) + 2 * (ws.length - 1);
  if (total(natural) <= width) return natural;
  const capped = (cap: number) =>
    natural.map((n, i) => (fixed[i] ? n : Math.min(n, Math.max(min[i]!, Math.floor(cap * weight[i]!)))));
  let lo = 0;
  let hi = Math.max(...natural);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (total(capped(mid)) <= width) lo = mid;
    else hi = mid - 1;
  }
  return capped(lo);
}

/**
 * Writes `rows` as a table fitted to `options.width`: each cell on one line, columns aligned by
 * display width (CJK characters take two columns), cells that do not fit elided in the middle.
 * A column empty in every row is left out. Returns the number of rows.
 */
export async function emitTable<R>(
  rows: Iterable<R>,
  columns: Column<R>[],
  out: Writable,
  options: TableOptions,
): Promise<number> {
  const all = [...rows];
  const cells = all.map((r) => columns.map((c) => plain(c.get(r))));
  const keep = columns.map(
    (c, i) => cells.length === 0 || cells.some((row) => row[i] !== '—' && row[i] !== (c.hideIf ?? '—')),
  );
  const natural = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((row) => displayWidth(row[i]!))));
  const oneLine = natural.filter((_, i) => keep[i]).reduce((a, b) => a + b + 2, -2) <= options.width;
  // Columns on the row's line, and those moved under it when the row would not fit.
  const inline = columns.map((c, i) => keep[i]! && (oneLine || !c.below));
  const under = columns.map((c, i) => keep[i]! && !oneLine && Boolean(c.below));
  const least = (i: number) =>
    columns[i]!.fit === 'fixed' ? natural[i]! : (columns[i]!.min ?? Math.max(6, displayWidth(columns[i]!.header)));
  let at = columns.map((_, i) => i).filter((i) => inline[i]);
  // Too narrow for every column at its narrowest: leave some out, in the order the command chose.
  const droppable = at.filter((i) => columns[i]!.drop).sort((a, b) => columns[a]!.drop! - columns[b]!.drop!);
  while (droppable.length && at.reduce((w, i) => w + least(i) + 2, -2) > options.width) {
    const gone = droppable.shift()!;
    at = at.filter((i) => i !== gone);
  }
  const widths = fitWidths(
    at.map((i) => natural[i]!),
    at.map((i) => columns[i]!.fit === 'fixed'),
    at.map(least),
    at.map((i) => columns[i]!.weight ?? 1),
    options.width,
  );
  // Each column's distinct values, so that a cut cell stays told apart from the others.
  const distinct = columns.map((_, i) => [...new Set(cells.map((row) => row[i]!))]);
  const fitCell = (c: Column<R>, i: number, row: R, s: string, width: number) =>
    typeof c.fit === 'function' && displayWidth(s) > width
      ? c.fit(row, width)
      : c.fit === 'fixed'
        ? elide(s, width)
        : distinguish(s, distinct[i]!, width);
  const line = (row: string[]) =>
    row
      .map((s, k) => pad(s, widths[k]!))
      .join('  ')
      .trimEnd() + '\n';
  const header = line(at.map((i, k) => elide(columns[i]!.header, widths[k]!)));
  await write(out, options.color ? `\x1b[1m${header.trimEnd()}\x1b[0m\n` : header);
  await write(out, line(widths.map((w) => '─'.repeat(w))));
  for (let r = 0; r < all.length; r++) {
    let text = line(at.map((i, k) => fitCell(columns[i]!, i, all[r]!, cells[r]![i]!, widths[k]!)));
    columns.forEach((c, i) => {
      if (under[i]) text += `    ${fitCell(c, i, all[r]!, cells[r]![i]!, options.width - 4)}\n`;
    });
    await write(out, text);
  }
  return all.length;
}

// Fields that hold a span or null ("sourceSpan": null for a figure in the outlet's own voice).
const SPAN_FIELD = /^(span|sentence|\w+Span)$/;

/**
 * A record's fields for CSV: nested objects become `parent.child` columns (`span.start`,
 * `span.end`). A span that is null still gives its two (empty) columns, so that every row has the
 * columns of the header taken from the first. A claim's `why` is one cell of JSON: its shape
 * differs from claim to claim (a claimant's rules are a list), and it is null when not recorded.
 */
function flatten(value: object, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [k, v] of Object.entries(value)) {
    if (k === 'why') into[`${prefix}${k}`] = v === null ? null : JSON.stringify(v);
    else if (v === null && SPAN_FIELD.test(k)) flatten({ start: null, end: null }, `${prefix}${k}.`, into);
    else if (v !== null && typeof v === 'object' && !Array.isArray(v)) flatten(v, `${prefix}${k}.`, into);
    else into[`${prefix}${k}`] = Array.isArray(v) ? JSON.stringify(v) : v;
  }
  return into;
}

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * Streams records for programs, their fields as they are (the contract's names, numbers as
 * numbers, `vague` true or false, full ids): JSON Lines, one JSON array, or CSV with a header of
 * field names taken from the first record (nested spans as `span.start`, `span.end`). Returns the
 * number of records.
 */
export async function emitRecords(rows: Iterable<object>, format: Exclude<Format, 'table'>, out: Writable) {
  let n = 0;
  if (format === 'jsonl') {
    for (const r of rows) {
      await write(out, JSON.stringify(r) + '\n');
      n++;
    }
  } else if (format === 'json') {
    await write(out, '[');
    for (const r of rows) await write(out, (n++ ? ',\n' : '\n') + JSON.stringify(r));
    await write(out, n ? '\n]\n' : ']\n');
  } else {
    let fields: string[] | null = null;
    for (const r of rows) {
      const flat = flatten(r);
      if (!fields) {
        fields = Object.keys(flat);
        await write(out, fields.map(csvCell).join(',') + '\n');
      }
      await write(out, fields.map((f) => csvCell(flat[f])).join(',') + '\n');
      n++;
    }
  }
  return n;
}
