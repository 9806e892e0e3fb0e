import type { Span } from '../../model.js';
import {
  AFTER_CLOSING,
  BEFORE_OPENING,
  ELIDED_WORDS,
  isSpace,
  QUOTE_MARKS,
  type QuoteFamily,
  type QuoteMark,
} from '../text/index.js';

/** One quotation inside a paragraph. Offsets index the document text. */
export interface QuoteRange {
  /** Offset of the opening mark (its first character for the two-character marks `` and ''). */
  open: number;
  /** Width of the opening mark in UTF-16 code units: 2 for `` and '', else 1. */
  openWidth: number;
  /**
   * Offset of the closing mark's last character ('' and ’’ are two wide), or null when the
   * paragraph ends with the quote still open.
   */
  close: number | null;
  /** Width of the closing mark: 2 for '' and ’’, else 1 (also 1 while the quote is open). */
  closeWidth: number;
  /**
   * True when the sentence runs on after the closing mark: the mark follows a comma, or a comma or
   * a lower-case word follows it, as when a quote closes into its attribution (`“… A. B,” he said.`,
   * `“Where now?” she asked.`) or a partial quote sits inside a sentence.
   */
  runsOn: boolean;
}

const LOWER = /\p{Ll}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTERS = /^\p{L}+/u;
/** Longest elided word looked for after an apostrophe ("cause"), in UTF-16 code units. */
const ELISION_WINDOW = 6;
// Every mark the loop reacts to, so it jumps from mark to mark instead of visiting each character:
// most paragraphs hold none or a few ("Officials said 14 people were killed." has none). Runs of
// straight apostrophes are one match ("it,'''": a single and an archive double, split below).
const MARK = /``|'{2,}|’’|[“”„‟"«»‘’‚']/g;
// A closing single mark that cannot be an apostrophe: after a sentence mark or a comma, or before
// one (`final,'`, `‘hold’.`, `’”`). Looked for after a possible plural possessive ("the soldiers’ ").
const STRONG_SINGLE_CLOSE = /[,.!?;:…]['’]|['’][,.!?;:…)”"]/g;

/**
 * Finds the quotations of one paragraph. An opening mark is closed by any closing-capable mark of
 * the same family (double: “ ” „ " « » `` '' ’’; single: ‘ ’ ‚ '), since real pages mix them
 * (`“We will hold," he said`). A mark that can both open and close opens when a word follows it
 * and white space, a bracket, a dash or a mark precedes it (`the "ambush`), closes when a word or
 * punctuation precedes it and white space or punctuation follows (`hold,"`), and otherwise
 * toggles. Apostrophes never count: inside a word ("don't", "Gaza's"), before an elided word
 * ("rock 'n' roll", "’em") or a decade ("the '90s"), or a plural possessive ("the soldiers’ homes")
 * while a later mark can still close the open quotation.
 * Stray marks: a closing mark with nothing of its family open is ignored; a quote still open when
 * an outer one closes, or at the end still open around another quote opened by the same mark
 * (`"The plan. "This is a disease," she said.`), or opened by an apostrophe-like mark, was no quotation and is
 * left out. A paragraph of several lines that still leaves a quotation open is paired line by line,
 * and only its last line may leave one open: one stray mark must not flip every pair after it.
 * Runs in one pass over the paragraph (two with the line-by-line reading), from mark to mark.
 * @example findQuotes('“No. Never," he said.', {start: 0, end: 21}) // [{open: 0, openWidth: 1, close: 11, closeWidth: 1, runsOn: true}]
 */
export function findQuotes(text: string, paragraph: Span): QuoteRange[] {
  const whole = _pairMarks(text, paragraph.start, paragraph.end);
  if (!whole.some((q) => q.close === null)) return whole;
  const nl = text.indexOf('\n', paragraph.start);
  if (nl < 0 || nl >= paragraph.end) return whole;
  // `… premise of the "Ferguson Effect.\n"This is a disease," Christie said.`: lines ending with a
  // single break were read as one paragraph; a mark left open inside a line is a stray one.
  const out: QuoteRange[] = [];
  for (let start = paragraph.start; start < paragraph.end;) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > paragraph.end) end = paragraph.end;
    for (const q of _pairMarks(text, start, end)) if (q.close !== null || end === paragraph.end) out.push(q);
    start = end + 1;
  }
  return out;
}

/** The quotations of `text[start, end)`, paired in one pass. */
function _pairMarks(text: string, start: number, end: number): QuoteRange[] {
  const out: QuoteRange[] = [];
  const dropped: boolean[] = [];
  const stack = new _OpenQuotes();
  let strongAfter = -1; // the next STRONG_SINGLE_CLOSE after a possessive, once looked for
  // Searched in the range alone (a slice shares the text's memory): searching the whole text would
  // run on to the next mark, maybe paragraphs away, for every paragraph.
  const body = text.slice(start, end);
  const open = (mark: QuoteMark, key: string, at: number, width: number): void => {
    stack.push(mark, key, out.length);
    out.push({ open: at, openWidth: width, close: null, closeWidth: 1, runsOn: false });
    dropped.push(false);
  };
  const close = (k: number, at: number, width: number): void => {
    // Quotes opened inside this one and never closed were stray marks ("“He said ‘no.”").
    while (stack.depth > k + 1) dropped[stack.pop()] = true;
    const q = out[stack.pop()]!;
    q.close = at + width - 1;
    q.closeWidth = width;
    // `…,” he said` / `…?” she asked` / `…minutes», she told`: the quote runs into its attribution.
    let j = at + width;
    while (text[j] === ' ') j++;
    q.runsOn = text[at - 1] === ',' || text[j] === ',' || LOWER.test(text[j] ?? '');
  };
  MARK.lastIndex = 0;
  for (let m = MARK.exec(body); m; m = MARK.exec(body)) {
    const at = start + m.index;
    let key = m[0];
    if (key.length > 2 && key[0] === "'") {
      // "'final,'''": a single mark closes the nested quote first, then '' the outer one; with no
      // single open, '' comes first. Longer runs are read two at a time.
      if (key.length === 3 && stack.topFamily() === 'single') key = "'";
      else key = "''";
      MARK.lastIndex = at - start + key.length;
    }
    let width = key.length;
    if (key === '’’' && stack.innermost('double') < 0) {
      key = '’';
      width = 1;
      MARK.lastIndex = at - start + 1;
    }
    const mark = QUOTE_MARKS.get(key)!;
    const before = at > start ? text[at - 1]! : '';
    const after = at + width < end ? text[at + width]! : '';
    const spaceBefore = before === '' || isSpace(before.charCodeAt(0));
    const spaceAfter = after === '' || isSpace(after.charCodeAt(0));
    const opens = !spaceAfter && (spaceBefore || BEFORE_OPENING.has(before));
    const closes = !spaceBefore && (spaceAfter || AFTER_CLOSING.has(after));
    const k = stack.innermost(mark.family);
    if (mark.family === 'single') {
      if (opens === closes) continue; // "don't", "Gaza's", a mark between spaces
      if (opens) {
        const skip = _elisionLength(text, at + 1, end);
        if (skip >= 0) {
          MARK.lastIndex = at + 1 + skip - start;
          continue;
        }
        open(mark, key, at, 1);
      } else if (k >= 0) {
        // "the soldiers’ homes": a plural possessive, unless no later mark can close the quote.
        if ((before === 's' || before === 'S') && spaceAfter && WORD_CHAR.test(text[at + 2] ?? '')) {
          if (strongAfter <= at && strongAfter !== Infinity) {
            STRONG_SINGLE_CLOSE.lastIndex = at - start + 1;
            const s = STRONG_SINGLE_CLOSE.exec(body);
            strongAfter = s ? start + s.index : Infinity;
          }
          if (strongAfter !== Infinity) continue;
        }
        close(k, at, 1);
      }
      continue;
    }
    if (mark.role === 'open') open(mark, key, at, width);
    else if (mark.role === 'close') {
      if (k >= 0) close(k, at, width);
    } else if (key === '“') {
      // “ closes when it ends a word (`review“ of`) or a low „ opened the quote (`„Wir bleiben“`).
      if (k >= 0 && ((closes && !opens) || (stack.openedWith(k) === '„' && !opens) || spaceAfter)) close(k, at, width);
      else if (!spaceAfter) open(mark, key, at, width);
    } else if (key === '”') {
      if (k >= 0) close(k, at, width);
      else if (opens && !closes) open(mark, key, at, width); // `”We will hold,” he said`
    } else if (k >= 0 && !(opens && !closes))
      close(k, at, width); // " and '': a nested `the "ambush"` opens
    else if (opens || !closes) open(mark, key, at, width); // a stray `said."` with nothing open is ignored
  }
  // Still open at the end: one opened by an apostrophe-like mark, or one around a later quote opened
  // by the same mark, was a stray mark; the others run on (to the next paragraph, for a continued quote).
  while (stack.depth > 0) {
    const stray = stack.topStray();
    const i = stack.pop();
    if (stray) dropped[i] = true;
  }
  return dropped.includes(true) ? out.filter((_, i) => !dropped[i]) : out;
}

/**
 * Length of the elided word or decade right after an apostrophe at `from` ("n" of "'n'" with its
 * closing mark, "em", "90"), or -1 when the mark opens a quotation.
 */
function _elisionLength(text: string, from: number, end: number): number {
  const c0 = text.charCodeAt(from);
  const c1 = text.charCodeAt(from + 1);
  if (c0 >= 48 && c0 <= 57 && c1 >= 48 && c1 <= 57) return 2; // "the '90s", "the ’03 election"
  const word = LETTERS.exec(text.slice(from, Math.min(end, from + ELISION_WINDOW)))?.[0];
  if (!word || word.length >= ELISION_WINDOW || !ELIDED_WORDS.has(word.toLowerCase())) return -1;
  // "rock 'n' roll": the mark after the "n" is part of the word too.
  const next = text[from + word.length];
  return word.length + (word === 'n' && (next === "'" || next === '’') ? 1 : 0);
}

/**
 * The quotations open in a range, innermost last, each with its index in the output. The innermost
 * open quote of each family is kept at hand: in a paragraph of marks that never close (`"a “b ‘c « d
 * "a “b …`) a closing mark would otherwise search the whole stack each time, quadratic in the
 * paragraph's length.
 */
class _OpenQuotes {
  private readonly marks: QuoteMark[] = [];
  private readonly opened: string[] = [];
  private readonly indices: number[] = [];
  /** For each entry, whether a quote was opened inside it with the same mark. */
  private readonly nestedSame: boolean[] = [];
  /** For each entry, the position of the next open quote below it of the same family, or -1. */
  private readonly below: number[] = [];
  private readonly top = { double: -1, single: -1 };

  get depth(): number {
    return this.marks.length;
  }

  push(mark: QuoteMark, key: string, index: number): void {
    const under = this.top[mark.family];
    // `"He said "no.` is a stray mark; `"It isn’t about “Equal Justice” any more.` (straight around
    // curly, as pasted) is a quote inside a quote.
    if (under >= 0 && this.opened[under] === key) this.nestedSame[under] = true;
    this.below.push(under);
    this.top[mark.family] = this.marks.length;
    this.marks.push(mark);
    this.opened.push(key);
    this.indices.push(index);
    this.nestedSame.push(false);
  }

  /** Removes the innermost open quote; returns its index in the output. */
  pop(): number {
    const mark = this.marks.pop()!;
    this.top[mark.family] = this.below.pop()!;
    this.opened.pop();
    this.nestedSame.pop();
    return this.indices.pop()!;
  }

  topFamily(): QuoteFamily | undefined {
    return this.marks[this.marks.length - 1]?.family;
  }

  /** Whether the innermost open quote was a stray mark (see `_pairMarks`). */
  topStray(): boolean {
    const k = this.marks.length - 1;
    return this.marks[k]!.apostrophe || this.nestedSame[k]!;
  }

  /** Position of the innermost open quote of `family`, or -1. */
  innermost(family: QuoteFamily): number {
    return this.top[family];
  }

  /** The mark that opened the open quote at position `k`. */
  openedWith(k: number): string {
    return this.opened[k]!;
  }
}
