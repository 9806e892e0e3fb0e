import type { EntityType } from '../../model.js';
import { CITIES_AND_REGIONS, COUNTRIES } from './data/gazetteer.js';
import { KNOWN_ORGANIZATIONS } from './data/organization-cues.js';
import { GAZETTEER, KNOWN_ORGANIZATION, type EntityRule } from './rules.js';

/** A name the lists (or the document) know, with the type they give it and the rule id that says so. */
export interface KnownName {
  name: string;
  type: EntityType;
  by: string;
}

/** Gazetteer places, keyed by their exact spelling ("Gaza City", "Kyiv"). */
export const PLACE_NAMES: ReadonlySet<string> = new Set([...COUNTRIES, ...CITIES_AND_REGIONS]);

/**
 * Every name the data lists type, keyed in lower case, so that a Title Case or ALL CAPS headline
 * ("GAZA CITY", "Islamic Jihad Says") finds its canonical spelling. Built once at module load.
 */
export const KNOWN_BY_LOWER: ReadonlyMap<string, KnownName> = (() => {
  const m = new Map<string, KnownName>();
  for (const name of PLACE_NAMES) m.set(name.toLowerCase(), _known(name, GAZETTEER));
  // Organizations win a clash of spellings: "WHO" must not fall back to a place.
  for (const name of KNOWN_ORGANIZATIONS) m.set(name.toLowerCase(), _known(name, KNOWN_ORGANIZATION));
  return m;
})();

/**
 * Length (UTF-16 units) of the longest list name, as written or lower-cased ("democratic republic
 * of the congo"). Lower-casing never shortens a string, so a longer name is in no list, either way.
 */
export const LONGEST_KNOWN_NAME: number = Math.max(
  ...[...KNOWN_BY_LOWER].flatMap(([lower, known]) => [lower.length, known.name.length]),
);

/** Looks a name up in the lists by its exact spelling; undefined when no list has it. */
export function lookupExact(name: string): KnownName | undefined {
  if (KNOWN_ORGANIZATIONS.has(name)) return _known(name, KNOWN_ORGANIZATION);
  if (PLACE_NAMES.has(name)) return _known(name, GAZETTEER);
  return undefined;
}

function _known(name: string, rule: EntityRule): KnownName {
  return { name, type: rule.type!, by: rule.id };
}
