import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { growthByFour } from '../../../test/helpers/cpu-growth.js';
import { describeSeeds, seedPath } from '../../../test/helpers/shared.js';
import { assertSpan } from '../../../test/helpers/spans.js';
import { classifyLine, findQuotes, outerQuotes, splitParagraphs, splitSentences } from './index.js';

function units(text: string) {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  // Spans are half-open, inside the text, trimmed, in order and never overlap.
  let last = 0;
  for (const s of sentences) {
    assertSpan(text, s.span, 'sentence');
    expect(s.span.start).toBeGreaterThanOrEqual(last);
    const t = text.slice(s.span.start, s.span.end);
    expect(t).toBe(t.trim());
    last = s.span.end;
  }
  return { paragraphs, sentences, texts: sentences.map((s) => text.slice(s.span.start, s.span.end)) };
}

describe('sentences: rules', () => {
  it('does not end a sentence after titles, initials, number abbreviations or inside decimals', () => {
    const { texts } = units(
      'Dr. Ahmed Salem met Gen. Y. Barak on Nov. 10 at No. 10 Street. The toll rose 10.5 percent. It was late.',
    );
    expect(texts).toEqual([
      'Dr. Ahmed Salem met Gen. Y. Barak on Nov. 10 at No. 10 Street.',
      'The toll rose 10.5 percent.',
      'It was late.',
    ]);
  });
  it('keeps a dotted acronym inside a sentence unless a sentence opener follows', () => {
    const { texts } = units(
      'Talks at the U.N. Security Council stalled. Aid was cut by the U.S. The move angered Cairo.',
    );
    expect(texts).toEqual([
      'Talks at the U.N. Security Council stalled.',
      'Aid was cut by the U.S.',
      'The move angered Cairo.',
    ]);
  });
  it('keeps a quote with its attribution: “A. B,” he said.', () => {
    const { texts } = units(
      '“They fired at the crowd. Nobody was armed,” said Samir Haddad, a nurse. Police denied it.',
    );
    expect(texts).toEqual([
      '“They fired at the crowd. Nobody was armed,” said Samir Haddad, a nurse.',
      'Police denied it.',
    ]);
  });
  it('splits a quote that closes with a full stop', () => {
    const { texts } = units('He said: "We will rebuild." The mayor agreed.');
    expect(texts).toEqual(['He said: "We will rebuild."', 'The mayor agreed.']);
  });
  it('keeps a question quote with its lower-case cue', () => {
    const { texts } = units('“Where can we go?” she asked. Nobody answered.');
    expect(texts).toEqual(['“Where can we go?” she asked.', 'Nobody answered.']);
  });
  it('ends a sentence after an ellipsis followed by a capital', () => {
    const { texts } = units('The shelling went on... Residents fled north.');
    expect(texts).toEqual(['The shelling went on...', 'Residents fled north.']);
  });
  it('keeps a dateline in the first sentence', () => {
    const { texts } = units(
      'GAZA CITY, Oct 31 (Reuters) - Israeli tanks pushed into northern Gaza on Tuesday. Residents said fighting was heavy.',
    );
    expect(texts[0]).toBe('GAZA CITY, Oct 31 (Reuters) - Israeli tanks pushed into northern Gaza on Tuesday.');
    expect(texts).toHaveLength(2);
  });
  it('joins a paragraph broken mid-sentence by a blank line, and only that', () => {
    const text =
      'Troops advanced against the\n\nbesieged town. They met resistance.\n\nlater, the guns fell silent\n\nThe end.';
    const { paragraphs } = units(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'Troops advanced against the\n\nbesieged town. They met resistance.',
      'later, the guns fell silent',
      'The end.',
    ]);
  });
  it('makes special lines their own units even without blank lines', () => {
    const text =
      '## Aid convoy reaches Mariupol\nBy Anna Kovalenko\nPublished: 2022-03-21 09:40 GMT\nThe convoy carried food.\nIt arrived at dawn.\n* * *\nhttps://example.org/aid';
    const { sentences, texts } = units(text);
    expect(sentences.map((s) => s.by)).toEqual([
      'sentences/heading',
      'sentences/byline',
      'sentences/date-line',
      'sentences/terminal-punctuation',
      'sentences/paragraph-end',
      'sentences/rule',
      'sentences/url',
    ]);
    expect(texts[3]).toBe('The convoy carried food.');
  });
  it('classifies lines', () => {
    expect(classifyLine('By the time troops arrived, the town was empty.')).toBe('text');
    expect(classifyLine('By Monday, 40 people had fled.')).toBe('text');
    expect(classifyLine('**By Lina Sayed, Reuters**')).toBe('byline');
    expect(classifyLine('Updated 10/11/2023')).toBe('date-line');
    expect(classifyLine('Nov. 10, 2023 (AP)')).toBe('date-line');
    expect(classifyLine('*Image not found or type unknown*')).toBe('caption');
    expect(classifyLine('**Radio Example**')).toBe('text');
    expect(classifyLine('VIDEO: Troops and militants clash in the old city')).toBe('text');
  });
});

describe('sentences: quotations', () => {
  it('pairs curly, straight and guillemet quotes and ignores apostrophes', () => {
    const text = '“There’s no advance,” he said, calling it «a lie» and "theatre".';
    const q = findQuotes(text, { start: 0, end: text.length });
    expect(q.map((r) => text.slice(r.open + 1, r.close!))).toEqual(['There’s no advance,', 'a lie', 'theatre']);
    expect(q[0]!.runsOn).toBe(true);
  });
  it('keeps a quote closing before a comma in one sentence with its attribution', () => {
    const text = 'Le Brun said: «We waited forty minutes. Then the lorries left», she told reporters. The road closed.';
    const q = findQuotes(text, { start: 0, end: text.length });
    expect(q[0]!.runsOn).toBe(true);
    const sentences = splitSentences(text, splitParagraphs(text)).map((s) => text.slice(s.span.start, s.span.end));
    expect(sentences).toEqual([
      'Le Brun said: «We waited forty minutes. Then the lorries left», she told reporters.',
      'The road closed.',
    ]);
  });
  it('reports a quote running over paragraphs', () => {
    const text =
      'Khalil Nasser says: "The camp is burning.\n\n"They are driving people out.\n\n"Nobody helps us."\n\nThe army did not comment.';
    const paragraphs = splitParagraphs(text);
    // [paragraph, left open, continues the quote of the paragraph before]
    expect(outerQuotes(text, paragraphs).map((q) => [q.paragraph, q.close === null, q.continues])).toEqual([
      [0, true, false],
      [1, true, true],
      [2, false, true],
    ]);
  });
  it('does not continue a quote into a paragraph that does not open with a mark', () => {
    const text = 'She said: “We stayed.\n\nThe army denied it.';
    expect(outerQuotes(text, splitParagraphs(text)).map((q) => [q.paragraph, q.continues])).toEqual([[0, false]]);
  });
});

const SEEDS = ['gaza-city-street-fighting', 'tanks-forced-to-retreat'];
describeSeeds('sentences: seed articles', SEEDS, () => {
  it('keeps the "he said" cue with its two-sentence quote and splits the officials paragraph', () => {
    const text = readFileSync(seedPath('gaza-city-street-fighting'), 'utf8');
    const { texts, sentences } = units(text);
    expect(texts.find((t) => t.startsWith('"But that will not stop'))!.endsWith('he said.')).toBe(true);
    expect(
      texts.filter((t) => t.startsWith('Palestinian officials said') || t.startsWith('Israel says 33')),
    ).toHaveLength(2);
    expect(sentences[1]!.by).toBe('sentences/date-line');
    const q = outerQuotes(text, splitParagraphs(text));
    expect(q.filter((p) => p.continues)).toHaveLength(1);
  });
  it('joins the broken paragraph and keeps the dateline in the first body sentence', () => {
    const text = readFileSync(seedPath('tanks-forced-to-retreat'), 'utf8');
    const { texts, sentences } = units(text);
    const first = texts.find((t) => t.startsWith('Gaza City, October 31 (RHC)--'))!;
    expect(first.endsWith('besieged Gaza Strip.')).toBe(true);
    expect(sentences.map((s) => s.by).slice(0, 3)).toEqual([
      'sentences/heading',
      'sentences/rule',
      'sentences/caption',
    ]);
    expect(
      texts.some(
        (t) =>
          t.startsWith('“There’s absolutely no ground advance') && t.endsWith('the head of the Hamas office in Gaza.'),
      ),
    ).toBe(true);
  });
});

/** The quoted words of each quotation of a one-paragraph text, without their marks; an open one runs to the end. */
function quoted(text: string): string[] {
  return findQuotes(text, { start: 0, end: text.length }).map((q) =>
    text.slice(q.open + q.openWidth, q.close === null ? text.length : q.close + 1 - q.closeWidth),
  );
}

describe('sentences: mixed quotation marks', () => {
  it('closes an opening mark with any closing mark of its family', () => {
    expect(quoted('“We will hold the bridge," he said.')).toEqual(['We will hold the bridge,']);
    expect(quoted('"We will hold the bridge,” he said.')).toEqual(['We will hold the bridge,']);
    expect(quoted('The mayor said „we stay here“ and walked back to the shelter.')).toEqual(['we stay here']);
    expect(quoted('Officials asked for an “expedited review“ of the crossing, and “a pause".')).toEqual([
      'expedited review',
      'a pause',
    ]);
    expect(quoted('He called it a “question’’ that the council never answered.')).toEqual(['question']);
    expect(quoted("''The convoy left at dawn,” the driver said.")).toEqual(['The convoy left at dawn,']);
    // A ” with nothing open and a word after it opens: `”We`, typed for “We.
    expect(quoted('”We will hold,” he said.')).toEqual(['We will hold,']);
  });

  it('pairs single marks, nested either way, straight or curly', () => {
    expect(quoted('‘They called it “a lie”,’ she said.')).toEqual(['They called it “a lie”,', 'a lie']);
    expect(quoted("“They shouted 'go home' and fired,” she said.")).toEqual([
      "They shouted 'go home' and fired,",
      'go home',
    ]);
    expect(quoted("'We will not leave,' the farmer said. ‘Not this year,' his wife added.")).toEqual([
      'We will not leave,',
      'Not this year,',
    ]);
    const q = findQuotes("'We will not leave,' the farmer said.", { start: 0, end: 37 });
    expect(q[0]!.runsOn).toBe(true);
  });

  it('never takes an apostrophe for a quotation mark', () => {
    const none = [
      "The army's statement said Gaza's hospitals don't have fuel.",
      'The army’s statement said Gaza’s hospitals don’t have fuel.',
      "The plant, built in the '90s, closed; rock 'n' roll bars in the port shut 'til dawn.",
      'The plant, built in the ’90s, closed; rock ’n’ roll bars in the port shut ’til dawn.',
      "The soldiers' families waited outside the ministry's gate with the nurses' union.",
      'The soldiers’ families waited outside; the Joneses’ car was hit.',
    ];
    for (const text of none) expect(quoted(text), text).toEqual([]);
    // Inside a quotation a plural possessive does not close it while a later mark still can.
    expect(quoted("'The soldiers' families are waiting at the gate,' she said.")).toEqual([
      "The soldiers' families are waiting at the gate,",
    ]);
    expect(quoted('‘The soldiers’ families are waiting,’ she said, ‘and the nurses’ union too.’')).toEqual([
      'The soldiers’ families are waiting,',
      'and the nurses’ union too.',
    ]);
    // With no later mark, it closes: a scare quote ending in s.
    expect(quoted('They called the raids ‘police actions’ and left.')).toEqual(['police actions']);
    expect(quoted("“Rock 'n' roll is not a crime,” the singer said.")).toEqual(["Rock 'n' roll is not a crime,"]);
  });

  it('ignores stray marks instead of letting them swallow what follows', () => {
    // A stray closing mark at the end of a line (a CMS artefact) leaves nothing open.
    const text = '“We stay,” Ruiz said."\n\n"The ferry is gone," his brother said.\n\nThe port was closed.';
    const paragraphs = splitParagraphs(text);
    expect(outerQuotes(text, paragraphs).map((q) => q.close === null)).toEqual([false, false]);
    // A stray opening mark before a quotation opened by the same mark: the quotation stays whole.
    expect(quoted('The mayor repeated the "harbour plan. "This is a disease," Lena Brandt said.')).toEqual([
      'This is a disease,',
    ]);
    // A quote still open when its outer one closes was no quotation ("the ‘90s" with a curly ‘).
    expect(quoted('“In the ‘90s we fished here,” he said.')).toEqual(['In the ‘90s we fished here,']);
    expect(quoted('“They told us ‘leave now,” he said.')).toEqual(['They told us ‘leave now,']);
    // A straight quote around curly ones, as pasted into a block quote, runs on to the next paragraph.
    const block = 'Ward said:\n\n"It isn’t about “Equal Justice Under Law” any more.\n\n"It is about power."';
    expect(outerQuotes(block, splitParagraphs(block)).map((q) => [q.paragraph, q.close === null, q.continues])).toEqual(
      [
        [1, true, false],
        [2, false, true],
      ],
    );
  });

  it('keeps sentences whole around mixed marks', () => {
    const text =
      '“We will hold. We have to," Col. Dana Levi said. "Nobody has left the town,” the mayor told reporters. The road closed.';
    const sentences = splitSentences(text, splitParagraphs(text)).map((s) => text.slice(s.span.start, s.span.end));
    expect(sentences).toEqual([
      '“We will hold. We have to," Col. Dana Levi said.',
      '"Nobody has left the town,” the mayor told reporters.',
      'The road closed.',
    ]);
  });
});

describe('sentences: long paragraphs stay linear', () => {
  // Read quadratically, as before, each case at full size takes 5 s or more of CPU, 16 times its
  // quarter size; read in one pass, about 4 times (8 allows for the collector). CPU time, not a
  // timeout: a loaded machine stretches the wall clock, not the work. The results are checked too.
  const LINEAR_RATIO = 8;
  const expectLinear = (run: (n: number) => void, n: number) => {
    const { small, large } = growthByFour(run, n);
    expect(large, `${large.toFixed(0)} ms of CPU for ${n}, ${small.toFixed(0)} ms for ${n / 4}`).toBeLessThan(
      LINEAR_RATIO * small + 50,
    );
  };

  it('a paragraph of quotation marks that never close', () => {
    // Each unit: “ and ‘ open and never close, « opens inside them and ” closes it. Every “ and ‘
    // but the last holds a later quote opened by the same mark (a stray mark); the last “ stays
    // open. Each soldiers’ is a possessive because the final ’ can still close the last ‘: found by
    // one look ahead, not one per unit.
    const unclosed = (n: number) =>
      `${Array.from({ length: n }, () => '“a ‘b the soldiers’ homes « c ”').join(' ')} end,’ she said.`;
    const n = 40_000;
    const text = unclosed(n);
    const quotes = findQuotes(text, { start: 0, end: text.length });
    expect(quotes.length).toBe(n + 2);
    expect(quotes.filter((q) => q.close === null)).toEqual([
      { open: text.lastIndexOf('“'), openWidth: 1, close: null, closeWidth: 1, runsOn: false },
    ]);
    expect(quotes.slice(0, 2)).toEqual([
      { open: 26, openWidth: 1, close: 30, closeWidth: 1, runsOn: false },
      { open: 58, openWidth: 1, close: 62, closeWidth: 1, runsOn: false },
    ]);
    expect(quotes.at(-2)).toEqual({
      open: text.lastIndexOf('‘'),
      openWidth: 1,
      close: text.lastIndexOf('’'),
      closeWidth: 1,
      runsOn: true,
    });
    expectLinear((m) => {
      const t = unclosed(m);
      findQuotes(t, { start: 0, end: t.length });
    }, n);
  });

  it('a paragraph of quotes closing into their attributions', () => {
    const closing = (n: number) =>
      Array.from({ length: n }, (_, i) => `“We left at ${i},” she said. It was late.`).join(' ');
    const n = 30_000;
    const text = closing(n);
    const sentences = splitSentences(text, splitParagraphs(text));
    expect(sentences.length).toBe(2 * n);
    expect(sentences.slice(-2).map((s) => text.slice(s.span.start, s.span.end))).toEqual([
      `“We left at ${n - 1},” she said.`,
      'It was late.',
    ]);
    expectLinear((m) => {
      const t = closing(m);
      splitSentences(t, splitParagraphs(t));
    }, n);
  });
});
