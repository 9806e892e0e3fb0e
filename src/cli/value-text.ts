const QUALIFIER_SIGNS: Record<string, string> = {
  exact: '',
  at_least: '≥',
  more_than: '>',
  about: '~',
  up_to: '≤',
  less_than: '<',
};

/** A figure's value for a table: "≥12", "~300", "40%", "100 (vague)". */
export function valueText(f: { qualifier: string; value: number; unit: string; vague: boolean | number }): string {
  return `${QUALIFIER_SIGNS[f.qualifier] ?? ''}${f.value.toLocaleString('en-US')}${f.unit === 'percent' ? '%' : ''}${f.vague ? ' (vague)' : ''}`;
}
