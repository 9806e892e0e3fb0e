import * as chrono from 'chrono-node';
import { CHRONO_PARSER_CUES } from './data/chrono-parser-cues.js';

const { parsers: CASUAL_PARSERS, refiners: CASUAL_REFINERS } = chrono.casual;
const _name = (p: chrono.Parser) => (p as object).constructor.name;
// Per cue group, the bits of the casual parsers it covers; parsers in no group always run.
const GROUP_BITS = CHRONO_PARSER_CUES.map(({ parsers }) => _bits((p) => parsers.includes(_name(p))));
const ALWAYS_BITS = _bits((p) => !CHRONO_PARSER_CUES.some(({ parsers }) => parsers.includes(_name(p))));
// One instance per set of cue groups met so far: at most 2^groups (1,024), a few hundred on news copy.
const BY_PARSERS = new Map<number, chrono.Chrono>();

/**
 * A chrono instance whose `parse(window, ref)` returns exactly what `chrono.parse(window, ref)`
 * returns: the casual English parsers and refiners in their order, less the parsers whose cue
 * (data/chrono-parser-cues.ts) `window` lacks. Those could match nothing in it, and most of
 * chrono's time went into running them: in "risen to 14 by Thursday, a spokesman said" the
 * month, ISO, slash, "ago" and "later" parsers do not run.
 */
export function chronoFor(window: string): chrono.Chrono {
  let bits = ALWAYS_BITS;
  for (let g = 0; g < CHRONO_PARSER_CUES.length; g++)
    if (CHRONO_PARSER_CUES[g]!.cue.test(window)) bits |= GROUP_BITS[g]!;
  let found = BY_PARSERS.get(bits);
  if (!found) {
    found = new chrono.Chrono({ parsers: CASUAL_PARSERS.filter((_, k) => bits & (1 << k)), refiners: CASUAL_REFINERS });
    BY_PARSERS.set(bits, found);
  }
  return found;
}

function _bits(keep: (p: chrono.Parser) => boolean): number {
  return CASUAL_PARSERS.reduce((bits, p, k) => (keep(p) ? bits | (1 << k) : bits), 0);
}
