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
 * source null — never guessed. A frame whose cue is one of `notCues` (lower case) is the figure's
 * own verb read as a cue ("the floods *claimed* 40 lives" is no claim by the floods): the frame
 * holding that verb and the figure is asked instead ("Officials said the floods claimed 40 lives").
 */
export function figureSource(sources: ContentIndex, span: Span, notCues?: ReadonlySet<string>): FigureSource {
  let best = sources.innermost(span);
  if (best && notCues?.has(best.cue.toLowerCase()))
    best = sources.innermost({ start: best.cueSpan.start, end: span.end });
  return best ? { source: best.claimant, sourceSpan: best.claimantSpan, cue: best.cue } : OWN_VOICE;
}
