import type { OffsetSegment } from '../model.js';
import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS } from './data/html-elements.js';
import { pieceAt, type SourceText } from './html-source-map.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/** Runs of HTML white space (and no-break spaces) that collapse to one space. */
const WHITESPACE = /[\t\n\f\r \u00a0]+/g;
const LINE_BREAK = /\r\n?/g;

/** Breaks between pieces of text, weakest first; the strongest pending break wins. */
const enum Gap {
  None = 0,
  Space = 1,
  Line = 2,
  Paragraph = 3,
}
const GAP_TEXT = ['', ' ', '\n', '\n\n'] as const;

/** The DOM node shapes the builder reads (linkedom's nodes, typed loosely). */
export interface DomNode {
  nodeType: number;
  childNodes: ArrayLike<DomNode>;
  localName?: string;
  data?: string;
}

/** True for text and CDATA nodes: the nodes that hold characters of the page. */
export function isTextNode(node: DomNode): boolean {
  return node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE;
}

/**
 * Builds `document.text` from DOM nodes: one paragraph per block element, separated by blank
 * lines, white space collapsed as a browser shows it, and an offset map back to the HTML source.
 * Each node's source position comes from `locate` (a stream offset of `SourceText`, or -1 when
 * unknown); segments only cover characters copied verbatim from the source, so for every segment
 * `html.slice(htmlStart, htmlStart + length) === text.slice(textStart, textStart + length)`.
 */
export class HtmlTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly segments: OffsetSegment[] = [];
  private gap = Gap.None;
  /** Stream offset of the single " " a pending `Gap.Space` came from, or -1. */
  private gapSource = -1;
  private preDepth = 0;

  /**
   * @param source the HTML source's text pieces
   * @param locate stream offset where a text node's data starts, or -1
   * @param skip nodes to leave out (a heading repeating the headline)
   */
  constructor(
    private readonly source: SourceText,
    private readonly locate: (node: DomNode) => number,
    private readonly skip: ReadonlySet<DomNode> = new Set(),
  ) {}

  /** Appends the text of `node` and its descendants. */
  addNode(node: DomNode): void {
    if (this.skip.has(node)) return;
    if (isTextNode(node)) {
      this.addText(node.data ?? '', this.locate(node));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_NODE && node.nodeType !== FRAGMENT_NODE) return;
    const tag = node.localName ?? '';
    if (SKIPPED_ELEMENTS.has(tag)) return;
    if (tag === 'br') {
      this.breakAt(Gap.Line);
      return;
    }
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) this.breakAt(Gap.Paragraph);
    if (tag === 'pre') this.preDepth++;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) this.addNode(children[i]!);
    if (tag === 'pre') this.preDepth--;
    if (block) this.breakAt(Gap.Paragraph);
  }

  /**
   * Appends a run of text with white space collapsed; `streamPos` is where the run starts in the
   * source stream, or -1 when it is not known (a headline taken from the metadata).
   */
  addText(data: string, streamPos: number): void {
    if (this.preDepth > 0) {
      this.addPreformatted(data, streamPos);
      return;
    }
    let last = 0;
    WHITESPACE.lastIndex = 0;
    for (let m = WHITESPACE.exec(data); m; m = WHITESPACE.exec(data)) {
      if (m.index > last) this.emit(data.slice(last, m.index), streamPos < 0 ? -1 : streamPos + last);
      // Only a single source " " can map the space it becomes ("a\n  b" → "a b" maps "a", "b").
      this.breakAt(Gap.Space, m[0] === ' ' && streamPos >= 0 ? streamPos + m.index : -1);
      last = m.index + m[0].length;
    }
    if (last < data.length) this.emit(data.slice(last), streamPos < 0 ? -1 : streamPos + last);
  }

  /** Ends the current paragraph: the next text starts after a blank line. */
  endParagraph(): void {
    this.breakAt(Gap.Paragraph);
  }

  /** The text built so far, and its offset map (segments ascending by `textStart`). */
  result(): { text: string; segments: OffsetSegment[] } {
    return { text: this.parts.join(''), segments: this.segments };
  }

  private breakAt(gap: Gap, source = -1): void {
    if (gap > this.gap) {
      this.gap = gap;
      this.gapSource = source;
    }
  }

  /** Inside <pre> white space stays; "\r\n" still becomes "\n" (unmapped, as it differs). */
  private addPreformatted(data: string, streamPos: number): void {
    let last = 0;
    LINE_BREAK.lastIndex = 0;
    for (let m = LINE_BREAK.exec(data); m; m = LINE_BREAK.exec(data)) {
      if (m.index > last) this.emit(data.slice(last, m.index), streamPos < 0 ? -1 : streamPos + last);
      this.emit('\n', -1);
      last = m.index + m[0].length;
    }
    if (last < data.length) this.emit(data.slice(last), streamPos < 0 ? -1 : streamPos + last);
  }

  /** Writes the pending break (none before the first text), then `chunk` with its mapping. */
  private emit(chunk: string, streamPos: number): void {
    if (this.length > 0 && this.gap !== Gap.None) {
      const gapText = GAP_TEXT[this.gap];
      if (this.gap === Gap.Space && this.gapSource >= 0) this.map(this.gapSource, 1);
      this.push(gapText);
    }
    this.gap = Gap.None;
    this.gapSource = -1;
    if (streamPos >= 0) this.map(streamPos, chunk.length);
    this.push(chunk);
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** Adds segments for stream `[pos, pos + len)` placed at the current end of the text. */
  private map(pos: number, len: number): void {
    const { streamStart, htmlStart, stream } = this.source;
    const end = pos + len;
    for (let p = pieceAt(this.source, pos); p < streamStart.length && streamStart[p]! < end; p++) {
      const pieceEnd = p + 1 < streamStart.length ? streamStart[p + 1]! : stream.length;
      const from = Math.max(pos, streamStart[p]!);
      const to = Math.min(end, pieceEnd);
      const html = htmlStart[p]!;
      if (html < 0 || to <= from) continue;
      this.addSegment(this.length + (from - pos), html + (from - streamStart[p]!), to - from);
    }
  }

  private addSegment(textStart: number, htmlStart: number, length: number): void {
    const prev = this.segments[this.segments.length - 1];
    if (prev && prev.textStart + prev.length === textStart && prev.htmlStart + prev.length === htmlStart) {
      prev.length += length;
    } else {
      this.segments.push({ textStart, htmlStart, length });
    }
  }
}
