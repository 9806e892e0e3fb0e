import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../../test/helpers/golden.js';
import { assertSpans } from '../../../test/helpers/spans.js';
import { extract } from '../index.js';

const golden = fileURLToPath(new URL('./golden/sourcing.json', import.meta.url));

// Short reports written for this project, each testing one way a text attributes a figure. The
// whole pipeline runs (sentences, dates, numbers, entities, attribution), so these cases pin how
// the figures stage reads the attribution stage's frames.
const CASES: Record<string, string> = {
  'claimant-before': 'The regional health department said 14 people were killed in the shelling on Tuesday.',
  'claimant-after': 'At least 14 people were killed in the shelling on Tuesday, the regional health department said.',
  'claimant-after-says': 'More than 300 people have been displaced by the floods, the relief agency says.',
  'according-to-before': 'According to the interior ministry, 41 people died and 120 were injured in the blast.',
  'according-to-after': 'Some 2,700 people are missing, according to the civil defence service.',
  'told-reporters': 'A police spokesman told reporters that 23 suspects had been arrested overnight.',
  'pronoun-it-said': 'The ministry said 40 people were killed in the strikes. Another 120 were wounded, it said.',
  'pronoun-they-said':
    'Rebel commanders said they had captured 85 soldiers near the dam. They said 12 of their own fighters died.',
  'carry-over-of-those': 'The health ministry said 9,200 people had been killed. Of those, 3,100 were children.',
  'carry-over-toll-includes':
    'The army said 52 soldiers had been killed since the offensive began. The toll includes 14 officers.',
  'chain-citing': 'The UN, citing the health ministry, said 1,500 people had been killed in the city.',
  'chain-quoting':
    'State television, quoting a provincial official, reported that 19 miners were trapped under the rubble.',
  'own-voice': 'At least 14 people were killed in the shelling on Tuesday. Rescuers pulled survivors from the rubble.',
  'own-voice-after-report':
    'The governor said the strike hit a school. At least 14 people were killed, and 40 were wounded.',
  correction: 'An earlier version of this story said 40 people were killed. The ministry later said 34 had died.',
  'another-it-said-after':
    'The fire department said 12 people died in the blaze. Another 64 people were wounded, the department said.',
  'he-said-the-dead-included':
    'Hassan Qadri, a shopkeeper, lost two neighbours. He said the dead included two men from his street.',
  'revised-that-figure':
    'The army said on Monday that 40 soldiers were killed. The army later revised that figure to 14.',
  'put-the-number-who-left': 'The UN refugee agency put the number who left at up to 4,000.',
  'adverb-before-claimed': 'The Tavenholt regime immediately claimed that 21 civilians had died in the strike.',
};

function sourced(text: string) {
  const x = extract({ origin: 'test', text, meta: {} }, { published: '2023-11-10' });
  assertSpans(x);
  return x.figures.map((f) => ({
    text: text.slice(f.span.start, f.span.end),
    value: f.value,
    metric: f.metric,
    who: f.who,
    source: f.source,
    ...(f.sourceSpan ? { sourceText: text.slice(f.sourceSpan.start, f.sourceSpan.end) } : {}),
    cue: f.cue ?? null,
  }));
}

describe('figure sources from the whole pipeline', () => {
  it('attributes each figure to the claimant of the report that holds it', () => {
    expectGolden(
      golden,
      Object.entries(CASES).map(([name, text]) => ({ name, text, figures: sourced(text) })),
    );
  });

  it("never guesses a source for a figure in the outlet's own voice", () => {
    for (const name of ['own-voice', 'own-voice-after-report']) {
      const fs = sourced(CASES[name]!);
      expect(fs.length, name).toBeGreaterThan(0);
      for (const f of fs) expect(f.source, `${name}: ${f.text}`).toBeNull();
    }
  });

  it('gives the swapped source when the parties are swapped', () => {
    const a = sourced(
      'Israeli officials said 12 Palestinians were killed. Palestinian officials said 30 Israelis were wounded.',
    );
    const b = sourced(
      'Palestinian officials said 12 Israelis were killed. Israeli officials said 30 Palestinians were wounded.',
    );
    expect(a.map((f) => [f.value, f.source])).toEqual([
      [12, 'Israeli officials'],
      [30, 'Palestinian officials'],
    ]);
    expect(b.map((f) => [f.value, f.source])).toEqual([
      [12, 'Palestinian officials'],
      [30, 'Israeli officials'],
    ]);
  });
});
