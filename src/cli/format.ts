import type { Writable } from 'node:stream';

/** Output formats of the query commands: a table for people, the rest for programs. */
export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** A column of a table or CSV: header and how to read it from a row. */
export interface Column<R> {
  header: string;
  get(row: R): unknown;
  /** Widest the table cell may be before it is cut with "…". */
  max?: number;
}

// A nested value (a claim's `why`) is written as its JSON.
const cellText = (v: unknown): string => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : cellText(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const tableCell = (v: unknown, max: number): string => {
  const s = (v === null || v === undefined ? '—' : cellText(v)).replace(/\s+/g, ' ');
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
};

/** Writes, honouring back-pressure so that streaming a large export keeps memory flat. */
export async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

/**
 * Streams `rows` to `out` in `format`. JSON Lines and CSV stream row by row; a table needs every
 * row to size its columns, so callers limit what they show in a table.
 */
export async function emit<R extends object>(
  rows: Iterable<R>,
  columns: Column<R>[],
  format: Format,
  out: Writable,
): Promise<number> {
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
  } else if (format === 'csv') {
    await write(out, columns.map((c) => csvCell(c.header)).join(',') + '\n');
    for (const r of rows) {
      await write(out, columns.map((c) => csvCell(c.get(r))).join(',') + '\n');
      n++;
    }
  } else {
    const cells = [...rows].map((r) => columns.map((c) => tableCell(c.get(r), c.max ?? 40)));
    n = cells.length;
    const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i]!.length)));
    const line = (row: string[]) =>
      row
        .map((s, i) => s.padEnd(widths[i]!))
        .join('  ')
        .trimEnd() + '\n';
    await write(out, line(columns.map((c) => c.header)));
    await write(out, line(widths.map((w) => '─'.repeat(w))));
    for (const row of cells) await write(out, line(row));
  }
  return n;
}

/**
 * Columns named after the fields of the first row, for formats that need a header (CSV) when the
 * rows are plain records. Returns the rows again, the first one included.
 */
export function fieldColumns<R extends object>(rows: Iterable<R>): [Column<R>[], Iterable<R>] {
  const it = rows[Symbol.iterator]();
  const first = it.next();
  if (first.done) return [[], []];
  const columns = Object.keys(first.value).map((k) => ({
    header: k,
    get: (r: R) => (r as Record<string, unknown>)[k],
  }));
  function* all(): Iterable<R> {
    yield first.value as R;
    for (let r = it.next(); !r.done; r = it.next()) yield r.value;
  }
  return [columns, all()];
}
