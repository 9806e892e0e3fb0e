/**
 * Normalises a claimant, speaker or metadata string for comparison: lower case, punctuation to
 * spaces, white space collapsed, a leading "the" dropped. "The Gaza health ministry," →
 * "gaza health ministry"; "Israel's army" → "israel s army".
 */
export function normaliseName(s: string): string {
  return s.toLowerCase().replace(PUNCTUATION, ' ').replace(SPACES, ' ').trim().replace(LEADING_THE, '');
}

const PUNCTUATION = /[^\p{L}\p{N}\s]+/gu;
const SPACES = /\s+/g;
const LEADING_THE = /^the /;

/**
 * Whether a predicted claimant or speaker agrees with the gold one. Null agrees only with null
 * (an unattributed figure must stay unattributed). Otherwise the normalised strings must be equal,
 * or one must contain the other as whole words: "Hamas" agrees with "the Hamas office in Gaza",
 * "Maarouf" with "Salama Maarouf", but "Israel" does not agree with "Israeli officials".
 */
export function namesAgree(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const g = normaliseName(gold);
  const p = normaliseName(predicted);
  if (!g || !p) return g === p;
  return g === p || ` ${g} `.includes(` ${p} `) || ` ${p} `.includes(` ${g} `);
}

/**
 * Whether two metadata strings (title, outlet, dateline) are the same after normalisation; null
 * equals only null. No containment here: a title cut short is a wrong title.
 */
export function sameText(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return normaliseName(gold) === normaliseName(predicted);
}
