import { phraseIndex } from '../text/index.js';
import { AFTER_COUNT } from './data/triggers.js';

/** AFTER_COUNT as a phrase index, built once: read by the group reader (to stop) and the trigger rules. */
export const AFTER_INDEX = phraseIndex(AFTER_COUNT);
