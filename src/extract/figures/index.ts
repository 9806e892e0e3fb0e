import type { Figure } from '../../model.js';
import type { Analysis } from '../context.js';

/** Finds casualty and humanitarian figures. Placeholder: none yet. */
export function findFigures(_a: Analysis): Figure[] {
  return [];
}
