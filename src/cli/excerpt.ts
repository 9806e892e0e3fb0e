import type { Span } from '../model.js';
import { paint, type Style, type Terminal } from './terminal.js';

/** A stretch of an excerpt to underline, with a label under its first character. */
export interface Mark {
  span: Span;
  label: string;
  style: Style;
  /** The claim's own evidence: underlined with a heavier line than the words around it. */
  primary?: boolean;
}

/** One character as shown, with the innermost mark over it. */
interface Cell {
  ch: string;
  mark: Mark | null;
}

const ELLIPSIS = ' … ';

/**
 * `text[window]` for a terminal, with every mark underlined and labelled, compiler-style:
 *
 *     Palestinian officials said a total of 10,569 people had been killed as of Wednesday,
 *     ───────────────────── ────            ━━━━━━                          ─────────
 *     source                cue             figure                          asOf
 *
 * Whitespace runs (line breaks included) show as one space; lines wrap at word boundaries to
 * `t.width` after `indent`; long unmarked context and long marked stretches (a paragraph-long
 * quote) keep their two ends around an ellipsis, so an excerpt stays a few lines long. Marks
 * outside the window are not shown: the caller gives them an excerpt of their own.
 */
export function annotate(text: string, window: Span, marks: readonly Mark[], t: Terminal, indent = '    '): string[] {
  const width = Math.max(20, t.width - indent.length);
  const lines = _wrap(_cells(text, window, marks, width), width);
  const out: string[] = [];
  const labelled = new Set<Mark>();
  for (const line of lines) {
    out.push(indent + _textRow(line, t));
    if (!line.some((c) => c.mark)) continue;
    out.push((indent + _underlineRow(line, t)).trimEnd());
    const starts: Array<{ col: number; mark: Mark }> = [];
    line.forEach((c, col) => {
      if (c.mark && !labelled.has(c.mark)) {
        labelled.add(c.mark);
        starts.push({ col, mark: c.mark });
      }
    });
    for (const row of _labelRows(starts, width, t)) out.push(indent + row);
  }
  return out;
}

/**
 * The sentence around `span`, roughly: back to the end of the previous sentence or line, forward to
 * the next full stop, question or exclamation mark (with its closing quotation mark) or line end,
 * at most `reach` characters each way. For context only: "Gov." may end it early.
 */
export function sentenceAround(text: string, span: Span, reach = 240): Span {
  let start = span.start;
  const low = Math.max(0, span.start - reach);
  while (start > low && !/[\n]/.test(text[start - 1]!) && !_endsSentenceAt(text, start)) start--;
  let end = span.end;
  const high = Math.min(text.length, span.end + reach);
  while (end < high && text[end] !== '\n' && !_endsSentenceAt(text, end)) end++;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Whether a sentence ends just before `i`: ". " or ".” " before it, or the text ends. */
function _endsSentenceAt(text: string, i: number): boolean {
  if (i >= text.length) return true;
  if (!/\s/.test(text[i]!)) return false;
  let j = i - 1;
  while (j >= 0 && /["”’')\]]/.test(text[j]!)) j--;
  return j >= 0 && /[.!?]/.test(text[j]!);
}

/** The window cut into cells at every mark boundary, whitespace collapsed, long stretches elided. */
function _cells(text: string, window: Span, marks: readonly Mark[], width: number): Cell[] {
  const inside = marks
    .map((m) => {
      // Underlines start and end at words: a span's own spaces at either end are left unmarked.
      let start = Math.max(m.span.start, window.start);
      let end = Math.min(m.span.end, window.end);
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      return { m, start, end };
    })
    .filter((x) => x.start < x.end);
  const cuts = [...new Set([window.start, window.end, ...inside.flatMap((x) => [x.start, x.end])])]
    .filter((c) => c >= window.start && c <= window.end)
    .sort((a, b) => a - b);
  const cells: Cell[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    // The narrowest mark covering the piece: a name inside a long quote shows as the name.
    const over = inside.filter((x) => x.start <= a && x.end >= b).sort((x, y) => x.end - x.start - (y.end - y.start));
    const mark = over[0]?.m ?? null;
    const first = i === 0;
    const last = i + 2 === cuts.length;
    const piece = _elide(
      text.slice(a, b).replace(/\s+/g, ' '),
      mark ? 'marked' : first ? 'lead' : last ? 'tail' : 'middle',
      width,
    );
    for (const ch of piece) {
      // One space between words, whichever pieces they came from.
      if (ch === ' ' && (cells.length === 0 || cells[cells.length - 1]!.ch === ' ')) continue;
      cells.push({ ch, mark });
    }
  }
  while (cells.length && cells[cells.length - 1]!.ch === ' ') cells.pop();
  return cells;
}

/**
 * A piece kept short: context before the first mark keeps its end, after the last its start, and
 * anything else longer than allowed its two ends.
 */
function _elide(s: string, role: 'lead' | 'tail' | 'middle' | 'marked', width: number): string {
  const max = role === 'marked' ? 2 * width : role === 'middle' ? width : Math.floor(width * 0.6);
  if (s.length <= max) return s;
  const head = (n: number) => {
    const cut = s.slice(0, n);
    const space = cut.lastIndexOf(' ');
    return space > n / 2 ? cut.slice(0, space) : cut;
  };
  const tail = (n: number) => {
    const cut = s.slice(s.length - n);
    const space = cut.indexOf(' ');
    return space >= 0 && space < n / 2 ? cut.slice(space + 1) : cut;
  };
  if (role === 'lead') return '…' + ' ' + tail(max - 2);
  if (role === 'tail') return head(max - 2) + ' …';
  const keep = Math.floor((max - ELLIPSIS.length) / 2);
  return head(keep) + ELLIPSIS + tail(keep);
}

/** Greedy word wrap; a word wider than a line is broken. A space inside a mark stays in the mark. */
function _wrap(cells: Cell[], width: number): Cell[][] {
  const words: Cell[][] = [];
  const spaces: Array<Cell | null> = [];
  let word: Cell[] = [];
  let space: Cell | null = null;
  for (const c of cells) {
    if (c.ch === ' ') {
      if (word.length) {
        words.push(word);
        spaces.push(space);
        word = [];
      }
      space = c;
    } else word.push(c);
  }
  if (word.length) {
    words.push(word);
    spaces.push(space);
  }
  const lines: Cell[][] = [];
  let line: Cell[] = [];
  words.forEach((w, i) => {
    const gap = line.length ? 1 : 0;
    if (line.length && line.length + gap + w.length > width) {
      lines.push(line);
      line = [];
    } else if (gap) line.push(spaces[i]!);
    for (let rest = w; rest.length;) {
      const room = width - line.length;
      if (rest.length <= room) {
        line.push(...rest);
        break;
      }
      line.push(...rest.slice(0, room));
      lines.push(line);
      line = [];
      rest = rest.slice(room);
    }
  });
  if (line.length) lines.push(line);
  // An ellipsis alone on the last line takes the word before it along ("… fuel depot" / "…" →
  // "… fuel" / "depot …").
  const last = lines[lines.length - 1];
  const before = lines[lines.length - 2];
  if (last && before && last.length === 1 && last[0]!.ch === '…') {
    const space = before.map((c) => c.ch).lastIndexOf(' ');
    if (space > 0)
      lines.splice(lines.length - 2, 2, before.slice(0, space), [...before.slice(space + 1), before[space]!, last[0]!]);
  }
  return lines;
}

/** Runs of cells under the same mark, painted in the mark's style. */
function _textRow(line: Cell[], t: Terminal): string {
  let out = '';
  for (let i = 0; i < line.length;) {
    let j = i;
    while (j < line.length && line[j]!.mark === line[i]!.mark) j++;
    const s = line
      .slice(i, j)
      .map((c) => c.ch)
      .join('');
    const mark = line[i]!.mark;
    out += mark ? paint(t, mark.style, s) : s;
    i = j;
  }
  return out;
}

function _underlineRow(line: Cell[], t: Terminal): string {
  let out = '';
  for (let i = 0; i < line.length;) {
    let j = i;
    while (j < line.length && line[j]!.mark === line[i]!.mark) j++;
    const mark = line[i]!.mark;
    out += mark ? paint(t, mark.style, (mark.primary ? '━' : '─').repeat(j - i)) : ' '.repeat(j - i);
    i = j;
  }
  return out;
}

/** Labels under their marks' first columns; one that would run into the previous goes a row lower. */
function _labelRows(starts: Array<{ col: number; mark: Mark }>, width: number, t: Terminal): string[] {
  // `end`: the visible length of the row so far; a label starts at least one space after it.
  const rows: Array<{ end: number; text: string }> = [];
  for (const { col: at, mark } of starts) {
    const col = Math.max(0, Math.min(at, width - mark.label.length));
    let row = rows.find((r) => r.end === 0 || r.end < col);
    if (!row) rows.push((row = { end: 0, text: '' }));
    row.text += ' '.repeat(col - row.end) + paint(t, mark.style, mark.label);
    row.end = col + mark.label.length;
  }
  return rows.map((r) => r.text);
}
