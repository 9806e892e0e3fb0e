import { describe, expect, it } from 'vitest';
import { zeroCounts, zeroTally } from '../../src/eval/metrics.js';
import type { DateMention, Statement } from '../../src/model.js';
import { checkFloors, floorsFrom } from '../../scripts/datasets/floors.js';
import { mucDates, mucGold, parseMucKeys, parseMucTexts, scoreMucDocument } from '../../scripts/datasets/muc4.js';
import { parseBrat, scorePolnearDocument, zeroPolnear } from '../../scripts/datasets/polnear.js';
import { prfRow } from '../../scripts/datasets/result.js';
import { parseTimeml, scoreTimexDocument } from '../../scripts/datasets/tempeval3.js';

// Fixtures are written for these tests in each dataset's format; no dataset text is copied.

const MUC_TEXT = `TST9-MUC4-0001

   Quito, 4 Mar 90 (Radio Nacional) -- [Report] [Text] Two guards died and
five passers-by were hurt when a car bomb exploded outside the ministry.

TST9-MUC4-0002

   Quito, 5 Mar 90 (Radio Nacional) -- [Text] Army units clashed with a
column of rebels; 11 rebels were killed, the army said.
`;

const MUC_KEY = `0.  MESSAGE: ID                    TST9-MUC4-0001
1.  MESSAGE: TEMPLATE              1
2.  INCIDENT: DATE                 - 4 MAR 90
18. HUM TGT: NAME                  "JORGE PAZ"
19. HUM TGT: DESCRIPTION           "GUARDS"
                                   "PASSERS-BY"
21. HUM TGT: NUMBER                1: "JORGE PAZ"
                                   2: "GUARDS"
                                   5 / ~5: "PASSERS-BY"
;;; the minister was not hurt
23. HUM TGT: EFFECT OF INCIDENT    DEATH: "JORGE PAZ"
                                   DEATH: "GUARDS"
                                   INJURY: "PASSERS-BY"
24. HUM TGT: TOTAL NUMBER          -

0.  MESSAGE: ID                    TST9-MUC4-0002
1.  MESSAGE: TEMPLATE              *
21. HUM TGT: NUMBER                *
`;

describe('muc4 adapter', () => {
  it('splits messages by their ID lines', () => {
    const texts = parseMucTexts(MUC_TEXT);
    expect([...texts.keys()]).toEqual(['TST9-MUC4-0001', 'TST9-MUC4-0002']);
    expect(texts.get('TST9-MUC4-0002')).toMatch(/^Quito, 5 Mar 90.*the army said\.$/s);
  });

  it('reads numeric counts joined to DEATH/INJURY effects, skipping named victims and irrelevant messages', () => {
    const gold = mucGold(parseMucKeys(MUC_KEY));
    expect(gold.get('TST9-MUC4-0001')).toEqual({
      relevant: true,
      counts: [
        { metric: 'killed', values: [2], optional: false, dates: [{ from: '1990-03-04', to: '1990-03-04' }] },
        { metric: 'injured', values: [5], optional: false, dates: [{ from: '1990-03-04', to: '1990-03-04' }] },
      ],
    });
    expect(gold.get('TST9-MUC4-0002')).toEqual({ relevant: false, counts: [] });
  });

  it('recall needs the value and metric; precision only counts relevant documents', () => {
    const gold = mucGold(parseMucKeys(MUC_KEY));
    const r = zeroCounts();
    const p = zeroCounts();
    scoreMucDocument(
      gold.get('TST9-MUC4-0001')!,
      [
        { metric: 'killed', value: 2 },
        { metric: 'killed', value: 5 },
      ],
      r,
      p,
    );
    scoreMucDocument(gold.get('TST9-MUC4-0002')!, [{ metric: 'killed', value: 11 }], r, p);
    expect(r).toEqual({ tp: 1, predicted: 0, gold: 2 });
    expect(p).toEqual({ tp: 1, predicted: 2, gold: 0 });
  });

  it('reads incident dates: a day, "- day", a range, alternatives; none for "*" or "-"', () => {
    expect(mucDates('12 JAN 90')).toEqual([{ from: '1990-01-12', to: '1990-01-12' }]);
    expect(mucDates('- 12 JAN 90')).toEqual([{ from: '1990-01-12', to: '1990-01-12' }]);
    expect(mucDates('30 DEC 89 - 2 JAN 90')).toEqual([{ from: '1989-12-30', to: '1990-01-02' }]);
    expect(mucDates('(14 DEC 89) / (- 15 DEC 89)')).toEqual([
      { from: '1989-12-14', to: '1989-12-14' },
      { from: '1989-12-15', to: '1989-12-15' },
    ]);
    expect([mucDates('*'), mucDates('-')]).toEqual([[], []]);
  });

  it('asOf accuracy: among figures matched by value, those dated on a day of the template', () => {
    const gold = mucGold(parseMucKeys(MUC_KEY.replace('- 4 MAR 90', '3 MAR 90 - 4 MAR 90')));
    const asOf = zeroTally();
    const figures = [
      { metric: 'killed', value: 2, asOf: '1990-03-03' },
      { metric: 'injured', value: 5, asOf: '1990-03-05' },
      { metric: 'killed', value: 9, asOf: '1990-03-04' },
    ];
    scoreMucDocument(gold.get('TST9-MUC4-0001')!, figures, zeroCounts(), zeroCounts(), asOf);
    expect(asOf).toEqual({ correct: 1, total: 2 });
  });
});

const BRAT_TEXT = 'The governor said the bridge would reopen in May. “We are not there yet,” an engineer warned.';
const BRAT = [
  'T1\tSource 0 12\tThe governor',
  'T2\tCue 13 17\tsaid',
  'T3\tContent 18 48\tthe bridge would reopen in May',
  'T4\tAttribution 13 17\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tContent 50 73\t“We are not there yet,”',
  'T6\tSource 74 85\tan engineer',
  'T7\tCue 86 92\twarned',
  'T8\tAttribution 86 92\twarned',
  'E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6',
  'T9\tDiscuss 0 3\tThe',
  '#1\tAnnotatorNotes T9\tignore',
].join('\n');

function stm(text: string, speaker: string | null, speakerAt?: string): Statement {
  const start = BRAT_TEXT.indexOf(text);
  const s = speakerAt ? BRAT_TEXT.indexOf(speakerAt) : -1;
  return {
    kind: 'indirect',
    speaker,
    speakerRole: null,
    cue: 'said',
    text,
    span: { start, end: start + text.length },
    speakerSpan: s >= 0 ? { start: s, end: s + speakerAt!.length } : null,
    by: 'test',
    why: { kind: 'test', speaker: null },
  };
}

describe('polnear adapter', () => {
  it('parses attribution relations with content and source spans', () => {
    const gold = parseBrat(BRAT);
    expect(gold).toHaveLength(2);
    expect(gold[1]).toEqual({
      content: [{ start: 50, end: 73 }],
      source: [{ start: 74, end: 85 }],
      sourceText: 'an engineer',
    });
    expect(BRAT_TEXT.slice(50, 73)).toBe('“We are not there yet,”');
  });

  it('scores statements by overlap, words citron-style, speakers by span or name', () => {
    const t = zeroPolnear();
    const ours = [
      stm('the bridge would reopen', 'The governor', 'The governor'),
      stm('We are not there yet', 'the governor'),
    ];
    scorePolnearDocument(BRAT_TEXT, parseBrat(BRAT), ours, t);
    expect(t.statements).toEqual({ tp: 2, predicted: 2, gold: 2 });
    // ours: 4 + 5 words, all inside gold; gold: 6 + 5 words, 9 of them inside ours.
    expect(t.wordsP).toEqual({ tp: 9, predicted: 9, gold: 0 });
    expect(t.wordsR).toEqual({ tp: 9, predicted: 0, gold: 11 });
    // The second speaker is wrong: the engineer said it, not the governor.
    expect(t.speaker).toEqual({ tp: 1, predicted: 2, gold: 2 });
  });
});

const TML = `<?xml version="1.0" ?><TimeML>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
<TEXT>Talks resumed <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> &amp; will end in <TIMEX3 tid="t2" type="DATE" value="2013-04">April</TIMEX3>, officials said <TIMEX3 tid="t3" type="TIME" value="2013-03-22TMO">this morning</TIMEX3>.</TEXT>
</TimeML>`;

describe('tempeval3 adapter', () => {
  it('strips tags, decodes entities and places timexes in the text', () => {
    const doc = parseTimeml(TML);
    expect(doc.dct).toBe('2013-03-22');
    expect(doc.text).toBe('Talks resumed Thursday & will end in April, officials said this morning.');
    expect(doc.timexes.map((t) => doc.text.slice(t.span.start, t.span.end))).toEqual([
      'Thursday',
      'April',
      'this morning',
    ]);
  });

  it('scores day values on overlapping extents; a wrong day or a day for a month is a false positive', () => {
    const doc = parseTimeml(TML);
    const at = (w: string, date: string | null): DateMention => {
      const start = doc.text.indexOf(w);
      return { span: { start, end: start + w.length }, date, yearStated: false, text: w, kind: 'calendar', by: 'test' };
    };
    const c = zeroCounts();
    scoreTimexDocument(
      doc,
      [at('Thursday', '2013-03-21'), at('April', '2013-04-01'), at('this morning', '2013-03-22')],
      c,
    );
    expect(c).toEqual({ tp: 1, predicted: 2, gold: 1 });
    const wrong = zeroCounts();
    scoreTimexDocument(doc, [at('Thursday', '2013-03-28')], wrong);
    expect(wrong).toEqual({ tp: 0, predicted: 1, gold: 1 });
  });
});

describe('floors', () => {
  const rows = [prfRow('muc4 tst4', 'counts', { tp: 7, predicted: 10, gold: 20 })];
  it('writes floors a little under the measured scores', () => {
    expect(floorsFrom(rows).floors['muc4 tst4 / counts']).toEqual({ precision: 0.69, recall: 0.34, f1: 0.46 }); // 0.70, 0.35, 0.467 measured;
  });
  it('fails a score below its floor and warns about an unmeasured row', () => {
    const file = { floors: { 'muc4 tst4 / counts': { recall: 0.4 }, 'gone / task': { f1: 0.1 } } };
    const r = checkFloors(rows, file);
    expect(r.failures).toEqual(['muc4 tst4 / counts: recall 35.0 < floor 40.0']);
    expect(r.warnings).toEqual(['gone / task: not measured']);
    expect(checkFloors(rows, floorsFrom(rows)).failures).toEqual([]);
  });
});
