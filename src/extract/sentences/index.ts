import type { Sentence, Span } from '../../model.js';

/** Paragraphs are runs of text separated by blank lines; spans exclude surrounding white space. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\S[\s\S]*?(?=\n[ \t]*\n|\s*$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * Splits each paragraph into sentences.
 * Placeholder splitter: ends a sentence at . ! ? (plus closing quotes) before white space and a capital.
 */
export function splitSentences(text: string, paragraphs: Span[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    let start = p.start;
    const re = /[.!?]["'”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;
    const body = text.slice(p.start, p.end);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const end = p.start + m.index + m[0].trimEnd().length;
      out.push({ span: { start, end }, paragraph, by: 'sentences/terminal-punctuation' });
      start = p.start + m.index + m[0].length;
    }
    if (start < p.end) out.push({ span: { start, end: p.end }, paragraph, by: 'sentences/paragraph-end' });
  });
  return out;
}
