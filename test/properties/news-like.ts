import fc from 'fast-check';

// Parts of wire-style sentences, written for these tests. Claimants of every side are listed alike.
const CLAIMANTS = [
  'the Gaza health ministry',
  'the Israeli military',
  'Palestinian officials',
  'Ukraine’s emergency service',
  'the Russian defence ministry',
  'the RSF',
  'the Sudanese army',
  'local officials',
  'Hamas',
  'the IDF',
  'the UN humanitarian office (OCHA)',
  'a hospital director',
  'Kyiv',
  'Moscow',
] as const;
const SPEAKERS = [
  'Saleh Haddad',
  'Olena Kovalenko',
  'Abu Karim',
  'Um Salma',
  'Gen. Ilan Ronen',
  'Dr Amal Osman',
  'Mr Petrenko',
] as const;
const ROLES = [
  'a spokesman for the army',
  'the head of the ministry’s emergency unit',
  'an exiled commander',
  'a nurse at Nasser Hospital',
] as const;
const CUES = ['said', 'told reporters', 'says', 'reported', 'added', 'claimed', 'announced'] as const;
const METRICS = [
  'killed',
  'wounded',
  'injured',
  'displaced',
  'taken hostage',
  'detained',
  'arrested',
  'missing',
  'evacuated',
] as const;
const WHO = [
  'people',
  'civilians',
  'Palestinians',
  'Israelis',
  'soldiers',
  'children',
  'Ukrainians',
  'residents',
  'of its soldiers',
] as const;
const QUALIFIERS = [
  '',
  'more than ',
  'at least ',
  'about ',
  'nearly ',
  'up to ',
  'fewer than ',
  'an estimated ',
] as const;
const VAGUE = ['dozens of', 'hundreds of', 'thousands of', 'tens of thousands of', 'a dozen'] as const;
const NUMBER_WORDS = ['two', 'three', 'thirty-three', 'one hundred and twelve', 'a dozen', 'half'] as const;
const DATES = [
  '',
  ' on Tuesday',
  ' as of Wednesday',
  ' since October 7',
  ' on 31 October',
  ' last night',
  ' in 1948',
  ' by Thursday evening',
] as const;
/** Names the generator may put in a text; the extractor must find an entity when one is there. */
export const NAMED = (): readonly string[] => [
  ...SPEAKERS.map((s) => s.split(' ').pop()!),
  ...PLACES.map((p) => p.replace(/^the /, '')),
];
const PLACES = [
  'Gaza City',
  'Khan Younis',
  'Kharkiv',
  'the Gaza Strip',
  'El Fasher',
  'Salah al-Din road',
  'Jabalia camp',
  'Bakhmut',
] as const;
const QUOTES = [
  'We have nothing left to give the wounded',
  'There is no safe place anywhere in the north',
  'Our forces repelled the attack',
  'The shelling did not stop for a single hour',
] as const;
const OPEN_CLOSE = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['‘', '’'],
] as const;

/** A number as an outlet writes it: digits with separators, decimals with a scale, words, huge digit strings. */
export const newsNumber: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 1, max: 999 }).map(String),
  fc
    .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom('million', 'thousand'))
    .map(([a, b, s]) => `${a}.${b} ${s}`),
  fc.integer({ min: 1, max: 100 }).map((n) => `${n}%`),
  fc.constantFrom(...NUMBER_WORDS),
  fc.stringMatching(/^[1-9][0-9]{15,40}$/),
);

const figureSentence: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...CLAIMANTS),
    fc.constantFrom(...CUES),
    fc.constantFrom(...QUALIFIERS),
    newsNumber,
    fc.constantFrom(...WHO),
    fc.constantFrom(...METRICS),
    fc.constantFrom(...DATES),
    fc.constantFrom(...PLACES),
  )
  .chain(([claimant, cue, q, n, who, metric, date, place]) =>
    fc.constantFrom<string>(
      `${cap(claimant)} ${cue} ${q}${n} ${who} had been ${metric} in ${place}${date}.`,
      `${cap(q)}${n} ${who} were ${metric}${date}, according to ${claimant}.`,
      `According to ${claimant}, ${q}${n} ${who} have been ${metric}${date}.`,
      `The death toll in ${place} rose to ${q}${n}${date}, ${claimant} ${cue}.`,
      `${cap(q)}${n} ${who} were ${metric}${date}. Another ${n} were wounded, it said.`,
    ),
  );

const quoteSentence: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...SPEAKERS),
    fc.constantFrom(...ROLES),
    fc.constantFrom(...CUES),
    fc.constantFrom(...QUOTES),
    fc.constantFrom(...OPEN_CLOSE),
  )
  .chain(([speaker, role, cue, quote, [o, c]]) =>
    fc.constantFrom<string>(
      `${o}${quote},${c} ${speaker}, ${role}, ${cue}.`,
      `${speaker}, ${role}, ${cue}: ${o}${quote}.${c}`,
      `${o}${quote},${c} he ${cue}. ${o}${quote}.${c}`,
      `${speaker} ${cue} that ${quote.toLowerCase()}.`,
      `${o}${quote}`,
    ),
  );

const vagueSentence: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...VAGUE), fc.constantFrom(...WHO), fc.constantFrom(...METRICS), fc.constantFrom(...PLACES))
  .map(([v, who, metric, place]) => `${cap(v)} ${who} were ${metric} near ${place}, witnesses said.`);

const headline: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...PLACES), newsNumber, fc.constantFrom(...CLAIMANTS))
  .chain(([place, n, claimant]) =>
    fc.constantFrom<string>(
      `Strike Kills ${n} in ${titleCase(place)}`,
      `${cap(claimant)} says ${n} killed in ${place}`,
      `LIVE: ${place.toUpperCase()} UNDER FIRE`,
    ),
  );

const dateline = fc.constantFrom(
  '',
  'GAZA CITY, Oct 31 (Reuters) - ',
  'KYIV, Ukraine (AP) — ',
  'Khartoum, November 2 (SUNA)-- ',
  'EL FASHER, Sudan — ',
);

/** A news-like article: optional headline and date line, then paragraphs of figure, quote and vague sentences. */
export const newsArticle: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(headline, { nil: undefined }),
    fc.option(fc.constantFrom('Friday 10 November 2023', 'Published: 2024-02-29', 'Oct 31, 2023'), { nil: undefined }),
    dateline,
    fc.array(fc.array(fc.oneof(figureSentence, quoteSentence, vagueSentence), { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 6,
    }),
  )
  .map(([h, d, line, paras]) => {
    const body = paras.map((p) => p.join(' '));
    body[0] = line + body[0];
    return [h, d, ...body].filter((x) => x !== undefined).join('\n\n');
  });

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function titleCase(s: string): string {
  return s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}
