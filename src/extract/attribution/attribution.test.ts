import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../test/helpers/cases.js';
import { describeSeeds, seedPath } from '../../../test/helpers/shared.js';
import type { Attribution } from '../../model.js';
import { analyse } from '../index.js';

function attributionsOf(text: string): Attribution[] {
  return analyse({ origin: 'test', text, meta: { published: '2024-02-06' } }).attributions;
}

/** The reviewable form of an attribution: every span as its text. */
function readable(text: string, a: Attribution): Record<string, unknown> {
  return {
    claimant: a.claimant,
    claimantText: a.claimantSpan ? text.slice(a.claimantSpan.start, a.claimantSpan.end) : null,
    role: a.role,
    cue: a.cue,
    content: text.slice(a.content.start, a.content.end),
    carried: a.carried,
    by: a.by,
  };
}

function claimantOf(text: string, atts: Attribution[], contentStart: string): string | null | undefined {
  return atts.find((a) => text.slice(a.content.start, a.content.end).startsWith(contentStart))?.claimant;
}

// Each report's attributions, every span as its words: the cases test/cases/attribution/*.

describe('findAttributions: frames', () => {
  it('reads claimants as written, with roles split off', () => {
    const text = caseInput('attribution', 'wire-kharkiv');
    const atts = attributionsOf(text);
    expect(claimantOf(text, atts, 'rescuers were still pulling')).toBe('Oleh Marchenko');
    expect(atts.find((a) => a.claimant === 'Oleh Marchenko')?.role).toBe(
      'the head of the regional military administration',
    );
    expect(claimantOf(text, atts, 'A missile struck')).toBe('the regional governor');
    expect(claimantOf(text, atts, '41 people were injured')).toBe('the city council');
    // "It denied …" refers to the ministry; "It was reported" has no claimant.
    expect(claimantOf(text, atts, 'civilian buildings had been targeted')).toBe("Russia's defence ministry");
    expect(claimantOf(text, atts, 'a school was also damaged')).toBeUndefined();
    expect(atts.some((a) => text.slice(a.content.start, a.content.end).includes('family of four'))).toBe(false);
  });

  it('splits coordinated reports and keeps each claimant', () => {
    const text = caseInput('attribution', 'wire-kharkiv');
    const atts = attributionsOf(text);
    const drones = atts.find((a) => a.claimant === 'Ukrainian officials')!;
    expect(text.slice(drones.content.start, drones.content.end)).toBe(
      'air defences had shot down 18 of 24 drones overnight',
    );
    expect(claimantOf(text, atts, 'all of its targets')).toBe('the Russian military');
  });

  it('carries the claimant to "Of those" and "Another N" sentences, not further', () => {
    const text = caseInput('attribution', 'wire-kharkiv');
    const carried = attributionsOf(text).filter((a) => a.carried);
    expect(carried.map((a) => [a.claimant, text.slice(a.content.start, a.content.end)])).toEqual([
      ['Oleh Marchenko', 'Of those killed, two were children'],
      ['Oleh Marchenko', 'Another 14 people were taken to hospital'],
    ]);
  });

  it('follows citing chains, "put the toll at", headlines and resolves surnames and pronouns', () => {
    const text = caseInput('attribution', 'briefing-gaza');
    const atts = attributionsOf(text);
    expect(claimantOf(text, atts, 'Israeli troops pulled back')).toBe('Hamas');
    // "The UN humanitarian office, citing the health ministry in Gaza, said": the cited claimant.
    expect(claimantOf(text, atts, '112 people had been killed')).toBe('the health ministry in Gaza');
    expect(claimantOf(text, atts, 'The toll includes')).toBe('The UN humanitarian office');
    expect(claimantOf(text, atts, 'its forces had destroyed')).toBe('the Israeli military');
    expect(claimantOf(text, atts, 'troops were lured')).toBe('Daniel Hagari');
    expect(claimantOf(text, atts, 'two soldiers had been wounded')).toBe('Daniel Hagari');
    expect(claimantOf(text, atts, '27,019')).toBe('The Gaza health ministry');
    expect(claimantOf(text, atts, 'An estimated 1.7 million')).toBe('UN figures');
  });
});

describe('findAttributions: negatives', () => {
  it("gives the outlet's own voice, passives and cue words used as nouns no claimant", () => {
    const text = caseInput('attribution', 'own-voice-and-nouns');
    const atts = attributionsOf(text);
    expect(atts.map((a) => a.claimant)).toEqual(['the ministry', 'A spokesman for the foreign ministry']);
    // "…, which says that …" takes the phrase before the comma; "called … “…”" frames the quoted words only.
    expect(claimantOf(text, atts, 'at least 90 civilians died')).toBe('the ministry');
    expect(atts[1]!.by).toBe('attribution/claimant-verb-object');
  });
});

describe('findAttributions: symmetry', () => {
  // Swapping the parties' names must swap the claimants and change nothing else.
  const PAIRS: [string, string][] = [
    ['Israeli', 'Palestinian'],
    ['Hamas', 'Hezbollah'],
    ['Russian', 'Ukrainian'],
    ['Russia', 'Ukraine'],
    ['Rapid Support Forces', 'Sudanese Armed Forces'],
    ['Sudanese army', 'paramilitary group'],
  ];
  const all = PAIRS.flatMap(([a, b]) => [a, b]).sort((x, y) => y.length - x.length);
  const swapRe = new RegExp(all.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const other = new Map(
    PAIRS.flatMap(
      ([a, b]) =>
        [
          [a, b],
          [b, a],
        ] as const,
    ),
  );
  const swap = (s: string): string => s.replace(swapRe, (w) => other.get(w)!);
  const view = (text: string): string[] => attributionsOf(text).map((a) => JSON.stringify(readable(text, a)));

  for (const slug of ['mirror-sudan', 'wire-kharkiv', 'briefing-gaza']) {
    it(slug, () => {
      const text = caseInput('attribution', slug);
      expect(view(swap(text))).toEqual(view(text).map(swap));
    });
  }
});

describeSeeds('findAttributions: seeds', ['gaza-city-street-fighting', 'tanks-forced-to-retreat'], () => {
  it('gaza-city-street-fighting', () => {
    const text = readFileSync(seedPath('gaza-city-street-fighting'), 'utf8');
    const atts = attributionsOf(text);
    expect(claimantOf(text, atts, 'a total of 10,569 people')).toBe('Palestinian officials');
    expect(claimantOf(text, atts, '33 of its soldiers')).toBe('Israel');
    expect(claimantOf(text, atts, 'Hamas militants have allegedly')).toBe('sources with the Iran-backed group');
    expect(claimantOf(text, atts, 'But that will not stop')).toBe('Saleh al-Arouri');
    // "…, they said." at the end refers to the people fleeing: no claimant in reach.
    expect(claimantOf(text, atts, 'there are few vehicles')).toBeUndefined();
  });

  it('tanks-forced-to-retreat', () => {
    const text = readFileSync(seedPath('tanks-forced-to-retreat'), 'utf8');
    const atts = attributionsOf(text);
    const maarouf = atts.find((a) => text.slice(a.content.start, a.content.end).startsWith('There’s absolutely'))!;
    expect([maarouf.claimant, maarouf.role]).toEqual(['Salama Maarouf', 'the head of the Hamas office in Gaza']);
    expect(claimantOf(text, atts, 'Israeli tanks forced to retreat')).toBe('Hamas');
    expect(claimantOf(text, atts, 'Palestinian resistance fighters have inflicted')).toBe('Abu Hamza');
    // "The spokesman warned, “…”" then "He added …": the description points back to Abu Hamza,
    // introduced as the one "who speaks for the al-Quds Brigades", and the pronoun follows it.
    expect(claimantOf(text, atts, 'some of the captives have already')).toBe('Abu Hamza');
  });
});

describe('findAttributions: frames seen in real reporting', () => {
  const claimantFor = (text: string, contentStart: string): string | null | undefined =>
    claimantOf(text, attributionsOf(text), contentStart);
  const contentsOf = (text: string): string[] =>
    attributionsOf(text).map((a) => text.slice(a.content.start, a.content.end));

  it('reads a clause with a number before "the department said" as reported, not as a role', () => {
    const text =
      'Nine people were killed in the shelling of Varenko, the regional health department said. Another 64 people were wounded, the department said.';
    // "the department" points back to the department named in the sentence before.
    expect(claimantFor(text, 'Another 64 people were wounded')).toBe('the regional health department');
    // A role before a name stays a role.
    const role = 'Another displaced mother, Lidia Sorun, says the shelters are full.';
    expect(attributionsOf(role)[0]).toMatchObject({ claimant: 'Lidia Sorun', role: 'Another displaced mother' });
  });

  it('leaves an -ly adverb out of the claimant', () => {
    const text = 'The Tavenholt regime immediately claimed that its air defences had downed four drones.';
    expect(claimantFor(text, 'its air defences')).toBe('The Tavenholt regime');
    expect(claimantFor('The family quickly denied that the boy had been armed.', 'the boy had been armed')).toBe(
      'The family',
    );
  });

  it('reads the occasion after a verb as no reported clause', () => {
    const text =
      '“We will not leave,” the mayor said in Korvala on Saturday night. The governor told a crowd of farmers in the market square. The minister said at least 40 people were missing.';
    expect(contentsOf(text)).toEqual(['We will not leave', 'at least 40 people were missing']);
    const that = 'The envoy said in Geneva that the talks had stalled.';
    expect(contentsOf(that)).toEqual(['the talks had stalled']);
    expect(contentsOf('The minister told state television that at least one convoy was hit.')).toEqual([
      'at least one convoy was hit',
    ]);
  });

  it('reads a cue set inside the clause it reports', () => {
    const text = 'The ceasefire, local officials said, has held for three days in the northern districts.';
    const a = attributionsOf(text);
    expect(a.map((x) => [x.claimant, text.slice(x.content.start, x.content.end)])).toEqual([
      ['local officials', 'The ceasefire, local officials said, has held for three days in the northern districts'],
    ]);
    const pronoun = 'Mayor Ilse Varga met the convoy drivers. In other words, she said, the road is closed.';
    expect(claimantOf(pronoun, attributionsOf(pronoun), 'In other words')).toBe('Ilse Varga');
  });

  it('gives "… and said" the subject of the sentence or the report before it', () => {
    const text = 'Governor Anselm Kreuk toured the flooded villages and said 2,000 families had lost their homes.';
    expect(claimantFor(text, '2,000 families')).toBe('Anselm Kreuk');
    const two = 'The army said 12 fighters were killed and said two soldiers were wounded.';
    expect(attributionsOf(two).map((x) => [x.claimant, two.slice(x.content.start, x.content.end)])).toEqual([
      ['The army', '12 fighters were killed'],
      ['The army', 'two soldiers were wounded'],
    ]);
  });

  it('reads toll phrases beyond "put the toll at"', () => {
    const text =
      'The UN humanitarian office put the number who left at up to 4,000. The army later revised that figure to 14. The forum said its own count put the number of dead at more than 90.';
    expect(claimantFor(text, 'up to 4,000')).toBe('The UN humanitarian office');
    expect(claimantFor(text, '14')).toBe('The army');
    expect(claimantFor(text, 'its own count')).toBe('The forum');
    expect(attributionsOf('Protesters raised the alarm to no avail.')).toEqual([]);
  });

  it('resolves descriptions and pronouns to what the text named before', () => {
    const text = [
      'Mirela Oskan, a spokeswoman for the Tavenholt interior ministry, said four police officers were hurt. The spokeswoman warned that more arrests would follow. She added that the curfew stays.',
      'The Sulvane Civilian Monitor sent two observers to the border post on Friday. It said the crossing had been closed since dawn.',
      'The agency’s regional office in Kestrel also counted the damage. “The school is gone,” Daro Venn told reporters, pointing at the ruins. Nina Halloway, the head of the office, said the count would take days. “We are still searching,” she said. “Nobody has come to help us,” he said.',
    ].join('\n\n');
    expect(claimantFor(text, 'more arrests would follow')).toBe('Mirela Oskan');
    expect(claimantFor(text, 'the curfew stays')).toBe('Mirela Oskan');
    expect(claimantFor(text, 'the crossing had been closed')).toBe('Sulvane Civilian Monitor');
    // "she" takes the latest person; "he" skips the person the text already called "she".
    expect(claimantFor(text, 'We are still searching')).toBe('Nina Halloway');
    expect(claimantFor(text, 'Nobody has come to help us')).toBe('Daro Venn');
  });

  it('resolves "the spokesman for X" to the named spokesman for X, and to no one who speaks for another', () => {
    const text = [
      'Idris Keller, who speaks for the Veska Brigades, said the convoy was turned back.',
      'The spokesman for the Veska Brigades said the road would stay closed. The spokesman for the Orun Front said the road was open.',
    ].join('\n\n');
    expect(claimantFor(text, 'the road would stay closed')).toBe('Idris Keller');
    expect(claimantFor(text, 'the road was open')).toBe('The spokesman for the Orun Front');
  });

  it('resolves "the station" and "the newspaper" to a medium named before, never to another description', () => {
    const text = [
      'Radio Tolvaren reports shelling of the eastern district. Four people were killed, the station says.',
      'The Harbour Courier, an influential daily, said the port was closed. The newspaper said ships were turned away.',
      'An influential regional daily said the talks had stalled. The newspaper added that no date was set.',
    ].join('\n\n');
    expect(claimantFor(text, 'Four people were killed')).toBe('Radio Tolvaren');
    expect(claimantFor(text, 'ships were turned away')).toBe('The Harbour Courier');
    expect(claimantFor(text, 'no date was set')).toBe('The newspaper');
  });

  it('keeps a description naming another side as written', () => {
    const text =
      'Kyaw Lin, a spokesman for the resistance, said the village was hit twice. The junta’s own spokesman said the aircraft had targeted fighters.';
    expect(claimantFor(text, 'the aircraft had targeted')).toBe('The junta’s own spokesman');
  });

  it('reads more reporting verbs and leaves cue words used as plural nouns alone', () => {
    const text =
      'Senator Ruth Amadi argued that the aid bill would pass by spring. The envoy suggested the talks could resume, arguing that both sides were tired.';
    expect(claimantFor(text, 'the aid bill would pass')).toBe('Ruth Amadi');
    expect(claimantFor(text, 'the talks could resume')).toBe('The envoy');
    expect(claimantFor(text, 'both sides were tired')).toBe('The envoy');
    const nouns =
      'Voters in 11 states head to the polls on Tuesday. Five other states vote next week, and several battleground states report long queues.';
    expect(attributionsOf(nouns)).toEqual([]);
  });

  it('reads reports inside and around relative clauses', () => {
    const text =
      'Ilse Marven, who said she had voted for the governor twice, said the new tax would close her shop. Friends of Tomas Reyko who have seen him in prison say he has lost weight.';
    const atts = attributionsOf(text);
    expect(claimantOf(text, atts, 'she had voted for the governor twice')).toBe('Ilse Marven');
    // The relative clause's report stops at its comma; the main report keeps the relative as a role.
    expect(contentsOf(text)).toContain('she had voted for the governor twice');
    expect(atts.find((a) => text.slice(a.content.start, a.content.end).startsWith('the new tax'))).toMatchObject({
      claimant: 'Ilse Marven',
      role: 'who said she had voted for the governor twice',
    });
    expect(atts.find((a) => text.slice(a.content.start, a.content.end) === 'he has lost weight')).toMatchObject({
      claimant: 'Friends of Tomas Reyko',
      role: 'who have seen him in prison',
    });
    // "which" with a number holding a comma: the clause runs on past "19,667".
    const which =
      'The bureau does not confirm figures published by the regional health office, which claims that 19,667 people have been killed.';
    expect(contentsOf(which)).toEqual(['19,667 people have been killed']);
  });

  it('reads a cue inside a relative clause whose relative word is a gap in the reported clause', () => {
    const text = [
      'The army began a new operation in the valley, which Col. Dana Levi said would take weeks.',
      'Residents described what Amina Yusuf said was a deliberate attack on the market.',
      'The strike, which the Sudanese army said killed 12, hit a school near the river, residents said.',
      'The bridge, which the governor said the federal government should pay for, is still closed.',
      'She met Omar Haddad, who police say fled the town in March.',
      'The footage comes from an interview in which Varga says she will close the port.',
    ].join(' ');
    expect(
      attributionsOf(text).map((a) => [a.claimant, a.cue, text.slice(a.content.start, a.content.end), a.by]),
    ).toEqual([
      ['Dana Levi', 'said', 'would take weeks', 'attribution/relative-gap-clause'],
      ['Amina Yusuf', 'said', 'was a deliberate attack on the market', 'attribution/relative-gap-clause'],
      [
        'residents',
        'said',
        'The strike, which the Sudanese army said killed 12, hit a school near the river',
        'attribution/clause-then-claimant-verb',
      ],
      ['the Sudanese army', 'said', 'killed 12', 'attribution/relative-gap-clause'],
      ['the governor', 'said', 'the federal government should pay for', 'attribution/relative-gap-clause'],
      ['police', 'say', 'fled the town in March', 'attribution/relative-gap-clause'],
      ['Varga', 'says', 'she will close the port', 'attribution/relative-gap-clause'],
    ]);
  });

  it('reads no report through a relative word where none is made', () => {
    const none = [
      'What the mayor said was true.',
      'The deal, which the minister called a disaster, was signed on Friday.',
      'The fire, which the mayor mentioned on Monday, spread to the docks.',
      'The charge, which he has denied and which the ferry company later dropped, was filed in May.',
      'The port, with which the city maintains close ties, reopened.',
      'It was unclear what the envoy said about the talks.',
    ];
    for (const text of none) expect(contentsOf(text), text).toEqual([]);
  });

  it('reads a possessive opening a sentence as part of the subject of a participle, never the subject alone', () => {
    const text = [
      'Haddad’s campaign shrugged off the remarks, telling reporters the mayor had never asked for an endorsement.',
      "Varga's son, Tomas, defended his father on Tuesday, saying the ferry was safe.",
      "The ministry's most senior adviser on the northern front went further, arguing the plan would fail.",
      'It’s also been slow, saying little about the talks.',
    ].join(' ');
    expect(attributionsOf(text).map((a) => [a.claimant, a.cue, text.slice(a.content.start, a.content.end)])).toEqual([
      ['Haddad’s campaign', 'telling', 'the mayor had never asked for an endorsement'],
      ["Varga's son", 'saying', 'the ferry was safe'],
    ]);
    // After a possessive a cue word describes a noun.
    expect(
      contentsOf(
        "Prosecutors listed one of the mayor’s alleged bribes, a boat. Nearly half of Varga's reported donations came from abroad.",
      ),
    ).toEqual([]);
  });

  it('leaves a headline verb out of a name the text gave in a headline', () => {
    const text = [
      'Lena Brandt Slams Omar And The Press In One Answer.',
      'Harbour commissioner Lena Brandt took a chance during Tuesday’s hearing to answer what she considers unfair scrutiny of the port sale.',
      '“I have nothing to hide,” she said. “What I do object to is being smeared.”',
    ].join('\n\n');
    const atts = attributionsOf(text);
    expect(atts.map((a) => a.claimant)).toEqual(['Lena Brandt', 'Lena Brandt']);
    expect(atts.every((a) => text.slice(a.claimantSpan!.start, a.claimantSpan!.end) === 'Lena Brandt')).toBe(true);
  });

  it('reads a name after the cue past honorifics and initials', () => {
    const text =
      '“We were never consulted,” recalled Mr. Osei. “The decision came from above,” said Daniel K. Osei, a former adviser. The plan failed, according to Ms. Adeyemi.';
    expect(claimantFor(text, 'We were never consulted')).toBe('Daniel K. Osei');
    expect(claimantFor(text, 'The decision came from above')).toBe('Daniel K. Osei');
    expect(claimantFor(text, 'The plan failed')).toBe('Adeyemi');
  });

  it('reads long sources after "according to"', () => {
    const text = [
      'Shelling went on through the night, according to a report released Tuesday by the monitoring group Airwatch.',
      'The convoy was turned back at the border, according to members of the delegation who spoke with reporters afterward.',
      'The vote will be delayed, according to an email from the chair of the council obtained by a local newspaper.',
    ].join(' ');
    expect(attributionsOf(text).map((a) => [a.claimant, a.role])).toEqual([
      ['Airwatch', 'the monitoring group'],
      ['members of the delegation', null],
      // The one who obtained the email is not its source.
      ['an email from the chair of the council', null],
    ]);
    expect(contentsOf(text)).toEqual([
      'Shelling went on through the night',
      'The convoy was turned back at the border',
      'The vote will be delayed',
    ]);
  });

  it('reads roles without an article and roles in two phrases', () => {
    const text = [
      'Rep. Nadia Orlov (D-Ore.), chair of the committee on veterans, said the bill would pass in June.',
      'Piet Varga, a pollster who works with Civic Futures, a nonpartisan research group, said turnout had fallen.',
    ].join(' ');
    const atts = attributionsOf(text);
    expect(atts.map((a) => [a.claimant, a.role, text.slice(a.content.start, a.content.end)])).toEqual([
      ['Nadia Orlov', 'chair of the committee on veterans', 'the bill would pass in June'],
      ['Piet Varga', 'a pollster who works with Civic Futures, a nonpartisan research group', 'turnout had fallen'],
    ]);
  });

  it('reads passive "was quoted as saying"', () => {
    const text =
      'Colonel Ines Marku was quoted by state radio as saying that the bridge had been retaken. The mayor was quoted as saying: “We have water for two days.”';
    const atts = attributionsOf(text);
    expect(atts.map((a) => [a.claimant, a.cue, text.slice(a.content.start, a.content.end)])).toEqual([
      ['Ines Marku', 'saying', 'the bridge had been retaken'],
      ['The mayor', 'saying', 'We have water for two days.'],
    ]);
  });

  it('reads a speech noun with a that-clause only when its owner is named', () => {
    const text =
      'Kofi Adjei spoke to reporters in Tamale. His assertion that the ballots had been moved overnight drew protests. Adjei’s claim that 40 boxes disappeared from the depot could not be verified. The claim that the count was rigged spread online.';
    const atts = attributionsOf(text);
    expect(atts.map((a) => [a.claimant, a.cue, text.slice(a.content.start, a.content.end)])).toEqual([
      ['Kofi Adjei', 'assertion that', 'the ballots had been moved overnight drew protests'],
      // The clause stops before the main clause's auxiliary.
      ['Kofi Adjei', 'claim that', '40 boxes disappeared from the depot'],
    ]);
  });

  it('reads "Name: claim" headline and transcript lines for a named speaker only', () => {
    const text = [
      'Okafor: the ceasefire talks have stalled over the port',
      'Marlow: “We will not sign anything this week.”',
      'Gaza: strikes killed 12 people at a school',
      'Death toll: 40 people were killed in the strike',
      'UPDATE: The ferry sailed at noon.',
      'Daniel Okafor: Just hang on',
      'Senator Daniel Okafor and the envoy Ruth Marlow met in Doha on Monday.',
    ].join('\n\n');
    const atts = attributionsOf(text);
    expect(atts.map((a) => [a.claimant, a.cue, text.slice(a.content.start, a.content.end)])).toEqual([
      ['Daniel Okafor', ':', 'the ceasefire talks have stalled over the port'],
      ['Ruth Marlow', ':', 'We will not sign anything this week.'],
    ]);
  });

  it('skips the occasion and its partner before a clause without "that"', () => {
    const text =
      'Lena Brandt said in an interview with the Kestrel Herald the blockade had cut fuel by half. Brandt wrote in a statement on her website the convoy would leave on Friday.';
    expect(contentsOf(text)).toEqual(['the blockade had cut fuel by half', 'the convoy would leave on Friday']);
  });

  it('reads the question after "asked" without its listener', () => {
    const text =
      'A reporter asked Ms. Brandt whether the crossing would reopen before winter. The senator asked the minister why the convoy had been stopped. Brandt asked the army to leave the village.';
    const atts = attributionsOf(text);
    expect(
      atts
        .filter((a) => a.by === 'attribution/claimant-verb-clause')
        .map((a) => [a.claimant, text.slice(a.content.start, a.content.end)]),
    ).toEqual([
      ['A reporter', 'whether the crossing would reopen before winter'],
      ['The senator', 'why the convoy had been stopped'],
    ]);
  });

  it('reads a passive question with no speaker, and no question in "asked to"', () => {
    const text = [
      'Asked on Tuesday whether the depot would reopen, Ines Varga said the decision lay with the council.',
      'The governor paused when asked why the trucks had turned back.',
      'Varga was asked to leave the hall. She was asked about the fuel shortage.',
    ].join(' ');
    const atts = attributionsOf(text);
    expect(atts.map((a) => [a.claimant, a.cue, text.slice(a.content.start, a.content.end), a.by])).toEqual([
      [null, 'Asked', 'whether the depot would reopen', 'attribution/passive-question'],
      ['Ines Varga', 'said', 'the decision lay with the council', 'attribution/claimant-verb-clause'],
      [null, 'asked', 'why the trucks had turned back', 'attribution/passive-question'],
    ]);
  });

  it('leaves what stands before "by saying" as no clause', () => {
    const text = 'Okafor responded first by saying he had never seen the letter.';
    const atts = attributionsOf(text);
    expect(atts.map((a) => [a.cue, text.slice(a.content.start, a.content.end), a.by])).toEqual([
      ['responded', 'first', 'attribution/claimant-verb-object'],
      ['saying', 'he had never seen the letter', 'attribution/participle-clause'],
    ]);
  });

  it('reads participles after a dash or "by", "while", and "telling" with its listener', () => {
    const text = [
      'Okafor broke with the party line by saying the port should stay open.',
      'Marlow praised the mediators while saying she still doubted the timetable.',
      'The envoy changed course – saying the talks would resume in May.',
      'Brandt rejected the report, telling the Kestrel Herald her office had never seen it.',
      'Okafor was heard telling Marlow to sit down.',
    ].join(' ');
    const atts = attributionsOf(text);
    expect(atts.map((a) => [a.claimant, a.cue, text.slice(a.content.start, a.content.end)])).toEqual([
      ['Okafor', 'saying', 'the port should stay open'],
      ['Marlow', 'saying', 'she still doubted the timetable'],
      ['Brandt', 'rejected', 'rejected the report'],
      ['Brandt', 'telling', 'her office had never seen it'],
    ]);
  });

  it('reads what was told after a listener named with an article, or a clause opened by a pronoun', () => {
    const text =
      'Dace Ruiz told the Kestrel Herald his group never worked with the contractor. Ruiz told the AP they were leaning toward a deal. Ruiz told Ms. Varga to wait.';
    expect(contentsOf(text)).toEqual(['his group never worked with the contractor', 'they were leaning toward a deal']);
  });

  it('keeps a quotation ending the sentence before out of the next report', () => {
    const text = 'The council called the audit “overdue.” Ruiz said the auditors had not yet been paid.';
    const atts = attributionsOf(text);
    expect(atts.map((a) => [a.claimant, text.slice(a.content.start, a.content.end)])).toContainEqual([
      'Ruiz',
      'the auditors had not yet been paid',
    ]);
  });

  it('reads verbs that report only a that-clause or a quotation joined by a comma', () => {
    const text = [
      'Ines Varga pointed out that the ferry had never sailed on time.',
      'The audit office concluded this month that the contract was void.',
      '“Repairs will take a year,” the engineers concluded.',
      'Soon after, Varga agreed to meet the union. During the visit, Varga mentioned the harbour fire.',
      'Ruiz agreed to a call, but only to tell Varga that he would not sign.',
    ].join(' ');
    const atts = attributionsOf(text);
    expect(atts.map((a) => [a.claimant, a.cue, text.slice(a.content.start, a.content.end)])).toEqual([
      ['Ines Varga', 'pointed out', 'the ferry had never sailed on time'],
      ['The audit office', 'concluded', 'the contract was void'],
      ['the engineers', 'concluded', 'Repairs will take a year'],
    ]);
  });

  it('reports the predicate of a vow, directive, accusation, rejection or description, the verb with it', () => {
    const text = [
      'The governor vowed to reopen the Tolvaren bridge within a month.',
      'Mayor Ines Varga urged residents to stay indoors, although the rain had stopped.',
      'The militia accused the army of shelling the market.',
      'The ministry rejected the report, saying it was based on rumours.',
      'The prosecutor described the suspect as a former guard.',
      'The plan rejected on Monday was drafted in March.',
      'The rebels threatened to close the road, and the attack was blamed on the militia.',
    ].join(' ');
    const atts = attributionsOf(text);
    expect(atts.map((a) => [a.claimant, a.cue, text.slice(a.content.start, a.content.end), a.by])).toEqual([
      [
        'The governor',
        'vowed',
        'vowed to reopen the Tolvaren bridge within a month',
        'attribution/claimant-verb-predicate',
      ],
      ['Ines Varga', 'urged', 'urged residents to stay indoors', 'attribution/claimant-verb-predicate'],
      ['The militia', 'accused', 'accused the army of shelling the market', 'attribution/claimant-verb-predicate'],
      ['The ministry', 'rejected', 'rejected the report', 'attribution/claimant-verb-predicate'],
      ['The ministry', 'saying', 'it was based on rumours', 'attribution/participle-clause'],
      ['The prosecutor', 'described', 'described the suspect as a former guard', 'attribution/claimant-verb-predicate'],
      ['The rebels', 'threatened', 'threatened to close the road', 'attribution/claimant-verb-predicate'],
    ]);
  });

  it('reports a stated object of "confirmed", "denied", "reported" and a claim of responsibility, not an act or a time', () => {
    const text = [
      'The health office confirmed the death toll.',
      'The rebels denied any involvement and claimed responsibility for the ambush.',
      'The rebels claimed a victory in the hills.',
      'The council announced €5 million in aid.',
      'Residents rejected that account.',
      'Two guards were hurt in the fire, the Tolvaren Post reported on Monday.',
      'The two men were punished for theft, reports the Kestrel Agency.',
    ].join(' ');
    const atts = attributionsOf(text);
    expect(
      atts.filter((a) => a.reports === 'words').map((a) => [a.claimant, text.slice(a.content.start, a.content.end)]),
    ).toEqual([
      ['The health office', 'confirmed the death toll'],
      ['The rebels', 'denied any involvement'],
      ['The rebels', 'claimed responsibility for the ambush'],
      ['Residents', 'rejected that account'],
      ['the Tolvaren Post', 'Two guards were hurt in the fire'],
      ['the Kestrel Agency', 'The two men were punished for theft'],
    ]);
  });

  it('reads a headline that names its claimant with a colon or a dash, and a description through the body', () => {
    const claimOf = (text: string) =>
      attributionsOf(text)
        .filter((a) => a.by.startsWith('attribution/headline'))
        .map((a) => [a.claimant, text.slice(a.content.start, a.content.end)]);
    expect(claimOf('Nearly 4,000 uprooted by floods in Tolvaren: UN\n\nThe floods hit the valley on Monday.')).toEqual([
      ['UN', 'Nearly 4,000 uprooted by floods in Tolvaren'],
    ]);
    expect(
      claimOf(
        'Six killed as shells hit the market – mayor\n\nSix people were killed, Oren Malik, the mayor of Tolvaren, said.',
      ),
    ).toEqual([['Oren Malik', 'Six killed as shells hit the market']]);
    expect(claimOf('Interior Ministry: 12 killed in attacks on two towns\n\nThe attacks began at dawn.')).toEqual([
      ['Interior Ministry', '12 killed in attacks on two towns'],
    ]);
    // A place, a label or an outlet is no claimant.
    expect(claimOf('Tolvaren: strikes kill 12 near the port\n\nThe strikes began at dawn.')).toEqual([]);
    expect(claimOf('Floods sweep the Tolvaren valley – video\n\nThe floods began at dawn.')).toEqual([]);
  });
});
