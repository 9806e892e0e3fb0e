import { JOINED_PARTICLES, NAME_PARTICLES } from '../lexicon/index.js';
import { alternation, isCapitalised, type Token } from '../text/index.js';

// "al-Arouri", "el-Sisi", "bin-Salman": a particle joined to a capitalised name.
const PARTICLE_NAME = new RegExp(`^(?:${alternation(JOINED_PARTICLES)})[-‑]\\p{Lu}`, 'u');

/** True for a capitalised word or a particle-joined name ("al-Quds"), not a bare particle. */
export function isCapitalisedName(t: Token): boolean {
  return isCapitalised(t) || PARTICLE_NAME.test(t.text);
}

/** True for a word that can be part of a proper name: "Salama", "al-Arouri", "Abu", "bin". */
export function isNameWord(t: Token): boolean {
  return isCapitalisedName(t) || NAME_PARTICLES.has(t.lower);
}
