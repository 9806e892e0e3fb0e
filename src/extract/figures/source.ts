import type { Span } from '../../model.js';
import type { ContentIndex } from '../attribution/content-index.js';

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
export function figureSource(sources: ContentIndex, span: Span): FigureSource {
  const best = sources.innermost(span);
  return best ? { source: best.claimant, sourceSpan: best.claimantSpan, cue: best.cue } : OWN_VOICE;
}
