const SPACES = /\s+/g;

/**
 * Collapses runs of white space to one space and trims: "  Strike kills\n 12 " → "Strike kills 12".
 * Empty or missing text becomes null. Used for metadata values, never for `document.text`.
 */
export function cleanText(v: string | null | undefined): string | null {
  const s = v?.replace(SPACES, ' ').trim();
  return s ? s : null;
}
