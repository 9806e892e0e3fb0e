/**
 * Cues that make a line a unit of its own instead of part of the running text: image captions,
 * and bylines (date lines: date-line-labels.ts). Matched at the start of a line, case-insensitively.
 */

/** Line openings of image captions and credits: "Photo: AFP", "Image not found", "(Photo by …)". */
export const CAPTION_PREFIXES: readonly string[] = [
  'photo:',
  'photo by',
  'photos:',
  'image:',
  'image not found',
  'picture:',
  'pictured:',
  'caption:',
  'file photo',
  'file image',
  '(photo',
  '[photo',
  '(image',
  '[image',
  'credit:',
  'photograph:',
];

/** Openings of a byline line: "By Jane Doe", "Reporting by …", "Written by …". */
export const BYLINE_PREFIXES: readonly string[] = ['by ', 'reporting by ', 'written by ', 'words by ', 'story by '];
