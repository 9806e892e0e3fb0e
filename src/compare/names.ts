// The comparisons resolve the same few thousand names once per claim (hundreds of thousands of
// times on a large ledger), and each key costs a normalisation and five regular expressions.
const keys = new Map<string, string>();
const MAX_KEYS = 100_000;

/**
 * Conservative name keys: two spellings are one name only when they differ in case, a leading
 * article, a possessive, punctuation or spacing. "Gaza's health ministry" and "the Gaza health
 * ministry" → "gaza health ministry"; "Palestinians" and "Palestinian civilians" stay two, as do
 * "the Ministry of Health of Irundel" and "Irundel's health ministry" (the alias file joins those
 * when the user decides they are one).
 */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    // Bounded: a ledger's claimants, outlets and terms repeat, but not without end.
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(name, (key = computeKey(name)));
  }
  return key;
}

function computeKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/(\p{L})'s?(?![\p{L}])/gu, '$1')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an) /, '');
}

/** The display form of a group of spellings: the most frequent, ties to the first in code-point order. */
export function displayName(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let n = -1;
  for (const [s, c] of spellings) if (c > n || (c === n && s < best)) [best, n] = [s, c];
  return best;
}
