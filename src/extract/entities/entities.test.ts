import { NAME_DEMONYMS, NON_NAME_WORDS } from '../lexicon/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../model.js';
import { analyse } from '../index.js';
import { caseInput } from '../../../test/helpers/cases.js';
import { tokenizeSentence } from './1-tokenize.js';
import { LONGEST_KNOWN_NAME, lookupExact } from './known-names.js';
import { LowerCaseWords } from './lower-case-words.js';
import { hashRange } from './range-table.js';
import {
  DEMONYM,
  KNOWN_ORGANIZATION,
  LISTED_NAME,
  NON_NAME,
  PLACE_NAME,
  TITLE_SMALL_WORD,
  WORD_OF,
  wordClasses,
} from './word-classes.js';
import { KNOWN_ORGANIZATIONS } from './data/organization-cues.js';
import { TITLE_SMALL_WORDS } from './data/not-names.js';
import { PLACE_NAMES } from './known-names.js';
import { findEntities } from './index.js';

/** Runs the entities stage inside the real pipeline (paragraphs, sentences, metadata first). */
function entitiesOf(text: string): Entity[] {
  return analyse({ origin: 'test', text, meta: {} }).entities;
}

const find = (entities: Entity[], name: string) => entities.find((e) => e.name === name);

// Reports written for the project and the seed articles, each entity with its mentions' words: the
// cases test/cases/entities/*.

describe('findEntities: rules', () => {
  it('keeps Arabic names, particles and place words whole', () => {
    const text =
      'Saleh al-Arouri met Abu Hamza and Um Hassan on Salah al-Din road. Mohammed bin Salman called. The al-Quds Brigades and Islamic Jihad spoke to Al-Aqsa TV in the Gaza Strip.';
    const e = entitiesOf(text);
    expect(e.map((x) => [x.name, x.type])).toEqual([
      ['Saleh al-Arouri', 'person'],
      ['Abu Hamza', 'person'],
      ['Um Hassan', 'person'],
      ['Salah al-Din road', 'place'],
      ['Mohammed bin Salman', 'person'],
      ['al-Quds Brigades', 'organization'],
      ['Islamic Jihad', 'organization'],
      ['Al-Aqsa TV', 'organization'],
      ['Gaza Strip', 'place'],
    ]);
  });

  it('joins a later surname to the full name, and only after it', () => {
    const text =
      'Maarouf was absent. Salama Maarouf, the head of the office, said talks failed. Maarouf said more later.';
    const e = entitiesOf(text);
    const full = find(e, 'Salama Maarouf')!;
    expect(full.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Salama Maarouf', 'Maarouf']);
    expect(full.mentions[1]!.start).toBe(text.lastIndexOf('Maarouf'));
    expect(find(e, 'Maarouf')).toBeUndefined();
  });

  it('follows a surname through a two-word form that joined a longer name', () => {
    // "Omar Khalil" joins "Omar Khalil Darwish" (its first two words); "Khalil" was the short form of
    // "Omar Khalil" only, and once that entry is emptied it must follow it, not read its first mention.
    const text =
      'Colonel Omar Khalil Darwish, the brigade commander, spoke on Monday. Later, Omar Khalil said the road was closed. Khalil said the convoy would wait.';
    const e = entitiesOf(text);
    expect(e.map((x) => x.name)).toEqual(['Omar Khalil Darwish']);
    expect(e[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      'Omar Khalil Darwish',
      'Omar Khalil',
      'Khalil',
    ]);
  });

  it('peels titles and demonyms off names and types the rest', () => {
    const text =
      'Israeli Prime Minister Benjamin Netanyahu spoke. Gen. Herzi Halevi and Dr Ahmed Mokhallalati agreed. Later Mr Netanyahu left.';
    const e = entitiesOf(text);
    expect(find(e, 'Benjamin Netanyahu')).toMatchObject({ type: 'person', by: 'entities/title-before-name' });
    expect(find(e, 'Benjamin Netanyahu')!.mentions).toHaveLength(2);
    expect(find(e, 'Herzi Halevi')?.type).toBe('person');
    expect(find(e, 'Ahmed Mokhallalati')?.type).toBe('person');
    expect(e.some((x) => /Israeli|Prime|Minister|Gen\b|Dr\b|Mr\b/.test(x.name))).toBe(false);
  });

  it('reads no person in a title\'s office ("Minister of Health") and keeps the name after it', () => {
    const text =
      'The Minister of Health, Dr. Maren Solvay, spoke. The Minister for Refugees, Ari Lind, agreed. Commissioner for the Refugee Affairs Office Tomas Vey left.';
    const e = entitiesOf(text);
    expect(find(e, 'Maren Solvay')?.type).toBe('person');
    expect(find(e, 'Ari Lind')?.type).toBe('person');
    expect(find(e, 'Tomas Vey')?.type).toBe('person');
    expect(e.some((x) => /^(of|for) /.test(x.name))).toBe(false);
  });

  it('types places by heads, prepositions and datelines, organizations by heads and lists', () => {
    const text =
      'ZALINGEI, Sudan (Wirepoint) — Fighting reached the outskirts of Mornei. The Rapid Support Forces said the Sudanese Health Ministry lied, and residents fled into Adre near Tawila.';
    const e = entitiesOf(text);
    expect(find(e, 'Mornei')).toMatchObject({ type: 'place', by: 'entities/place-preposition' });
    expect(find(e, 'Adre')?.type).toBe('place');
    expect(find(e, 'Tawila')?.type).toBe('place');
    expect(find(e, 'Rapid Support Forces')?.type).toBe('organization');
    expect(find(e, 'Sudanese Health Ministry')?.type).toBe('organization');
    expect(find(e, 'Sudan')?.type).toBe('place');
    expect(find(e, 'ZALINGEI')).toMatchObject({ type: 'place', by: 'entities/dateline' });
  });

  it('makes no entity of sentence openers, weekdays, months or demonyms', () => {
    const text = caseInput('entities', 'negatives');
    expect(entitiesOf(text)).toEqual([]);
  });

  it('reads only known names in a Title Case headline', () => {
    const text =
      'Hamas Says Fighters Forced Tanks to Retreat From Gaza City Outskirts\n\nHamas said fighters had attacked tanks near Gaza City.';
    const e = entitiesOf(text);
    expect(e.map((x) => x.name)).toEqual(['Hamas', 'Gaza City']);
    expect(find(e, 'Hamas')!.mentions).toHaveLength(2);
  });

  it('treats the parties alike (names swapped, result swapped)', () => {
    const a = entitiesOf('Israeli officials in Moscow said Hamas fighters crossed into Russia.');
    const b = entitiesOf('Palestinian officials in Kyiv said Hezbollah fighters crossed into Ukraine.');
    expect(a.map((x) => [x.type, x.by])).toEqual(b.map((x) => [x.type, x.by]));
  });

  it('reads an article set in capitals as no part of the name after it', () => {
    // Copy that caps a party's name caps its article too: "THE IDF" must be read like "HAMAS".
    const text =
      'Shells fired by the movement THE IDF hit the depot, and the head of THE IDF’s bureau spoke. HAMAS denied it.';
    const e = entitiesOf(text);
    expect(find(e, 'IDF')!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['IDF', 'IDF']);
    expect(find(e, 'Hamas')!.mentions).toHaveLength(1);
    expect(e.some((x) => x.name.startsWith('THE'))).toBe(false);
    // Only the article: a name that merely opens with its letters keeps them.
    expect(entitiesOf('Militia commander THEO MARAK denied it, the army said.').map((x) => x.name)).toEqual([
      'THEO MARAK',
    ]);
  });

  it('works on bare text and sentences without the rest of the pipeline', () => {
    const text = 'Residents of Khan Younis fled toward Rafah.';
    const e = findEntities({
      text,
      sentences: [{ span: { start: 0, end: text.length }, paragraph: 0, line: 'text', by: 'test' }],
    });
    expect(e.map((x) => x.name)).toEqual(['Khan Younis', 'Rafah']);
  });
});

describe('tokenizeSentence: the fast search gives the tokens of the full one', () => {
  const sentences = [
    'U.S. envoy J. R. Marsh met U.N. officials in St. Ardel at 4 p.m., the U.K.-based monitor said.',
    'The I.D.F. said Lt. Col. A. Varo saw it; see www.example.org/report or https://monitor.example/a.b for details.',
    "The N.G.O.'s director, O'Hara, said Sana'a and al-Quds A.B were hit.",
  ];
  for (const text of sentences) {
    it(text.slice(0, 40), () => {
      const span = { start: 0, end: text.length };
      const fast = tokenizeSentence(text, span, new LowerCaseWords(text), false);
      expect(fast).toEqual(tokenizeSentence(text, span, new LowerCaseWords(text), true));
      expect(fast.map((t) => text.slice(t.start, t.end))).toContain(
        text.startsWith('U.S.') ? 'U.S.' : text.startsWith('The I') ? 'I.D.F.' : 'N.G.O.',
      );
    });
  }

  // Pieces where the scanner and the regular expression could part ways: URLs cut short by a
  // blank, apostrophes at word edges, letters outside ASCII and outside the BMP, combining marks,
  // lone surrogates, every kind of Unicode blank, one-letter words before a stop.
  const PIECES = [
    'Gaza',
    'al',
    'U',
    'S',
    '.',
    ' ',
    '  ',
    '-',
    "'",
    '’',
    's',
    "'s",
    'O',
    "O'Brien",
    'Sana’a',
    'www.',
    'www',
    'http://',
    'https://',
    'https:',
    'http',
    'x.org/a',
    'é',
    'Ében',
    'e\u0301',
    'ع',
    '٣',
    '𝐀',
    '😀',
    '\ud835',
    '\udc00',
    '4',
    '1,200',
    '\u00a0',
    '\u2009',
    '\u3000',
    '\ufeff',
    '\u2028',
    '\t',
    '\n',
    '“',
    '(',
    ':',
    '—',
    'Lt',
    'İstanbul',
    'ǅ',
  ];
  it('reads random sentences without "@" exactly as the full search does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }),
        fc.nat(3),
        fc.nat(3),
        (pieces, cutStart, cutEnd) => {
          const text = pieces.join('');
          const span = {
            start: Math.min(cutStart, text.length),
            end: Math.max(Math.min(cutStart, text.length), text.length - cutEnd),
          };
          const lowerFast = new LowerCaseWords(text);
          const lowerFull = new LowerCaseWords(text);
          expect(tokenizeSentence(text, span, lowerFast, false)).toEqual(tokenizeSentence(text, span, lowerFull, true));
          expect(lowerFast.size).toBe(lowerFull.size);
          // Both stored the same words: each piece, lower-cased, is found by both or by neither.
          for (const p of PIECES)
            expect(lowerFast.hasLowerOf(p, 0, p.length)).toBe(lowerFull.hasLowerOf(p, 0, p.length));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads an e-mail address whole (no name from it) when the sentence holds "@"', () => {
    const text = 'Write to Press.Office@Relief-Monitor.example for the Kestrel Aid Network figures.';
    const e = findEntities({
      text,
      sentences: [{ span: { start: 0, end: text.length }, paragraph: 0, line: 'text', by: 'test' }],
    });
    expect(e.map((x) => x.name)).toEqual(['Kestrel Aid Network']);
  });
});

describe('LONGEST_KNOWN_NAME: a longer run is in no list', () => {
  it('lower-casing never shortens a character, so a run longer than the bound cannot be a list name once lower-cased', () => {
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (ch.toLowerCase().length < ch.length) expect.fail(`U+${c.toString(16)} shortens when lower-cased`);
    }
  });

  it('still finds the longest list name, which is exactly that long', () => {
    const text = 'Troops entered the Democratic Republic of the Congo overnight.';
    const e = findEntities({
      text,
      sentences: [{ span: { start: 0, end: text.length }, paragraph: 0, line: 'text', by: 'test' }],
    });
    expect('Democratic Republic of the Congo'.length).toBe(LONGEST_KNOWN_NAME);
    expect(e).toEqual([
      {
        name: 'Democratic Republic of the Congo',
        type: 'place',
        mentions: [{ start: 19, end: 51 }],
        by: 'entities/gazetteer',
      },
    ]);
  });
});

describe('LowerCaseWords', () => {
  /** The words of `text` that open in lower case, stored as tokenizeSentence stores them. */
  function lowerWordsOf(text: string): LowerCaseWords {
    const words = new LowerCaseWords(text);
    tokenizeSentence(text, { start: 0, end: text.length }, words);
    return words;
  }
  const asks = (words: LowerCaseWords, ...names: string[]) => names.map((w) => words.hasLowerOf(w, 0, w.length));

  it('tells a capitalised common word from a name, however it is capitalised', () => {
    const words = lowerWordsOf('The displaced families left the office near Gaza at dawn.');
    expect(asks(words, 'Office', 'OFFICE', 'Displaced', 'Gaza', 'Offices', 'Offic')).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(words.size).toBe(8); // displaced, families, left, the (twice), office, near, at, dawn
  });

  it('lower-cases letters outside ASCII as toLowerCase does', () => {
    const words = lowerWordsOf('Crowds gathered in the élite quarter and on the i̇stanbul road.');
    expect(asks(words, 'Élite', 'ÉLITE', 'İstanbul', 'Istanbul')).toEqual([true, true, true, false]);
  });

  it('keeps thousands of words apart as the table grows, each found by its offsets in the text', () => {
    const vocabulary = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
    const words = lowerWordsOf(vocabulary.join(' '));
    expect(words.size).toBe(3000);
    expect(asks(words, ...vocabulary.map((w) => w.toUpperCase())).every(Boolean)).toBe(true);
    expect(asks(words, 'W0Y', 'WX', 'W')).toEqual([false, false, false]);
  });

  it('answers no for every word when the document writes none in lower case (an ALL CAPS wire)', () => {
    expect(asks(lowerWordsOf('GUERRILLAS ATTACKED THE CAPITAL.'), 'THE', 'The')).toEqual([false, false]);
  });
});

describe('wordClasses: one look-up gives every list that holds a word', () => {
  const classesOf = (text: string, start: number, end: number) =>
    wordClasses(text, start, end, hashRange(text, start, end));

  it('sets the bit of each list for each of its words, read at any offset of a text', () => {
    const lists = [
      [NON_NAME_WORDS, NON_NAME],
      [NAME_DEMONYMS, DEMONYM],
      [PLACE_NAMES, PLACE_NAME],
      [KNOWN_ORGANIZATIONS, KNOWN_ORGANIZATION],
      [TITLE_SMALL_WORDS, TITLE_SMALL_WORD],
    ] as const;
    for (const [words, bit] of lists) {
      for (const w of words) {
        const text = `(${w}) `;
        expect(classesOf(text, 1, 1 + w.length) & bit, w).toBe(bit);
      }
    }
  });

  it('is case-sensitive and exact: no bit for another case, a prefix, a longer word or an unlisted word', () => {
    const text = 'the Hamas HAMAS Hama Hamasa Gazans Kestrel of OF Of Israeli';
    const at = (w: string) => classesOf(text, text.indexOf(` ${w}`) + 1, text.indexOf(` ${w}`) + 1 + w.length);
    expect(at('Hamas') & KNOWN_ORGANIZATION).toBe(KNOWN_ORGANIZATION);
    expect([at('HAMAS') & KNOWN_ORGANIZATION, at('Hamasa'), at('Gazans') & PLACE_NAME, at('Kestrel')]).toEqual([
      0, 0, 0, 0,
    ]);
    expect(classesOf(text, text.indexOf('Hamas'), text.indexOf('Hamas') + 3)).toBe(0);
    expect([at('of') & WORD_OF, at('OF'), at('Of') & WORD_OF]).toEqual([WORD_OF, 0, 0]);
    expect(at('Israeli') & DEMONYM).toBe(DEMONYM);
  });

  // classifyRun passes over a one-word run without this bit instead of asking lookupExact.
  it('gives a word the LISTED_NAME bit exactly when lookupExact knows it, in any case', () => {
    const listed = [...PLACE_NAMES, ...KNOWN_ORGANIZATIONS].filter((w) => !/\s/u.test(w));
    const word = fc.oneof(
      fc.constantFrom(...listed),
      fc.constantFrom(...listed).map((w) => w.toUpperCase()),
      fc.constantFrom(...listed).map((w) => w.toLowerCase()),
      fc.string({ minLength: 1, maxLength: 12 }),
    );
    fc.assert(
      fc.property(word, (w) => {
        const text = ` ${w} `;
        expect((classesOf(text, 1, 1 + w.length) & LISTED_NAME) !== 0, w).toBe(lookupExact(w) !== undefined);
      }),
      { numRuns: 2000 },
    );
  });
});
