import type { NumberMention, Sentence } from '../../model.js';

/** Finds number expressions. Placeholder: plain digits with thousands separators. */
export function findNumbers(text: string, _sentences: Sentence[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(/\b\d{1,3}(?:,\d{3})+\b|\b\d+\b/g)) {
    out.push({ span: { start: m.index!, end: m.index! + m[0].length }, value: Number(m[0].replace(/,/g, '')), qualifier: 'exact', vague: false, percent: false, by: 'numbers/digits' });
  }
  return out;
}
