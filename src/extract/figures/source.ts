import type { Attribution, Span } from '../../model.js';

/** Who a figure is attributed to, or nulls when it stands in the outlet's own voice. */
export interface FigureSource {
  source: string | null;
  sourceSpan: Span | null;
  cue: string | null;
}

const OWN_VOICE: FigureSource = { source: null, sourceSpan: null, cue: null };

/**
 * The attribution whose reported content holds the figure's span; when frames nest ("X said Y
 * told them 40 died") the innermost (shortest content) wins. No frame: the outlet's own voice,
 * source null — never guessed.
 */
export function figureSource(attributions: readonly Attribution[], span: Span): FigureSource {
  let best: Attribution | null = null;
  for (const at of attributions) {
    if (at.content.start > span.start || at.content.end < span.end) continue;
    if (!best || at.content.end - at.content.start < best.content.end - best.content.start) best = at;
  }
  return best ? { source: best.claimant, sourceSpan: best.claimantSpan, cue: best.cue } : OWN_VOICE;
}
