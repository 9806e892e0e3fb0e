import * as chrono from 'chrono-node';
import type { DateMention, IsoDate, Sentence } from '../../model.js';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): IsoDate => `${y}-${pad(m)}-${pad(d)}`;

/**
 * Finds date expressions and resolves them against the publication date `reference`, with a past
 * bias: news reports the past, so a weekday-only date that lands after the reference moves back a
 * week, and a date without a year that lands after it moves back a year.
 */
export function findDates(text: string, _sentences: Sentence[], reference: IsoDate | null): DateMention[] {
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const results = chrono.parse(text, { instant: ref, timezone: 0 });
  return results.map((r) => {
    const c = r.start;
    const yearStated = c.isCertain('year');
    let y = c.get('year') ?? 0;
    let m = c.get('month') ?? 1;
    let d = c.get('day') ?? 1;
    const dayKnown = c.isCertain('day') || c.isCertain('weekday');
    if (reference && !yearStated) {
      const cand = iso(y, m, d);
      if (cand > reference) {
        if (c.isCertain('weekday') && !c.isCertain('day')) {
          const back = new Date(Date.UTC(y, m - 1, d - 7));
          y = back.getUTCFullYear(); m = back.getUTCMonth() + 1; d = back.getUTCDate();
        } else if (c.isCertain('month')) {
          y -= 1;
        }
      }
    }
    const date = dayKnown && (reference || yearStated) ? iso(y, m, d) : null;
    return { span: { start: r.index, end: r.index + r.text.length }, date, yearStated, text: r.text, by: 'dates/chrono' };
  });
}
