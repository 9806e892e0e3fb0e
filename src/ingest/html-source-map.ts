import { Parser } from 'htmlparser2';
import { CODE_ELEMENTS } from './data/html-elements.js';

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
 * Reads the text pieces of an HTML source with htmlparser2, using the options linkedom 0.18 uses,
 * so that the pieces line up with linkedom's text nodes. Pure.
 */
export function readSourceText(html: string): SourceText {
  const parts: string[] = [];
  const streamStart: number[] = [];
  const htmlStart: number[] = [];
  const pieceOfNode: number[] = [];
  let length = 0;
  let skipDepth = 0;
  let bodyStart = -1;
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (CODE_ELEMENTS.has(name.toLowerCase())) skipDepth++;
        else if (bodyStart < 0 && name.toLowerCase() === 'body') bodyStart = length;
      },
      onclosetag(name) {
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
