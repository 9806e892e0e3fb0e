import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { franc } from 'franc';
import { describe, expect, it } from 'vitest';
import type { ExtractOptions, KnownMeta } from '../../model.js';
import { caseInput } from '../../../test/helpers/cases.js';
import { describeSeeds, seedPath } from '../../../test/helpers/shared.js';
import { splitParagraphs, splitSentences } from '../sentences/index.js';
import { englishShare, isEnglishSample } from './detect-language.js';
import { ENGLISH_MARKERS, ENGLISH_SHARE, ISO_639_3_TO_1 } from './data/iso-639.js';
import { readMetadata } from './index.js';

function meta(text: string, known: KnownMeta = {}, options: ExtractOptions = {}) {
  const paragraphs = splitParagraphs(text);
  const m = readMetadata(text, paragraphs, splitSentences(text, paragraphs), known, options);
  // The spans point at what they name.
  if (m.datelineSpan && !known.dateline)
    expect(text.slice(m.datelineSpan.start, m.datelineSpan.end).toLowerCase()).toBe(m.dateline!.toLowerCase());
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out of the compared shape
  const { datelineSpan, datelinePrefix, messages, ...rest } = m;
  return {
    ...rest,
    datelinePrefix: datelinePrefix ? text.slice(datelinePrefix.start, datelinePrefix.end) : null,
    messages: (messages ?? []).map((x) => ({
      rule: x.rule,
      level: x.level,
      at: x.span ? text.slice(x.span.start, x.span.end) : null,
    })),
  };
}

const BODY =
  ' Residents said the shelling continued through the night and that several buildings had collapsed onto the street below.';

describe('metadata: mastheads, sign-offs and reprints', () => {
  it('a headline in capitals over a story is its title, not its masthead', () => {
    const m = meta(
      `FLOODS CUT OFF NORTHERN VALLEYS\n\nKARLOV, May 3 (AP) — Floods cut off three valleys in the north on Friday, officials said.${BODY}`,
    );
    // The outlet as printed, the agency by its name.
    expect([m.title, m.outlet, m.outletBy, m.agency]).toEqual([
      'FLOODS CUT OFF NORTHERN VALLEYS',
      'AP',
      'metadata/dateline-agency',
      'Associated Press',
    ]);
  });
  it('a masthead name in capitals over a headline is the outlet', () => {
    const m = meta(
      `THE NORTHERN HERALD\nMonday, 6 May 2024\n\nRail bridge reopens after repairs\n\nThe rail bridge over the river reopened on Sunday, the operator said.${BODY}`,
    );
    expect([m.title, m.outlet, m.published]).toEqual([
      'Rail bridge reopens after repairs',
      'THE NORTHERN HERALD',
      '2024-05-06',
    ]);
  });
  it('a writer and a section beside the date give no outlet and no place', () => {
    const m = meta(
      `Convoy turned back at the checkpoint\n\nIlse Marren · Frontline · 2 May 2024\n\nThe convoy was turned back at the last checkpoint on Wednesday.${BODY}`,
    );
    expect([m.outlet, m.dateline, m.published, m.title]).toEqual([
      null,
      null,
      '2024-05-02',
      'Convoy turned back at the checkpoint',
    ]);
  });
  it("a town after a byline is the writer's, not the outlet", () => {
    const m = meta(
      `Night at the rubble\n\nBy Anja Rell, Ostrava\n\nThe rescuers worked through the night with their hands.${BODY}`,
    );
    expect([m.outlet, m.dateline]).toEqual([null, null]);
  });
  it('a headline with a label and figures is not a masthead', () => {
    const m = meta(
      `Quake toll passes 1,200 as rescuers reach mountain villages – live\n\nRescuers reached the first mountain villages on Sunday.${BODY}`,
    );
    expect([m.title, m.outlet]).toEqual(['Quake toll passes 1,200 as rescuers reach mountain villages – live', null]);
  });
  it('section labels and a bare VIDEO: line are passed over for the title', () => {
    const m = meta(
      `World\n\nVIDEO:\n\nFerry sinks off the northern cape, dozens missing\n\nA ferry sank off the northern cape on Monday, the coastguard said.${BODY}`,
    );
    expect(m.title).toBe('Ferry sinks off the northern cape, dozens missing');
  });
  it('"Outlet live, date" and "Outlet — live updates, date" name the outlet', () => {
    expect(
      meta(
        `Floods live: rivers keep rising\n\nEastern Chronicle live, Sunday 12 May 2024\n\n10.05 BST\nThe river rose again overnight.${BODY}`,
      ).outlet,
    ).toBe('Eastern Chronicle');
    expect(
      meta(
        `Floods live: rivers keep rising\n\nThe Harbour Post — live updates, Sunday 12 May 2024\n\nThe river rose again overnight.${BODY}`,
      ).outlet,
    ).toBe('The Harbour Post');
  });
  it('footer sign-offs with a unit after the name, and contact lines', () => {
    const end = (footer: string) => meta(`Headline here\n\nThe river rose again overnight.${BODY}\n\n${footer}`).outlet;
    expect(end('Ministry of Health of the Republic of Example — Press Office')).toBe(
      'Ministry of Health of the Republic of Example',
    );
    expect(end('General Staff of the Example Army, Press Service')).toBe('General Staff of the Example Army');
    expect(end('*© 2024 Riverside Civilian Monitor. Reproduction permitted with attribution.*')).toBe(
      'Riverside Civilian Monitor',
    );
    expect(end('Transcript published by Radio Harbourside')).toBe('Radio Harbourside');
    expect(end('For more information, please contact the Example Rights Office press unit in Geneva.')).toBe(
      'Example Rights Office',
    );
    expect(end('Victory is coming, God willing.')).toBeNull();
    expect(end('(Reporting by Ana Pell; editing by the Cairo desk)')).toBeNull();
  });
  it('a dateline without a year takes the one year of a date line, never two', () => {
    const story = `GAZA CITY, Oct 25 (Levant Wire) - Strikes continued overnight, residents said.${BODY}`;
    const one = meta(`Levant Wire | Middle East | 2023\n\nStrikes go on in the north\n\n${story}`);
    expect([one.published, one.publishedBy, one.publishedPartial]).toEqual([
      '2023-10-25',
      'metadata/year-of-date-line',
      null,
    ]);
    const two = meta(`Levant Wire | 2023 | 2024 archive\n\nStrikes go on in the north\n\n${story}`);
    expect([two.published, two.publishedPartial]).toEqual([null, 'Oct 25']);
  });
  it('relative words never date the page', () => {
    const m = meta(
      `Aid cuts bite in the camps\n\nEarlier this year, donors cut funding for the camps. This month, rations were halved again, aid workers said.${BODY}`,
    );
    expect([m.published, m.publishedPartial, m.messages]).toEqual([null, null, []]);
  });
  it('a letterhead in capitals, a press release label and a place with its date', () => {
    const m = meta(
      `REPUBLIC OF EXAMPLE\nMINISTRY OF HEALTH\n\nPress release No. 7/EX\n\nDorlin, 4 March 2025\n\nOn the shelling of the district hospital\n\nThe district hospital was shelled on Monday night.${BODY}`,
    );
    expect([m.title, m.outlet, m.dateline, m.published]).toEqual([
      'On the shelling of the district hospital',
      'MINISTRY OF HEALTH',
      'Dorlin',
      '2025-03-04',
    ]);
  });
});

describe('metadata: precedence', () => {
  const text = caseInput('metadata', 'agency-dateline-no-year');
  it('page metadata first', () => {
    const m = meta(
      text,
      { published: '2023-10-31', outlet: 'Example Wire', title: 'Tanks advance' },
      { published: '2023-11-01' },
    );
    expect([m.published, m.publishedBy, m.publishedPartial, m.outlet, m.title]).toEqual([
      '2023-10-31',
      'meta/known',
      null,
      'Example Wire',
      'Tanks advance',
    ]);
  });
  it('--published when the text has no full date, and no partial warning then', () => {
    const m = meta(text, {}, { published: '2023-10-31' });
    expect([m.published, m.publishedBy, m.publishedPartial, m.messages]).toEqual([
      '2023-10-31',
      'options/published',
      null,
      [],
    ]);
  });
  it('the text before --published', () => {
    const m = meta(caseInput('metadata', 'wire-full-dateline'), {}, { published: '2020-01-01' });
    expect([m.published, m.publishedBy]).toEqual(['2024-03-14', 'metadata/dateline-date']);
  });
  it('a capitalised word and a dash is not a dateline', () => {
    expect(meta('Israel - which denies the claim - said it was reviewing the footage.').dateline).toBeNull();
  });
  it('reads datelines in other wire styles, place names in capitals title-cased', () => {
    const lines: [string, string | null, string | null][] = [
      [
        'SEVASTOPOL, March 2. /XNA/. Air defences were active over the city overnight, the governor said.',
        'Sevastopol',
        'XNA',
      ],
      ['GENEVA / NAIROBI (4 June 2024) – Aid agencies warned on Tuesday that funding had run out.', 'Geneva', null],
      ['DEIR AL-BALAH: Strikes hit a street near the market late on Monday, witnesses said.', 'Deir al-Balah', null],
      ['Khartoum — Fighting resumed in the north of the city on Sunday, residents said.', 'Khartoum', null],
      [
        'PORT ESCARA, 12 JAN 90 (RADIO COSTANERA) -- [TEXT] TWO SOLDIERS WERE KILLED IN AN AMBUSH TODAY, THE ARMY REPORTED.',
        'Port Escara',
        'RADIO COSTANERA',
      ],
      [
        'SAN LUCERO (VALMORA), 3 FEB 90 (RADIO COSTANERA) -- [TEXT] A BRIDGE WAS BLOWN UP LAST NIGHT, POLICE SAID.',
        'San Lucero',
        'RADIO COSTANERA',
      ],
      ['KESTREL (AP) — Two aid convoys reached the town on Friday, organisers said.', 'Kestrel', 'AP'],
      // A country with "the", a state and its country in brackets.
      [
        'PORT ESCARA, the Valmoras, Jan. 22 (XNA) -- Two soldiers were hurt on Monday, the army said.',
        'Port Escara',
        'XNA',
      ],
      ['TARSK (Ostrel, Varnia), Nov 4 (VNA) — Gunmen raided a farm on Wednesday, police said.', 'Tarsk', 'VNA'],
      ['OSTREL (Tarsk, Kestria), Nov 4 (KNA) — Gunmen raided a farm on Wednesday, police said.', 'Ostrel', 'KNA'],
      // A place in mixed case before a colon, with a date (a space before the colon or none).
      ['Tarsk, Jun 12 : Two gunmen were killed in a raid on Sunday, police said.', 'Tarsk', null],
      ['Ostrel, July 8: Two gunmen were killed in a raid on Thursday, police said.', 'Ostrel', null],
      // Without a date, a mixed-case name before a colon opens a headline, not a dateline.
      ['Varga: Ostrel Faces Its Hardest Winter In A Decade.', null, null],
    ];
    for (const [line, place, outlet] of lines) {
      const m = meta(`Headline here\n\n${line}${BODY}`);
      expect([m.dateline, m.outlet]).toEqual([place, outlet]);
    }
    expect(meta(`Headline here\n\nGENEVA / NAIROBI (4 June 2024) – Aid agencies warned.${BODY}`).published).toBe(
      '2024-06-04',
    );
    expect(
      meta(
        `PORT ESCARA, 12 JAN 90 (RADIO COSTANERA) -- [TEXT] TWO SOLDIERS WERE KILLED\nIN AN AMBUSH TODAY, THE ARMY REPORTED.\nPATROLS WERE SENT TO THE AREA AND\nTHE ROAD WAS CLOSED.`,
      ).published,
    ).toBe('1990-01-12');
    expect(
      meta(`Headline here\n\nSAN LUCERO (VALMORA), 3 FEB 90 (RADIO COSTANERA) -- [TEXT] A BRIDGE WAS BLOWN UP.${BODY}`)
        .published,
    ).toBe('1990-02-03');
  });
  it('takes the date, the outlet and the place of a masthead line', () => {
    const m = meta(
      `Relief camps fill up as clashes go on\n\nThe Example Tribune | Imphal | July 19, 2023\n\nClashes went on overnight, police said.${BODY}`,
    );
    expect([m.published, m.publishedBy, m.dateline, m.outlet, m.outletBy, m.title]).toEqual([
      '2023-07-19',
      'metadata/date-line',
      'Imphal',
      'The Example Tribune',
      'metadata/masthead',
      'Relief camps fill up as clashes go on',
    ]);
  });
  it('short text defaults to English, a page language wins', () => {
    expect(meta('Kurz.').language).toBe('en');
    expect(meta(caseInput('metadata', 'french-dispatch'), { language: 'en-GB' }).language).toBe('en');
  });
  it('counts English words as the capitalised-words-removed definition does', () => {
    // The definition, written the slow way: replace capitalised words, then match letter runs.
    const slow = (head: string) => {
      const words = head.replace(/\p{Lu}[\p{L}'’-]*/gu, ' ').match(/\p{L}+/gu) ?? [];
      return words.length ? words.filter((w) => ENGLISH_MARKERS.has(w.toLowerCase())).length / words.length : 0;
    };
    expect(englishShare("The army's shelling of Gaza's north was")).toBe(2 / 6);
    expect(englishShare('Les forces ont dit que la ville était détruite.')).toBe(0);
    // Letters, capitals, apostrophes and hyphens, accented and non-Latin letters, a title-case
    // letter (ǅ), an astral letter (𝐀) and a lone surrogate.
    const piece = fc.constantFrom(
      'the',
      'of',
      'was',
      'said',
      'which',
      'a',
      'thereof',
      'whichever',
      'Gaza',
      'al-Shifa',
      "army's",
      'army’s',
      'Ünal',
      'été',
      'Київ',
      'ǅ',
      '𝐀',
      '\ud835',
      ' ',
      '-',
      "'",
      '’',
      '.',
      'İ',
      'x',
      'é',
      'GAZA',
      'ARMY',
      '12',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const head = pieces.join('');
        expect(englishShare(head)).toBe(slow(head));
      }),
    );
    // The fast path stops reading once the share cannot fall below ENGLISH_SHARE: the same answer
    // as the whole count, with the markers first, last or spread ("of the" in a run of names).
    const word = fc.constantFrom(
      ...['the', 'of', 'was', 'said', 'Gaza', 'al-Shifa', 'été', 'x', 'whichever', ' ', '. '],
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 120 }), (pieces) => {
        const head = pieces.join(' ');
        expect(isEnglishSample(head)).toBe(slow(head) >= ENGLISH_SHARE);
      }),
      { numRuns: 2000 },
    );
    expect(isEnglishSample('the of was ' + 'Gaza '.repeat(30))).toBe(
      slow('the of was ' + 'Gaza '.repeat(30)) >= ENGLISH_SHARE,
    );
    expect(isEnglishSample('of the ' + 'x '.repeat(30))).toBe(false);
  });
  it('has only markers of ASCII lower-case letters, which the sample scan looks up as it reads them', () => {
    for (const w of ENGLISH_MARKERS) expect(w).toMatch(/^[a-z]+$/);
  });
  it('wire copy in capitals is English without asking franc, which cannot tell from what is left', () => {
    const wire =
      'PORT ESCARA, 12 JAN 90 (RADIO COSTANERA) -- [TEXT] TWO SOLDIERS WERE KILLED IN AN AMBUSH TODAY, THE ARMY REPORTED. ';
    expect(meta(wire.repeat(4)).language).toBe('en');
    // The rule rests on this: with capitalised words taken out, only ASCII digits and punctuation
    // are left, and franc answers "und" for any such text.
    const only = [...ISO_639_3_TO_1.keys()];
    const rest = fc.string({
      unit: fc.constantFrom(...' \n\t0123456789.,;:-()[]/"\'!?&%$#@*+=<>_'),
      minLength: 0,
      maxLength: 300,
    });
    fc.assert(
      fc.property(rest, (s) => {
        expect(franc(s, { only })).toBe('und');
      }),
    );
  });
});

describeSeeds('metadata: seed articles', ['gaza-city-street-fighting', 'tanks-forced-to-retreat'], () => {
  it('gaza-city-street-fighting: published from the date line, title with its VIDEO: prefix', () => {
    const m = meta(readFileSync(seedPath('gaza-city-street-fighting'), 'utf8'));
    expect([m.published, m.publishedBy, m.dateline, m.outlet, m.language]).toEqual([
      '2023-11-10',
      'metadata/date-line',
      null,
      null,
      'en',
    ]);
    expect(m.title!.startsWith('VIDEO: Hamas and Israeli troops')).toBe(true);
  });
  it('tanks-forced-to-retreat: no year, so published null with "October 31" partial; outlet from the footer', () => {
    const m = meta(readFileSync(seedPath('tanks-forced-to-retreat'), 'utf8'));
    expect([m.published, m.publishedPartial, m.outlet, m.dateline]).toEqual([
      null,
      'October 31',
      'Radio Habana Cuba',
      'Gaza City',
    ]);
    expect(m.messages).toEqual([{ rule: 'metadata/published-partial', level: 'warning', at: 'October 31' }]);
    expect(m.title!.startsWith('Hamas says Israeli tanks')).toBe(true);
    expect(m.datelinePrefix).toBe('Gaza City, October 31 (RHC)--');
  });
});

describe('metadata: how reprinted and saved pages print date, dateline, outlet and title', () => {
  it('a date label opening the text dates the page, and the story runs on after it', () => {
    const a = meta(`date 2024-03-02 KESTREL: Shelling hit the market on Friday, officials said.${BODY}`);
    expect([a.published, a.publishedBy, a.dateline, a.datelinePrefix, a.title]).toEqual([
      '2024-03-02',
      'metadata/date-line',
      'Kestrel',
      'date 2024-03-02 KESTREL:',
      null,
    ]);
    const b = meta(` date 2024-03-02 Floods cut off the valley road on Friday, the council said.${BODY}`);
    expect([b.published, b.dateline, b.datelinePrefix]).toEqual(['2024-03-02', null, 'date 2024-03-02']);
    const c = meta(
      `date 2024-03-02 Ferry sinks off the cape, 12 missing\n\nA ferry sank off the cape on Friday.${BODY}`,
    );
    expect([c.published, c.title]).toEqual(['2024-03-02', 'Ferry sinks off the cape, 12 missing']);
    const d = meta(`Published: 2024-03-02 14:05 GMT OSTRAVIN, March 1 (Larkspur) -- Shelling went on.${BODY}`);
    expect([d.published, d.dateline, d.outlet]).toEqual(['2024-03-02', 'Ostravin', 'Larkspur']);
    // Not a label with a date: a sentence that happens to open with the word.
    expect(meta(`Date 2024 was a hard year for the valley, residents said.${BODY}`).published).toBeNull();
  });
  it('a dateline may open a line under the headline or page chrome in the same paragraph', () => {
    const a = meta(
      `Ferry sinks off the cape, 12 missing\nKESTREL, March 2 (Larkspur) -- A ferry sank on Friday.${BODY}`,
    );
    expect([a.title, a.dateline, a.outlet, a.datelinePrefix]).toEqual([
      'Ferry sinks off the cape, 12 missing',
      'Kestrel',
      'Larkspur',
      'KESTREL, March 2 (Larkspur) --',
    ]);
    const b = meta(`Ferry sinks off the cape\n\n2 min read\nOSTRAVIN (AP) — A ferry sank on Friday.${BODY}`);
    expect([b.dateline, b.outlet, b.agency]).toEqual(['Ostravin', 'AP', 'Associated Press']);
    // An agency's credit with its date names no place.
    expect(
      meta(`Ferry sinks off the cape\n\nAFP, Wednesday 16 Oct 2024\n\nA ferry sank on Friday.${BODY}`).dateline,
    ).toBeNull();
    expect(meta(`Ferry sinks off the cape\n\nAFP — A ferry sank off the cape on Friday.${BODY}`).dateline).toBeNull();
    // Prose wrapped at a fixed width is not a head line over a dateline.
    expect(
      meta(`The ferry sank off the cape on Friday.\nISRAEL - which denies it - said so.${BODY}`).dateline,
    ).toBeNull();
    expect(meta(`Officials said on Friday that\nisrael — a ferry sank.${BODY}`).dateline).toBeNull();
  });
  it('an agency credited with the copy is the outlet, by its code, when nothing else names one', () => {
    const head = meta(
      `Floods cut off the valley road\n(Xinhua)\n\nFloods cut off the only road on Friday, officials said.${BODY}`,
    );
    expect([head.outlet, head.outletBy, head.agency]).toEqual(['Xinhua', 'metadata/agency-credit-line', 'Xinhua']);
    const last = meta(`Floods cut off the valley road.\nThe council said the road would reopen.\nReuters`);
    expect([last.outlet, last.agency]).toEqual(['Reuters', 'Reuters']);
    const staff = meta(
      `Floods cut off the valley road.${BODY}\n\nAssociated Press writer Ana Pell in Kestrel contributed to this report.`,
    );
    expect([staff.outlet, staff.agency]).toEqual(['AP', 'Associated Press']);
    const reports = meta(`Four soldiers were killed near Kestrel, the ministry said on Sunday, TASS reports.${BODY}`);
    expect([reports.outlet, reports.outletBy]).toEqual(['TASS', 'metadata/agency-reports']);
    expect(meta(`Two men were killed in Kestrel on Wednesday, reports the AP.${BODY}`).outlet).toBe('AP');
    // "reported" credits one fact, not the story; an outlet no list knows is no agency credit.
    expect(meta(`Two men were killed in Kestrel on Wednesday, AFP reported.${BODY}`).outlet).toBeNull();
    expect(meta(`Two men were killed in Kestrel on Wednesday, Valley Radio reports.${BODY}`).outlet).toBeNull();
    expect(meta(`Floods cut off the valley road.${BODY}\nKestrel`).outlet).toBeNull();
    // A paper naming itself comes first.
    expect(meta(`Floods cut off the valley road.${BODY}\n\nReuters\n\n© 2024 The Valley Courier`).outlet).toBe(
      'The Valley Courier',
    );
  });
  it('a source line in brackets at the end names the publisher, up to a comma', () => {
    expect(meta(`Floods cut off the valley road.${BODY}\n(Source: VALLEY COURIER)`).outlet).toBe('VALLEY COURIER');
    expect(
      meta(`Floods cut off the valley road.${BODY}\n\n[Source: Valley Courier, Kestrel, 05 May 2014]`).outlet,
    ).toBe('Valley Courier');
  });
  it('captions, lead-in lines and tables of figures are no headline', () => {
    expect(
      meta(
        `Rescuers at the site\nRescuers at the site Valley News Photo: (file)\n\nRescuers dug through the night.${BODY}`,
      ).title,
    ).toBeNull();
    expect(meta(`The latest from the valley:\n___\nKESTREL — The road reopened on Friday.${BODY}`).title).toBeNull();
    // An agency's credit line after a date label or over the story.
    expect(
      meta(`date 2024-03-02 Associated Press\n\nKESTREL (AP) — The road reopened on Friday.${BODY}`).title,
    ).toBeNull();
    expect(meta(`(Xinhua)\n\nThe road reopened on Friday, officials said.${BODY}`).title).toBeNull();
    const table = meta(`197\n\nConfirmed dead\n\n222\n\nPeople missing\n\nThe storm made landfall on Friday.${BODY}`);
    expect([table.title, table.outlet]).toEqual([null, null]);
  });
});
