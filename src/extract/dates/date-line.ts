import { calendarDay } from '../../calendar.js';
import type { IsoDate } from '../../model.js';
import { MONTH_NAMES } from '../lexicon/index.js';

// "9 JAN 90", "21 Dec 89": a wire service's date line, day, month abbreviation and two-digit year.
const DATE_LINE = /^(\d\d?) ([A-Z][a-z][a-z]|[A-Z][A-Z][A-Z]) (\d\d)$/;
const MONTH_OF = new Map(
  MONTH_NAMES.flatMap((name, k) => [name.slice(0, 3), name.slice(0, 3).toUpperCase()].map((w) => [w, k + 1] as const)),
);

/**
 * The calendar day of a date line written exactly "9 JAN 90" (day, three-letter month in capitals
 * or capitalised, two-digit year), or null for anything else. It is the date the dates stage gets
 * from chrono for such a line without a reference (a day with a stated year, kind calendar), read
 * without chrono: two-digit years as chrono's `findMostLikelyADYear` reads them (51–99 → 19xx,
 * 00–50 → 20xx), no day that is not in the calendar (chrono's reading of those is left to chrono).
 * dates.test.ts checks every line of the shape against chrono.
 *
 * Why not chrono: MUC-4's wire copy opens every story with such a line, which the metadata stage
 * reads for the publication date: 1,574 of the 1,812 date lines of the bench texts, and one chrono
 * call each (about 40 µs inside the pipeline, 2.3% of the extract's CPU profile, with the parsers
 * and refiners it runs for one result). Instruction counts of the metadata stage and the whole
 * extract with and without this reader: the commit that added it, and docs/performance.md.
 */
export function readDateLine(line: string): IsoDate | null {
  const m = DATE_LINE.exec(line);
  if (!m) return null;
  const month = MONTH_OF.get(m[2]!);
  if (month === undefined) return null;
  const yy = Number(m[3]);
  return calendarDay(yy > 50 ? 1900 + yy : 2000 + yy, month, Number(m[1]));
}
