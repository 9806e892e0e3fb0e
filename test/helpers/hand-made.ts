import { documentId } from '../../src/extract/index.js';
import type { Extraction } from '../../src/model.js';

export const TEXT = `Ceasefire talks stall as shelling goes on

KELMAR, March 3 (Northline) — Police detained 85 men in a sweep of the old town on Tuesday, the interior ministry said. Another 12 were held overnight, it said.

"They were questioned under the law and most will go home," Ilse Varnholt, a ministry spokeswoman, told reporters.`;
const at = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length });
const second = TEXT.indexOf('Another');

/**
 * An extraction carrying every field the ledger and the explain view read (`why` of each figure and
 * statement, spans of claimant, cue and date, the document's provenance, messages), written by hand
 * for a report written for these tests.
 */
export const HAND_MADE: Extraction = {
  document: {
    id: documentId(TEXT),
    origin: 'kelmar.txt',
    title: 'Ceasefire talks stall as shelling goes on',
    outlet: null,
    published: '2024-03-03',
    dateline: 'Kelmar',
    language: 'en',
    text: TEXT,
    publishedBy: 'options/published',
    // The dateline's day without a year, before --published gave the date.
    publishedPartial: 'March 3',
    agency: 'Northline',
    htmlMap: [{ textStart: 0, htmlStart: 120, length: 41 }],
  },
  figures: [
    {
      value: 85,
      unit: 'people',
      qualifier: 'exact',
      vague: false,
      metric: 'detained',
      who: 'men',
      asOf: '2024-02-27',
      since: null,
      source: 'the interior ministry',
      span: at('85'),
      sentence: { start: at('Police').start, end: at('said.').end },
      asOfBasis: 'stated',
      asOfSpan: at('Tuesday'),
      sourceSpan: at('the interior ministry'),
      cue: 'said',
      cueSpan: at('said.'),
      by: 'figures/verb-then-count',
      why: {
        metric: 'figures/trigger-detained',
        qualifier: 'numbers/digits',
        who: 'figures/who-after-count',
        asOf: 'figures/as-of-in-sentence',
        since: null,
        source: { frame: 'attribution/clause-then-claimant-verb', claimant: ['attribution/noun-phrase'] },
      },
    },
    {
      value: 12,
      unit: 'people',
      qualifier: 'exact',
      vague: false,
      metric: 'detained',
      who: null,
      asOf: '2024-03-03',
      since: null,
      source: 'the interior ministry',
      span: at('12'),
      sentence: { start: second, end: TEXT.indexOf('said.', second) + 5 },
      asOfBasis: 'implied',
      asOfSpan: null,
      // "it said": the claimant is the ministry, named in the sentence before.
      sourceSpan: at('the interior ministry'),
      cue: 'said',
      cueSpan: at('said.', second),
      by: 'figures/count-aux-trigger',
      why: {
        metric: 'figures/trigger-held',
        qualifier: 'numbers/digits',
        who: null,
        asOf: 'figures/as-of-publication-date',
        since: null,
        source: {
          frame: 'attribution/clause-then-pronoun-verb',
          claimant: ['attribution/pronoun-it', 'attribution/resolve-latest-organisation'],
        },
      },
    },
  ],
  statements: [
    {
      kind: 'direct',
      speaker: 'Ilse Varnholt',
      speakerRole: 'a ministry spokeswoman',
      cue: 'told',
      text: 'They were questioned under the law and most will go home,',
      span: at('They were questioned under the law and most will go home,'),
      speakerSpan: at('Ilse Varnholt'),
      cueSpan: at('told'),
      by: 'statements/framed-quote',
      why: {
        kind: 'statements/framed-quote',
        speaker: { frame: 'attribution/quote-then-claimant-verb', claimant: ['attribution/person-name'] },
      },
    },
  ],
  entities: [],
  messages: [
    { rule: 'metadata/no-year', level: 'warning', reason: 'the dateline gives no year', span: at('March 3') },
    { rule: 'metadata/no-outlet', level: 'info', reason: 'no outlet is named' },
  ],
};
