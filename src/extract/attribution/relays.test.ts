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

  it('tells a medium from a body’s own office', () => {
    expect(isMedium('Radio Tolvaren')).toBe(true);
    expect(isMedium('the Kestrel news agency')).toBe(true);
    expect(isMedium('state television')).toBe(true);
    expect(isMedium("the army's media office")).toBe(false);
    expect(isMedium('the UN refugee agency')).toBe(false);
    expect(isMedium('reporters')).toBe(false);
  });
});
