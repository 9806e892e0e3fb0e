import { strict as assert } from 'node:assert';
import { dateRole } from '../../src/extract/dates/index.js';
import { analyse, extract } from '../../src/extract/index.js';
import { readHtml } from '../../src/ingest/index.js';
import type { Extraction, SourceDocument, Span } from '../../src/model.js';

/**
 * What a test case in `test/cases/<stage>/<slug>/` records of its input, stage by stage: the
 * stage's output with every span as the words it covers, so a reviewer reads the expected JSON
 * without counting offsets. Each stage is reached through the pipeline's stable doors
 * (`analyse` and `extract` of src/extract/index.ts, `readHtml` of src/ingest/index.ts, and a
 * stage's own index.ts for a helper it exports), never through a stage's inner files, so the stage
 * code can be rearranged without touching a case. Checks that hold for every case (spans inside the
 * text, a statement's text equal to its span) are asserted here.
 */

/** A case's settings (`case.json`), all optional. */
export interface CaseSpec {
  /** What the case shows, for the reviewer. */
  about?: string;
  /** The publication date known before extraction (`YYYY-MM-DD`), as a page's metadata would give it. */
  published?: string;
  /** A seed article read from the shared folder instead of an input file: its name, e.g. "gaza-city-street-fighting". */
  seed?: string;
}

/** A stage's record of one input: its output under the stage's name. */
export type StageOutput = Record<string, unknown>;

export interface CaseStage {
  /** The input file a case of this stage holds: `input.txt` (or `lines.txt`, one input per line), or `input.html`. */
  input: 'input.txt' | 'input.html';
  run(input: string, spec: CaseSpec): StageOutput;
}

const doc = (text: string, spec: CaseSpec): SourceDocument => ({
  origin: 'case',
  text,
  meta: spec.published ? { published: spec.published } : {},
});

const words = (text: string, span: Span | null | undefined): string | null => {
  if (!span) return null;
  assert.ok(0 <= span.start && span.start < span.end && span.end <= text.length, `span ${span.start}-${span.end}`);
  return text.slice(span.start, span.end);
};

/** The spans of an extraction are inside its text and a statement's text is its span. */
function checked(x: Extraction): Extraction {
  const { text } = x.document;
  for (const f of x.figures) {
    words(text, f.span);
    assert.ok(f.sentence.start <= f.span.start && f.span.end <= f.sentence.end, 'a figure lies in its sentence');
  }
  for (const s of x.statements) assert.equal(words(text, s.span), s.text);
  for (const e of x.entities) for (const m of e.mentions) words(text, m);
  return x;
}

/** Only the keys whose value is not undefined, so optional fields are left out rather than null. */
const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export const STAGES: Record<string, CaseStage> = {
  sentences: {
    input: 'input.txt',
    run(text, spec) {
      const { sentences } = analyse(doc(text, spec));
      let last = 0;
      return {
        sentences: sentences.map((s) => {
          // In order, never overlapping, trimmed.
          assert.ok(s.span.start >= last, 'sentences in order');
          last = s.span.end;
          const t = words(text, s.span)!;
          assert.equal(t, t.trim());
          return { paragraph: s.paragraph, by: s.by, text: t };
        }),
      };
    },
  },
  metadata: {
    input: 'input.txt',
    run(text, spec) {
      const { datelineSpan, datelinePrefix, messages, ...rest } = analyse(doc(text, spec)).meta;
      if (datelineSpan) assert.equal(words(text, datelineSpan)!.toLowerCase(), rest.dateline!.toLowerCase());
      return {
        metadata: {
          ...rest,
          datelinePrefix: words(text, datelinePrefix),
          messages: (messages ?? []).map((m) => ({ rule: m.rule, level: m.level, at: words(text, m.span) })),
        },
      };
    },
  },
  dates: {
    input: 'input.txt',
    run(text, spec) {
      return {
        dates: analyse(doc(text, spec)).dates.map((m) => {
          assert.equal(words(text, m.span), m.text);
          return { text: m.text, date: m.date, yearStated: m.yearStated, role: dateRole(text, m), by: m.by };
        }),
      };
    },
  },
  numbers: {
    input: 'input.txt',
    run(text, spec) {
      return {
        numbers: analyse(doc(text, spec)).numbers.map((m) =>
          defined({
            text: words(text, m.span),
            value: m.value,
            high: m.high,
            qualifier: m.qualifier,
            vague: m.vague,
            percent: m.percent,
            by: m.by,
          }),
        ),
      };
    },
  },
  entities: {
    input: 'input.txt',
    run(text, spec) {
      return {
        entities: checked(extract(doc(text, spec))).entities.map((e) => ({
          name: e.name,
          type: e.type,
          by: e.by,
          mentions: e.mentions.map((m) => `${words(text, m)} @${m.start}`),
        })),
      };
    },
  },
  attribution: {
    input: 'input.txt',
    run(text, spec) {
      return {
        attributions: analyse(doc(text, spec)).attributions.map((a) => {
          words(text, a.content);
          assert.equal(words(text, a.cueSpan), a.cue);
          return {
            claimant: a.claimant,
            claimantText: words(text, a.claimantSpan),
            role: a.role,
            cue: a.cue,
            content: words(text, a.content),
            carried: a.carried,
            by: a.by,
          };
        }),
      };
    },
  },
  statements: {
    input: 'input.txt',
    run(text, spec) {
      return {
        statements: checked(extract(doc(text, spec))).statements.map((s) =>
          defined({
            kind: s.kind,
            speaker: s.speaker,
            speakerText: words(text, s.speakerSpan),
            speakerRole: s.speakerRole,
            cue: s.cue,
            text: s.text,
            by: s.by,
            why: s.why,
          }),
        ),
      };
    },
  },
  figures: {
    input: 'input.txt',
    run(text, spec) {
      return {
        figures: checked(extract(doc(text, spec))).figures.map((f) =>
          defined({
            text: words(text, f.span),
            value: f.value,
            high: f.high,
            unit: f.unit,
            qualifier: f.qualifier,
            vague: f.vague,
            metric: f.metric,
            who: f.who,
            asOf: f.asOf,
            asOfBasis: f.asOfBasis,
            asOfText: words(text, f.asOfSpan) ?? undefined,
            since: f.since,
            source: f.source,
            sourceText: words(text, f.sourceSpan) ?? undefined,
            cue: f.cue ?? null,
            by: f.by,
            why: f.why,
          }),
        ),
      };
    },
  },
  html: {
    input: 'input.html',
    run(html) {
      const a = readHtml(html);
      for (const s of a.htmlMap)
        assert.equal(
          html.slice(s.htmlStart, s.htmlStart + s.length),
          a.text.slice(s.textStart, s.textStart + s.length),
        );
      return {
        article: {
          text: a.text.split('\n'),
          meta: a.meta,
          htmlMap: a.htmlMap.map((s) => ({ ...s, text: a.text.slice(s.textStart, s.textStart + s.length) })),
        },
      };
    },
  },
};
