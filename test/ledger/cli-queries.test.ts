import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, cli, root, type CliResult, type Summary } from '../hostile/cli-harness.js';

// Three reports written for these tests (test/ledger/texts): two outlets on one strike, one on detentions.
const TEXTS = join(root, 'test/ledger/texts');
let dir: string;
let db: string;
/** Claim counts per document id, from a fresh `crosscheck extract` of the same texts. */
let extracted: Map<string, { figures: number; statements: number }>;
const run = (args: string[]): Promise<CliResult> => cli([...args, '--db', db], dir);
const json = <T>(r: CliResult): T => {
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as T;
};
const jsonl = (s: string) =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

interface Figure {
  documentId: string;
  outlet: string;
  metric: string;
  value: number;
  qualifier: string;
  who: string | null;
  asOf: string;
  source: string | null;
  evidence: string;
  span: { start: number; end: number };
}

/** A usage error: exit 1, one line naming the command and the reason, then the usage, and no stack trace. */
function expectUsageError(r: CliResult, command: string, reason: RegExp): void {
  expect(r.status).toBe(1);
  expect(r.stdout).toBe('');
  const [first, blank, usage] = r.stderr.split('\n');
  expect(first).toMatch(new RegExp(`^crosscheck ${command}: `));
  expect(first).toMatch(reason);
  expect([blank, usage]).toEqual(['', expect.stringMatching(`^Usage: crosscheck ${command}`)]);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
}

beforeAll(async () => {
  buildIfStale();
  dir = mkdtempSync(join(tmpdir(), 'cc-ledger-cli-'));
  db = join(dir, 'ledger.db');
  const r = await run(['ingest', TEXTS, '--json', '--jobs', '1']);
  expect(json<Summary>(r)).toMatchObject({ read: 3, stored: 3, duplicates: 0, versions: 0, failed: 0 });
  const x = await cli(
    [
      'extract',
      join(TEXTS, 'dornwick-market.txt'),
      join(TEXTS, 'dornwick-command.txt'),
      join(TEXTS, 'kelmar-detentions.txt'),
    ],
    dir,
  );
  extracted = new Map(
    jsonl(x.stdout).map((e) => [
      (e.document as { id: string }).id,
      { figures: (e.figures as unknown[]).length, statements: (e.statements as unknown[]).length },
    ]),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crosscheck figures', () => {
  it('gives each figure its claimant, group, date and the exact words of its evidence', async () => {
    const figures = json<Figure[]>(
      await run(['figures', '--format', 'json', '--metric', 'killed', '--outlet', 'harbour']),
    );
    const market = figures.find((f) => f.evidence === 'at least 12' && f.who === 'people');
    expect(market).toMatchObject({
      outlet: 'Harbour Ledger',
      value: 12,
      qualifier: 'at_least',
      asOf: '2025-05-13',
      source: expect.stringMatching(/health department$/),
    });
    // The other side's figure for the same strike is in the other outlet, under its own claimant.
    const command = json<Figure[]>(
      await run(['figures', '--format', 'json', '--metric', 'killed', '--source', 'northern command']),
    );
    expect(command.map((f) => [f.metric, f.value, f.who, f.outlet])).toEqual([
      ['killed', 7, 'fighters', 'Plainsfield Courier'],
    ]);
    // Evidence is the text the span points at in the stored document.
    const shown = JSON.parse((await run(['show', market!.documentId, '--format', 'json'])).stdout) as {
      document: { text: string };
    };
    expect(shown.document.text.slice(market!.span.start, market!.span.end)).toBe('at least 12');
  });

  it('filters by metric, claimant (none = the outlet’s own voice), group, dates and limit', async () => {
    const pick = async (...args: string[]) =>
      json<Figure[]>(await run(['figures', '--format', 'json', ...args])).map(
        (f) => `${f.metric} ${f.value} ${f.source ?? '-'}`,
      );
    expect(await pick('--metric', 'detained')).toEqual([
      'detained 85 Rights group',
      'detained 85 the Kelmar Rights Monitor',
    ]);
    expect(await pick('--source', 'none')).toEqual(['killed 2 -']);
    expect(await pick('--who', 'residents')).toEqual(['fled 1200 Rescue workers']);
    expect(await pick('--from', '2025-05-13', '--to', '2025-05-13')).toEqual([
      expect.stringMatching(/^killed 12 .*health department$/),
      expect.stringMatching(/^injured 40 .*health department$/),
    ]);
    expect(await pick('--from', '2025-05-16', '--limit', '2')).toHaveLength(2);
    expect(await pick('--metric', 'displaced')).toEqual([]);
  });

  it('writes CSV as raw data: the contract’s field names, numbers, true/false, full ids, quoted where needed', async () => {
    const r = await run(['figures', '--format', 'csv', '--metric', 'fled']);
    expect(r.status).toBe(0);
    const [header, row, end] = r.stdout.split('\n');
    expect(header).toBe(
      'id,documentId,outlet,published,version,latest,metric,value,high,unit,qualifier,vague,who,asOf,asOfBasis,since,source,cue,evidence,by,why,via,span.start,span.end,sentence.start,sentence.end,sourceSpan.start,sourceSpan.end,asOfSpan.start,asOfSpan.end,cueSpan.start,cueSpan.end',
    );
    expect(row).toMatch(
      /^\d+,[0-9a-f]{64},Harbour Ledger,2025-05-14,1,true,fled,1200,,people,more_than,false,residents,2025-05-14,(stated|implied),,Rescue workers,[^,]*,"more than 1,200",[^,]+,"\{""metric"":""figures\/.*\}",,\d+,\d+,\d+,\d+,\d+,\d+,\d*,\d*,\d*,\d*$/,
    );
    expect(end).toBe('');
  });

  it('prints a table for people, with the outlet’s own voice named as such', async () => {
    const r = await run(['figures', '--source', 'none', '--wide']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^as of\s+metric\s+value\s+who\s+source\s+outlet\s+evidence\s+document$/);
    expect(lines[1]).toMatch(/^─+  ─+/);
    expect(lines[2]).toMatch(
      /^2025-05-16 \(pub\)\s+killed\s+2\s+people\s+\(outlet’s own voice\)\s+Harbour Ledger\s+\[Two\] .+\s+[0-9a-f]{10}$/,
    );
  });
});

describe('crosscheck statements and documents', () => {
  it('lists statements with speaker, role and cue as JSON Lines', async () => {
    const rows = jsonl((await run(['statements', '--format', 'jsonl', '--source', 'oststrand'])).stdout);
    expect(rows).toEqual([
      expect.objectContaining({
        kind: 'direct',
        speaker: 'Maren Oststrand',
        speakerRole: 'a spokesperson for the command',
        cue: 'told',
        text: 'Every target was checked twice, and the market was never in our sights',
        outlet: 'Plainsfield Courier',
        published: '2025-05-15',
      }),
    ]);
  });

  it('lists documents with their claim counts, newest first, in a stable JSON shape', async () => {
    const docs = json<Array<Record<string, unknown>>>(await run(['documents', '--format', 'json']));
    expect(docs.map((d) => [d.published, d.outlet])).toEqual([
      ['2025-05-16', 'Harbour Ledger'],
      ['2025-05-15', 'Plainsfield Courier'],
      ['2025-05-14', 'Harbour Ledger'],
    ]);
    for (const d of docs)
      expect({ figures: d.figures, statements: d.statements }).toEqual(extracted.get(d.id as string));
    expect(Object.keys(docs[0]!)).toEqual([
      'id',
      'origin',
      'url',
      'title',
      'outlet',
      'published',
      'dateline',
      'language',
      'publishedBy',
      'publishedPartial',
      'agency',
      'version',
      'latest',
      'previousId',
      'supersededBy',
      'ingestedAt',
      'figures',
      'statements',
    ]);
    expect(docs[0]).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{64}$/),
      title: 'Rights group says 85 men detained in Kelmar sweep',
      dateline: 'Kelmar',
      language: 'en',
      publishedBy: 'metadata/dateline-date',
      publishedPartial: null,
      version: 1,
      latest: true,
      previousId: null,
    });
  });
});

describe('crosscheck show and search', () => {
  it('shows a document with its figures and statements marked in the text and explained below', async () => {
    const [doc] = json<Array<{ id: string }>>(await run(['documents', '--format', 'json', '--outlet', 'plainsfield']));
    const r = await run(['show', doc!.id.slice(0, 8)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'Northern Command says depot strike near Dornwick hit only fighters\nPlainsfield Courier · 2025-05-15 ·',
    );
    expect(r.stdout).toContain('killed [F1 7] fighters');
    expect(r.stdout).toContain(
      '"{S3 Every target was checked twice, and the market was never in our sights}," Colonel Maren Oststrand',
    );
    expect(r.stdout).toContain('F1  killed 7 (exact) fighters · as of 2025-05-14 · source: The Northern Command');
    expect(r.stdout).toContain('S3  direct · Maren Oststrand (a spokesperson for the command) · told');
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('finds words in texts and statements, with match offsets in JSON and marks in the table', async () => {
    type Hit = {
      kind: string;
      snippet: string;
      speaker: string | null;
      matches: Array<{ start: number; end: number }>;
      snippetSpan: { start: number; end: number };
      documentId: string;
    };
    const hits = json<Hit[]>(await run(['search', 'bread', '--format', 'json']));
    expect(hits.map((h) => h.kind)).toEqual(['document', 'statement']);
    for (const h of hits) {
      expect(h.snippet).not.toMatch(/[[\]]/);
      expect(h.matches.map((m) => h.snippet.slice(m.start, m.end))).toEqual(['bread']);
      // The snippet's offsets place it in the stored text.
      const text = (
        JSON.parse((await run(['show', h.documentId, '--format', 'json'])).stdout) as { document: { text: string } }
      ).document.text;
      expect(text.slice(h.snippetSpan.start, h.snippetSpan.end)).toBe(h.snippet.replace(/^…|…$/g, ''));
    }
    expect(hits[0]!.snippet).toContain('families buying bread');
    expect(hits[1]!.speaker).toBe('Ilse Varnholt');
    const table = await run(['search', 'bread']);
    expect(table.stdout).toContain('families buying [bread]');
    const none = await run(['search', 'submarine']);
    expect([none.status, none.stderr]).toEqual([0, 'no matches for "submarine"\n']);
  });
});

describe('crosscheck export', () => {
  it('streams each document as one line in extract’s shape: its text, every claim with its spans, every entity', async () => {
    type Span = { start: number; end: number };
    type Doc = {
      document: { id: string; text: string; version: number; latest: boolean; origins: string[] };
      figures: Array<{
        span: Span;
        sentence: Span;
        evidence: string;
        metric: string;
        value: number;
        source: string | null;
        by: string;
      }>;
      statements: Array<{ span: Span; text: string; speakerSpan: Span | null; why: unknown }>;
      entities: Array<{ name: string; type: string; mentions: Span[] }>;
    };
    const docs = jsonl((await run(['export'])).stdout) as unknown as Doc[];
    expect(docs).toHaveLength(3);
    for (const d of docs) {
      expect(extracted.get(d.document.id)).toEqual({ figures: d.figures.length, statements: d.statements.length });
      expect(d.document.origins.length).toBeGreaterThan(0);
      // Every span points into the exported text: a reader can check each claim without the ledger.
      for (const f of d.figures) {
        expect(d.document.text.slice(f.span.start, f.span.end)).toBe(f.evidence);
        expect(d.document.text.slice(f.sentence.start, f.sentence.end)).toContain(f.evidence);
        expect(f.by).toMatch(/^figures\//);
      }
      for (const st of d.statements) expect(d.document.text.slice(st.span.start, st.span.end)).toBe(st.text);
      for (const e of d.entities)
        for (const m of e.mentions) expect(d.document.text.slice(m.start, m.end).length).toBeGreaterThan(0);
    }
    expect(docs.flatMap((d) => d.entities).length).toBeGreaterThan(0);
    expect(docs.flatMap((d) => d.figures).find((f) => f.source === null)).toMatchObject({
      metric: 'killed',
      value: 2,
      evidence: 'Two',
    });
    // Provenance is exported with each claim: the spans of the claimant and the cue, and the rule
    // behind each decided field.
    const attributed = docs.flatMap((d) => d.figures).find((f) => f.source === 'The Northern Command')!;
    expect(attributed).toMatchObject({
      sourceSpan: { start: expect.any(Number), end: expect.any(Number) },
      cueSpan: { start: expect.any(Number), end: expect.any(Number) },
      why: {
        metric: expect.stringMatching(/^figures\//),
        qualifier: expect.stringMatching(/^numbers\//),
        source: { frame: expect.stringMatching(/^attribution\//), claimant: expect.any(Array) },
      },
    });
    for (const d of docs) {
      expect(d).toHaveProperty('messages');
      for (const st of d.statements)
        expect(st).toMatchObject({ why: { kind: expect.stringMatching(/^statements\//) } });
    }
  });

  it('exports one table as CSV with a header of field names', async () => {
    const r = await run(['export', '--format', 'csv', '--what', 'statements']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'id,documentId,outlet,published,version,latest,kind,speaker,speakerRole,cue,text,by,why,span.start,span.end,speakerSpan.start,speakerSpan.end,cueSpan.start,cueSpan.end',
    );
    expect(lines).toHaveLength(1 + [...extracted.values()].reduce((n, c) => n + c.statements, 0));
    // A quoted word inside the statement is doubled inside a quoted field.
    expect(lines.find((l) => l.includes('interior ministry') && l.includes(',indirect,'))).toContain(
      '"those held were ""suspects, questioned under the law""',
    );
    const entities = (await run(['export', '--format', 'csv', '--what', 'entities'])).stdout.split('\n');
    expect(entities[0]).toBe('documentId,name,type,mentions,by');
    expectUsageError(await run(['export', '--format', 'csv']), 'export', /CSV holds one table: choose it with --what/);
  });
});

describe('usage errors', () => {
  it('exits 1 with the reason on one line and the usage, never a stack trace', async () => {
    expectUsageError(
      await run(['figures', '--metric', 'wounded']),
      'figures',
      /--metric must be one of killed, injured, .*, not "wounded"$/,
    );
    expectUsageError(await run(['figures', '--metric', 'kiled']), 'figures', /not "kiled"; did you mean killed\?$/);
    expectUsageError(
      await run(['figures', '--from', '14/05/2025']),
      'figures',
      /--from: "14\/05\/2025" is not a date written YYYY-MM-DD$/,
    );
    // The word a user reaches for names the option that does it; an unrelated word gets no guess.
    expectUsageError(
      await run(['statements', '--speaker', 'x']),
      'statements',
      /unknown option --speaker; did you mean --source\?$/,
    );
    expectUsageError(
      await run(['figures', '--claimant', 'x']),
      'figures',
      /unknown option --claimant; did you mean --source\?$/,
    );
    expectUsageError(
      await run(['statements', '--speakr', 'x']),
      'statements',
      /unknown option --speakr; did you mean --source\?$/,
    );
    expectUsageError(await run(['statements', '--colour', 'x']), 'statements', /unknown option --colour$/);
    expectUsageError(
      await run(['figures', '--metrc', 'killed']),
      'figures',
      /^crosscheck figures: unknown option --metrc; did you mean --metric\?$/,
    );
    expectUsageError(
      await run(['figures', '--limit', '-5']),
      'figures',
      /--limit takes a whole number of at least 1, not "-5"$/,
    );
    expectUsageError(await run(['figures', '--limit']), 'figures', /--limit needs a value \(N\)$/);
    expectUsageError(
      await run(['documents', '--format', 'xml']),
      'documents',
      /--format must be one of table, json, jsonl, csv, not "xml"$/,
    );
    expectUsageError(await run(['export', '--format', 'table']), 'export', /--format must be one of jsonl, json, csv/);
    expectUsageError(await run(['search']), 'search', /needs some words/);
    expectUsageError(await run(['show']), 'show', /needs a document id/);
    expectUsageError(await run(['figures', 'killed']), 'figures', /unexpected argument "killed"/);
  });

  it('names a missing ledger on one line', async () => {
    const r = await cli(['figures', '--db', join(dir, 'nowhere.db')], dir);
    expect([r.status, r.stdout, r.stderr]).toEqual([
      1,
      '',
      `crosscheck figures: ${join(dir, 'nowhere.db')}: no ledger here yet (run "crosscheck ingest" first)\n`,
    ]);
  });
});
