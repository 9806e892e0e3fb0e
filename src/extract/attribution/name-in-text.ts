import type { Span } from '../../model.js';
import { phraseWords, type Token } from '../text/index.js';
import type { Description } from './descriptions.js';
import { isCapitalisedName } from './name-words.js';
import { DETERMINERS } from './data/claimant-words.js';

/** A body's name as the text writes it: "Ministry of the Interior of the Republic of Velmora". */
export interface NameInText {
  name: string;
  span: Span;
}

/** Lower-case words inside a body's name: "Ministry of the Interior", "Office for Refugees and Migrants". */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and']);
/** How far either side of the head word a name may reach, in characters. */
const NAME_REACH = 160;

/**
 * The name a definite description of a body ("the ministry", "The Ministry", "the health
 * ministry") stands for when no claimant fits it: a capitalised name in the document holding the
 * head, written capitalised, and every other word of the description ("Ministry of Health of the
 * Commonwealth of Irundel" for "the health ministry"). The fullest such name before `before` (the
 * name given earlier), else the fullest after it (a press office's sign-off); none when two names
 * holding it differ ("Ministry of Health", "Ministry of Defence"), nor when every one is the head
 * alone; the headline is not read. Seen in news-dev (a television report citing a ministry by its
 * full name, then "The ministry added"), in PolNeAR train (papers of several outlets naming "the
 * Washington Post" or an institute in full, then "The Post said", "the institute found", no claim
 * made under the full name) and in examples/ (a ministry's releases: "The Ministry rejects …").
 * Invented: "Shells hit the Ministry of Water on Monday. The ministry said 40 wells ran dry." →
 * "Ministry of Water".
 */
export function nameInText(text: string, d: Description, before: number, title: Span | null): NameInText | null {
  const head = d.head[0]!.toUpperCase() + d.head.slice(1);
  const wanted = [...d.modifiers, ...d.owner.filter((w) => !NAME_JOINERS.has(w))];
  const names: Array<NameInText & { words: string[] }> = [];
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
    // A headline in title case capitalises every word ("Newspaper Says Ministry Must Go"): no name is read there.
    if (title && title.start <= at && at < title.end) continue;
    const tokens = _nameAround(text, at, head.length);
    if (!tokens) continue;
    const words = tokens.map((w) => w.lower).filter((w) => w !== 'the');
    if (!wanted.every((w) => words.includes(w))) continue;
    for (const other of names) {
      const [short, long] = words.length > other.words.length ? [other.words, words] : [words, other.words];
      if (!short.every((w) => long.includes(w))) return null;
    }
    const span = { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
    names.push({ name: text.slice(span.start, span.end), span, words });
  }
  const earlier = names.filter((n) => n.span.start < before);
  const pool = earlier.length > 0 ? earlier.reverse() : names;
  let best: (typeof names)[number] | null = null;
  for (const n of pool) if (!best || n.words.length > best.words.length) best = n;
  return best && { name: best.name, span: best.span };
}

/**
 * The capitalised name holding the head word at `at`: capitalised words right before it ("Velmoran
 * Ministry"), then joiners and capitalised words after it ("of the Interior"), all on one line and
 * separated by single spaces; null when the head stands alone or is no word of its own.
 */
function _nameAround(text: string, at: number, length: number): Token[] | null {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const tokens = phraseWords(text, Math.max(lineStart, at - NAME_REACH), Math.min(lineEnd, at + length + NAME_REACH));
  const k = tokens.findIndex((t) => t.start === at);
  if (k < 0 || tokens[k]!.end !== at + length) return null;
  const joined = (i: number): boolean => /^ $/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start));
  let first = k;
  while (first > 0 && joined(first - 1) && _nameWord(tokens[first - 1]!)) first--;
  let last = k;
  // "Ministry of the Interior": after the head only "of", "for" or "and" goes on ("Secretary of
  // State Jon Varga" gives no "State Jon Varga").
  const goesOn = k + 1 < tokens.length && joined(k) && NAME_JOINERS.has(tokens[k + 1]!.lower);
  while (goesOn && last + 1 < tokens.length && joined(last)) {
    const next = tokens[last + 1]!;
    const after = tokens[last + 2];
    // "Ministry of Health and Social Affairs", not "the Ministry and the Rangers".
    const joins = next.lower === 'and' ? !!after && _nameWord(after) : NAME_JOINERS.has(next.lower);
    if (_nameWord(next) || joins) last++;
    else break;
  }
  while (last > k && NAME_JOINERS.has(tokens[last]!.lower)) last--;
  return first === last ? null : tokens.slice(first, last + 1);
}

/** A capitalised word of a name, not a capitalised determiner opening a sentence ("The Ministry said"). */
function _nameWord(t: Token): boolean {
  return isCapitalisedName(t) && !DETERMINERS.has(t.lower);
}
