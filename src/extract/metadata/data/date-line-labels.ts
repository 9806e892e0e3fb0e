/**
 * Labels that rank date lines when a page prints several: the publication date wins over an
 * update stamp. Matched case-insensitively at the start of the line.
 */
export const UPDATE_LABELS: readonly string[] = [
  'updated',
  'last updated',
  'modified',
  'last modified',
  'edited',
  'revised',
];
