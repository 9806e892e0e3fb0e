import type { Attribution } from '../../model.js';
import type { Analysis } from '../context.js';

/** Finds reporting frames (claimant + cue + reported content). Placeholder: none yet. */
export function findAttributions(_a: Analysis): Attribution[] {
  return [];
}
