import * as chrono from 'chrono-node';
import { calendarDay } from '../calendar.js';
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
  if (m) return calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const parsed = chrono.parse(value)[0];
  if (!parsed || !parsed.start.isCertain('year') || !parsed.start.isCertain('day')) return null;
  return calendarDay(parsed.start.get('year')!, parsed.start.get('month')!, parsed.start.get('day')!);
}

export { isIsoDay } from '../calendar.js';
