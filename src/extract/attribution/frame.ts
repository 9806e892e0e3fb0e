import type { Span } from '../../model.js';
import type { QuoteRun } from '../sentences/index.js';
import type { ClaimantPhrase } from './read-claimant.js';
import type { FrameRule } from './rules.js';

/** A reporting frame as read from the text, before pronouns and surnames are resolved. */
export interface Frame {
  claimant: ClaimantPhrase;
  cue: string;
  cueSpan: Span;
  content: Span;
  /** The quotation the content is, when the frame introduces or closes one. */
  quote: QuoteRun | null;
  sentence: number;
  paragraph: number;
  /** The rule that read the frame: its id is the attribution's `by`. */
  rule: FrameRule;
  /** Where an earlier report's content in the same sentence must stop ("…, while Y said"). */
  cut: number | null;
  /** True when the content follows the cue (so a later coordinated report may cut it). */
  contentAfter: boolean;
  /**
   * Set by resolution when the claimant is a pronoun with nothing to refer to, or from the start
   * when the text names no claimant at all ("Asked whether …": `claimant` then only holds the cue's
   * place and is never read as a name): who spoke is unknown.
   */
  unresolved: boolean;
}

/** What every frame of one cue shares. */
export type Base = Pick<Frame, 'cue' | 'cueSpan' | 'sentence' | 'paragraph' | 'cut'>;

/** Builds a frame with one fixed shape (object spread in this hot path was a measurable cost). */
export function makeFrame(
  base: Base,
  claimant: ClaimantPhrase,
  content: Span,
  quote: QuoteRun | null,
  rule: FrameRule,
  cut: number | null,
  contentAfter: boolean,
): Frame {
  return {
    claimant,
    cue: base.cue,
    cueSpan: base.cueSpan,
    content,
    quote,
    sentence: base.sentence,
    paragraph: base.paragraph,
    rule,
    cut,
    contentAfter,
    unresolved: false,
  };
}
