import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExtractOptions, KnownMeta } from '../../model.js';
import { expectGolden } from '../../../test/helpers/golden.js';
import { splitParagraphs, splitSentences } from '../sentences/index.js';
import { readMetadata } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const seeds = join(here, '../../../../shared/seeds');

function meta(text: string, known: KnownMeta = {}, options: ExtractOptions = {}) {
  const paragraphs = splitParagraphs(text);
  const m = readMetadata(text, paragraphs, splitSentences(text, paragraphs), known, options);
  // The spans point at what they name.
  if (m.datelineSpan && !known.dateline) expect(text.slice(m.datelineSpan.start, m.datelineSpan.end).toLowerCase()).toBe(m.dateline!.toLowerCase());
  const { datelineSpan, datelinePrefix, messages, ...rest } = m;
  return {
    ...rest,
    datelinePrefix: datelinePrefix ? text.slice(datelinePrefix.start, datelinePrefix.end) : null,
    messages: (messages ?? []).map((x) => ({ rule: x.rule, level: x.level, at: x.span ? text.slice(x.span.start, x.span.end) : null })),
  };
}

const BODY = ' Residents said the shelling continued through the night and that several buildings had collapsed onto the street below.';

const CASES: Record<string, string> = {
  'wire-full-dateline': `Missile strike on Odesa port kills four, officials say

ODESA, Ukraine, March 14, 2024 (AP) — A missile struck the port of Odesa on Thursday, killing four workers, regional officials said.${BODY}`,
  'agency-dateline-no-year': `GAZA CITY, Oct 31 (Reuters) - Israeli tanks advanced on the edge of Gaza City on Tuesday, residents said.${BODY}

(Reporting by a staff correspondent; Editing by the desk)`,
  'date-line-published-and-updated': `## Aid trucks wait at the Rafah crossing

**By Leila Haddad**

Updated 12 November 2023 18:05 GMT
Published: 2023-11-11 09:40 GMT

Hundreds of aid trucks were waiting on the Egyptian side of the crossing on Saturday.${BODY}

© 2023 Example Daily News. All rights reserved.`,
  'ambiguous-date-line': `Curfew extended in the capital

Updated 10/11/2023

The army extended the curfew for a second week.${BODY}

Source: Northern Example Herald`,
  'feature-no-title-no-date': `The convoy left at dawn. By noon the drivers had reached the first checkpoint, where soldiers searched every truck.${BODY}

This story was published by The Example Monitor.`,
  'caps-dateline-only': `KHARTOUM — Fighting between the army and a paramilitary force spread to the south of the capital, witnesses said.${BODY}`,
  'french-dispatch': `Des milliers de civils fuient les combats

Des milliers de civils ont quitté la ville jeudi, selon les autorités locales, qui font état de nombreuses victimes parmi la population. Les routes vers le sud sont encombrées et les abris sont pleins, a indiqué un responsable humanitaire sur place.`,
};

describe('metadata: golden cases', () => {
  for (const [slug, text] of Object.entries(CASES)) {
    it(slug, () => expectGolden(join(here, `golden/${slug}.json`), meta(text)));
  }
});

describe('metadata: precedence', () => {
  const text = CASES['agency-dateline-no-year']!;
  it('page metadata first', () => {
    const m = meta(text, { published: '2023-10-31', outlet: 'Example Wire', title: 'Tanks advance' }, { published: '2023-11-01' });
    expect([m.published, m.publishedBy, m.publishedPartial, m.outlet, m.title]).toEqual(['2023-10-31', 'meta/known', null, 'Example Wire', 'Tanks advance']);
  });
  it('--published when the text has no full date, and no partial warning then', () => {
    const m = meta(text, {}, { published: '2023-10-31' });
    expect([m.published, m.publishedBy, m.publishedPartial, m.messages]).toEqual(['2023-10-31', 'options/published', null, []]);
  });
  it('the text before --published', () => {
    const m = meta(CASES['wire-full-dateline']!, {}, { published: '2020-01-01' });
    expect([m.published, m.publishedBy]).toEqual(['2024-03-14', 'metadata/dateline-date']);
  });
  it('a capitalised word and a dash is not a dateline', () => {
    expect(meta('Israel - which denies the claim - said it was reviewing the footage.').dateline).toBeNull();
  });
  it('reads datelines in other wire styles, place names in capitals title-cased', () => {
    const lines: [string, string | null, string | null][] = [
      ['SEVASTOPOL, March 2. /XNA/. Air defences were active over the city overnight, the governor said.', 'Sevastopol', 'XNA'],
      ['GENEVA / NAIROBI (4 June 2024) – Aid agencies warned on Tuesday that funding had run out.', 'Geneva', null],
      ['DEIR AL-BALAH: Strikes hit a street near the market late on Monday, witnesses said.', 'Deir al-Balah', null],
      ['Khartoum — Fighting resumed in the north of the city on Sunday, residents said.', 'Khartoum', null],
    ];
    for (const [line, place, outlet] of lines) {
      const m = meta(`Headline here\n\n${line}${BODY}`);
      expect([m.dateline, m.outlet]).toEqual([place, outlet]);
    }
    expect(meta(`Headline here\n\nGENEVA / NAIROBI (4 June 2024) – Aid agencies warned.${BODY}`).published).toBe('2024-06-04');
  });
  it('takes the date of a masthead line, but not a place from it', () => {
    const m = meta(`Relief camps fill up as clashes go on\n\nThe Example Tribune | Imphal | July 19, 2023\n\nClashes went on overnight, police said.${BODY}`);
    expect([m.published, m.publishedBy, m.dateline]).toEqual(['2023-07-19', 'metadata/date-line', null]);
  });
  it('short text defaults to English, a page language wins', () => {
    expect(meta('Kurz.').language).toBe('en');
    expect(meta(CASES['french-dispatch']!, { language: 'en-GB' }).language).toBe('en');
  });
});

const seedFile = (slug: string) => join(seeds, `${slug}.txt`);
describe.skipIf(!existsSync(seedFile('gaza-city-street-fighting')))('metadata: seed articles', () => {
  it('gaza-city-street-fighting: published from the date line, title with its VIDEO: prefix', () => {
    const m = meta(readFileSync(seedFile('gaza-city-street-fighting'), 'utf8'));
    expect([m.published, m.publishedBy, m.dateline, m.outlet, m.language]).toEqual(['2023-11-10', 'metadata/date-line', null, null, 'en']);
    expect(m.title!.startsWith('VIDEO: Hamas and Israeli troops')).toBe(true);
  });
  it('tanks-forced-to-retreat: no year, so published null with "October 31" partial; outlet from the footer', () => {
    const m = meta(readFileSync(seedFile('tanks-forced-to-retreat'), 'utf8'));
    expect([m.published, m.publishedPartial, m.outlet, m.dateline]).toEqual([null, 'October 31', 'Radio Habana Cuba', 'Gaza City']);
    expect(m.messages).toEqual([{ rule: 'metadata/published-partial', level: 'warning', at: 'October 31' }]);
    expect(m.title!.startsWith('Hamas says Israeli tanks')).toBe(true);
    expect(m.datelinePrefix).toBe('Gaza City, October 31 (RHC)--');
  });
});
