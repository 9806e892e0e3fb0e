import * as chrono from 'chrono-node';
import type { DateMention, IsoDate } from '../../model.js';
import { CHRONO_PARSER_CUES } from './data/chrono-parser-cues.js';

/**
 * A reader of one shape of window without chrono: given the window, its offset `at` in the
 * document, its parsersFor `run` and the publication date, it appends to `out` the mentions
 * chronoWindowDates would append and returns true, or returns false (nothing appended) for a
 * window of another shape, which is left to chrono.
 */
export type WindowReader = (
  window: string,
  at: number,
  run: number,
  reference: IsoDate | null,
  out: DateMention[],
) => boolean;

const { parsers: CASUAL_PARSERS, refiners: ALL_CASUAL_REFINERS } = chrono.casual;
const _name = (p: object) => p.constructor.name;
// ForwardDateRefiner moves a date without a year or day into the future, and only when a parse is
// given the `forwardDate` option, which the dates stage never gives: it returns every result
// untouched, so it is left out of every instance.
const CASUAL_REFINERS = ALL_CASUAL_REFINERS.filter((r) => _name(r) !== 'ForwardDateRefiner');
// Per cue group, the bits of the casual parsers it lists; parsers in no group always run.
const LISTED = CHRONO_PARSER_CUES.map(({ parsers }) =>
  CASUAL_PARSERS.reduce((bits, p, k) => (parsers.includes(_name(p)) ? bits | (1 << k) : bits), 0),
);
const ALL = (1 << CASUAL_PARSERS.length) - 1;
// One instance per set of parsers met so far: a few hundred on news copy.
const BY_PARSERS = new Map<number, chrono.Chrono>();

/**
 * The casual parsers chrono must run on `window` to return what `chrono.parse(window, ref)`
 * returns, as bits (parserBit): all but those one of whose cues (data/chrono-parser-cues.ts)
 * `window` lacks. Those could match nothing in it, and most of chrono's time went into running
 * them: in "risen to 14 by Thursday, a spokesman said" the month, ISO, slash, "ago" and "later"
 * parsers do not run.
 */
export function parsersFor(window: string): number {
  let run = ALL;
  for (let g = 0; g < CHRONO_PARSER_CUES.length; g++)
    if (LISTED[g]! & run && !CHRONO_PARSER_CUES[g]!.cue.test(window)) run &= ~LISTED[g]!;
  return run;
}

/** A chrono instance with the casual English parsers of `run` (parsersFor) and its refiners, in order. */
export function chronoWith(run: number): chrono.Chrono {
  let found = BY_PARSERS.get(run);
  if (!found) {
    found = new chrono.Chrono({ parsers: CASUAL_PARSERS.filter((_, k) => run & (1 << k)), refiners: CASUAL_REFINERS });
    BY_PARSERS.set(run, found);
  }
  return found;
}

/** A chrono instance whose `parse(window, ref)` returns exactly what `chrono.parse(window, ref)` returns. */
export function chronoFor(window: string): chrono.Chrono {
  return chronoWith(parsersFor(window));
}

// chrono's own patterns, word boundary included, are made from the context's options alone: none are given.
const NO_OPTIONS = new chrono.ParsingContext('', new Date(0));

/** The pattern `parser` itself matches with, for the readers that must match exactly what it does. */
function patternOf(parser: chrono.Parser): RegExp {
  return parser.pattern(NO_OPTIONS);
}

// othersMatch's patterns so far, per set of parsers.
const PATTERNS = new Map<number, readonly RegExp[]>();

/**
 * Whether a casual parser of `run` (bits as parsersFor's) other than those of `bits` has a match of
 * its own pattern in `window`, for a reader that must show that none of them does: a parser whose
 * pattern has no match there gives chrono no result (Chrono.executeParser stops at the first
 * failed search).
 */
export function othersMatch(window: string, run: number, bits: number): boolean {
  const others = run & ~bits;
  let patterns = PATTERNS.get(others);
  if (!patterns) {
    patterns = CASUAL_PARSERS.filter((_, k) => others & (1 << k)).map(patternOf);
    PATTERNS.set(others, patterns);
  }
  for (const p of patterns) if (p.test(window)) return true;
  return false;
}

/** The bit of the casual parser of class `name` in parsersFor's answer, the parser and its pattern. */
export function casualParser(name: string): { bit: number; parser: chrono.Parser; pattern: RegExp } {
  const k = CASUAL_PARSERS.findIndex((p) => _name(p) === name);
  if (k < 0) throw new Error(`chrono has no casual parser ${name}`);
  return { bit: 1 << k, parser: CASUAL_PARSERS[k]!, pattern: patternOf(CASUAL_PARSERS[k]!) };
}
