/**
 * Cues that make a line a unit of its own instead of part of the running text: image captions,
 * bylines and date lines. Matched at the start of a line, case-insensitively.
 */

/** Line openings of image captions and credits: "Photo: AFP", "Image not found", "(Photo by …)". */
export const CAPTION_PREFIXES: readonly string[] = [
  'photo:', 'photo by', 'photos:', 'image:', 'image not found', 'picture:', 'pictured:', 'caption:',
  'file photo', 'file image', '(photo', '[photo', '(image', '[image', 'credit:', 'photograph:',
];

/** Openings of a byline line: "By Jane Doe", "Reporting by …", "Written by …". */
export const BYLINE_PREFIXES: readonly string[] = ['by ', 'reporting by ', 'written by ', 'words by ', 'story by '];

/** Labels in front of a date line: "Published: 2023-11-10", "Updated 10 November 2023". */
export const DATE_LINE_LABELS: readonly string[] = [
  'published', 'first published', 'updated', 'last updated', 'posted', 'date', 'dated', 'modified',
  'last modified', 'published on', 'updated on', 'posted on',
];

/** Month names and their news abbreviations, as written (for date-line recognition). */
export const MONTH_WORDS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

/** Weekday names and abbreviations, as written. */
export const WEEKDAY_WORDS: readonly string[] = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
];
