import type { Extraction, Span } from '../../src/model.js';
import { swapString, type Swapped } from './swap.js';

/** Fields that legitimately differ between an article and its mirror: the hash, the origin given by the caller, the text itself (checked apart). */
const SKIP = new Set(['document.id', 'document.origin', 'document.text', 'document.htmlMap']);

const isSpan = (v: unknown): v is Span =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.keys(v).length === 2 &&
  typeof (v as Span).start === 'number' &&
  typeof (v as Span).end === 'number';

// The swap adds "the" before "IDF" where grammar wants it ("The IDF said", "the IDF" but "2,000 IDF
// operatives"); a field value taken out of its sentence cannot know which, so the article is ignored.
const normalise = (s: string) => s.replace(/(^|[^\p{L}])(?:the|The|THE) (?=IDF\b)/gu, '$1');

/**
 * Lists every difference between `mirrored` (the extraction of the swapped text) and `original`
 * mapped through the same swap: strings through `swapString`, spans through the offset map (entity
 * mentions without the article), everything else equal. Walks all fields, so fields other stages
 * add later are compared too. Empty when the pipeline treats the parties alike.
 */
export function mirrorDifferences(original: Extraction, mirrored: Extraction, swap: Swapped): string[] {
  const diffs: string[] = [];
  if (mirrored.document.text !== swap.text) diffs.push('document.text: not the swapped text');
  const walk = (a: unknown, b: unknown, path: string, core: boolean): void => {
    if (SKIP.has(path)) return;
    if (isSpan(a)) {
      const m = swap.mapSpan(a, core);
      if (!isSpan(b) || b.start !== m.start || b.end !== m.end)
        diffs.push(
          `${path}: expected ${JSON.stringify(m)} «${swap.text.slice(m.start, m.end)}», got ${JSON.stringify(b)}`,
        );
      return;
    }
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) {
        diffs.push(`${path}: ${a.length} items, mirror has ${Array.isArray(b) ? b.length : typeof b}`);
        return;
      }
      a.forEach((x, i) => walk(x, b[i], `${path}[${i}]`, core || path.endsWith('.mentions')));
      return;
    }
    if (typeof a === 'object' && a !== null) {
      if (typeof b !== 'object' || b === null) {
        diffs.push(`${path}: object vs ${JSON.stringify(b)}`);
        return;
      }
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const k of keys)
        walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k, core);
      return;
    }
    if (typeof a === 'string') {
      const want = normalise(swapString(a));
      if (typeof b !== 'string' || normalise(b) !== want)
        diffs.push(`${path}: expected ${JSON.stringify(want)}, got ${JSON.stringify(b)}`);
      return;
    }
    if (!Object.is(a, b)) diffs.push(`${path}: expected ${JSON.stringify(a)}, got ${JSON.stringify(b)}`);
  };
  walk(original, mirrored, '', false);
  return diffs;
}
