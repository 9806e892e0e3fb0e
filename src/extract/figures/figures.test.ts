import { describe, expect, it } from 'vitest';
import { assertSpan } from '../../../test/helpers/spans.js';
import type { Attribution, Figure, Sentence } from '../../model.js';
import { findDates } from '../dates/index.js';
import { findEntities } from '../entities/index.js';
import { findNumbers } from '../numbers/index.js';
import { TextBase } from '../text/index.js';
import { splitParagraphs, splitSentences } from '../sentences/index.js';
import { findFigures, type FigureInput } from './index.js';

const PUBLISHED = '2023-11-10'; // a Friday

/** One-sentence analysis built from the numbers and dates stages only, so the test pins this stage. */
function analysis(text: string, attributions: Attribution[] = [], published: string | null = PUBLISHED): FigureInput {
  const sentences: Sentence[] = [{ span: { start: 0, end: text.length }, paragraph: 0, line: 'text', by: 'test' }];
  const base = new TextBase(text, sentences);
  return {
    text,
    sentences,
    base,
    published,
    dates: findDates(text, sentences, published),
    numbers: findNumbers(base),
    attributions,
    entities: [],
  };
}

/** A figure with its evidence as text, so that a failure reads as words. */
function readable(text: string, f: Figure) {
  assertSpan(text, f.span);
  expect(f.sentence.start <= f.span.start && f.span.end <= f.sentence.end).toBe(true);
  return {
    text: text.slice(f.span.start, f.span.end),
    value: f.value,
    ...(f.high !== undefined ? { high: f.high } : {}),
    unit: f.unit,
    qualifier: f.qualifier,
    vague: f.vague,
    metric: f.metric,
    who: f.who,
    asOf: f.asOf,
    asOfBasis: f.asOfBasis,
    ...(f.asOfSpan ? { asOfText: text.slice(f.asOfSpan.start, f.asOfSpan.end) } : {}),
    since: f.since,
    source: f.source,
    by: f.by,
  };
}

// The entities stage's reading of a one-sentence text: names make an article no count ("Lina Haddad, a nurse").
const entitiesOf = (text: string) => findEntities({ text, sentences: analysis(text).sentences });
const figuresOf = (text: string) =>
  findFigures({ ...analysis(text), entities: entitiesOf(text) }).map((f) => readable(text, f));

// Texts that hold numbers but no figure (GUIDELINES.md: ages, years, money, things, time, strikes).
const NEGATIVE = [
  'The victim, aged 34, was killed on his way home.',
  'Children under 18 were killed in the raids, the group said.',
  'Families who fled in 1948 returned in 2014.',
  'Russia lost 12 tanks and 40 drones were destroyed.',
  'Aid worth $1.2 million was delivered to 40 shelters.',
  'They killed time for 3 hours at the checkpoint.',
  'Troops carried out 300 strikes overnight, killing fighters.',
  'One of the hostages was released on Tuesday.',
  'Two of the hospitals were hit, and two of the schools were damaged.',
  'United beat City 3-1 on Saturday as fans fled the rain.',
  'Call the hotline on 555-1234 if relatives are missing.',
  'The truce began on October 7 and ended on 24 November.',
  'Rockets killed 3 cows and 12 sheep on the farm.',
  'The convoy of 40 trucks was turned back after 17 days.',
  'It was the 3rd attack this week; many were killed.',
  'Several people were wounded and many fled.',
  'The 155mm shells hit 12km from the border.',
  'About 40% of the budget goes to the army.',
  'The casualty toll stood at 300, officials said.',
  'Up to 145 servicemen were killed and wounded in the sector, the ministry said.',
  'At least 2,000 people were killed or injured in the first quarter.',
  'Layla Nasser, a mother of five who fled the north, now lives in a tent.',
  'Troops detained suspects overnight, dozens of whom surrendered.',
  'The school is one of 14 in the town now sheltering displaced families.',
  // families and households are counts of groups of unknown size, not of people
  'More than 300 families have been displaced by the floods.',
  'Some 1,200 households fled the district, officials said.',
  'Twelve delegates left the meeting early.',
  'The convoy that included 40 trucks crossed at dawn.',
  'The agency revised the figure to 14.',
  // the count is of the agents: the verb has an object
  'Four masked gunmen murdered the village headman on Sunday.',
  'Two officers, both off duty, arrested Colonel Varga at the airport.',
  // "no one" is a pronoun; threats, plans and modals report nothing that happened yet
  'No one was hurt when the depot burned, the fire brigade said.',
  'The cartel threatened to kill 10 prosecutors for every extradition.',
  'Officials plan to evacuate 2,000 residents if the river keeps rising.',
  'Forecasters warned the heatwave could kill 40 people in the valley.',
  // a count of people with no trigger, ending the sentence
  'The convoy carried 40 soldiers',
  // an age between commas after a name
  'Hector Ruiz, 45, a former mayor of the town, was murdered on Tuesday.',
  'Amina Yusuf, 31, was shot at the checkpoint.',
  // the count did the killing: a verb of several words, or a relative clause, with an object
  'Five gunmen shot to death a night watchman at the farm.',
  'Two cells took part, one that murdered the priests and another that abducted the drivers.',
  // suppositions and counterfactuals
  'It would be worse if one were killed, the congressman said.',
  'Had the fuse worked, the device would have killed at least 5,000 people.',
  'Engineers said 3,000 residents would have drowned without the dyke.',
  // killed and wounded together fit no single metric
  'There are already more than 100 dead or wounded in the district.',
  'In the raid the rebels killed or wounded an estimated 800 troops.',
  // families and things described by a metric word
  'The convoy brought 40 tonnes of flour for 12,000 displaced families.',
  'Farmers counted 40 dead cattle after the flood.',
  // a street address
  'The school at 126 Harbour Road was evacuated on Monday.',
  // a life saved is no toll; a toll that may come is none yet
  'Medics saved 40 lives in the first hour.',
  'Officials warned the fever could claim 200 lives.',
  // army verbs count people only: things destroyed or eliminated are no toll
  'The army said it destroyed 12 military vehicles and three depots.',
  'The blast destroyed 13 business establishments downtown.',
  'Troops eliminated 40 enemy positions along the river.',
  'The pilot lost 12 kilograms in captivity.',
  'The party lost 12 members in the split.',
  // no injury suffered; a good condition says nothing of wounds
  'Twelve passengers suffered no injuries in the crash.',
  'Two patients were in good condition on Monday.',
];

// Shapes met in real wire copy (MUC-4 dev, WikiEvents dev, IDMC): sentence → [metric, value] of
// each figure, in order.
const REAL_TEXT_SHAPES: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, number]>]> = [
  [
    'The tribunal opened the case over the assassination of six monks and two housekeepers.',
    [
      ['killed', 6],
      ['killed', 2],
    ],
  ],
  ['Militiamen assassinated 10 union organisers in the port last month.', [['killed', 10]]],
  ['The massacre of 12 labourers near the border drew condemnation.', [['killed', 12]]],
  [
    'Seven teachers and two drivers were brutally murdered on the road to the mine.',
    [
      ['killed', 7],
      ['killed', 2],
    ],
  ],
  [
    'A guard was killed and five more were wounded when the convoy was ambushed.',
    [
      ['killed', 1],
      ['injured', 5],
    ],
  ],
  [
    'Four policemen and a bystander were killed in the blast.',
    [
      ['killed', 4],
      ['killed', 1],
    ],
  ],
  ['The regional governor said 13 people had suffered mostly minor injuries.', [['injured', 13]]],
  ['Nine workers were taken to hospital after the shelling.', [['injured', 9]]],
  ['About 620,000 Muslim Rohingya have fled across the river since August.', [['fled', 620000]]],
  ['Nearly seven lakh people have been evacuated, the state disaster agency said.', [['fled', 700000]]],
  ['Relief camps now house 3,57,243 people. More than 1.1 million people were moved to safety.', [['fled', 1100000]]],
  // a toll given as lives
  ['The floods have claimed 40 lives across the delta since Monday.', [['killed', 40]]],
  ['Two car bombs claimed the nine lives, the inquiry found.', [['killed', 9]]],
  ['Some 70 lives were lost when the ferry capsized.', [['killed', 70]]],
  // "left dead", people still being treated, "classified as missing"
  ['Seven herders were left dead after the raid on the camp.', [['killed', 7]]],
  ['Regional authorities said 11 were still in hospital on Saturday.', [['injured', 11]]],
  ['Doctors said three remain in critical condition.', [['injured', 3]]],
  // "in hospital" right after a group is a place
  ['Gunmen seized hundreds of hostages in hospital wards across the two towns.', [['captive', 100]]],
  ['Fourteen fishermen are still classified as missing.', [['missing', 14]]],
  ['The storm forced 3,000 people to evacuate their homes.', [['displaced', 3000]]],
  // a group with its "of" phrase, and an intransitive verb right after it
  ['At least 16 members of the village defence committee died in the attack.', [['killed', 16]]],
  ['About 2,000 residents of the border town fled overnight.', [['fled', 2000]]],
  // insertions in brackets or between keyboard dashes, and counts joined past them
  [
    'Six aid workers (four Kenyans and two Somalis) and two drivers were killed in the ambush.',
    [
      ['killed', 6],
      ['killed', 2],
    ],
  ],
  [
    'Two children and eight other people (three soldiers and five civilians) were wounded.',
    [
      ['injured', 2],
      ['injured', 8],
    ],
  ],
  [
    'Six monks -- four Thais and two Laotians -- and two drivers were murdered.',
    [
      ['killed', 6],
      ['killed', 2],
    ],
  ],
  [
    'The court heard the case over the murder of six priests and their two housekeepers.',
    [
      ['killed', 6],
      ['killed', 2],
    ],
  ],
  // a tally that gives its own value is not the value of a later count (copy set in capitals)
  ['THE BLAST LEFT A TOLL OF 1 PERSON WOUNDED AND DAMAGE TO OVER 20 STORES.', [['injured', 1]]],
  // a share of a counted whole takes the verb; the whole only says how many there were
  ['Police said 12 of the 40 suspects were detained on Monday.', [['detained', 12]]],
  ['Three of the 12 passengers died in hospital.', [['killed', 3]]],
  ['Of the 12 passengers, three were killed.', [['killed', 3]]],
  ['Two of the 12 initially killed were police officers.', [['killed', 12]]],
  ['Two of the 12 passengers killed in the crash were children.', [['killed', 12]]],
  // "one of N" counts N when a group is named; a tally with its count opens an "include"
  ['The 19-year-old was one of 12 people killed in the raid.', [['killed', 12]]],
  [
    'The 12 dead included four children.',
    [
      ['killed', 12],
      ['killed', 4],
    ],
  ],
  // "several dozen" is vague like "dozens"
  [
    'The shelling killed a dozen civilians and wounded several dozen more.',
    [
      ['killed', 12],
      ['injured', 12],
    ],
  ],
  // a comma still joins a list
  [
    'The strike killed 12 civilians, 3 soldiers, and a police officer.',
    [
      ['killed', 12],
      ['killed', 3],
      ['killed', 1],
    ],
  ],
  // army communiqués: verbs that count people only, triggers in scare quotes, martyrdom
  ['The army said troops eliminated six of the insurgents near the ridge.', [['killed', 6]]],
  ['The ministry said its forces destroyed 27 militants and four vehicles.', [['killed', 27]]],
  ['The battalion mourned the loss of three soldiers on Sunday.', [['killed', 3]]],
  ['A farmer said he lost nine relatives in the flood.', [['killed', 9]]],
  ['Eight gunmen were "neutralised" in the operation, the army said.', [['killed', 8]]],
  ['The soldiers sent two attackers "to hell", the statement said.', [['killed', 2]]],
  ['Two soldiers embraced martyrdom in the exchange of fire.', [['killed', 2]]],
  // people counted by a noun of the event or of the injuries, or by their condition
  ['The health office reported 14 confirmed civilian deaths on Monday.', [['killed', 14]]],
  ['The floods have claimed 61 civilian lives since March.', [['killed', 61]]],
  ['Rescuers said 19 corpses had been recovered from the river.', [['killed', 19]]],
  ['Seven people sustained slight injuries in the blast.', [['injured', 7]]],
  [
    'The number of wounded reached 640, including 85 in critical condition.',
    [
      ['injured', 640],
      ['injured', 85],
    ],
  ],
  ['The death toll so far stands at 230.', [['killed', 230]]],
  ['Around 4,000 people are estimated to be missing.', [['missing', 4000]]],
  ['Some 3,000 residents have sought shelter in schools.', [['displaced', 3000]]],
  // groups real reports name: forces, gendarmes, "military" describing people, "elements"
  ['At least 14 Kestrel security forces were killed at the checkpoint.', [['killed', 14]]],
  ['Three gendarmes were wounded in the ambush.', [['injured', 3]]],
  ['Two military security officers were among the wounded.', [['injured', 2]]],
  ['Two elements of the armed group were killed in the clash.', [['killed', 2]]],
  // per-place lists after a count take its metric
  [
    'Officials said 40 people died in Velra, 12 in Osk, three each in Tarn and Mel-ak Dur, and one in Brisa.',
    [
      ['killed', 40],
      ['killed', 12],
      ['killed', 3],
      ['killed', 1],
    ],
  ],
  [
    'Floods displaced 14,000 in the capital, 6,000 in Orlen and 900 in the hills of Kestrel.',
    [
      ['displaced', 14000],
      ['displaced', 6000],
      ['displaced', 900],
    ],
  ],
  // a list item names a place; "in a week" or a group of its own is no item
  ['The storm killed 12 in Osk, 3 in a week.', [['killed', 12]]],
  [
    'Police detained 12 in Rafah, and 3 soldiers were hurt.',
    [
      ['detained', 12],
      ['injured', 3],
    ],
  ],
];

// Singular casualties (news-dev GUIDELINES.md): each count of one, as [metric, value, who]; and
// articles that count no one.
const SINGULARS: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, number, string | null]>]> = [
  ['A 12-year-old boy was killed in the strike.', [['killed', 1, 'boy']]],
  [
    'A border guard was killed and another wounded when the post was shelled.',
    [
      ['killed', 1, 'border guard'],
      ['injured', 1, null],
    ],
  ],
  [
    'One soldier died in the clash, and another was injured.',
    [
      ['killed', 1, 'soldier'],
      ['injured', 1, null],
    ],
  ],
  ['According to Lina Haddad, a nurse was killed at the gate.', [['killed', 1, 'nurse']]],
  ['In Port Sudan, a child died of his wounds.', [['killed', 1, 'child']]],
];
const NOT_COUNTED = [
  // negated
  'Not a single villager was hurt in the raid.',
  'His son was not a fighter, and he was killed for nothing.',
  // named: in apposition to a name, or "named"
  'Lina Haddad, a nurse who fled the town in May, now works in the camp.',
  '"We ran," said Omar Ruiz, a displaced farmer from the valley.',
  'Raiders wounded a watchman named Tarek at the depot.',
  // "another" whose noun is a thing
  'One shell hit the school, and another destroyed the clinic.',
];

describe('findFigures', () => {
  it('counts a singular casualty as 1, "another" after a count of one too', () => {
    for (const [text, expected] of SINGULARS)
      expect(
        figuresOf(text).map((f) => [f.metric, f.value, f.who]),
        text,
      ).toEqual(expected);
  });

  it('counts no one for a negated article, a named person or an "another" that is a thing', () => {
    for (const text of NOT_COUNTED) expect(figuresOf(text), text).toEqual([]);
  });

  // The shapes that tie a count to its trigger, through the whole pipeline: test/cases/figures/shapes.

  it('reads the shapes of real wire copy: killing nouns, adverbs, joined singulars, hospital, names, lakh', () => {
    for (const [text, expected] of REAL_TEXT_SHAPES)
      expect(
        figuresOf(text).map((f) => [f.metric, f.value]),
        text,
      ).toEqual(expected);
  });

  it('finds no figure in ages, years, money, things, durations, strikes, scores, phones and dates', () => {
    for (const text of NEGATIVE) expect(figuresOf(text), text).toEqual([]);
  });

  it('treats the parties alike: swapping their names swaps the result', () => {
    const a = 'Israel says 33 of its soldiers have been killed, while Hamas said 120 of its fighters died.';
    const b = 'Hamas says 33 of its soldiers have been killed, while Israel said 120 of its fighters died.';
    const strip = (fs: ReturnType<typeof figuresOf>) =>
      fs.map(({ text, value, metric, who, qualifier }) => ({ text, value, metric, who, qualifier }));
    expect(strip(figuresOf(a))).toEqual(strip(figuresOf(b)));
    expect(figuresOf(a)).toHaveLength(2);
  });

  it('reads a group the same whichever party names it: names, acronyms, hyphens, digits', () => {
    const templates = [
      'Troops killed more than 2,000 {P} operatives since the truce collapsed.',
      'The strike killed 2,000 {P} and wounded 300 others.',
      'At least 12 {P} members were detained on Monday.',
      'Troops killed 40 {P} cadres overnight.',
      'Some 300 {P} fighters have been taken prisoner.',
      'The raid killed 14 {P}-affiliated gunmen.',
      'Officials said 40 of the {P} fighters died.',
    ];
    const parties = ['Hamas', 'IDF', 'Hezbollah', 'RSF', 'M23', 'al-Shabaab'];
    for (const t of templates) {
      const [first, ...rest] = parties.map((p) =>
        figuresOf(t.replace('{P}', p)).map((f) => ({ ...f, who: f.who?.replace(p, '{P}') ?? null })),
      );
      expect(first!.length, t).toBeGreaterThan(0);
      for (const r of rest) expect(r, t).toEqual(first);
    }
    expect(figuresOf('Troops killed more than 2,000 Hamas operatives.')[0]!.who).toBe('Hamas operatives');
    // a capitalised plural is a group of people; a name that merely ends in "s" is not
    expect(figuresOf('Police arrested 40 Palestinians and 12 Israelis.').map((f) => f.who)).toEqual([
      'Palestinians',
      'Israelis',
    ]);
    expect(figuresOf('The strike killed 2,000 Hamas.')[0]!.who).toBeNull();
  });

  it('dates a figure by the date in its sentence, else by the publication date', () => {
    const [stated] = figuresOf('Officials said 10,569 people had been killed as of Wednesday.');
    expect(stated).toMatchObject({ asOf: '2023-11-08', asOfBasis: 'stated', asOfText: 'Wednesday' });
    const [implied] = figuresOf('Officials said 10,569 people had been killed.');
    expect(implied).toMatchObject({ asOf: PUBLISHED, asOfBasis: 'implied', since: null });
    const [since] = figuresOf('More than 8,300 people have been killed since October 7.');
    expect(since).toMatchObject({ asOf: PUBLISHED, since: '2023-10-07' });
    const text = 'At least 12 people were killed.';
    expect(findFigures(analysis(text, [], null))[0]).toMatchObject({ asOf: null, asOfBasis: null });
    // the dates stage's dateRole decides what each date is to the figure
    const [event] = figuresOf('About 1,200 people were killed in the attack of 7 October.');
    expect(event).toMatchObject({ asOf: '2023-10-07', asOfBasis: 'stated' });
    const [longSince] = figuresOf(
      'Elders say 31 people have died in the camp since the agency paused food distributions across the region on 3 May.',
    );
    expect(longSince).toMatchObject({ asOf: PUBLISHED, since: '2023-05-03' });
    const [before] = figuresOf('About 40 people fled before Friday.');
    expect(before).toMatchObject({ asOf: PUBLISHED, asOfBasis: 'implied', since: null });
    // a new reported clause ("and that …") keeps its date to itself
    const [received, died] = figuresOf(
      'Doctors said they had treated 390 wounded people since Monday and that 41 of them had died by Wednesday.',
    );
    expect(received).toMatchObject({ value: 390, asOf: PUBLISHED, since: '2023-11-06' });
    expect(died).toMatchObject({ value: 41, asOf: '2023-11-08' });
  });

  it('reads the tokens the numbers stage read, from the text base, without tokenizing again', () => {
    // Sentences without a number between those with one: each token list must sit at its sentence's index.
    const text =
      'Shelling resumed before dawn. At least 14 people were killed in the market, medics said. ' +
      'The governor visited the site. Rescuers said 37 others were wounded. No warning was given. ' +
      'About 1,200 people have fled since Friday, including 300 children.';
    const paragraphs = splitParagraphs(text);
    const sentences = splitSentences(text, paragraphs);
    const base = new TextBase(text, sentences);
    const numbers = findNumbers(base);
    const read = [1, 3, 5].map((i) => base.tokens(i));
    const figures = findFigures({ ...analysis(text), sentences, base, numbers });
    [1, 3, 5].forEach((i, k) => expect(base.tokens(i)).toBe(read[k]));
    const fresh = findFigures({
      ...analysis(text),
      sentences,
      base: new TextBase(text, sentences),
      numbers,
    });
    expect(figures.map((f) => readable(text, f)).map((f) => f.text)).toEqual([
      'At least 14',
      '37',
      'About 1,200',
      '300',
    ]);
    expect(fresh).toEqual(figures);
  });
});

describe('figure sources', () => {
  const text = 'Palestinian officials said 10,569 people had been killed as of Wednesday, 40% of them children.';
  const claimant = { start: 0, end: 21 };
  const said: Attribution = {
    claimant: 'Palestinian officials',
    claimantSpan: claimant,
    role: null,
    cue: 'said',
    cueSpan: { start: 22, end: 26 },
    content: { start: 27, end: text.length - 1 },
    sentence: 0,
    carried: false,
    continuesQuote: false,
    reports: 'words',
    by: 'test/said',
    why: { frame: 'test/said', claimant: [] },
  };

  it('takes the claimant of the attribution whose content holds the figure', () => {
    const fs = findFigures(analysis(text, [said]));
    expect(fs.map((f) => [f.value, f.metric, f.source, f.cue])).toEqual([
      [10569, 'killed', 'Palestinian officials', 'said'],
      [40, 'killed', 'Palestinian officials', 'said'],
    ]);
    expect(fs[0]!.sourceSpan).toEqual(claimant);
  });

  it('prefers the innermost frame when attributions nest', () => {
    const inner: Attribution = {
      ...said,
      claimant: 'the health ministry',
      claimantSpan: { start: 27, end: 32 },
      content: { start: 27, end: 60 },
      by: 'test/inner',
      why: { frame: 'test/inner', claimant: [] },
    };
    expect(findFigures(analysis(text, [said, inner]))[0]!.source).toBe('the health ministry');
  });

  it('does not read the verb of a toll in lives as a claim', () => {
    const lives = 'Officials said the floods had claimed 40 lives.';
    const outer: Attribution = {
      ...said,
      claimant: 'Officials',
      claimantSpan: { start: 0, end: 9 },
      cueSpan: { start: 10, end: 14 },
      content: { start: 15, end: lives.length - 1 },
    };
    // the attribution stage may read "the floods claimed …" as a frame of its own
    const claimed: Attribution = {
      ...said,
      claimant: 'the floods',
      claimantSpan: { start: 15, end: 25 },
      cue: 'claimed',
      cueSpan: { start: 30, end: 37 },
      content: { start: 38, end: lives.length - 1 },
    };
    expect(findFigures(analysis(lives, [outer, claimed])).map((f) => [f.value, f.metric, f.source, f.by])).toEqual([
      [40, 'killed', 'Officials', 'figures/lives-taken'],
    ]);
    expect(
      findFigures(
        analysis(lives.slice(15), [
          {
            ...claimed,
            claimantSpan: { start: 0, end: 10 },
            cueSpan: { start: 15, end: 22 },
            content: { start: 23, end: lives.length - 16 },
          },
        ]),
      )[0]!.source,
    ).toBeNull();
  });

  it("leaves a figure outside every attribution in the outlet's voice", () => {
    const own = 'Israel has killed more than 8,300 Palestinians. Officials said 21,000 were hurt.';
    const at: Attribution = {
      ...said,
      claimant: 'Officials',
      claimantSpan: { start: 48, end: 57 },
      content: { start: 63, end: own.length - 1 },
    };
    const fs = findFigures(analysis(own, [at]));
    expect(fs.map((f) => [f.value, f.source])).toEqual([
      [8300, null],
      [21000, 'Officials'],
    ]);
  });
});
