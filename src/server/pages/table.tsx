import type { Child } from 'hono/jsx';

/**
 * One column of a table, described once: its header, how a row fills its cell, and how the cell
 * reads. `{ header: 'Figures', cell: (d) => count(d.figures), num: true }` is a right-aligned
 * count under a right-aligned header.
 */
export interface Column<R> {
  /** The header's content; a string, or an element (a visually hidden label). */
  header: Child;
  cell: (row: R) => Child;
  /** Numbers: aligned right (header too), in tabular figures. */
  num?: boolean;
  /** Kept on one line (dates, date ranges). */
  nowrap?: boolean;
  /** Text from the articles (names, outlets, terms), which may run right to left: `dir="auto"`. */
  auto?: boolean;
}

/**
 * A table of rows, one per item, with a caption (visually hidden: each table stands under a
 * heading that says as much) and column headers scoped to their columns, in a wrapper that
 * scrolls sideways on a narrow screen instead of widening the page.
 */
export function Table<R>(props: {
  caption: Child;
  columns: ReadonlyArray<Column<R>>;
  rows: readonly R[];
  /** Tighter cells, for tables beside others. */
  compact?: boolean;
  /** Rows marked as the current one (`aria-current`), such as the speaker whose statements are listed. */
  current?: (row: R) => boolean;
}) {
  const { caption, columns, rows, compact, current } = props;
  return (
    <div class="table-wrap">
      <table class={compact ? 'rows compact' : 'rows'}>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" class={c.num ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr aria-current={current?.(row) ? 'true' : undefined}>
              {columns.map((c) => (
                <td class={c.num ? 'num' : c.nowrap ? 'nowrap' : undefined} dir={c.auto ? 'auto' : undefined}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
