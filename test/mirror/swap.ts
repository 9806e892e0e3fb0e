import type { Span } from '../../src/model.js';

/**
 * A pair of party names that trade places. `a` and `b` are canonical spellings; `bArticle` is set
 * when `b` is normally written after "the" ("Hamas" ↔ "the IDF"), so the article travels with it.
 */
export interface SwapPair {
  a: string;
  b: string;
  bArticle?: boolean;
}

/** The default pairs: both sides of three conflicts, grammatical both ways. */
export const PARTY_PAIRS: readonly SwapPair[] = [
  { a: 'Israeli', b: 'Palestinian' },
  { a: 'Israelis', b: 'Palestinians' },
  { a: 'Hamas', b: 'IDF', bArticle: true },
  { a: 'Russian', b: 'Ukrainian' },
  { a: 'Russians', b: 'Ukrainians' },
  { a: 'Russia', b: 'Ukraine' },
  { a: 'Moscow', b: 'Kyiv' },
  { a: 'RSF', b: 'SAF' },
];

/** One replaced stretch: `[from, to)` of the original became `[newFrom, newTo)`; `core`/`newCore` are where the name proper starts (after "the "). */
interface Replacement {
  from: number;
  to: number;
  core: number;
  newFrom: number;
  newTo: number;
  newCore: number;
}

/** The swapped text and the offset map from the original. */
export interface Swapped {
  text: string;
  /** Number of names swapped. */
  count: number;
  /**
   * Maps a span of the original onto the swapped text. With `core`, a span that starts at a name
   * starts at the name proper on the other side too, without the article ("Hamas" → "IDF" inside
   * "the IDF"), the way entity mentions are written.
   */
  mapSpan(span: Span, core?: boolean): Span;
}

// Words after which "the" would be wrong: "the Hamas-run" → "the IDF-run", "2,000 Hamas operatives" → "2,000 IDF operatives".
const ARTICLE_RE =
  /(?:^|[^\p{L}\p{N}])(?:the|a|an|its|their|his|her|our|these|those|some|many|several|other|more|[\d,.]*\d)\s+$/iu;
const SENTENCE_START_RE = /(?:^|[.!?:]["”’»)]*\s+|\n\s*|["“‘«(]\s*)$/u;

/**
 * Swaps every pair simultaneously (one regex pass, so "Israeli" → "Palestinian" is never swapped
 * back), on word boundaries, keeping the written case: canonical, ALL CAPS or all lower case;
 * other spellings stay as they are. "the IDF" becomes "Hamas"; "Hamas" becomes "the IDF" ("The IDF"
 * opening a sentence when `sentenceAtStart`, "IDF" after an article: "the Hamas-run" → "the IDF-run").
 */
export function swapParties(text: string, pairs: readonly SwapPair[] = PARTY_PAIRS, sentenceAtStart = true): Swapped {
  const table = new Map<string, { to: string; toArticle: boolean }>();
  for (const p of pairs) {
    table.set(p.a, { to: p.b, toArticle: !!p.bArticle });
    table.set(p.b, { to: p.a, toArticle: false });
  }
  const names = [...table.keys()]
    .sort((x, y) => y.length - x.length)
    .map(_escape)
    .join('|');
  const articled = pairs
    .filter((p) => p.bArticle)
    .map((p) => _escape(p.b))
    .join('|');
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:((?:the|The|THE)\\s+)(?=(?:${articled || '(?!)'})(?![\\p{L}\\p{N}])))?(${names})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const reps: Replacement[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    const written = m[2]!;
    const canonical = _canonical(written, table);
    if (!canonical) continue;
    const { to, toArticle } = table.get(canonical.name)!;
    const article = m[1];
    const from = m.index!;
    const core = from + (article?.length ?? 0);
    const before = text.slice(Math.max(0, from - 24), from);
    let replacement = canonical.apply(to);
    let lead = '';
    if (toArticle && !ARTICLE_RE.test(before)) {
      const opens = (sentenceAtStart || from > 0) && SENTENCE_START_RE.test(text.slice(Math.max(0, from - 4), from));
      lead = canonical.upper ? 'THE ' : opens ? 'The ' : 'the ';
    }
    if (article && canonical.upper) replacement = replacement.toUpperCase();
    out += text.slice(last, from);
    const newFrom = out.length;
    out += lead + replacement;
    reps.push({
      from,
      to: from + (article?.length ?? 0) + written.length,
      core,
      newFrom,
      newTo: out.length,
      newCore: newFrom + lead.length,
    });
    last = from + (article?.length ?? 0) + written.length;
  }
  out += text.slice(last);
  const mapOffset = (o: number, isStart: boolean, core: boolean): number => {
    let delta = 0;
    for (const r of reps) {
      if (o < r.from || (o === r.from && !isStart)) return o + delta;
      if (o === r.from) return core && r.core === r.from ? r.newCore : r.newFrom;
      // Inside a swapped name: a start goes to the name proper, an end to the end of the swap.
      if (o < r.to || (o === r.to && !isStart)) return isStart ? r.newCore : r.newTo;
      delta = r.newTo - r.to;
    }
    return o + delta;
  };
  return {
    text: out,
    count: reps.length,
    mapSpan: (span, core = false) => ({
      start: mapOffset(span.start, true, core),
      end: mapOffset(span.end, false, core),
    }),
  };
}

/** Swaps the names in a short field value ("the Gaza health ministry", "Hamas"); its start is not a sentence start. */
export function swapString(s: string, pairs: readonly SwapPair[] = PARTY_PAIRS): string {
  return swapParties(s, pairs, false).text;
}

function _canonical(
  written: string,
  table: ReadonlyMap<string, unknown>,
): { name: string; upper: boolean; apply(to: string): string } | null {
  if (table.has(written)) return { name: written, upper: false, apply: (to) => to };
  for (const name of table.keys()) {
    if (written === name.toUpperCase() && name !== written)
      return { name, upper: true, apply: (to) => to.toUpperCase() };
    if (written === name.toLowerCase() && name !== written)
      return { name, upper: false, apply: (to) => to.toLowerCase() };
  }
  return null;
}

function _escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
