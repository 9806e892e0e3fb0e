import { ORGANIZATION_HEADS, OUTLET_HEADS } from '../lexicon/index.js';

// A publisher's name: capitalised words with a few lower-case particles ("Radio Habana Cuba", "The
// Example Times", "Ministry of Defence of the Republic of Velmora", "IDF Spokesperson's Unit",
// "RADIO TOLVAREN 101.6 FM").
const NAME =
  /^(?:The |the )?[\p{Lu}\d][\p{L}\d&'’.-]*(?:[ ](?:[\p{Lu}\d&][\p{L}\d&'’.-]*|of|de|del|al|el|and|for|the|du|la|le|on|in))*$/u;
// "United Nations Office for the Coordination of Humanitarian Affairs (OCHA)": the short form in
// brackets after a name.
const ABBREVIATION = /[ ]\(([\p{Lu}][\p{L}\d&.-]{1,11})\)$/u;
const UPPER_ONLY = /^[^\p{Ll}]+$/u;
// "197", "2024": a number alone names no publisher.
const LETTER = /\p{L}/u;
const PARTICLE_END = /[ ](?:of|de|del|al|el|and|for|the|du|la|le|on|in)$/;
/** Most words in a publisher's name. */
const MAX_WORDS = 12;
const HEADS: ReadonlySet<string> = new Set([...[...ORGANIZATION_HEADS].map((w) => w.toLowerCase()), ...OUTLET_HEADS]);

/** A name read from a line, without its bracketed short form. */
export interface PublisherName {
  name: string;
  /** The short form printed after it in brackets ("OCHA"), or null. */
  abbreviation: string | null;
  /** Printed wholly in capitals ("THE STATE HERALD"). */
  caps: boolean;
}

/**
 * Reads `s` as a publisher's name, or null when it is not one (lower-case words, a final particle,
 * more than MAX_WORDS words): "Filastin Voice Agency (FVA)" → { name: "Filastin Voice Agency",
 * abbreviation: "FVA" }.
 */
export function readPublisherName(s: string): PublisherName | null {
  const abbr = ABBREVIATION.exec(s);
  const name = abbr ? s.slice(0, abbr.index) : s;
  if (
    name.length < 2 ||
    !NAME.test(name) ||
    !LETTER.test(name) ||
    PARTICLE_END.test(name) ||
    name.split(' ').length > MAX_WORDS
  )
    return null;
  return { name, abbreviation: abbr?.[1] ?? null, caps: UPPER_ONLY.test(name) };
}

/**
 * Whether a name reads as an organization's or an outlet's rather than a person's or a place's:
 * one of its words is an organization or outlet head ("Horn Dispatch", "Sagaing Voice", "Ministry
 * of Health"), or it opens with "The" ("The Meridian").
 */
export function isOutletLike(name: string): boolean {
  if (/^the /i.test(name)) return true;
  for (const w of name.toLowerCase().split(/[ ]+/)) if (HEADS.has(w.replace(/['’]s$/, ''))) return true;
  return false;
}
