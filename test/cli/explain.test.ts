import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate, type Mark } from '../../src/cli/excerpt.js';
import { explainExtraction } from '../../src/cli/explain.js';
import { documentId } from '../../src/extract/index.js';
import type { Extraction } from '../../src/model.js';
import { openLedger } from '../../src/store/ledger.js';
import { HAND_MADE } from '../helpers/hand-made.js';
import { buildIfStale, cli, root } from '../hostile/cli-harness.js';

const plain = (s: string) => s.replace(/\x1b\[[\d;]*m/g, '');

/** The column under which `needle` starts in `line` (escape codes removed). */
const col = (line: string, needle: string) => plain(line).indexOf(needle);

describe('explainExtraction', () => {
  const out = explainExtraction(HAND_MADE, { color: false, width: 100 });
  const lines = out.split('\n');

  it('underlines each figure’s evidence, claimant, cue and date under the words, labelled', () => {
    const i = lines.findIndex((l) => l.startsWith('F1'));
    expect(lines[i]).toMatch(/^F1  detained · 85 men · as of 2024-02-27 · the interior ministry +line 3$/);
    const [text, under, labels] = lines.slice(i + 1, i + 4) as [string, string, string];
    expect(text).toBe('    Police detained 85 men in a sweep of the old town on Tuesday, the interior ministry said.');
    expect(under.indexOf('━━')).toBe(col(text, '85'));
    expect(under.indexOf('─'.repeat('Tuesday'.length))).toBe(col(text, 'Tuesday'));
    expect(under.slice(col(text, 'the interior'), col(text, 'the interior') + 21)).toBe('─'.repeat(21));
    expect(labels.indexOf('figure')).toBe(col(text, '85'));
    expect(labels.indexOf('asOf')).toBe(col(text, 'Tuesday'));
    expect(labels.indexOf('source')).toBe(col(text, 'the interior'));
    expect(labels.indexOf('cue')).toBe(col(text, 'said.'));
  });

  it('gives each field with the rule that decided it, a claimant as its frame and its words', () => {
    const block = out.slice(out.indexOf('F1'), out.indexOf('F2'));
    expect(block).toContain('    made by    figures/verb-then-count\n');
    expect(block).toMatch(/\n    metric     detained +figures\/trigger-detained\n/);
    expect(block).toMatch(/\n    qualifier  exact +numbers\/digits\n/);
    expect(block).toMatch(/\n    asOf       2024-02-27, stated +figures\/as-of-in-sentence\n/);
    expect(block).toMatch(/\n    since      —\n/);
    expect(block).toMatch(
      /\n    source     the interior ministry +frame attribution\/clause-then-claimant-verb\n +words attribution\/noun-phrase\n/,
    );
  });

  it('shows a claimant named in an earlier sentence in an excerpt of its own, and the chain that resolved "it"', () => {
    const block = out.slice(out.indexOf('F2'), out.indexOf('S1'));
    expect(block).toContain('    Another 12 were held overnight, it said.\n');
    expect(block).toContain('    source, line 3:\n');
    expect(block).toMatch(/words attribution\/pronoun-it\n +→ attribution\/resolve-latest-organisation\n/);
    expect(block).toMatch(
      /\n    asOf       2024-03-03, implied \(publication date\) +figures\/as-of-publication-date\n/,
    );
    expect(block).toMatch(/\n    who        —\n/);
  });

  it('marks a statement with its speaker and cue, and names its kind’s and speaker’s rules', () => {
    const block = out.slice(out.indexOf('S1'));
    expect(block.split('\n')[0]).toMatch(/^S1  direct · Ilse Varnholt +line 5$/);
    const rows = block.split('\n');
    const [text, under, labels] = rows.slice(1, 4) as [string, string, string];
    expect(under.indexOf('━')).toBe(col(text, 'They were'));
    expect(labels.indexOf('quote')).toBe(col(text, 'They were'));
    expect(labels.indexOf('speaker')).toBe(col(text, 'Ilse'));
    // "told" wraps to the next line, and its label with it.
    const cue = rows.findIndex((r) => /^ +cue$/.test(r));
    expect(rows[cue]!.indexOf('cue')).toBe(col(rows[cue - 2]!, 'told'));
    expect(block).toMatch(/\n    kind         direct +statements\/framed-quote\n/);
    expect(block).toMatch(/\n    speaker      Ilse Varnholt +frame attribution\/quote-then-claimant-verb\n/);
  });

  it('opens with the document, where its date came from, and its messages as path:line:col', () => {
    expect(lines[0]).toBe(`── kelmar.txt ${'─'.repeat(100 - 'kelmar.txt'.length - 4)}`);
    expect(out).toMatch(/\n  published  2024-03-03 +options\/published\n/);
    expect(out).toContain('\n  kelmar.txt:3:9  warning  the dateline gives no year  metadata/no-year\n');
    expect(out).toContain('2 figures, 1 statement, 0 entities');
  });

  it('stays within the width (60 columns and up: a rule id is never cut), and in colour says the same words', () => {
    for (const width of [60, 72, 80, 100, 160]) {
      const o = explainExtraction(HAND_MADE, { color: false, width });
      for (const l of o.split('\n')) expect(l.length, `${width}: ${l}`).toBeLessThanOrEqual(width);
      const c = explainExtraction(HAND_MADE, { color: true, width });
      expect(c).toContain('\x1b[');
      expect(plain(c)).toBe(o);
    }
    expect(out).not.toContain('\x1b[');
  });

  it('says once that the rules were not recorded when the extraction has no why', () => {
    const bare = {
      ...HAND_MADE,
      figures: HAND_MADE.figures.map(({ why: _w, ...f }) => f),
      statements: HAND_MADE.statements.map(({ why: _w, ...s }) => s),
    };
    const o = explainExtraction(bare, { color: false, width: 100 });
    expect(o.match(/not recorded/g)).toHaveLength(1);
    expect(o.replace(/\s+/g, ' ')).toContain(
      ' The rules behind the fields of 2 figures and 1 statement were not recorded: each shows only the rule that made it. ',
    );
    expect(o).toMatch(/\n    made by    figures\/verb-then-count\n    metric     detained\n/);
    expect(o).not.toContain('frame ');
  });
});

describe('annotate', () => {
  it('keeps the two ends of a long quote and of long context, so an excerpt stays short', () => {
    const long = `Lead ${'words '.repeat(60)}then "${'quoted '.repeat(80)}end" she said, and ${'more '.repeat(60)}.`;
    const quote = { start: long.indexOf('"') + 1, end: long.indexOf('end"') + 3 };
    const rows = annotate(
      long,
      { start: 0, end: long.length },
      [{ span: quote, label: 'quote', style: 'statement', primary: true }],
      {
        color: false,
        width: 80,
      },
    );
    expect(rows.length).toBeLessThanOrEqual(12);
    expect(rows.join('\n')).toContain('…');
    expect(rows.join('\n')).toContain('end" she said');
  });

  it('draws every underline under the words of the line above and every label once', () => {
    const word = fc.stringMatching(/^[A-Za-z,.“”]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(30)), { maxLength: 4 }),
        fc.integer({ min: 40, max: 120 }),
        (words, picks, width) => {
          const text = words.join(' ');
          // Marks over words (a span of the extractor never holds only spaces).
          const marks: Mark[] = picks
            .map(([s, n], i): Mark => {
              const start = s % text.length;
              return { span: { start, end: Math.min(text.length, start + n + 1) }, label: `m${i}`, style: 'cue' };
            })
            .filter((m) => text.slice(m.span.start, m.span.end).trim() !== '');
          const rows = annotate(text, { start: 0, end: text.length }, marks, { color: false, width });
          for (const r of rows) expect(r.length).toBeLessThanOrEqual(width);
          // An underline starts under a character and ends within the line above it.
          for (let i = 1; i < rows.length; i++)
            if (/^ *[─━]/.test(rows[i]!)) {
              expect(rows[i]!.length, `${rows[i - 1]}\n${rows[i]}`).toBeLessThanOrEqual(rows[i - 1]!.length);
              for (const run of rows[i]!.matchAll(/[─━]+/g)) expect(rows[i - 1]![run.index]).not.toBe(' ');
            }
          const labels = rows.filter((r) => /^ *m\d/.test(r)).join(' ');
          for (const m of marks) expect(labels.split(/ +/).filter((l) => l === m.label).length).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('crosscheck extract --explain and show --why', () => {
  const file = join(root, 'test/ledger/texts/dornwick-command.txt');
  beforeAll(() => buildIfStale());

  it('prints each claim with its sentence marked, plain off a terminal, at the width COLUMNS gives', async () => {
    const r = await cli(['extract', file, '--explain'], root, { ...process.env, COLUMNS: '72', NO_COLOR: '' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('\x1b[');
    for (const l of r.stdout.split('\n')) expect(l.length, l).toBeLessThanOrEqual(72);
    expect(r.stdout).toMatch(/^── .*dornwick-command\.txt ─+\n/);
    expect(r.stdout).toMatch(/\nF1  killed · 7 fighters · as of 2025-05-14 · The Northern Command\n +line 5\n/);
    expect(r.stdout).toContain('figure');
    expect(r.stdout).toMatch(/\n    made by    figures\/[a-z-]+\n/);
    expect(r.stdout).toMatch(/\nS\d  direct · Maren Oststrand/);
  });

  it('names the rule behind every field the extractor decided', async () => {
    const r = await cli(['extract', file, '--explain'], root, { ...process.env, COLUMNS: '100', NO_COLOR: '' });
    expect(r.stdout).not.toContain('not recorded');
    const f1 = r.stdout.slice(r.stdout.indexOf('\nF1 '), r.stdout.indexOf('\nF2 '));
    for (const field of ['metric', 'qualifier', 'who', 'asOf'])
      expect(f1).toMatch(new RegExp(`\\n    ${field} +\\S.* {2,}(figures|numbers)/[a-z-]+\\n`));
    expect(f1).toMatch(
      /\n    source     The Northern Command +frame attribution\/[a-z-]+\n +words attribution\/[a-z-]+( → attribution\/[a-z-]+)*\n/,
    );
    const direct = r.stdout.slice(r.stdout.indexOf('direct · Maren Oststrand'));
    expect(direct).toMatch(/\n    kind         direct +statements\/[a-z-]+\n/);
    expect(direct).toMatch(/\n    speaker      Maren Oststrand +frame attribution\/[a-z-]+\n/);
  });

  it('shows the same from the ledger: show DOC --why of an ingested file prints what extract --explain printed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-why-'));
    try {
      const env = { ...process.env, COLUMNS: '100', NO_COLOR: '', CROSSCHECK_DB: join(dir, 'l.db') };
      expect((await cli(['ingest', file], root, env)).status).toBe(0);
      const [doc] = JSON.parse((await cli(['documents', '--format', 'json'], root, env)).stdout) as Array<{
        id: string;
      }>;
      const shown = await cli(['show', doc!.id.slice(0, 10), '--why'], root, env);
      expect(shown.stderr).toBe('');
      expect(shown.stdout).toBe((await cli(['extract', file, '--explain'], root, env)).stdout);
      expect(shown.stdout).toContain('frame attribution/');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('colours with --color and not with NO_COLOR on a terminal-less run', async () => {
    const coloured = await cli(['extract', file, '--explain', '--color'], root);
    expect(coloured.stdout).toContain('\x1b[1;33m7\x1b[0m');
    const plainRun = await cli(['extract', file, '--explain'], root, { ...process.env, NO_COLOR: '1' });
    expect(plainRun.stdout).toBe(plain(coloured.stdout));
  });

  it('refuses --explain with --json or --jsonl in one line and the usage', async () => {
    const r = await cli(['extract', file, '--explain', '--json'], root);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      'crosscheck extract: --explain prints for people and --json for programs: choose one',
    );
  });
});

describe('crosscheck show DOC --why', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-show-why-'));
  const db = join(dir, 'ledger.db');
  const bareText = 'Rescuers pulled 9 people from the rubble in Dornwick, the civil defence said.';
  beforeAll(() => {
    buildIfStale();
    const ledger = openLedger(db);
    ledger.store(HAND_MADE);
    // A document stored without the rules of its fields, as by a crosscheck before they were kept.
    ledger.store({
      ...HAND_MADE,
      document: { ...HAND_MADE.document, id: documentId(bareText), origin: 'bare.txt', text: bareText },
      figures: [
        {
          ...HAND_MADE.figures[0]!,
          span: { start: 16, end: 17 },
          sentence: { start: 0, end: bareText.length },
          why: undefined,
        },
      ],
      statements: [],
      messages: [],
    } as unknown as Extraction);
    ledger.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('explains a stored document as extract --explain does, from the ledger’s own record', async () => {
    const r = await cli(['show', HAND_MADE.document.id.slice(0, 8), '--why', '--db', db], root);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(explainExtraction(HAND_MADE, { color: false, width: 100 }));
  });

  it('says when the ledger did not record the rules of a document’s fields', async () => {
    const r = await cli(['show', documentId(bareText).slice(0, 8), '--why', '--db', db], root);
    expect(r.status).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(
      ' The rules behind the fields of 1 figure were not recorded when the document was stored: each shows only the rule that made it. ',
    );
    expect(r.stdout).toMatch(/\n    made by    figures\/verb-then-count\n    metric     detained\n/);
  });
});

describe('the README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  beforeAll(() => buildIfStale());

  it('shows what extract --explain prints for its example, at 100 columns', async () => {
    const m = /```\n\$ npx crosscheck (extract (\S+) --explain)\n([^]*?)\n```/.exec(readme)!;
    expect(m).not.toBeNull();
    const r = await cli(m[1]!.split(' '), root, { ...process.env, COLUMNS: '100', NO_COLOR: '1' });
    expect(r.stdout.trimEnd()).toBe(m[3]);
  });

  it('shows the why its example figure really has', async () => {
    const m = /ministry's "19 civilians killed" in `(\S+)`:\n\n```json\n"why": (.*)\n```/.exec(readme)!;
    expect(m).not.toBeNull();
    const x = JSON.parse((await cli(['extract', m[1]!], root)).stdout) as Extraction;
    const f = x.figures.find((g) => g.value === 19 && g.metric === 'killed')!;
    expect(JSON.stringify(f.why)).toBe(m[2]);
  });
});
