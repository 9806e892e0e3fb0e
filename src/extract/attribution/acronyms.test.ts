import { describe, expect, it } from 'vitest';
import { acronymOf, acronymTable } from './acronyms.js';

// Invented names.
describe('acronyms', () => {
  it('reads the name spelt out before an acronym in brackets', () => {
    const text =
      'The Inter-Agency Relief Office (IARO) said on Monday that the Office for the Coordination of Aid (OCA) had counted 40 dead.';
    const table = acronymTable(text);
    expect(table.get('IARO')).toBe('Inter-Agency Relief Office');
    expect(table.get('OCA')).toBe('Office for the Coordination of Aid');
  });

  it('reads nothing when the initials do not spell the acronym or a comma splits the name', () => {
    expect(acronymTable('Tolvaren Relief Authority (XYZ) said.').size).toBe(0);
    expect(acronymTable('in Tolvaren, Relief Authority (TRA) said.').get('TRA')).toBeUndefined();
    expect(acronymTable('the relief authority (TRA) said.').size).toBe(0);
  });

  it('takes an all-capital claimant as an acronym, nothing else', () => {
    expect(acronymOf('the TRA')).toBe('TRA');
    expect(acronymOf('TRA')).toBe('TRA');
    expect(acronymOf('the ministry')).toBeNull();
    expect(acronymOf('Tra')).toBeNull();
  });
});
