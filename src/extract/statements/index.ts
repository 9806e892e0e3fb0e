import type { Statement } from '../../model.js';
import type { Analysis } from '../context.js';

/** Finds direct and indirect statements with their speakers. Placeholder: none yet. */
export function findStatements(_a: Analysis): Statement[] {
  return [];
}
