import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Attribution, Span } from '../../model.js';
import { contentIndex } from './content-index.js';

const frame = (claimant: string, start: number, end: number): Attribution => ({
  claimant,
  claimantSpan: null,
  role: null,
  cue: 'said',
  cueSpan: { start: 0, end: 4 },
  content: { start, end },
  sentence: 0,
  carried: false,
  continuesQuote: false,
  reports: 'words',
  by: 'attribution/test',
  why: { frame: 'attribution/test', claimant: [] },
});

// The definition the index must agree with: read every frame, keep the first of the shortest holding the span.
function byScan(frames: readonly Attribution[], span: Span): Attribution | null {
  let best: Attribution | null = null;
  for (const x of frames) {
    if (x.content.start > span.start || x.content.end < span.end) continue;
    if (!best || x.content.end - x.content.start < best.content.end - best.content.start) best = x;
  }
  return best;
}

describe('contentIndex', () => {
  it('finds the inner frame of nested reports: "the ministry said a doctor told them 40 died" → the doctor', () => {
    const outer = frame('the ministry', 10, 80);
    const inner = frame('a doctor', 40, 80);
    const index = contentIndex([outer, inner]);
    expect(index.innermost({ start: 60, end: 62 })?.claimant).toBe('a doctor');
    expect(index.innermost({ start: 20, end: 22 })?.claimant).toBe('the ministry');
    expect(index.innermost({ start: 85, end: 87 })).toBeNull();
  });

  it('keeps the first of two frames with the same content, as they were given', () => {
    const index = contentIndex([frame('B', 5, 30), frame('A', 5, 30)]);
    expect(index.innermost({ start: 10, end: 12 })?.claimant).toBe('B');
  });

  it('answers as a scan of every frame does, past a long frame that starts early', () => {
    const span = fc.tuple(fc.nat(300), fc.nat(60)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 40 }),
        fc.array(span, { minLength: 1, maxLength: 20 }),
        (contents, queries) => {
          const frames = contents.map((c, i) => frame(`claimant ${i}`, c.start, c.end));
          frames.push(frame('the whole report', 0, 400));
          const index = contentIndex(frames);
          for (const q of queries) expect(index.innermost(q)).toBe(byScan(frames, q));
        },
      ),
    );
  });
});
