import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../test/helpers/cases.js';
import { assertSpans } from '../../../test/helpers/spans.js';
import { extract } from '../index.js';

// Short reports written for this project, each testing one way a text attributes a figure, are the
// cases test/cases/figures/sourcing-*: the whole pipeline runs on each (sentences, dates, numbers,
// entities, attribution), so they pin how the figures stage reads the attribution stage's frames.

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
  it("never guesses a source for a figure in the outlet's own voice", () => {
    for (const name of ['own-voice', 'own-voice-after-report']) {
      const fs = sourced(caseInput('figures', `sourcing-${name}`));
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
