import * as chrono from 'chrono-node';
import type { IsoDate } from '../model.js';

const ISO_PREFIX = /^\s*(\d{4})-(\d{2})-(\d{2})/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:\D|$)/;

/**
 * The calendar day a metadata date names, as written: "2023-11-10T23:30:00-05:00" → "2023-11-10"
 * (the day at the writer's own offset, not converted to UTC); "20231110" → "2023-11-10";
 * "Fri, 10 Nov 2023 09:00 GMT" → "2023-11-10" (read with chrono-node). Null when no day with a
 * year can be read. Pure: never reads the clock.
 */
export function toIsoDate(value: string | null | undefined): IsoDate | null {
  if (!value) return null;
  const m = ISO_PREFIX.exec(value) ?? COMPACT.exec(value);
  if (m) return _validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const parsed = chrono.parse(value)[0];
  if (!parsed || !parsed.start.isCertain('year') || !parsed.start.isCertain('day')) return null;
  return _validDate(parsed.start.get('year')!, parsed.start.get('month')!, parsed.start.get('day')!);
}

/** "2023-02-30" is no day: null. */
function _validDate(year: number, month: number, day: number): IsoDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written exactly `YYYY-MM-DD` ("2023-11-10"; not "2023-02-30"). */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  return m !== null && _validDate(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}
