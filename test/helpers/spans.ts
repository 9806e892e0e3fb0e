import { expect } from 'vitest';
import type { Extraction, Span } from '../../src/model.js';

/** The one span check every test uses: half-open, inside the text, non-empty. */
export function assertSpan(text: string, span: Span, label = 'span'): void {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), `${label} integer`).toBe(true);
  expect(span.start, `${label} start`).toBeGreaterThanOrEqual(0);
  expect(span.end, `${label} end`).toBeLessThanOrEqual(text.length);
  expect(span.start, `${label} non-empty`).toBeLessThan(span.end);
}

/** Checks every span of an extraction and that reported texts equal their evidence. */
export function assertSpans(x: Extraction): void {
  const { text } = x.document;
  for (const f of x.figures) {
    assertSpan(text, f.span, 'figure.span');
    assertSpan(text, f.sentence, 'figure.sentence');
    expect(f.sentence.start <= f.span.start && f.span.end <= f.sentence.end, 'figure inside its sentence').toBe(true);
  }
  for (const s of x.statements) {
    assertSpan(text, s.span, 'statement.span');
    expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
  }
  for (const e of x.entities) for (const m of e.mentions) assertSpan(text, m, `entity ${e.name}`);
}
