/**
 * Words just before a date that say what it is to a figure in the same sentence. Lower case. Used
 * until the dates stage exports its own `dateRole`.
 */

/** The start of a cumulative count: "*since* October 7", "*since* the start of the war on 7 October". */
export const SINCE_CUES: ReadonlySet<string> = new Set(['since', 'starting', 'beginning']);

/** A date that is not the figure's day: "*before* Friday", "*until* Monday", "*after* 7 October". */
export const OTHER_CUES: ReadonlySet<string> = new Set(['before', 'after', 'until', 'till', 'ahead', 'next', 'from', 'in', 'during']);
