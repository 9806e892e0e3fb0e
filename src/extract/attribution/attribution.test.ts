import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../../test/helpers/golden.js';
import { assertSpan } from '../../../test/helpers/spans.js';
import type { Attribution } from '../../model.js';
import { analyse } from '../index.js';

const here = dirname(fileURLToPath(import.meta.url));
const casesDir = join(here, 'cases');
const seedsDir = join(here, '../../../../shared/seeds');

function attributionsOf(text: string): Attribution[] {
  return analyse({ origin: 'test', text, meta: { published: '2024-02-06' } }).attributions;
}

/** The reviewable form of an attribution: every span as its text. */
function readable(text: string, a: Attribution): Record<string, unknown> {
  return {
    claimant: a.claimant,
    claimantText: text.slice(a.claimantSpan.start, a.claimantSpan.end),
    role: a.role,
    cue: a.cue,
    content: text.slice(a.content.start, a.content.end),
    carried: a.carried,
    by: a.by,
  };
}

function claimantOf(text: string, atts: Attribution[], contentStart: string): string | undefined {
  return atts.find((a) => text.slice(a.content.start, a.content.end).startsWith(contentStart))?.claimant;
}

describe('findAttributions: golden cases', () => {
  for (const file of readdirSync(casesDir).filter((f) => f.endsWith('.txt'))) {
    it(file, () => {
      const text = readFileSync(join(casesDir, file), 'utf8');
      const atts = attributionsOf(text);
      for (const a of atts) {
        assertSpan(text, a.content, 'content');
        assertSpan(text, a.claimantSpan, 'claimantSpan');
        assertSpan(text, a.cueSpan, 'cueSpan');
        expect(text.slice(a.cueSpan.start, a.cueSpan.end)).toBe(a.cue);
      }
      expectGolden(join(casesDir, file.replace(/\.txt$/, '.attributions.json')), atts.map((a) => readable(text, a)));
    });
  }
});

describe('findAttributions: frames', () => {
  it('reads claimants as written, with roles split off', () => {
    const text = readFileSync(join(casesDir, 'wire-kharkiv.txt'), 'utf8');
    const atts = attributionsOf(text);
    expect(claimantOf(text, atts, 'rescuers were still pulling')).toBe('Oleh Marchenko');
    expect(atts.find((a) => a.claimant === 'Oleh Marchenko')?.role).toBe('the head of the regional military administration');
    expect(claimantOf(text, atts, 'A missile struck')).toBe('the regional governor');
    expect(claimantOf(text, atts, '41 people were injured')).toBe('the city council');
    // "It denied …" refers to the ministry; "It was reported" has no claimant.
    expect(claimantOf(text, atts, 'civilian buildings had been targeted')).toBe("Russia's defence ministry");
    expect(claimantOf(text, atts, 'a school was also damaged')).toBeUndefined();
    expect(atts.some((a) => text.slice(a.content.start, a.content.end).includes('family of four'))).toBe(false);
  });

  it('splits coordinated reports and keeps each claimant', () => {
    const text = readFileSync(join(casesDir, 'wire-kharkiv.txt'), 'utf8');
    const atts = attributionsOf(text);
    const drones = atts.find((a) => a.claimant === 'Ukrainian officials')!;
    expect(text.slice(drones.content.start, drones.content.end)).toBe('air defences had shot down 18 of 24 drones overnight');
    expect(claimantOf(text, atts, 'all of its targets')).toBe('the Russian military');
  });

  it('carries the claimant to "Of those" and "Another N" sentences, not further', () => {
    const text = readFileSync(join(casesDir, 'wire-kharkiv.txt'), 'utf8');
    const carried = attributionsOf(text).filter((a) => a.carried);
    expect(carried.map((a) => [a.claimant, text.slice(a.content.start, a.content.end)])).toEqual([
      ['Oleh Marchenko', 'Of those killed, two were children'],
      ['Oleh Marchenko', 'Another 14 people were taken to hospital'],
    ]);
  });

  it('follows citing chains, "put the toll at", headlines and resolves surnames and pronouns', () => {
    const text = readFileSync(join(casesDir, 'briefing-gaza.txt'), 'utf8');
    const atts = attributionsOf(text);
    expect(claimantOf(text, atts, 'Israeli troops pulled back')).toBe('Hamas');
    expect(claimantOf(text, atts, '112 people had been killed')).toBe('The UN humanitarian office');
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
    const text = readFileSync(join(casesDir, 'own-voice-and-nouns.txt'), 'utf8');
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
  const other = new Map(PAIRS.flatMap(([a, b]) => [[a, b], [b, a]] as const));
  const swap = (s: string): string => s.replace(swapRe, (w) => other.get(w)!);
  const view = (text: string): string[] => attributionsOf(text).map((a) => JSON.stringify(readable(text, a)));

  for (const file of ['mirror-sudan.txt', 'wire-kharkiv.txt', 'briefing-gaza.txt']) {
    it(file, () => {
      const text = readFileSync(join(casesDir, file), 'utf8');
      expect(view(swap(text))).toEqual(view(text).map(swap));
    });
  }
});

describe.skipIf(!existsSync(seedsDir))('findAttributions: seeds', () => {
  it('gaza-city-street-fighting', () => {
    const text = readFileSync(join(seedsDir, 'gaza-city-street-fighting.txt'), 'utf8');
    const atts = attributionsOf(text);
    expect(claimantOf(text, atts, 'a total of 10,569 people')).toBe('Palestinian officials');
    expect(claimantOf(text, atts, '33 of its soldiers')).toBe('Israel');
    expect(claimantOf(text, atts, 'Hamas militants have allegedly')).toBe('sources with the Iran-backed group');
    expect(claimantOf(text, atts, 'But that will not stop')).toBe('Saleh al-Arouri');
    // "…, they said." at the end refers to the people fleeing: no claimant in reach.
    expect(claimantOf(text, atts, 'there are few vehicles')).toBeUndefined();
  });

  it('tanks-forced-to-retreat', () => {
    const text = readFileSync(join(seedsDir, 'tanks-forced-to-retreat.txt'), 'utf8');
    const atts = attributionsOf(text);
    const maarouf = atts.find((a) => text.slice(a.content.start, a.content.end).startsWith('There’s absolutely'))!;
    expect([maarouf.claimant, maarouf.role]).toEqual(['Salama Maarouf', 'the head of the Hamas office in Gaza']);
    expect(claimantOf(text, atts, 'Israeli tanks forced to retreat')).toBe('Hamas');
    expect(claimantOf(text, atts, 'Palestinian resistance fighters have inflicted')).toBe('Abu Hamza');
    // "The spokesman warned, “…”" then "He added …": the pronoun takes the nearest claimant as written.
    expect(claimantOf(text, atts, 'some of the captives have already')).toBe('The spokesman');
  });
});
