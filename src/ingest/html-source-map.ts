import { Parser } from 'htmlparser2';
import { CODE_ELEMENTS } from './data/html-elements.js';
import { InputError } from './input-error.js';

/**
 * The text of an HTML source as the parser reads it, with where each piece came from. linkedom
 * builds its DOM from the same htmlparser2 events, one text node per text event, so the k-th text
 * node of the DOM is the k-th piece here (`pieceOfNode`).
 */
export interface SourceText {
  /** Decoded text of all pieces outside scripts, styles and templates, concatenated. */
  stream: string;
  /** Per piece: start offset in `stream`. Ascending. */
  streamStart: number[];
  /** Per piece: start offset in the HTML source, or -1 when it was an entity ("&amp;" → "&"). */
  htmlStart: number[];
  /** Per text event in document order: the piece it became, or -1 inside a script, style or template. */
  pieceOfNode: number[];
  /** Offset in `stream` where the `<body>` text begins (0 when there is no body tag). */
  bodyStart: number;
}

/**
 * Deepest nesting of elements read. Readability's work per element grows with the elements inside
 * it, so a chain of nested elements costs it the square of its depth or worse (1,000 nested
 * `<div>`: 18 s; 4,000: a `RangeError` in linkedom), while real pages nest a few dozen deep.
 * Browsers stop nesting at 512 too (Chromium's parser adds deeper elements as siblings).
 */
export const MAX_HTML_DEPTH = 512;

/**
 * Reads the text pieces of an HTML source with htmlparser2, using the options linkedom 0.18 uses,
 * so that the pieces line up with linkedom's text nodes. Pure; linear in the length of `html`.
 *
 * @throws InputError `too-deep` as soon as elements nest deeper than {@link MAX_HTML_DEPTH}: the
 *   DOM (the same parser's events) would be as deep, and is never built
 */
export function readSourceText(html: string): SourceText {
  const parts: string[] = [];
  const streamStart: number[] = [];
  const htmlStart: number[] = [];
  const pieceOfNode: number[] = [];
  let length = 0;
  let skipDepth = 0;
  let bodyStart = -1;
  let depth = 0;
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        // htmlparser2 closes void and implied elements with their own close events, as in the DOM.
        if (++depth > MAX_HTML_DEPTH)
          throw new InputError(
            'too-deep',
            `nesting deeper than ${MAX_HTML_DEPTH} elements: crosscheck does not read pages nested this deep`,
          );
        if (CODE_ELEMENTS.has(name.toLowerCase())) skipDepth++;
        else if (bodyStart < 0 && name.toLowerCase() === 'body') bodyStart = length;
      },
      onclosetag(name) {
        depth--;
        if (skipDepth > 0 && CODE_ELEMENTS.has(name.toLowerCase())) skipDepth--;
      },
      ontext(data) {
        if (skipDepth > 0) {
          pieceOfNode.push(-1);
          return;
        }
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        // "&amp;" arrives as "&": its source differs from the text, so it maps to nothing.
        const raw = end - start === data.length && html.startsWith(data, start);
        pieceOfNode.push(parts.length);
        parts.push(data);
        streamStart.push(length);
        htmlStart.push(raw ? start : -1);
        length += data.length;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  parser.end(html);
  return { stream: parts.join(''), streamStart, htmlStart, pieceOfNode, bodyStart: Math.max(bodyStart, 0) };
}

/** Index of the piece holding stream offset `pos` (binary search over `streamStart`). */
export function pieceAt(source: SourceText, pos: number): number {
  const starts = source.streamStart;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
