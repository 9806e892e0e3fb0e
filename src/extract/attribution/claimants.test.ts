import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../model.js';
import { analyse } from '../index.js';

// Claimant reading and resolution on shapes seen in real reports (issue 8, family A). Every
// sentence here is invented.

function attributionsOf(text: string): Attribution[] {
  return analyse({ origin: 'test', text, meta: { published: '2024-02-06' } }).attributions;
}

/** The claimant of the attribution whose content starts with `contentStart`. */
function claimantFor(text: string, contentStart: string): string | null | undefined {
  return attributionsOf(text).find((a) => text.slice(a.content.start, a.content.end).startsWith(contentStart))
    ?.claimant;
}

describe('claimant reading', () => {
  it('leaves a short introductory phrase out of the claimant, and reads none in a long one', () => {
    expect(claimantFor('In statement the ministry said four people were killed.', 'four people')).toBe('the ministry');
    expect(claimantFor('In a statement in Varish the army said two soldiers died.', 'two soldiers')).toBe('the army');
    expect(claimantFor('On Tuesday the council said 12 homes burned.', '12 homes')).toBe('the council');
    const long =
      'In another report from the western Tolvaren province, gunmen attacked a police post on Monday, killing five people, said Daro Venn, the spokesman for the governor.';
    expect(claimantFor(long, 'In another report')).toBe('Daro Venn');
  });

  it('reads a name before its role when no comma closes the role', () => {
    const hunter = 'The women were taken on Monday, Daro Venn, a local farmer told reporters.';
    expect(attributionsOf(hunter)[0]).toMatchObject({ claimant: 'Daro Venn', role: 'a local farmer' });
    const agency =
      'The Tolvaren Migration Office (TMO), an agency of the Kestrel Union said on Monday that 3,000 people had fled.';
    expect(attributionsOf(agency)[0]).toMatchObject({
      claimant: 'The Tolvaren Migration Office',
      role: 'an agency of the Kestrel Union',
    });
    // A place and what it is: no name before a role, the phrase stays as written.
    expect(claimantFor('Five people were killed in Tolvaren, a town near the border said.', 'Five people')).toBe(
      'a town near the border',
    );
  });

  it('keeps an acronym in brackets with the name after "according to"', () => {
    const text = 'According to the Tolvaren Relief Authority (TRA), at least 96 people have died.';
    expect(claimantFor(text, 'at least 96')).toBe('the Tolvaren Relief Authority');
  });

  it('reads the name after a description following "according to", but not a clause subject', () => {
    const text =
      'According to the country’s emergency medical service, Magen Varda Adom (Shield of Varda), a 50-year-old woman was wounded.';
    expect(attributionsOf(text)[0]).toMatchObject({
      claimant: 'Magen Varda Adom',
      role: 'the country’s emergency medical service',
    });
    const subject = 'According to a summary of the inquiry, Daro Venn, a top aide, said four people died.';
    expect(claimantFor(subject, 'Daro Venn')).toBe('a summary of the inquiry');
  });

  it('resolves "according to him" to the person named before', () => {
    const text =
      'Police spokesman Dan Karvel said seven people were injured. According to him, around 400 people were displaced.';
    expect(claimantFor(text, 'around 400')).toBe('Dan Karvel');
    expect(claimantFor('According to her report, 40 people died.', '40 people')).toBe('her report');
  });
});
