import type { ClaimantWhy, RuleId } from '../model.js';

/**
 * A claimant's rules as lines for people: the reporting frame's rule, then the rules that read and
 * resolved the claimant's words, in the order they applied ("words attribution/a → attribution/b").
 */
export function claimantRules(c: ClaimantWhy): string[] {
  return [`frame ${c.frame}`, ...(c.claimant.length ? [`words ${c.claimant.join(' → ')}`] : [])];
}

/**
 * The rules behind one decided field as lines: its rule id, a claimant's frame and words, or none
 * when the field was not recorded (`undefined`) or left empty by the text (`null`).
 */
export function fieldRules(why: RuleId | ClaimantWhy | null | undefined): string[] {
  if (!why) return [];
  return typeof why === 'string' ? [why] : claimantRules(why);
}
