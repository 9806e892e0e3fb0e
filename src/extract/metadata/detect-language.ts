import { franc } from 'franc';
import { DEFAULT_LANGUAGE, ISO_639_3_TO_1, MIN_LANGUAGE_TEXT } from './data/iso-639.js';

/**
 * The document's language as an ISO 639-1 code. `known` (from the page: "en-GB", "ar") wins,
 * reduced to its primary subtag; otherwise franc 6.2 on the text (franc itself reads only the
 * first 2,048 characters), mapped by data/iso-639.ts. Under MIN_LANGUAGE_TEXT characters, or
 * when franc cannot tell, the default "en".
 */
export function detectLanguage(text: string, known: string | null | undefined): string {
  if (known) return known.toLowerCase().split(/[-_]/)[0]!;
  if (text.length < MIN_LANGUAGE_TEXT) return DEFAULT_LANGUAGE;
  const code = franc(text);
  if (code === 'und') return DEFAULT_LANGUAGE;
  return ISO_639_3_TO_1.get(code) ?? code;
}
