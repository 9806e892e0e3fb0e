import { describe, expect, it } from 'vitest';
import type { Figure } from '../../model.js';
import { analyse } from '../index.js';
import { isMedium } from './relays.js';

// The relay chain a figure came through (Figure.via). Every sentence here is invented.

function figureOf(text: string): Pick<Figure, 'source' | 'via'> {
  const f = analyse({ origin: 'test', text, meta: { published: '2025-01-01' } }).figures[0]!;
  return { source: f.source, via: f.via };
}

const via = (f: Pick<Figure, 'via'>) => f.via?.map((r) => [r.name, r.cue, r.by]);

describe('relays', () => {
  it('reads a medium that quoted the figures', () => {
    const f = figureOf(
      'According to figures from the regional health department quoted by Radio Tolvaren, 61 people were killed.',
    );
    expect(f.source).toBe('the regional health department');
    expect(via(f)).toEqual([['Radio Tolvaren', 'quoted by', 'attribution/relay-quoted-by']]);
  });

  it('reads a medium told the figures, and no relay for reporters', () => {
    const f = figureOf("The city's emergency service told Radio Tolvaren that 14 people were killed.");
    expect(f.source).toBe("The city's emergency service");
    expect(via(f)).toEqual([['Radio Tolvaren', 'told', 'attribution/relay-told-medium']]);
    const reporters = figureOf('The governor told reporters that nine people were injured.');
    expect(reporters).toEqual({ source: 'The governor', via: undefined });
  });

  it('reads a medium that quoted someone as saying the figures', () => {
    const f = figureOf(
      'Today, the Kestrel News Agency quoted the health minister, Dr. Dana Varin, as saying 40 had died.',
    );
    expect(f.source).toBe('Dana Varin');
    expect(via(f)).toEqual([['the Kestrel News Agency', 'quoted', 'attribution/relay-quoted-as-saying']]);
    const passive = figureOf('The health minister was quoted as saying that 40 people had died.');
    expect(passive).toEqual({ source: 'The health minister', via: undefined });
  });

  it('reads a statement carried by a medium', () => {
    const f = figureOf('The ministry said in a statement carried by state television that 22 people were wounded.');
    expect(f.source).toBe('The ministry');
    expect(via(f)).toEqual([['state television', 'carried by', 'attribution/relay-carried-by']]);
  });

  it("gives a medium's report of another's report to the other, via the medium", () => {
    const f = figureOf(
      'The Varish defence ministry confirmed six servicemen had been killed, the Kestrel news agency reported.',
    );
    expect(f.source).toBe('The Varish defence ministry');
    expect(via(f)).toEqual([['the Kestrel news agency', 'reported', 'attribution/relay-medium-report']]);
    // The swapped parties: only the names change.
    const g = figureOf(
      'The Kestrel defence ministry confirmed six servicemen had been killed, the Varish news agency reported.',
    );
    expect(g.source).toBe('The Kestrel defence ministry');
    expect(via(g)).toEqual([['the Varish news agency', 'reported', 'attribution/relay-medium-report']]);
  });

  it('gives a figure to the claimant a party cites, via the citing party', () => {
    const f = figureOf(
      'The Tolvaren relief office, citing the Varish health ministry, said 37 people had been killed.',
    );
    expect(f.source).toBe('the Varish health ministry');
    expect(via(f)).toEqual([['The Tolvaren relief office', 'citing', 'attribution/relay-citing']]);
    // The swapped parties: only the names change.
    const g = figureOf(
      'The Varish relief office, citing the Tolvaren health ministry, said 37 people had been killed.',
    );
    expect(g.source).toBe('the Tolvaren health ministry');
    expect(via(g)).toEqual([['The Varish relief office', 'citing', 'attribution/relay-citing']]);
    const q = figureOf('Radio Kestrel, quoting a provincial spokesman, reported that nine guards were wounded.');
    expect(q.source).toBe('a provincial spokesman');
    expect(via(q)).toEqual([['Radio Kestrel', 'quoting', 'attribution/relay-citing']]);
  });

  it('reads a cited claimant opening the sentence, and makes it the speaker too', () => {
    const text = 'Citing local health officials, the Kestrel news agency reported that 40 villagers had fled.';
    const { figures, statements } = analyse({ origin: 'test', text, meta: { published: '2025-01-01' } });
    expect(figures[0]!.source).toBe('local health officials');
    expect(figures[0]!.via?.map((r) => r.name)).toEqual(['the Kestrel news agency']);
    expect(statements.map((s) => s.speaker)).toEqual(['local health officials']);
    expect(statements[0]!.why.speaker).toEqual({
      frame: 'attribution/claimant-verb-clause',
      claimant: ['attribution/relay-citing'],
    });
  });

  it('keeps the citing party when what it cites names no claimant', () => {
    // A document, unnamed sources and a reason are no claimant: the citing party stays the source.
    expect(figureOf('Citing police reports, Amara Selt said nine guards were killed.')).toEqual({
      source: 'Amara Selt',
      via: undefined,
    });
    expect(figureOf('The Varish website, citing its own sources, said 20 soldiers were killed.')).toEqual({
      source: 'The Varish website',
      via: undefined,
    });
    expect(figureOf('The army, citing security concerns, said 300 residents had fled.')).toEqual({
      source: 'The army',
      via: undefined,
    });
    expect(figureOf('The monitor, citing sources in the province, said 14 people were wounded.')).toEqual({
      source: 'The monitor',
      via: undefined,
    });
  });

  it('tells a medium from a body’s own office', () => {
    expect(isMedium('Radio Tolvaren')).toBe(true);
    expect(isMedium('the Kestrel news agency')).toBe(true);
    expect(isMedium('state television')).toBe(true);
    expect(isMedium("the army's media office")).toBe(false);
    expect(isMedium('the UN refugee agency')).toBe(false);
    expect(isMedium('reporters')).toBe(false);
  });
});
