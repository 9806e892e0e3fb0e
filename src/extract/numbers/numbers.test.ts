import { describe, expect, it } from 'vitest';
import { assertSpan } from '../../../test/helpers/spans.js';
import type { Sentence } from '../../model.js';
import { TextBase, tokenize } from '../text/index.js';
import { EXCLUSION_RULES, excludedBy } from './exclusions.js';
import { readCore } from './read-core.js';
import { findNumbers } from './index.js';

const whole = (text: string): Sentence[] => [
  { span: { start: 0, end: text.length }, paragraph: 0, line: 'text', by: 'test' },
];

/** Reads every number of a one-sentence text, each with the words of its span. */
function read(text: string) {
  return findNumbers(new TextBase(text, whole(text))).map((m) => {
    assertSpan(text, m.span);
    return {
      text: text.slice(m.span.start, m.span.end),
      value: m.value,
      ...(m.high !== undefined ? { high: m.high } : {}),
      qualifier: m.qualifier,
      vague: m.vague,
      percent: m.percent,
      by: m.by,
    };
  });
}

// Numbers that are not quantities: nothing may be read from these.
const NEGATIVE = [
  'The ceasefire announced on 7 October 2023 collapsed by Oct. 9, and talks resumed on 10/11/2023.',
  'The curfew begins at 10:30 and ends at 6 pm; the briefing is at 0900 GMT.',
  'Families who fled in 1948 and again after the 2014 war returned in 2023.',
  'It was the 3rd convoy this week and the 21st since the siege began.',
  'For details call +972 3 555 1234 or 555-1234, or the hotline 1-800-555-0199.',
  'The package is worth $1.2 million, €40 and 300 shekels, and US$3bn was pledged.',
  'The F-16 and Su-25 jets flew over Route 60 as the council debated Resolution 2334.',
  'United won 3-1 at home after drawing 2-2 away.',
  'Artillery fired 155mm shells from 12km away.',
  'The meeting lasted half an hour, and it was the third time the group met.',
];

describe('findNumbers', () => {
  // Digits, words, scales, vague plurals, percents, ranges and qualifiers: test/cases/numbers/quantities.

  it('covers the qualifier in the span', () => {
    const [m] = read('Israel has killed more than 8,300 Palestinians.');
    expect(m).toMatchObject({ text: 'more than 8,300', value: 8300, qualifier: 'more_than' });
  });

  it('reads nothing from dates, times, years, ordinals, phones, money, labels or scores', () => {
    for (const text of NEGATIVE) expect(read(text), text).toEqual([]);
  });

  it('reads Indian scales and digit grouping: lakh, crore, 3,57,243', () => {
    expect(read('Nearly seven lakh people and 2 crore residents').map((m) => m.value)).toEqual([700000, 20000000]);
    expect(read('Camps housed 3,57,243 people and 1,20,00,000 were affected.').map((m) => m.value)).toEqual([
      357243, 12000000,
    ]);
    expect(read('A grouping like 3,5,243 is no number.')).toEqual([]);
  });

  it('reads no count in the pronoun "one": no one, every one, any one', () => {
    expect(read('No one was hurt, every one of them walked out and any one could see it.')).toEqual([]);
    expect(read('One man died and one more was hurt.').map((m) => m.value)).toEqual([1, 1]);
  });

  it('reads a house number before a street as no count, but keeps a count of its residents', () => {
    expect(read('The clinic at 126 Harbour Road and the school at 40 Omar Mukhtar Street were evacuated.')).toEqual([]);
    expect(
      read('Police cleared 12 Gaza Street residents and 30 people from Harbour Road.').map((m) => m.value),
    ).toEqual([12, 30]);
  });

  it('reads "several dozen" and "a few dozen" as vague dozens', () => {
    expect(
      read('Several dozen were hurt and a few dozen fled.').map((m) => [m.text, m.value, m.qualifier, m.vague]),
    ).toEqual([
      ['Several dozen', 12, 'at_least', true],
      ['a few dozen', 12, 'at_least', true],
    ]);
  });

  it('only reads numbers inside the given sentences', () => {
    const text = 'Not this 12. But these 40 people.';
    const ms = findNumbers(
      new TextBase(text, [{ span: { start: 14, end: text.length }, paragraph: 0, line: 'text', by: 'test' }]),
    );
    expect(ms.map((m) => text.slice(m.span.start, m.span.end))).toEqual(['40']);
  });
});

describe('EXCLUSION_RULES', () => {
  // Each sentence's marked number «…» is what the rule reads; sentences written for this project.
  const CASES: [string, string | null][] = [
    ['The fund pledged $«40» to each family.', 'numbers/not-money-before'],
    ['Each family was paid «40» shekels.', 'numbers/not-money-after'],
    ['No «one» was hurt in the second blast.', 'numbers/not-pronoun-one'],
    ['The convoy left on October «7» at dawn.', 'numbers/not-day-of-month'],
    ['The siren sounded at «10»:28 local time.', 'numbers/not-time'],
    ['Relatives may call +«972» 3 555 1234 for news.', 'numbers/not-phone'],
    ['Two F-«16» jets flew over the valley.', 'numbers/not-label'],
    ['Residents of «126» Harbour Road were moved.', 'numbers/not-address'],
    ['The camp has stood since «1948» on the hill.', 'numbers/not-year'],
    ['«2000» people fled the valley overnight.', null],
    ['«One» soldier was wounded near the bridge.', null],
  ];
  it.each(CASES)('%s → %s', (marked, id) => {
    const at = marked.indexOf('«');
    const text = marked.replace(/[«»]/g, '');
    const tokens = tokenize(text, { start: 0, end: text.length });
    const i = tokens.findIndex((t) => t.start === at);
    const core = readCore(text, tokens, i)!;
    expect(core).not.toBeNull();
    expect(excludedBy(tokens, core, i)?.id ?? null).toBe(id);
  });

  it('ids are unique and each is tested above', () => {
    const ids = EXCLUSION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !CASES.some(([, c]) => c === id))).toEqual([]);
  });
});
