/**
 * Words that carry no content for comparing two texts: function words and reporting verbs, which
 * every report shares whatever its source. Normalised as {@link normaliseWord} leaves them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after all also an and any are as at be been before being but by could did do does for from ' +
    'had has have he her him his i in into is it its may might more not of on one or our over said say ' +
    'says she should some than that the their them then there these they this those to told was we were ' +
    'when where which while who whom will with would you your'
  ).split(' '),
);

/** Weekdays: which day a report speaks of is one of its specifics ("on Monday" vs "on Friday"). */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
