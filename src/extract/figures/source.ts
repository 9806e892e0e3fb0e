import type { Attribution, ClaimantWhy, Relay, Span } from '../../model.js';
import type { ContentIndex } from '../attribution/index.js';

/** Who a figure is attributed to and through which cue, or nulls when it stands in the outlet's own voice. */
export interface FigureSource {
  source: string | null;
  sourceSpan: Span | null;
  cue: string | null;
  cueSpan: Span | null;
  /** The frame's rule and the rules that read and resolved the claimant; null in the outlet's own voice. */
  why: ClaimantWhy | null;
  /** Who relayed it, nearest the outlet first (empty when the text names no relay). */
  via: Relay[];
}

const OWN_VOICE: FigureSource = { source: null, sourceSpan: null, cue: null, cueSpan: null, why: null, via: [] };

/**
 * The attribution whose reported content holds the figure's span; when frames nest ("X said Y
 * told them 40 died") the innermost (shortest content) wins. No frame: the outlet's own voice,
 * source null — never guessed. With `verbIsNoCue`, a frame whose cue is one of `lifeVerbs` (lower
 * case) is the figure's own verb read as a cue ("the floods *claimed* 40 lives" is no claim by the
 * floods): the frame holding that verb and the figure is asked instead ("Officials said the floods
 * claimed 40 lives").
 */
export function figureSource(sources: ContentIndex, span: Span, lifeVerbs?: ReadonlySet<string>): FigureSource {
  let best = sources.innermost(span);
  if (best && lifeVerbs?.has(best.cue.toLowerCase()))
    best = sources.innermost({ start: best.cueSpan.start, end: span.end });
  return best ? _sourced(best) : OWN_VOICE;
}

/** The frame's claimant, or the party it cites when it relays one ("The UN, citing the ministry, said" → the ministry). */
function _sourced(a: Attribution): FigureSource {
  const r = a.relayed;
  return r
    ? { source: r.source, sourceSpan: r.sourceSpan, cue: a.cue, cueSpan: a.cueSpan, why: a.why, via: r.via }
    : { source: a.claimant, sourceSpan: a.claimantSpan, cue: a.cue, cueSpan: a.cueSpan, why: a.why, via: [] };
}
