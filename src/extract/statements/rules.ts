import type { RuleId, StatementKind } from '../../model.js';
import type { QuoteFraming } from './classify-quote.js';

/**
 * The rules of the statements stage, each written out in full where it is defined: a statement's
 * `by` and `why.kind` name one. Its `why.speaker` is the attribution's frame and claimant rules.
 *
 * The order they apply in (statements/index.ts): each outermost quotation is placed by the frames
 * around it (framed, partial, continued, or none) and kept when it is someone's words
 * (classify-quote.ts); then each frame that reports words and is no quotation already is an
 * indirect statement.
 */
export interface StatementRule {
  readonly id: RuleId;
  readonly kind: StatementKind;
}

/** The direct statement of a quotation, by how the frames place it. */
export const QUOTE_RULES: Readonly<Record<QuoteFraming, StatementRule>> = {
  /** "X said: “…”", "“…,” he said": a frame introduces or closes exactly this quotation. */
  framed: { id: 'statements/framed-quote', kind: 'direct' },
  /** "said forces were lured into “ambushes of terror and death”": inside a frame's reported content. */
  partial: { id: 'statements/partial-quote', kind: 'direct' },
  /** "called the vote “a farce”": all that a frame reporting a noun phrase reports. */
  characterising: { id: 'statements/characterising-quote', kind: 'direct' },
  /** A paragraph continuing a quotation its speaker framed. */
  continued: { id: 'statements/continued-quote', kind: 'direct' },
  /** No frame holds it, and it reads as speech: a statement with no speaker. */
  none: { id: 'statements/none-quote', kind: 'direct' },
};

/** "The ministry said 40 people were killed": a frame's reported clause, not a quotation. */
export const INDIRECT: StatementRule = { id: 'statements/indirect', kind: 'indirect' };

/**
 * "The ministry put the toll at 112", "an official placed the number of troops dead at 13": the
 * verb with its toll (news-dev guidelines; seen in AP and Reuters copy).
 */
export const TOLL: StatementRule = { id: 'statements/toll', kind: 'indirect' };
