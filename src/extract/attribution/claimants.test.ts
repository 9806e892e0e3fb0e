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

describe('claimant resolution: descriptions, documents, acronyms', () => {
  it('gives "the statement" the body that issued it', () => {
    const text =
      'The Tolvaren interior ministry said in a statement that gunmen attacked a market on Monday. The statement said 12 people were killed.';
    expect(claimantFor(text, '12 people')).toBe('The Tolvaren interior ministry');
  });

  it('resolves "the ministry" to the name that holds every word of it, and only then', () => {
    const text =
      'The regional health ministry said four people were killed. The regional ministry said later that six were wounded.';
    expect(claimantFor(text, 'six were')).toBe('The regional health ministry');
    // "the Varish army" is not "Ostrava's army" named before: it stays as written.
    const other = "Ostrava's army said two soldiers died. The Varish army said nine people were wounded.";
    expect(claimantFor(other, 'nine people')).toBe('The Varish army');
    // Whose press service it is, said after "of", must be in the name too.
    const owner =
      "The ministry's press service said the clashes went on. According to the press service of Tolvaren's Defence Ministry, 30 fighters were killed.";
    expect(claimantFor(owner, '30 fighters')).toBe("the press service of Tolvaren's Defence Ministry");
  });

  it('resolves a description that only says what kind of body it is to the bare name before it', () => {
    const text =
      'Two soldiers were killed near the pass, the Varda Public Relations (VPR) said on Friday. The military’s media wing added that five attackers were killed.';
    expect(claimantFor(text, 'five attackers')).toBe('the Varda Public Relations');
    const site = 'Ostrapol reported that 30 fighters died. The website said four vehicles burned.';
    expect(claimantFor(site, 'four vehicles')).toBe('Ostrapol');
    // With no bare name in reach, the description stays as written.
    const none = 'The Tolvaren Defence Office said two died. The military’s media wing added that five attackers died.';
    expect(claimantFor(none, 'five attackers')).toBe('The military’s media wing');
  });

  it('reads an acronym as the name the text spelt out before it in brackets', () => {
    const text =
      'The Tolvaren Relief Authority (TRA) said 96 people died in the floods. The TRA said 40 more were injured.';
    expect(claimantFor(text, '40 more')).toBe('Tolvaren Relief Authority');
    // An acronym the text never spelt out stays as written.
    expect(claimantFor('The TRA said 40 people were injured.', '40 people')).toBe('The TRA');
  });

  it('names an unnamed description with the name the text gives next', () => {
    const text =
      'Three people were killed, according to a provincial official. Daro Venn, the provincial governor’s spokesman, said two others were wounded.';
    expect(claimantFor(text, 'Three people')).toBe('Daro Venn');
    const body =
      'A pro-government website claimed 30 fighters died in the raid. The website said the raid lasted an hour. Ostrapol said four vehicles burned.';
    expect(claimantFor(body, '30 fighters')).toBe('Ostrapol');
    expect(claimantFor(body, 'the raid lasted')).toBe('Ostrapol');
  });

  it('does not name a description with a name whose role does not fit it', () => {
    const text =
      'A military intelligence official said 13 troops were killed. Daro Venn, a rebel spokesman, claimed 22 troops were killed.';
    expect(claimantFor(text, '13 troops')).toBe('A military intelligence official');
    expect(claimantFor(text, '22 troops')).toBe('Daro Venn');
  });

  it('resolves "the official" to the office holder named before', () => {
    const text =
      'Mira Solano, the governor of Varish province, said rioters attacked a police post. The official said the attackers set fire to two banks.';
    expect(claimantFor(text, 'the attackers set fire')).toBe('Mira Solano');
  });
});

describe('a report of "this"', () => {
  it('reports the sentence before it when that sentence has no cue', () => {
    const text =
      'Troops killed eight gunmen and freed 40 hostages in the Varish district.\n\nArmy spokesman, Daro Venn, a brigadier general, disclosed this in a statement on Sunday.';
    expect(claimantFor(text, 'Troops killed')).toBe('Daro Venn');
    expect(attributionsOf(text)[0]!.by).toBe('attribution/this-points-back');
  });

  it('leaves "this" as written when the sentence before has its own report, or "this" opens a clause', () => {
    const cued = 'The police said 12 people were wounded. The police said this in a statement.';
    expect(claimantFor(cued, 'this in a statement')).toBe('The police');
    const clause = 'Gunmen burned two shops. The governor said this was the worst attack in years.';
    expect(claimantFor(clause, 'Gunmen burned')).toBeUndefined();
  });
});
