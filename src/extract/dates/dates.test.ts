import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateMention, Sentence } from '../../model.js';
import { caseInput } from '../../../test/helpers/cases.js';
import { describeSeeds, seedPath } from '../../../test/helpers/shared.js';
import { assertSpan } from '../../../test/helpers/spans.js';
import { splitParagraphs, splitSentences } from '../sentences/index.js';
import { dateRole, datesWithin, findDates, isClaimDate, resolvePast } from './index.js';
import { findYears } from './find-years.js';
import { chronoFor, parsersFor, type WindowReader } from './chrono-for-window.js';
import { CHRONO_PARSER_CUES } from './data/chrono-parser-cues.js';
import { readDateLine } from './date-line.js';
import { readPlainWindow } from './plain-window.js';
import { readMonthDay } from './month-day-window.js';
import { readPartOfDay } from './part-of-day-window.js';
import { readRelativePeriod } from './relative-period-window.js';
import { chronoWindowDates } from './find-chrono-dates.js';

function dates(text: string, reference: string | null): DateMention[] {
  const found = findDates(text, splitSentences(text, splitParagraphs(text)), reference);
  for (const m of found) {
    assertSpan(text, m.span, m.text);
    expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
  }
  return found;
}
const view = (text: string, ms: DateMention[]) =>
  ms.map((m) => ({ text: m.text, date: m.date, yearStated: m.yearStated, role: dateRole(text, m), by: m.by }));

// A Friday.
const REF = '2023-11-10';

// Whether `read` read `window`; when it did, its mentions are chrono's (chronoWindowDates).
function sameAsChrono(read: WindowReader, window: string, reference: string | null): boolean {
  const mine: DateMention[] = [];
  if (!read(window, 3, parsersFor(window), reference, mine)) {
    expect(mine).toEqual([]);
    return false;
  }
  const viaChrono: DateMention[] = [];
  const instant = new Date(`${reference ?? '2000-01-01'}T12:00:00Z`);
  chronoWindowDates(window, 3, reference, { instant, timezone: 0 }, viaChrono);
  expect(JSON.stringify(mine), window).toBe(JSON.stringify(viaChrono));
  return true;
}

// How many of 4,000 windows made of `fragments` (each perhaps in capitals), on a publication date
// of 2023–2024 or, one in five, none, `read` read: each checked against chrono (sameAsChrono).
function fragmentsRead(read: WindowReader, fragments: readonly string[]): number {
  const piece = fc
    .tuple(fc.constantFrom(...fragments), fc.boolean())
    .map(([f, upper]) => (upper ? f.toUpperCase() : f));
  let n = 0;
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 6 }), fc.integer({ min: 0, max: 730 }), (pieces, k) => {
      const reference = k % 5 === 0 ? null : new Date(Date.UTC(2023, 0, 1 + k)).toISOString().slice(0, 10);
      if (sameAsChrono(read, pieces.join(' '), reference)) n++;
    }),
    { seed: 20231110, numRuns: 4000 },
  );
  return n;
}
// Wire copy with dates of every kind; its dates resolved against REF are the case test/cases/dates/wire.
const WIRE = caseInput('dates', 'wire');

describe('dates: without a reference', () => {
  it('the wire copy without a publication date: only dates with a stated year get a day', () => {
    const got = dates(WIRE, null).filter((m) => m.date !== null);
    expect(got.map((m) => [m.text, m.date])).toEqual([
      ['Nov. 10, 2023', '2023-11-10'],
      ['Feb. 24, 2022', '2022-02-24'],
    ]);
  });
});

describe('dates: negatives (no date mentions)', () => {
  const negatives = [
    'Israeli forces may gain control of some areas, he said.',
    'Thousands joined a march through the capital, and they march again next month.',
    'A 7-year-old boy and a man aged 34 were among the wounded.',
    'It was the second strike on the camp; 7 people died.',
    'The siege lasted for 17 days and the fighting for 40 hours.',
    'The sirens sounded at 10 p.m. and again at 7.',
    'The hotline runs 24/7 and the ceasefire held for two days later.',
    'Forces fired 1948 shells, the monitor said, and 2,400 rounds.',
  ];
  for (const text of negatives) {
    it(text, () => expect(view(text, dates(text, REF))).toEqual([]));
  }
});

describe('dates: rules', () => {
  it('moves a weekday after the reference back a week and a month-day back a year', () => {
    expect(resolvePast('2023-11-13', REF, { weekdayOnly: true, monthDayOnly: false })).toBe('2023-11-06');
    expect(resolvePast('2024-12-28', '2024-01-03', { weekdayOnly: false, monthDayOnly: true })).toBe('2023-12-28');
    expect(resolvePast('2023-11-11', REF, { weekdayOnly: false, monthDayOnly: false })).toBe('2023-11-11');
    const text = 'On Saturday, 12 were hurt. By December 28, 30 had died.';
    expect(dates(text, '2024-01-03').map((m) => m.date)).toEqual(['2023-12-30', '2023-12-28']);
  });
  it('does not read a count after a comma as a year or an hour', () => {
    const text = 'On Oct 7, 12 died. On 7 October 2023, 40 were wounded.';
    expect(dates(text, '2024-01-03').map((m) => [m.text, m.date, m.yearStated])).toEqual([
      ['Oct 7', '2023-10-07', false],
      ['7 October 2023', '2023-10-07', true],
    ]);
  });
  it('does not read a count after a comma as the day of a month written after its day', () => {
    // chrono prefers "January, 7" (longer) to "8 January"; the day written first must win.
    const text =
      'On the night of 8 January, 7 died in the raid. In January, 12 were wounded. HOSPITALS SAID ON THE NIGHT OF 9 JAN, 4 DIED.';
    expect(dates(text, '1990-01-12').map((m) => [m.text, m.date, m.by])).toEqual([
      ['8 January', '1990-01-08', 'dates/calendar'],
      ['January', null, 'dates/month'],
      ['9 JAN', '1990-01-09', 'dates/calendar'],
    ]);
  });
  it('gives no day to a slashed date that reads both ways, and a day to one that does not', () => {
    const text = 'The list was updated 10/11/2023 and again 25/11/2023.';
    expect(dates(text, REF).map((m) => [m.text, m.date, m.by])).toEqual([
      ['10/11/2023', null, 'dates/ambiguous-numeric'],
      ['25/11/2023', '2023-11-25', 'dates/calendar'],
    ]);
  });
  it('classifies roles: since, asOf, other', () => {
    const text =
      'Since the start of the war on October 7, 1,400 died; 300 more since Monday, and 20 as of Wednesday. ' +
      'Before October 7 the border was calm. Tuesday’s count stood at 90. Police said 12 were detained Thursday.';
    const found = dates(text, REF);
    expect(found.map((m) => [m.text, dateRole(text, m)])).toEqual([
      ['October 7', 'since'],
      ['Monday', 'since'],
      ['Wednesday', 'asOf'],
      ['October 7', 'other'],
      ['Tuesday', 'asOf'],
      ['Thursday', 'asOf'],
    ]);
  });
  it('tells the day of a claim: a date right after a reporting verb', () => {
    const text =
      'Twelve died, the council said Wednesday. The church announced, Sunday, that two were freed. ' +
      'The agency said in a statement on Monday that roads were shut. The road was shut on Tuesday. ' +
      'He said the bridge fell on Friday.';
    expect(dates(text, REF).map((m) => [m.text, isClaimDate(text, m)])).toEqual([
      ['Wednesday', true],
      ['Sunday', true],
      ['Monday', true],
      ['Tuesday', false],
      ['Friday', false],
    ]);
  });
  it('reads no date inside the opening it is given (the dateline prefix)', () => {
    const text = 'date 2024-03-02 KESTREL: Shelling hit the market on Friday, officials said.';
    const all: Sentence = { span: { start: 0, end: text.length }, paragraph: 0, line: 'text', by: 'test' };
    expect(findDates(text, [all], REF, { start: 0, end: 24 }).map((m) => m.text)).toEqual(['Friday']);
    expect(findDates(text, [all], REF).map((m) => m.text)).toEqual(['2024-03-02', 'Friday']);
  });
  it('reads only the sentences it is given', () => {
    const text = 'Floods in 2022 displaced thousands. Talks resume in 2024.';
    const second: Sentence = { span: { start: 36, end: text.length }, paragraph: 0, line: 'text', by: 'test' };
    expect(findDates(text, [second], null).map((m) => [m.text, m.by])).toEqual([['2024', 'dates/year']]);
  });
  it('lists the mentions inside a span', () => {
    const text = 'On Monday 3 died. On Tuesday 4 died.';
    const found = dates(text, REF);
    expect(datesWithin(found, { start: 18, end: text.length }).map((m) => m.text)).toEqual(['Tuesday']);
  });
  it('swapping the parties does not change the dates', () => {
    const a = 'Israeli officials said 40 Palestinians were killed on Tuesday.';
    const b = 'Palestinian officials said 40 Israelis were killed on Tuesday.';
    expect(dates(a, REF).map((m) => m.date)).toEqual(dates(b, REF).map((m) => m.date));
  });
});

describeSeeds('dates: seed articles', ['gaza-city-street-fighting', 'tanks-forced-to-retreat'], () => {
  it('gaza-city-street-fighting: Wednesday → 2023-11-08, Thursday → 2023-11-09, 7 October is a since', () => {
    const text = readFileSync(seedPath('gaza-city-street-fighting'), 'utf8');
    const found = dates(text, '2023-11-10');
    expect(found.find((m) => m.text === 'Wednesday')!.date).toBe('2023-11-08');
    expect(found.find((m) => m.text === 'Thursday')!.date).toBe('2023-11-09');
    const oct7 = found.find((m) => m.text === '7 October')!;
    expect([oct7.date, dateRole(text, oct7)]).toEqual(['2023-10-07', 'since']);
    expect(found.find((m) => m.text === '1948')!.date).toBeNull();
  });
  it('tanks-forced-to-retreat: no year anywhere, so nothing relative gets a day', () => {
    const text = readFileSync(seedPath('tanks-forced-to-retreat'), 'utf8');
    const found = dates(text, null);
    expect(found.every((m) => m.date === null)).toBe(true);
    expect(found.map((m) => m.text)).toContain('October 7');
    expect(dates(text, '2023-10-31').find((m) => m.text === 'October 7')!.date).toBe('2023-10-07');
  });
});

describe('dates: years in long documents', () => {
  // Each year was checked against every chrono span of the document: 80,000 of each took about
  // 10 s and fails on the 2.5 s timeout; one forward pass takes a few tens of milliseconds.
  it('skips the years chrono already read, in one pass over its spans', { timeout: 2500 }, () => {
    const unit = 'Talks began in 1990 and resumed on Monday. ';
    const n = 80_000;
    const text = unit.repeat(n);
    const sentences = Array.from({ length: n }, (_, i): Sentence => ({
      span: { start: i * unit.length, end: (i + 1) * unit.length - 1 },
      paragraph: i,
      line: 'text',
      by: 'test',
    }));
    // chrono's spans: "Monday" in every sentence, and "in 1990" (as if read as a date) in every tenth.
    const taken = sentences.flatMap(({ span }, i) => {
      const monday = { start: span.start + unit.indexOf('Monday'), end: span.start + unit.indexOf('Monday') + 6 };
      return i % 10 === 0
        ? [{ start: span.start + unit.indexOf('in 1990'), end: span.start + unit.indexOf('in 1990') + 7 }, monday]
        : [monday];
    });
    const years = findYears(text, sentences, taken);
    expect(years.length).toBe(n - n / 10);
    expect(years[0]!.span.start).toBe(unit.length + unit.indexOf('1990'));
    for (const y of years.slice(0, 50)) expect(text.slice(y.span.start, y.span.end)).toBe('1990');
  });
});

describe('dates: chrono runs only the parsers a window can feed', () => {
  const ref = { instant: new Date('2023-11-10T12:00:00Z'), timezone: 0 };
  const parserNames = (c: chrono.Chrono) => c.parsers.map((p) => (p as object).constructor.name);
  const same = (window: string) =>
    expect(JSON.stringify(chronoFor(window).parse(window, ref))).toBe(JSON.stringify(chrono.parse(window, ref)));

  it('names only parsers chrono has, few enough for one bit each', () => {
    const casual = parserNames(chrono.casual);
    expect(casual.length).toBeLessThanOrEqual(31);
    for (const { parsers } of CHRONO_PARSER_CUES) for (const name of parsers) expect(casual).toContain(name);
  });
  it('leaves out the parsers whose cue a window lacks', () => {
    expect(parserNames(chronoFor('the convoy reached the crossing, officials said'))).toEqual([
      'ENTimeUnitWithinFormatParser',
    ]);
    expect(parserNames(chronoFor('shelling resumed on Sunday'))).toEqual([
      'ENTimeUnitWithinFormatParser',
      'ENWeekdayParser',
    ]);
    // a month without a day number or a year: only the month-name parser of the four
    expect(parserNames(chronoFor('talks stalled in March, officials said'))).toEqual([
      'ENTimeUnitWithinFormatParser',
      'ENMonthNameParser',
    ]);
    // a hyphen is no modifier word: "-3 weeks" may match, "last week" may not
    expect(parserNames(chronoFor('a cross-border raid'))).toEqual([
      'ENTimeUnitWithinFormatParser',
      'ENTimeUnitCasualRelativeFormatParser',
    ]);
  });
  it('leaves out the refiner that only acts on forwardDate, which is never given', () => {
    const refiners = (c: chrono.Chrono) => c.refiners.map((r) => (r as object).constructor.name);
    expect(refiners(chrono.casual)).toContain('ForwardDateRefiner');
    expect(refiners(chronoFor('on Monday'))).toEqual(refiners(chrono.casual).filter((n) => n !== 'ForwardDateRefiner'));
  });
  it('gives what chrono gives on wire copy', () => {
    for (const window of [
      'the toll had risen to 14 by Thursday, a spokesman said',
      'KHARKIV, Ukraine, Nov. 10, 2023 (Wire) — Russian missiles struck',
      'since the start of the war on 7 October, at least 1,400 people',
      'three days ago, a drone hit a school; last night the sirens',
      'The list was updated 10/11/2023 and again 2023-11-25T08:00Z.',
      'talks resume next week, two days later than planned, at 4 p.m. GMT',
      'by the end of the month, or within 3 days of Sept. 5',
      'on the morning of Tues., the 3rd of march, about 2 weeks before',
    ])
      same(window);
  });
  it('gives what chrono gives on text built from date fragments, in any case', () => {
    const fragment = fc.constantFrom(
      'Sept. 5',
      '5th of Sept',
      'the twenty-first of',
      'thirteenth',
      'May fifth',
      '3rd',
      'Dec',
      '2024 BC',
      'AD 70',
      'may',
      'March 2024',
      '2024 Mar',
      '7 Oct, 2023',
      '2023-11-10',
      '2023/11/10',
      '10.11.2023',
      '3/2023',
      '24/7',
      'at 10 a.m.',
      '16:30',
      'noon',
      'midnight',
      'this morning',
      'three days ago',
      'two weeks earlier',
      'two days later',
      'a week from now',
      'tmrw',
      'today',
      'last night',
      'now',
      'end of the month',
      'last day of month',
      'past 24 hours',
      '+2 days',
      '-3 weeks',
      '- 2 days',
      'cross-border',
      'next week',
      'within 3 days',
      'for 17 days',
      'Thurs.',
      'weekend',
      'on Monday',
      'after this year',
      ' ',
      ', ',
      ' - ',
      ' to ',
      ' of ',
      'killed',
      '14',
      'the',
    );
    const piece = fc.tuple(fragment, fc.boolean()).map(([f, upper]) => (upper ? f.toUpperCase() : f));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        same(pieces.join(' '));
      }),
      { seed: 20231110, numRuns: 2000 },
    );
  });
});

describe('dates: a date line "9 JAN 90" is read without chrono', () => {
  const ref = { instant: new Date('2000-01-01T12:00:00Z'), timezone: 0 };
  const same = (line: string) => {
    const viaChrono: DateMention[] = [];
    chronoWindowDates(line, 3, null, ref, viaChrono);
    const found = findDates(`   ${line}`, [{ span: { start: 3, end: 3 + line.length } }], null);
    expect(JSON.stringify(found)).toBe(JSON.stringify(viaChrono));
  };
  const days = [...Array(100).keys()].flatMap((d) => (d < 10 ? [String(d), `0${d}`] : [String(d)]));
  const years = [...Array(100).keys()].map((y) => String(y).padStart(2, '0'));
  const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
  const spellings = months.flatMap((m) => [m, m[0] + m.slice(1).toLowerCase()]);

  it('gives what chrono gives on the lines of the shape it reads', { timeout: 30_000 }, () => {
    let read = 0;
    const check = (line: string) => {
      if (readDateLine(line) === null) return;
      read++;
      same(line);
    };
    // every day number as written, every month in both spellings, the years where the century
    // turns (50 → 2050, 51 → 1951) and a leap year of each century
    for (const month of spellings)
      for (const day of days) for (const year of ['00', '50', '51', '96']) check(`${day} ${month} ${year}`);
    // every year, with the days that a month or a year may lack
    for (const month of months)
      for (const day of ['29', '30', '31']) for (const year of years) check(`${day} ${month} ${year}`);
    // 3,788 of the first loop (474 lines a spelling in leap years, 473 in others), 2,925 of the
    // second (29 February in 25 of the years 1951–2050)
    expect(read).toBe(6_713);
  });
  it('leaves every other line to chrono', () => {
    for (const line of [
      '9 JAN 1990',
      '9 JAN 90.',
      '9 JANUARY 90',
      '9 jan 90',
      '9  JAN 90',
      '31 FEB 90',
      '0 JAN 90',
      '9 Jun 90 ',
    ])
      expect(readDateLine(line)).toBeNull();
    expect(readDateLine('29 FEB 00')).toBe('2000-02-29');
    expect(readDateLine('9 JAN 51')).toBe('1951-01-09');
    expect(readDateLine('9 Jan 50')).toBe('2050-01-09');
  });
});

describe('dates: a window whose only date is a weekday or a casual day is read without chrono', () => {
  const same = (window: string, reference: string | null) => sameAsChrono(readPlainWindow, window, reference);
  const casings = (w: string) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)];
  const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const casual = ['today', 'tonight', 'yesterday', 'tomorrow'];
  const day = (k: number) => new Date(Date.UTC(2023, 0, 1 + k)).toISOString().slice(0, 10);

  it('gives what chrono gives for every word on every publication date of two years', { timeout: 60_000 }, () => {
    let read = 0;
    // 2023-01-01 to 2024-12-31: every weekday from every weekday, across month, year and leap days
    for (let k = 0; k < 731; k++)
      for (const w of [...weekdays.map((d) => `on ${d[0]!.toUpperCase()}${d.slice(1)}`), ...casual])
        if (same(`the convoy arrived ${w}, officials said`, day(k))) read++;
    expect(read).toBe(731 * 11);
  });
  it('gives what chrono gives for a weekday after each modifier, from every weekday across a year end and a leap day', () => {
    let read = 0;
    // 2023-12-20 to 2024-03-05
    for (let k = 353; k < 430; k++)
      for (const modifier of ['last', 'past', 'this', 'next', 'LAST', 'Next'])
        for (const w of weekdays) if (same(`the talks that began ${modifier} ${w}, officials said`, day(k))) read++;
    expect(read).toBe(77 * 6 * 7);
    for (const window of ['on Monday next week', 'the Monday of last week', 'next weekend'])
      expect(same(window, '2023-11-10')).toBe(false);
  });
  it('gives what chrono gives in every casing and context, without a reference too', () => {
    const contexts = [
      (w: string) => w,
      (w: string) => `${w}.`,
      (w: string) => `said on ${w} that`,
      (w: string) => `ON ${w}, THE ARMY`,
      (w: string) => `(${w}) the army`,
      (w: string) => `the army said, ${w}`,
      (w: string) => `since ${w}'s strike`,
      (w: string) => `onto ${w} in the city`,
      (w: string) => `${w} IN THE CITY`,
      (w: string) => `${w} EST the army`,
      (w: string) => `${w} (GMT)`,
      (w: string) => `${w} WAS`,
    ];
    let read = 0;
    let left = 0;
    for (const w of [...weekdays, ...casual].flatMap(casings))
      for (const context of contexts)
        for (const reference of ['2023-11-10', '2024-02-29', null]) {
          if (same(context(w), reference)) read++;
          else left++;
        }
    // a zone after the date ("EST", "(GMT)") is left to chrono, every other context read
    expect([read, left]).toEqual([33 * 10 * 3, 33 * 2 * 3]);
  });
  it('gives what chrono gives for a month, which it keeps or drops as chrono and the dates stage do', () => {
    const months = [
      ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october'],
      ...['november', 'december', 'dec', 'sept', 'jan.', 'sept.'],
    ].flatMap(casings);
    const contexts = [
      (w: string) => w,
      (w: string) => `in ${w}`,
      (w: string) => `talks stalled in ${w}, officials said`,
      (w: string) => `since ${w} the army`,
      (w: string) => `the ${w} rally`,
      (w: string) => `IN ${w}.`,
      (w: string) => `by the end of ${w}`,
      (w: string) => `the last day of the ${w} talks`,
      (w: string) => `in ${w} ET`,
      (w: string) => `in ${w} IN THE CITY`,
    ];
    let read = 0;
    let kept = 0;
    for (const w of months)
      for (const context of contexts) {
        const window = context(w);
        if (!same(window, '2023-11-10')) continue;
        read++;
        const mine: DateMention[] = [];
        readPlainWindow(window, 3, parsersFor(window), '2023-11-10', mine);
        kept += mine.length;
      }
    // of the 480 windows, left to chrono: the three contexts "end of", "last day of" (a day) and
    // "ET" (a zone) for each of the 48 spellings, and "dec" without "in" in three contexts, three
    // casings each (chrono's parser gives no result for it and reads on); the months kept are
    // those written capitalised, and no "May" without "in" before it
    expect([read, kept]).toEqual([480 - 3 * 48 - 3 * 3, 107]);
  });
  it('leaves to chrono what it does not read', () => {
    for (const window of [
      'on Monday and Tuesday',
      'on Monday, the Sun reported',
      'the weekend',
      'on Tues. the army',
      'on Monday for two days',
      'within a day on Monday',
      'yesterday morning',
      'today at noon',
      'last night',
      'now and today',
      'in March and May',
      'end of March',
      'in March 2023',
      'Dec',
      'on Monday at 10',
      'on Monday after two days',
      'last week on Monday',
      'on Monday 2024/',
      'TODAY 2024/',
      'TODAY EST',
    ])
      expect(same(window, '2023-11-10')).toBe(false);
  });
  it('gives what chrono gives beside the cue words of parsers that then find nothing', () => {
    const contexts = [
      (w: string) => `the convoy left after ${w}`,
      (w: string) => `the last convoy arrived ${w}`,
      (w: string) => `${w}, earlier reports said`,
      (w: string) => `${w} - the army said`,
      (w: string) => `the week of talks ended ${w}`,
      (w: string) => `${w}, the first convoy`,
      (w: string) => `${w}, this time out of the city`,
      (w: string) => `the convoy left ${w} for the second time`,
    ];
    const words = [
      ...weekdays.map((d) => `on ${d[0]!.toUpperCase()}${d.slice(1)}`),
      ...casual,
      ...['in March', 'since April', 'in May'],
    ];
    let read = 0;
    for (const w of words)
      for (const context of contexts)
        for (const reference of ['2023-11-10', '2024-02-29', null]) if (same(context(w), reference)) read++;
    // every window but the last context's, where "for the second" is a duration to chrono
    expect(read).toBe(words.length * 7 * 3);
  });
  it('gives what chrono gives on text built from date fragments, in any case', () => {
    const fragment = fc.constantFrom(
      'on Monday',
      'Thursday',
      'Sunday,',
      '(Friday)',
      'today',
      'Yesterday',
      'tonight',
      'tomorrow',
      'Sat',
      'sun',
      'weekend',
      'for a day',
      'in few hours',
      'for the day',
      'within',
      'morning',
      'noon',
      'now',
      'EST',
      'IN',
      'AT',
      'PT',
      '(ET)',
      'on',
      'the',
      ',',
      '.',
      "'s",
      'killed',
      'the army said',
      'in March',
      'May',
      'Sept.',
      'end of',
      'after',
      'last',
      'earlier',
      'week',
      'first',
      'out',
      '-',
      '2024/',
    );
    const piece = fc.tuple(fragment, fc.boolean()).map(([f, upper]) => (upper ? f.toUpperCase() : f));
    let read = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.integer({ min: 0, max: 730 }), (pieces, k) => {
        if (same(pieces.join(' '), day(k))) read++;
      }),
      { seed: 20231110, numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(300);
  });
  it('is what the dates stage gives', () => {
    const text = 'The convoy arrived on Thursday. TROOPS LEFT YESTERDAY. It rained, officials said.';
    expect(dates(text, REF).map((m) => [m.text, m.date, m.by])).toEqual([
      ['Thursday', '2023-11-09', 'dates/weekday'],
      ['YESTERDAY', '2023-11-09', 'dates/relative-day'],
    ]);
  });
});

describe('dates: a window whose only date is a month with a day is read without chrono', () => {
  const same = (window: string, reference: string | null) => sameAsChrono(readMonthDay, window, reference);
  const casings = (w: string) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)];
  const day = (k: number) => new Date(Date.UTC(2023, 0, 1 + k)).toISOString().slice(0, 10);
  // every spelling of chrono's month dictionary
  const spellings = [
    ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october'],
    ...['november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
    ...['jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.'],
  ];
  const shapes = [
    (m: string, d: string) => `on ${m} ${d} the army`,
    (m: string, d: string) => `${m} ${d}, 2024, officials said`,
    (m: string, d: string) => `since ${m} ${d}th`,
    (m: string, d: string) => `${m} ${d} 90 -- [TEXT]`,
    (m: string, d: string) => `on ${d} ${m} the army`,
    (m: string, d: string) => `${d} ${m} 2023`,
    (m: string, d: string) => `the ${d} of ${m}, 1999.`,
    (m: string, d: string) => `CITY, ${d} ${m} 89 (WIRE) --`,
  ];

  it('gives what chrono gives for every month spelling and day, in every shape it reads', { timeout: 120_000 }, () => {
    let read = 0;
    let left = 0;
    const days = [...Array(34).keys()].map(String);
    for (const spelling of spellings)
      for (const m of casings(spelling))
        for (const d of days)
          for (const shape of shapes) {
            // a reference in a leap year, in another year, and none
            for (const reference of ['2024-03-01', '2023-01-31', null]) {
              if (same(shape(m, d), reference)) read++;
              else left++;
            }
          }
    // left to chrono: the days 0, 32 and 33 (7,776 windows) and the days a month lacks in the year
    // stated or implied ("February 29" in 1990, "April 31"; 1,575): chrono gives them no result
    expect([read, left]).toEqual([spellings.length * 3 * 34 * shapes.length * 3 - 7_776 - 1_575, 7_776 + 1_575]);
  });
  it('gives what chrono gives on every publication date of two years', { timeout: 60_000 }, () => {
    let read = 0;
    const windows = ['on March 5 the army', 'since 28 December,', 'by February 29', 'on 1 January', 'July 31, 2023'];
    for (let k = 0; k < 731; k++) for (const w of windows) if (same(w, day(k))) read++;
    // "February 29" is a day only in the year chrono implies from publication dates within half a
    // year of 2024-02-29 (2023-08-30 to 2024-08-29: 366 of the 731): the others are left to chrono
    expect(read).toBe(731 * 4 + 366);
  });
  it('gives what chrono gives for a weekday before the day, which chrono merges into it', () => {
    let read = 0;
    const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tues', 'weekend'];
    const contexts = [
      (w: string) => `on ${w}, March 5, the army`,
      (w: string) => `${w} 5 March 2024`,
      (w: string) => `(${w}) 31 October.`,
      (w: string) => `said on ${w}, 9 JAN 90,`,
    ];
    for (const w of weekdays.flatMap(casings))
      for (const context of contexts)
        for (const reference of ['2023-11-10', null]) if (same(context(w), reference)) read++;
    expect(read).toBe(weekdays.length * 3 * contexts.length * 2);
  });
  it('gives what chrono gives for a casual day apart from the day, which chrono keeps apart', () => {
    let read = 0;
    const contexts = [
      (w: string) => `${w}, March 5, the army`,
      (w: string) => `CITY, 9 JAN 90 -- [TEXT] THE ARMY ${w} SAID`,
      (w: string) => `since 5 March 2024 (${w})`,
      (w: string) => `on Tuesday, 31 October, and ${w}.`,
    ];
    for (const w of ['today', 'tonight', 'yesterday', 'tomorrow'].flatMap(casings))
      for (const context of contexts)
        for (const reference of ['2023-11-10', '2024-03-01', null]) if (same(context(w), reference)) read++;
    expect(read).toBe(4 * 3 * contexts.length * 3);
  });
  it('gives what chrono gives for a month with its year and no day', () => {
    let read = 0;
    let left = 0;
    const contexts = [
      (m: string) => `talks stalled in ${m} 2024, officials said`,
      (m: string) => `${m}, 1989 the army`,
      (m: string) => `SINCE ${m} 1990.`,
      (m: string) => `by the end of ${m} 2024`,
      (m: string) => `${m} 2024 a spokesman said`,
    ];
    for (const m of spellings.flatMap(casings))
      for (const context of contexts)
        for (const reference of ['2023-11-10', null]) {
          if (same(context(m), reference)) read++;
          else left++;
        }
    // left to chrono: "end of" before the month, and "a" after the year (an hour's "a.m." to chrono's
    // time parser) for every spelling
    expect([read, left]).toEqual([spellings.length * 3 * 3 * 2, spellings.length * 3 * 2 * 2]);
  });
  it('leaves to chrono what it does not read', () => {
    for (const window of [
      'on March 5 at 10 a.m.',
      'on March 5 at night',
      'March 5 pm',
      'at 5 March',
      'from 5 March to 7 March',
      'March 5 to 7',
      '5-7 March',
      'last Monday, March 5',
      'on Monday and March 5',
      'March 5, Monday',
      'on Monday, March 5, and Tuesday',
      'on March 5, 14 people died',
      'December 28, 30',
      'March 5 EST',
      'on 5 March, the end of February',
      'since March 5 and April 2',
      'between 23 and 31 March',
      'March 5 this year',
      'today to 5 March',
      'today +5 March',
      'today GMT+5 March',
      'TODAY EST, 5 MARCH',
      'yesterday and today, 5 March',
      'now, 5 March',
      'today, 5 March, tonight',
      'the morning of March 5',
      'March 5-2024',
      'March fifth',
      'February 30',
      'June 31, 2023',
      'in March 2024 and May 2023',
      'by the end of March 2024',
      'in March 2024 at 10',
      'March 5 BC',
      'on 5 March first',
    ])
      expect(same(window, '2023-11-10'), window).toBe(false);
  });
  it('gives what chrono gives on text built from date fragments, in any case', () => {
    const fragment = fc.constantFrom(
      'March 5',
      '5 March',
      'Sept. 10,',
      'Nov 10, 2023',
      '10 Nov 23',
      '31 JAN 90',
      'Feb 29',
      '2024',
      '90',
      '14',
      '5th',
      'first',
      'of',
      'on',
      'at',
      'from',
      'to',
      '-',
      'a',
      'am',
      'p.m.',
      "o'clock",
      'in the morning',
      'EST',
      '(GMT)',
      'IN',
      'end of',
      'the',
      'Monday',
      'today',
      'yesterday',
      'now',
      ',',
      '.',
      'killed',
      'the army said',
    );
    const piece = fc.tuple(fragment, fc.boolean()).map(([f, upper]) => (upper ? f.toUpperCase() : f));
    let read = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.integer({ min: 0, max: 730 }), (pieces, k) => {
        if (same(pieces.join(' '), k % 5 === 0 ? null : day(k))) read++;
      }),
      { seed: 20231110, numRuns: 4000 },
    );
    expect(read).toBeGreaterThan(300);
  });
  it('is what the dates stage gives', () => {
    const text =
      'The convoy arrived on March 5. TROOPS LEFT ON 9 JANUARY 1990. It rained on Tuesday, 7 March, officials said.';
    expect(dates(text, REF).map((m) => [m.text, m.date, m.yearStated, m.by])).toEqual([
      ['March 5', '2023-03-05', false, 'dates/calendar'],
      ['9 JANUARY 1990', '1990-01-09', true, 'dates/calendar'],
      ['Tuesday, 7 March', '2023-03-07', false, 'dates/calendar'],
    ]);
  });
});

describe('dates: a window whose only time is a part of the day is read without chrono', () => {
  const same = (window: string, reference: string | null) => sameAsChrono(readPartOfDay, window, reference);
  const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const modified = ['last Monday', 'next Saturday', 'Thurs.'];
  const parts = ['morning', 'afternoon', 'evening', 'night', 'this morning', 'this evening'];

  it('gives what chrono gives for every weekday and part of the day, in every casing and context', () => {
    const contexts = [
      (w: string, p: string) => `the convoy arrived on ${w} ${p}, officials said`,
      (w: string, p: string) => `${w}, ${p}`,
      (w: string, p: string) => `(${w}) ${p} the army`,
      (w: string, p: string) => `on ${w} and ${p} the army`,
      (w: string, p: string) => `${p} the army said`,
      (w: string, p: string) => `in the ${p} of ${w}`,
      (w: string, p: string) => `${p} after ${w}`,
      (w: string, p: string) => `${w} ${p} EST`,
      (w: string, p: string) => `${w} ${p} at noon`,
    ];
    let read = 0;
    let left = 0;
    for (const w of [...weekdays, ...modified])
      for (const p of parts)
        for (const context of contexts)
          for (const upper of [false, true])
            for (const reference of ['2023-11-10', '2024-02-29', null]) {
              const window = context(w, p);
              if (same(upper ? window.toUpperCase() : window, reference)) read++;
              else left++;
            }
    // Read: the weekdays written in full, with a modifier or not (not "Thurs."), with each part of
    // the day in the first four contexts, every window of the fifth (no weekday), and the sixth
    // and seventh in capitals only: there "of" and "after" merge a part of the day with the
    // weekday after it, left to chrono, and chrono's pattern for them has no `i` flag. A zone and
    // "noon": left.
    const named = weekdays.length + modified.length;
    const windows = named * parts.length * contexts.length * 2 * 3;
    expect(read).toBe((9 * parts.length * (4 * 2 + 2) + named * parts.length * 2) * 3);
    expect(left).toBe(windows - read);
  });
  it('leaves to chrono what it does not read', () => {
    for (const window of [
      'on Friday at 10 in the morning',
      'on Friday -5/ morning',
      'on Friday noon',
      'on Friday noon est',
      'on Friday midnight',
      'Friday morning next week',
      'Friday morning and Saturday night',
      'this morning and this evening',
      'the morning of Friday',
      'tonight and this morning',
      'Friday morning EST',
      'in the morning of last week',
    ])
      expect(same(window, '2023-11-10')).toBe(false);
  });
  it('gives what chrono gives on text built from date fragments, in any case', () => {
    const read = fragmentsRead(readPartOfDay, [
      ...['Monday', 'friday', 'Sun', 'weekend', 'morning', 'this evening', 'night', 'noon', 'midnight'],
      ...['this', 'of', 'at', 'after', 'on', ',', ':', '-', '(', ')', 'EST', 'IN', 'today', 'last', 'week'],
      ...['the army said', 'killed', 'in March', '5', 'ago'],
    ]);
    expect(read).toBeGreaterThan(300);
  });
  it('is what the dates stage gives', () => {
    const text = 'The convoy arrived on Thursday night. TROOPS LEFT THIS MORNING. It rained, officials said.';
    expect(dates(text, REF).map((m) => [m.text, m.date, m.by])).toEqual([
      ['Thursday night', '2023-11-09', 'dates/weekday'],
    ]);
  });
});

describe('dates: a window whose only date is a week, month or year from the publication date is read without chrono', () => {
  const same = (window: string, reference: string | null) => sameAsChrono(readRelativePeriod, window, reference);
  const modifiers = ['this', 'last', 'past', 'next', 'after this', 'THIS', 'Last'];
  const units = ['week', 'month', 'year', 'WEEK', 'Year', 'day', 'quarter'];

  it('gives what chrono gives for every modifier and period, in every context', () => {
    const contexts = [
      (p: string) => p,
      (p: string) => `the army said ${p} that`,
      (p: string) => `${p}, officials said`,
      (p: string) => `(${p}) the talks`,
      (p: string) => `earlier ${p}`,
      (p: string) => `by the end of ${p}`,
      (p: string) => `${p} EST`,
    ];
    let read = 0;
    let kept = 0;
    for (const modifier of modifiers)
      for (const unit of units)
        for (const context of contexts)
          for (const reference of ['2023-11-10', '2024-02-29', null]) {
            const window = context(`${modifier} ${unit}`);
            if (!same(window, reference)) continue;
            read++;
            const mine: DateMention[] = [];
            readRelativePeriod(window, 3, parsersFor(window), null, mine);
            kept += mine.length;
          }
    // read: weeks, months and years in the first five contexts ("end of" and a zone are left to
    // chrono, and "day" and "quarter" are not read); kept: "this week" and "this year" in any case
    expect([read, kept]).toEqual([modifiers.length * 5 * 5 * 3, 2 * 4 * 5 * 3]);
  });
  it('leaves to chrono what it does not read', () => {
    for (const window of [
      'end of this week',
      'the last day of the month',
      'this week EST',
      'last week and next week',
      'the last few weeks',
      'this week, 2024/',
      'last week on Monday',
      'this month in March',
      'last week, 5 died',
    ])
      expect(same(window, '2023-11-10')).toBe(false);
  });
  it('gives what chrono gives on text built from date fragments, in any case', () => {
    const read = fragmentsRead(readRelativePeriod, [
      ...['this', 'last', 'next', 'after', 'week', 'month', 'year', 'weekend', 'day', 'few', 'a', 'ago'],
      ...['end of', 'the', 'EST', 'IN', 'Monday', 'today', 'March', 'morning', ',', '-', '5', 'the army said'],
    ]);
    expect(read).toBeGreaterThan(40);
  });
  it('is what the dates stage gives', () => {
    const text = 'The convoy arrived last week. TALKS RESUME THIS WEEK. It rained, officials said.';
    expect(dates(text, REF).map((m) => [m.text, m.date, m.by])).toEqual([['THIS WEEK', null, 'dates/period']]);
  });
});
