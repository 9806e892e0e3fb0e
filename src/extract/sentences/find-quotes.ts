import type { Span } from '../../model.js';
import { OPENING_MARKS, QUOTE_PAIRS } from './data/quote-marks.js';

/** One quotation inside a paragraph. Offsets index the document text. */
export interface QuoteRange {
  /** Offset of the opening mark (its first character for the archive marks `` and ''). */
  open: number;
  /**
   * Offset of the closing mark (its last character for the archive mark ''), or null when the
   * paragraph ends with the quote still open.
   */
  close: number | null;
  /**
   * True when the sentence runs on after the closing mark: the mark follows a comma, or a comma or
   * a lower-case word follows it, as when a quote closes into its attribution (`“… A. B,” he said.`,
   * `“Where now?” she asked.`) or a partial quote sits inside a sentence.
   */
  runsOn: boolean;
}

/** How a paragraph stands in a quotation that may run over several paragraphs. */
export interface ParagraphQuote {
  /** The paragraph ends with a quotation still open (it goes on in the next paragraph). */
  leftOpen: boolean;
  /** The paragraph continues the quotation left open by the paragraph before it. */
  continues: boolean;
  /**
   * Index of the paragraph where the quotation this paragraph belongs to was opened: the paragraph
   * that usually names the speaker. Equals the paragraph's own index when it does not continue one.
   */
  runStart: number;
}

const LETTER = /\p{L}/u;
const ARCHIVE_OPEN = '``';
const ARCHIVE_MARK = "''";
const LOWER = /\p{Ll}/u;
const _escape = (s: string) => s.replace(/[\]\\^-]/g, '\\$&');
// Every mark the loop reacts to, so it jumps from mark to mark instead of visiting each character:
// most paragraphs hold none or a few ("Officials said 14 people were killed." has none). Archive
// texts write ``…'' or ''…'' with two characters, found as a pair so lone apostrophes cost nothing.
const MARK = new RegExp(`[${_escape([...new Set([...QUOTE_PAIRS.keys(), ...QUOTE_PAIRS.values(), '’', '»'])].join(''))}]|${ARCHIVE_OPEN}|${ARCHIVE_MARK}`, 'g');

/**
 * Finds the quotations of one paragraph, pairing “ ” « » ‘ ’ „ “, straight " (which toggles) and the
 * archive marks ``…'' and ''…'' ('' toggles; in `it,'''` the last two close, the first is nested).
 * Nested quotes are paired inside their outer quote; a closing mark with no open partner is
 * ignored. Runs in one pass over the paragraph, from mark to mark.
 * @example findQuotes('“No. Never,” he said.', {start: 0, end: 21}) // [{open: 0, close: 11, runsOn: true}]
 */
export function findQuotes(text: string, paragraph: Span): QuoteRange[] {
  const out: QuoteRange[] = [];
  const stack = new _OpenQuotes();
  // Searched in the paragraph alone (a slice shares the text's memory): searching the whole text
  // would run on to the next mark, maybe paragraphs away, for every paragraph.
  const body = text.slice(paragraph.start, paragraph.end);
  MARK.lastIndex = 0;
  for (let m = MARK.exec(body); m; m = MARK.exec(body)) {
    const i = paragraph.start + m.index;
    const ch = m[0];
    if (ch === ARCHIVE_OPEN) {
      _open(out, stack, ARCHIVE_MARK, i);
      continue;
    }
    if (ch === ARCHIVE_MARK) {
      const k = stack.lastIndexOf(ARCHIVE_MARK);
      if (k < 0) {
        _open(out, stack, ch, i);
        continue;
      }
      // "…exploit it,''' he recalled": a nested single quote closes first.
      const last = text[i + 2] === "'" ? i + 2 : i + 1;
      MARK.lastIndex = last + 1 - paragraph.start;
      stack.truncate(k + 1);
      _close(text, out, stack, last, 2);
      continue;
    }
    if (ch === '’') {
      // An apostrophe inside a word ("There’s") or a possessive with no ‘ open is not a closing mark.
      if (stack.topMark() === '‘' && !LETTER.test(text[i + 1] ?? '')) _close(text, out, stack, i, 1);
      continue;
    }
    if (ch === '"') {
      const k = stack.lastIndexOf('"');
      if (k >= 0) {
        stack.truncate(k + 1);
        _close(text, out, stack, i, 1);
      } else _open(out, stack, ch, i);
      continue;
    }
    if (ch === '‘') {
      // Only an opening mark after a space, a bracket or another mark: "the ‘ambush’" yes, "‘90s" too
      // (harmless: it never closes, so it leaves nothing open that matters for splitting).
      if (i === paragraph.start || !LETTER.test(text[i - 1]!)) _open(out, stack, ch, i);
      continue;
    }
    if (QUOTE_PAIRS.has(ch) && ch !== '“') {
      _open(out, stack, ch, i);
      continue;
    }
    if (ch === '“') {
      // „ … “ (German style) closes with “; otherwise “ opens.
      if (stack.topMark() === '„') _close(text, out, stack, i, 1);
      else _open(out, stack, ch, i);
      continue;
    }
    if (ch === '”' || ch === '»') {
      const want = ch === '”' ? '“' : '«';
      const k = stack.lastIndexOf(want);
      if (k >= 0) {
        stack.truncate(k + 1);
        _close(text, out, stack, i, 1);
      }
    }
  }
  return out;
}

/**
 * For each paragraph, whether it leaves a quotation open and whether it continues one. News style
 * runs a long quote over paragraphs by opening each with a quote mark and closing only the last:
 * `Khaled says: "The camp is burning.` / `"They are driving people out."` — the second paragraph
 * continues the first (runStart = the first's index), so the statements stage can give it the
 * same speaker.
 */
export function paragraphQuotes(text: string, paragraphs: readonly Span[]): ParagraphQuote[] {
  const out: ParagraphQuote[] = [];
  let prevOpen = false;
  paragraphs.forEach((p, i) => {
    const quotes = findQuotes(text, p);
    const continues = prevOpen && OPENING_MARKS.has(text[p.start]!);
    const leftOpen = quotes.some((q) => q.close === null);
    out.push({ leftOpen, continues, runStart: continues ? out[i - 1]!.runStart : i });
    prevOpen = leftOpen;
  });
  return out;
}

function _open(out: QuoteRange[], stack: _OpenQuotes, mark: string, at: number): void {
  stack.push(mark, out.length);
  out.push({ open: at, close: null, runsOn: false });
}

/** Closes the innermost open quotation with the mark of `width` characters ending at `at`. */
function _close(text: string, out: QuoteRange[], stack: _OpenQuotes, at: number, width: 1 | 2): void {
  const q = out[stack.pop()]!;
  q.close = at;
  // `…,” he said` / `…?” she asked` / `…minutes», she told`: the quote runs into its attribution.
  let j = at + 1;
  while (text[j] === ' ') j++;
  q.runsOn = text[at - width] === ',' || text[j] === ',' || LOWER.test(text[j] ?? '');
}

/**
 * The quotations open in a paragraph, innermost last, each with its index in the output. The
 * innermost open quote of each mark is kept at hand: in a paragraph of marks that never close
 * (`"a “b ‘c « d "a “b …`) a straight quote would otherwise search the whole stack each time,
 * quadratic in the paragraph's length.
 */
class _OpenQuotes {
  private readonly marks: string[] = [];
  private readonly indices: number[] = [];
  /** For each entry, the position of the next open quote below it with the same mark, or -1. */
  private readonly below: number[] = [];
  private readonly innermost = new Map<string, number>();

  push(mark: string, index: number): void {
    this.below.push(this.innermost.get(mark) ?? -1);
    this.innermost.set(mark, this.marks.length);
    this.marks.push(mark);
    this.indices.push(index);
  }

  /** Removes the innermost open quote; returns its index in the output. */
  pop(): number {
    const mark = this.marks.pop()!;
    this.innermost.set(mark, this.below.pop()!);
    return this.indices.pop()!;
  }

  /** Keeps the `length` outermost open quotes. */
  truncate(length: number): void {
    while (this.marks.length > length) this.pop();
  }

  topMark(): string | undefined {
    return this.marks[this.marks.length - 1];
  }

  /** Position of the innermost open quote with `mark`, or -1. */
  lastIndexOf(mark: string): number {
    return this.innermost.get(mark) ?? -1;
  }
}
