import type { ReprintSentence, ReprintText } from './reprint-text.js';

/**
 * The second stage of reprint detection: does one text derive from the other? Candidates share
 * names or wording; copies of one story share more: their narrative sentences follow each other in
 * order, lightly edited, trimmed, re-led, reworded or translated, and tell of the same named places,
 * people, days and numbers. Independent reports of one event share facts and quotes, but not the
 * run of their sentences.
 */
export interface ReprintVerdict {
  same: boolean;
  how: 'text' | 'verbatim' | null;
  /** Narrative sentences aligned in order, and how many of them nearly word for word. */
  aligned: number;
  nearVerbatim: number;
  /** Aligned sentences / narrative sentences of the text with fewer. */
  coverage: number;
  /** Aligned sentences / narrative sentences of the text with more. */
  coverageOfLonger: number;
  /** Share of the specifics of the aligned sentences (of the text with fewer) found in the other text. */
  specifics: number;
  /** Share of the five-word runs of the text with fewer that the other holds too. */
  verbatim: number;
}

/** The thresholds of {@link verifyReprint}; the defaults were set on reprints-dev (see docs/reprints.md). */
export interface VerifyOptions {
  /** Least Dice similarity of two sentences' content words for them to align. */
  sentence: number;
  /** Similarity from which an aligned sentence counts as near-verbatim. */
  nearVerbatim: number;
  /** Least coverage of the shorter text, with at least 3 aligned (or 2 near-verbatim). */
  coverage: number;
  /**
   * When fewer than 2 aligned sentences are near-verbatim (a reworded copy), the least coverage of
   * the longer text too: a rewrite follows a whole report, while a short release whose few
   * sentences resemble parts of a long one is another report of the same facts.
   */
  reworded: number;
  /** Sentences in order, each this similar or more… */
  splicedSentence: number;
  /** …that make a copy spliced into a longer report (a blend's main source)… */
  spliced: number;
  /** …when they cover at least this share of the shorter text (a shared background paragraph does not). */
  splicedCoverage: number;
  /**
   * Two documents of one outlet are one story only when nearly the same text (this coverage of
   * both, or shared five-word runs): an outlet's serial reports share its templates and background
   * paragraphs without being copies of each other.
   */
  sameOutlet: number;
  /** Least share of specifics kept: below it, the same template tells of another event. */
  specifics: number;
  /** Share of shared five-word runs that makes a copy on its own. */
  verbatim: number;
}

export const VERIFY_DEFAULTS: VerifyOptions = {
  sentence: 0.4,
  nearVerbatim: 0.7,
  coverage: 0.6,
  reworded: 0.3,
  splicedSentence: 0.8,
  spliced: 3,
  splicedCoverage: 0.3,
  sameOutlet: 0.8,
  specifics: 0.7,
  verbatim: 0.6,
};

/**
 * Decides whether two texts are copies of one story; `sameOutlet` when both come from one outlet.
 * Symmetric: verify(a, b) equals verify(b, a).
 */
export function verifyReprint(
  x: ReprintText,
  y: ReprintText,
  sameOutlet = false,
  o: VerifyOptions = VERIFY_DEFAULTS,
): ReprintVerdict {
  // The text with fewer sentences is aligned into the other; ties go by a content-only order so
  // that the verdict never depends on which was passed first.
  const [a, b] = fewerFirst(x, y);
  const pairs = align(a.sentences, b.sentences, o.sentence);
  const aligned = pairs.length;
  const nearVerbatim = pairs.filter((p) => p.sim >= o.nearVerbatim).length;
  const verbatimSentences = pairs.filter((p) => p.sim >= o.splicedSentence).length;
  const coverage = a.sentences.length ? aligned / a.sentences.length : 0;
  const coverageOfLonger = b.sentences.length ? aligned / b.sentences.length : 0;
  const specificsSeen = new Set<string>();
  for (const p of pairs) for (const s of a.sentences[p.i]!.specifics) specificsSeen.add(s);
  let kept = 0;
  for (const s of specificsSeen) if (b.words.has(s)) kept++;
  const specifics = specificsSeen.size ? kept / specificsSeen.size : 1;
  const verbatim = containment(x.shingles5, y.shingles5);
  const copied = nearVerbatim >= 2 || coverageOfLonger >= o.reworded;
  const byText = sameOutlet
    ? coverage >= o.sameOutlet && coverageOfLonger >= o.sameOutlet
    : specifics >= o.specifics &&
      ((coverage >= o.coverage && (aligned >= 3 || nearVerbatim >= 2) && copied) ||
        (verbatimSentences >= o.spliced && coverage >= o.splicedCoverage));
  const byVerbatim = verbatim >= o.verbatim;
  return {
    same: byText || byVerbatim,
    how: byText ? 'text' : byVerbatim ? 'verbatim' : null,
    aligned,
    nearVerbatim,
    coverage,
    coverageOfLonger,
    specifics,
    verbatim,
  };
}

function fewerFirst(x: ReprintText, y: ReprintText): [ReprintText, ReprintText] {
  const d = x.sentences.length - y.sentences.length || x.shingles5.size - y.shingles5.size;
  if (d !== 0) return d < 0 ? [x, y] : [y, x];
  return orderKey(x) <= orderKey(y) ? [x, y] : [y, x];
}

const orderKey = (t: ReprintText): string => [...t.words].sort().join(' ');

/** Shared share of the smaller set. */
function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let n = 0;
  for (const h of small) if (large.has(h)) n++;
  return n / small.size;
}

/**
 * The order-preserving alignment of sentences with the largest total similarity (dynamic
 * programming over the two sequences, as in sequence alignment without gap costs); pairs below
 * `least` never align.
 */
export function align(
  a: readonly ReprintSentence[],
  b: readonly ReprintSentence[],
  least: number,
): Array<{ i: number; j: number; sim: number }> {
  const n = a.length;
  const m = b.length;
  const sim = new Float64Array(n * m);
  // Shared words per pair of sentences through an index of b's words: only pairs that share a
  // word cost anything (two long reports share few).
  const where = new Map<number, number[]>();
  b.forEach((s, j) => {
    for (const w of s.content) {
      const l = where.get(w);
      if (l) l.push(j);
      else where.set(w, [j]);
    }
  });
  const shared = new Uint16Array(m);
  for (let i = 0; i < n; i++) {
    shared.fill(0);
    const ai = a[i]!.content;
    for (const w of ai) for (const j of where.get(w) ?? []) shared[j]!++;
    for (let j = 0; j < m; j++) {
      if (shared[j] === 0) continue;
      const s = (2 * shared[j]!) / (ai.size + b[j]!.content.size);
      sim[i * m + j] = s >= least ? s : 0;
    }
  }
  const w = m + 1;
  const dp = new Float64Array((n + 1) * w);
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) {
      const s = sim[(i - 1) * m + (j - 1)]!;
      dp[i * w + j] = Math.max(dp[(i - 1) * w + j]!, dp[i * w + j - 1]!, s > 0 ? dp[(i - 1) * w + j - 1]! + s : 0);
    }
  const pairs: Array<{ i: number; j: number; sim: number }> = [];
  for (let i = n, j = m; i > 0 && j > 0;) {
    const s = sim[(i - 1) * m + (j - 1)]!;
    if (s > 0 && dp[i * w + j] === dp[(i - 1) * w + j - 1]! + s) {
      pairs.push({ i: i - 1, j: j - 1, sim: s });
      i--;
      j--;
    } else if (dp[i * w + j] === dp[(i - 1) * w + j]) i--;
    else j--;
  }
  return pairs.reverse();
}
