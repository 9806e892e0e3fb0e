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
}

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
 * Widths for columns whose natural widths are `natural` in a table at most `width` wide (with two
 * spaces between columns). Fixed columns keep theirs; the others are capped, widest first, at one
 * common width, never below their minimum; if even the minimums do not fit the table overflows.
 */
function fitWidths(natural: number[], fixed: boolean[], min: number[], width: number): number[] {
  const total = (ws: number[]) => ws.reduce((a, b) => a + b, 0) + 2 * (ws.length - 1);
  if (total(natural) <= width) return natural;
  const capped = (cap: number) => natural.map((n, i) => (fixed[i] ? n : Math.min(n, Math.max(min[i]!, cap))));
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
  const at = columns.map((_, i) => i).filter((i) => inline[i]);
  const widths = fitWidths(
    at.map((i) => natural[i]!),
    at.map((i) => columns[i]!.fit === 'fixed'),
    at.map((i) => columns[i]!.min ?? Math.max(6, displayWidth(columns[i]!.header))),
    options.width,
  );
  const fitCell = (c: Column<R>, row: R, s: string, width: number) =>
    typeof c.fit === 'function' && displayWidth(s) > width ? c.fit(row, width) : elide(s, width);
  const line = (row: string[]) =>
    row
      .map((s, k) => pad(s, widths[k]!))
      .join('  ')
      .trimEnd() + '\n';
  const header = line(at.map((i, k) => elide(columns[i]!.header, widths[k]!)));
  await write(out, options.color ? `\x1b[1m${header.trimEnd()}\x1b[0m\n` : header);
  await write(out, line(widths.map((w) => '─'.repeat(w))));
  for (let r = 0; r < all.length; r++) {
    let text = line(at.map((i, k) => fitCell(columns[i]!, all[r]!, cells[r]![i]!, widths[k]!)));
    columns.forEach((c, i) => {
      if (under[i]) text += `    ${fitCell(c, all[r]!, cells[r]![i]!, options.width - 4)}\n`;
    });
    await write(out, text);
  }
  return all.length;
}

/** A record's fields for CSV: nested objects become `parent.child` columns (`span.start`, `span.end`). */
function flatten(value: object, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [k, v] of Object.entries(value)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) flatten(v, `${prefix}${k}.`, into);
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
