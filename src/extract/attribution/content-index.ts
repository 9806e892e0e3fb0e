import type { Attribution, Span } from '../../model.js';

/**
 * Attributions indexed by their reported content, to find the innermost one holding a span without
 * reading them all: a long document (a live blog, a transcript, a day's wire file) holds thousands
 * of frames and asks once per figure and per quotation, which read every frame each time grew with
 * the square of the document's length.
 */
export interface ContentIndex {
  /**
   * The attribution whose content holds `span` with the shortest content (when frames nest,
   * "X said Y told them 40 died", the inner one); of equal lengths the first in the order given to
   * `contentIndex`. Null when none holds it.
   */
  innermost(span: Span): Attribution | null;
}

/** Builds the index of `attributions` (kept in their given order for ties). */
export function contentIndex(attributions: readonly Attribution[]): ContentIndex {
  const order = attributions
    .map((_, i) => i)
    .sort((i, j) => attributions[i]!.content.start - attributions[j]!.content.start || i - j);
  // Filled in one loop: `Int32Array.from` with a mapping function iterates generically, and cost
  // more than the rest of the index.
  const starts = new Int32Array(order.length);
  // The furthest content end among the first k frames by start: once it falls before a span's end,
  // no earlier-starting frame can hold the span, so the backward walk stops there.
  const reach = new Int32Array(order.length);
  let furthest = -1;
  for (let k = 0; k < order.length; k++) {
    const { content } = attributions[order[k]!]!;
    starts[k] = content.start;
    reach[k] = furthest = Math.max(furthest, content.end);
  }
  return {
    innermost(span) {
      let best = -1;
      let bestLength = Infinity;
      for (let k = _lastStartAtOrBefore(starts, span.start); k >= 0 && reach[k]! >= span.end; k--) {
        const i = order[k]!;
        const x = attributions[i]!;
        if (x.content.end < span.end) continue;
        const length = x.content.end - x.content.start;
        if (length < bestLength || (length === bestLength && i < best)) {
          best = i;
          bestLength = length;
        }
      }
      return best < 0 ? null : attributions[best]!;
    },
  };
}

function _lastStartAtOrBefore(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
