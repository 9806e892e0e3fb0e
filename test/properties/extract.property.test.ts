import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { Extraction, ExtractOptions, Span } from '../../src/model.js';
import { assertSpan, assertSpans } from '../helpers/spans.js';
import { NAMED, newsArticle } from './news-like.js';

// Pieces that trip text code: lone surrogates, astral characters, combining marks, quote marks of
// every kind, digits and separators, line breaks of every kind, zero-width and bidi controls.
const ODD_PIECES = [
  '\ud800',
  '\udfff',
  '😀',
  '👩‍👩‍👧',
  'e\u0301',
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '«',
  '»',
  '—',
  '–',
  '-',
  '...',
  '…',
  '\n',
  '\r\n',
  '\n\n',
  '\u2028',
  '\t',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\ufeff',
  '0',
  '7',
  '1,000',
  '10.5',
  '%',
  '99999999999999999999999999',
  '1e308',
  ' more than ',
  ' killed ',
  ' said ',
  ' Gaza ',
  ' al-',
  ' Abu ',
  ' The ',
  '.',
  ' ',
];
const oddText = fc.string({
  unit: fc.oneof(fc.constantFrom(...ODD_PIECES), fc.string({ unit: 'binary', maxLength: 3 })),
  maxLength: 60,
});
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  oddText,
  fc.string({ unit: 'grapheme-ascii', maxLength: 300 }),
);
const options: fc.Arbitrary<ExtractOptions> = fc.oneof(
  fc.constant({}),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => ({ published: d.toISOString().slice(0, 10) })),
);
const anyDocument = fc.tuple(fc.oneof(anyText, newsArticle), options);

/** Every span the contract defines, plus the optional ones, lies inside the text; statements' texts equal their evidence. */
function assertAllSpans(x: Extraction): void {
  const { text } = x.document;
  assertSpans(x);
  const optional = (s: Span | null | undefined, label: string) => {
    if (s) assertSpan(text, s, label);
  };
  for (const f of x.figures) {
    optional(f.asOfSpan, 'figure.asOfSpan');
    optional(f.sourceSpan, 'figure.sourceSpan');
    expect(Number.isFinite(f.value), 'figure.value finite').toBe(true);
  }
  for (const s of x.statements) {
    optional(s.speakerSpan, 'statement.speakerSpan');
    optional(s.cueSpan, 'statement.cueSpan');
  }
  for (const m of x.messages) optional(m.span, 'message.span');
}

const run = (text: string, opts: ExtractOptions) => extract({ origin: 'property', text, meta: {} }, opts);

describe('extract() over any text', () => {
  it('never throws and keeps every span inside the text', () => {
    fc.assert(
      fc.property(anyDocument, ([text, opts]) => {
        assertAllSpans(run(text, opts));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: two runs are deep-equal and byte-identical as JSON', () => {
    fc.assert(
      fc.property(anyDocument, ([text, opts]) => {
        const a = run(text, opts);
        const b = run(text, opts);
        expect(b).toEqual(a);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 150 },
    );
  });

  it('survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(anyDocument, ([text, opts]) => {
        const x = run(text, opts);
        expect(JSON.parse(JSON.stringify(x))).toEqual(x);
      }),
      { numRuns: 150 },
    );
  });
});

describe('extract() over news-like articles', () => {
  it('finds the names the generator put in, each mention inside the text and spelling the name', () => {
    fc.assert(
      fc.property(newsArticle, options, (text, opts) => {
        const x = run(text, opts);
        assertAllSpans(x);
        for (const e of x.entities) {
          for (const m of e.mentions)
            expect(
              text
                .slice(m.start, m.end)
                .replace(/[\t\u00a0]/g, ' ')
                .toLowerCase(),
            ).toContain(e.name.split(' ').pop()!.toLowerCase());
        }
        // A text that names one of the generator's people or places yields at least one entity.
        if (NAMED().some((n) => text.includes(n))) expect(x.entities.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
