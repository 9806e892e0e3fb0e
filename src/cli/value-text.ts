import type { Qualifier, Unit } from '../model.js';

const QUALIFIER_SIGNS: Record<Qualifier, string> = {
  exact: '',
  at_least: '≥',
  more_than: '>',
  about: '~',
  up_to: '≤',
  less_than: '<',
};

/** A figure's value as a person reads it: "≥1,000 (vague)", "40%", "20–30". */
export function valueText(f: {
  qualifier: Qualifier;
  value: number;
  high?: number | null;
  unit: Unit;
  vague: boolean;
}): string {
  return `${QUALIFIER_SIGNS[f.qualifier]}${f.value.toLocaleString('en-US')}${f.high ? `–${f.high.toLocaleString('en-US')}` : ''}${f.unit === 'percent' ? '%' : ''}${f.vague ? ' (vague)' : ''}`;
}
