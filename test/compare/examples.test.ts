import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorTerms, AttributionChain, Dispute, OutletProfile, Series, Story } from '../../src/model.js';
import { buildIfStale, cli, root, type CliResult } from '../hostile/cli-harness.js';

// The example corpus (invented reports on a fictional war, examples/README.md) through the real CLI:
// every comparison command, with the results the corpus was written to show.
let dir: string;
let db: string;
const ALIASES = join(root, 'examples', 'crosscheck.aliases.json');
const run = (args: string[]) => cli([...args, '--db', db], dir);
const json = <T>(r: CliResult): T => {
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as T;
};
const examples = (p: string) => p.replace(`${root}/examples/`, '');

beforeAll(async () => {
  buildIfStale();
  dir = mkdtempSync(join(tmpdir(), 'cc-compare-cli-'));
  db = join(dir, 'ledger.db');
  // In the order `npm start` reads them (its glob examples/*/ sorts the folders).
  const folders = readdirSync(join(root, 'examples'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(root, 'examples', e.name))
    .sort();
  const r = await run(['ingest', ...folders, '--jobs', '1']);
  expect(r.status).toBe(0);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crosscheck reprints on the example corpus', () => {
  it('lists every document exactly once, in the evaluators’ shape', async () => {
    const stories = json<Story[]>(await run(['reprints', '--format', 'json']));
    // Every stored version too: a corrected version of a wire story is a document of its story.
    const docs = json<Array<{ id: string }>>(await run(['documents', '--format', 'json', '--all-versions']));
    const listed = stories.flatMap((s) => s.documents.map((d) => d.id));
    expect(listed.sort()).toEqual(docs.map((d) => d.id).sort());
    for (const s of stories) {
      expect(Object.keys(s)).toEqual(['story', 'documents']);
      expect(s.story).toBe(s.documents[0]!.id);
      for (const d of s.documents) expect(Object.keys(d)).toEqual(['id', 'origin', 'outlet', 'published']);
    }
  });

  it('groups each wire story with its reprints and corrected versions, and nothing else', async () => {
    const stories = json<Story[]>(await run(['reprints', '--format', 'json', '--min-size', '2']));
    const wire = (url: string) => `https://kestrelwire.example/halvessa/2025/${url}`;
    expect(stories.map((s) => s.documents.map((d) => examples(d.origin)).sort())).toEqual([
      ['greyhaven-post/2025-03-03-war-in-halvessa.txt', wire('03/03/velmoran-troops-cross-sulvane')],
      [
        'ashmoor-chronicle/2025-03-05-quillane-market.txt',
        wire('03/04/quillane-market-strike'),
        wire('03/04/quillane-market-strike'),
      ],
      ['ashmoor-chronicle/2025-03-08-vessick-claims.txt', wire('03/07/vessick-rival-claims')],
      ['ashmoor-chronicle/2025-03-12-tolvaren-siege.txt', wire('03/11/tolvaren-encircled')],
      ['ashmoor-chronicle/2025-03-14-ardenfall-raid.txt', 'wire/wire-2025-03-13-ardenfall-hostages.txt'],
      ['greyhaven-post/2025-03-14-marrowick-men.txt', 'wire/wire-2025-03-14-marrowick-men.txt'],
      ['greyhaven-post/2025-03-17-quillane-detentions.txt', 'wire/wire-2025-03-17-quillane-screening.txt'],
      ['ashmoor-chronicle/2025-03-20-toll-passes-500.txt', 'wire/wire-2025-03-19-toll-500.txt'],
      ['unrco/flash-update-07.txt', 'unrco/flash-update-07.v2.txt'],
      [
        'ashmoor-chronicle/2025-03-23-convoy-hit.txt',
        wire('03/22/ostrelle-convoy-hit'),
        wire('03/22/ostrelle-convoy-hit'),
      ],
      ['ashmoor-chronicle/2025-03-29-belcarre-camps.txt', 'wire/wire-2025-03-28-camps.txt'],
      ['greyhaven-post/2025-04-02-tolvaren-hospital.html', 'wire/wire-2025-04-02-hospital.txt'],
      ['ashmoor-chronicle/2025-04-09-northern-tolvaren.txt', 'wire/wire-2025-04-08-northern-districts.txt'],
      ['ashmoor-chronicle/2025-04-13-linden-market.txt', 'wire/wire-2025-04-12-market-shelling.txt'],
    ]);
  });

  it('prints a table, CSV and JSON Lines too', async () => {
    const table = await run(['reprints']);
    expect(table.stdout.split('\n')[0]).toMatch(/^story\s+copies\s+published\s+outlet\s+origin\s+document$/);
    const csv = await run(['reprints', '--format', 'csv']);
    // CSV is data: the fields' own names and values (full ids, copies as a number), one row per document.
    const [header, first] = csv.stdout.split('\n');
    expect(header).toBe('story,copies,id,origin,outlet,published');
    expect(first).toMatch(/^[0-9a-f]{64},\d+,[0-9a-f]{64},/);
    const jsonl = (await run(['reprints', '--format', 'jsonl', '--min-size', '3'])).stdout.trim().split('\n');
    expect(jsonl.map((l) => (JSON.parse(l) as Story).documents.length)).toEqual([3, 3]);
  });
});

describe('crosscheck series and disputes on the example corpus', () => {
  it('lines up a ministry’s cumulative toll by date, with its evidence', async () => {
    const all = json<Series[]>(
      await run([
        'series',
        '--format',
        'json',
        '--metric',
        'killed',
        '--kind',
        'cumulative',
        '--claimant',
        'Irundel health ministry',
        '--aliases',
        ALIASES,
      ]),
    );
    const halvessa = all.find((s) => s.id === 'killed|civilians|halvessa|cumulative')!;
    const own = halvessa.points.filter((p) => p.document.outlet?.startsWith('Ministry of Health of the Commonwealth'));
    expect(own.map((p) => [p.asOf, p.value])).toEqual([
      ['2025-03-04', 46],
      ['2025-03-07', 118],
      ['2025-03-13', 330],
      ['2025-03-14', 388],
      ['2025-03-22', 640],
      ['2025-03-24', 706],
      ['2025-03-28', 874],
      ['2025-04-01', 1052],
      ['2025-04-04', 1140],
      ['2025-04-07', 1231],
      ['2025-04-10', 1322],
      ['2025-04-13', 1390],
    ]);
    const conn = new Database(db, { readonly: true });
    try {
      const text = conn.prepare('SELECT text FROM documents WHERE id = ?').pluck();
      for (const p of halvessa.points) {
        const t = text.get(p.document.id) as string;
        expect(t.slice(p.evidence.span.start, p.evidence.span.end)).toBe(p.evidence.text);
        expect(t.slice(p.evidence.sentence.start, p.evidence.sentence.end)).toBe(p.evidence.sentenceText);
      }
    } finally {
      conn.close();
    }
  });

  it('flags the Velmoran health ministry’s corrected toll as a revision, and Kestrel’s corrected strike toll', async () => {
    const found = json<Dispute[]>(
      await run(['disputes', '--format', 'json', '--kind', 'revision', '--aliases', ALIASES]),
    );
    const said = found.map((d) => `${d.a.claimantKey}: ${d.a.evidence.text} → ${d.b.evidence.text}`);
    expect(said).toContain('Velmora health ministry: 58 → 54');
    expect(said).toContain('Halvessa regional health department: at least 31 → at least 21');
  });

  it('finds claimants who disagree on one day, listing copies once', async () => {
    const found = json<Dispute[]>(
      await run(['disputes', '--format', 'json', '--kind', 'dispute', '--aliases', ALIASES]),
    );
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) {
      expect(d.a.claimantKey).not.toBe(d.b.claimantKey);
      expect(d.days).toBeLessThanOrEqual(1);
    }
  });

  it('refuses a mistyped option with one line and the usage', async () => {
    const r = await run(['disputes', '--kind', 'argument']);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      'crosscheck disputes: --kind must be one of dispute, update, revision, not "argument"',
    );
    expect(r.stderr).toMatch(/\nUsage: crosscheck disputes/);
  });
});

describe('crosscheck chains, outlets and wording on the example corpus', () => {
  it('traces a relayed figure from the reprint to its original claimant', async () => {
    const found = json<AttributionChain[]>(
      await run([
        'chains',
        '--format',
        'json',
        '--source',
        'emergency service',
        '--relay',
        'Radio Tolvaren',
        '--aliases',
        ALIASES,
      ]),
    );
    const ashmoor = found.filter((c) => c.document.outlet === 'The Ashmoor Chronicle' && c.claim.type === 'figure');
    expect(ashmoor.map((c) => [c.claim.text, c.links.map((l) => `${l.role}: ${l.key}`)])).toEqual([
      [
        '14',
        [
          'outlet: The Ashmoor Chronicle',
          'agency: Kestrel Wire Service',
          'relay: Radio Tolvaren',
          'claimant: Tolvaren emergency service',
        ],
      ],
      [
        '31',
        [
          'outlet: The Ashmoor Chronicle',
          'agency: Kestrel Wire Service',
          'relay: Radio Tolvaren',
          'claimant: Tolvaren emergency service',
        ],
      ],
    ]);
  });

  it('profiles an outlet that reprints wire copy', async () => {
    const [ashmoor] = json<OutletProfile[]>(
      await run(['outlets', '--format', 'json', '--outlet', 'Ashmoor', '--aliases', ALIASES]),
    );
    expect(ashmoor).toMatchObject({ outlet: 'The Ashmoor Chronicle', documents: 9, reprints: 9, reprintShare: 1 });
    expect(ashmoor!.ownVoice + ashmoor!.attributed).toBe(ashmoor!.figures);
  });

  it('counts each outlet’s words for an actor, mention by mention', async () => {
    const terms = json<ActorTerms[]>(
      await run([
        'wording',
        '--format',
        'json',
        '--actor',
        'Velmoran Defence Forces',
        '--outlet',
        'Irundel Standard',
        '--aliases',
        ALIASES,
      ]),
    );
    expect(terms.map((t) => [t.term, t.count])).toEqual([
      ['invaders', 11],
      ['occupation forces', 6],
    ]);
    const conn = new Database(db, { readonly: true });
    try {
      const text = conn.prepare('SELECT text FROM documents WHERE id = ?').pluck();
      for (const t of terms)
        for (const m of t.mentions)
          expect((text.get(m.document) as string).slice(m.span.start, m.span.end)).toBe(m.text);
    } finally {
      conn.close();
    }
  });

  it('names the line of a bad alias file in one line', async () => {
    const bad = join(dir, 'bad.aliases.json');
    writeFileSync(bad, '{\n  "claimants": {},\n  "outlet": {}\n}\n');
    const r = await run(['series', '--aliases', bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `crosscheck series: ${bad}:3:3: unknown section "outlet" (the sections are claimants, groups, outlets, places, actors)\n`,
    );
  });

  it('prints a short summary', async () => {
    const r = await run(['summary', '--aliases', ALIASES]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Cross-check of \d+ documents from \d+ outlets/);
    expect(r.stdout).toMatch(/\n {12}revised: .+ then .+\n/);
  });
});

describe('the comparison commands keep the conventions of the other commands (issue 11)', () => {
  const firstLine = (r: CliResult) => r.stderr.split('\n')[0];
  /** `crosscheck ARGS` with the terminal `COLUMNS` wide. */
  const at = (columns: number, args: string[]) =>
    new Promise<CliResult>((resolve) =>
      execFile(
        process.execPath,
        [join(root, 'bin', 'crosscheck.js'), ...args, '--db', db],
        { cwd: dir, encoding: 'utf8', env: { ...process.env, COLUMNS: String(columns) } },
        (err, stdout, stderr) =>
          resolve({ status: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      ),
    );

  it('refuse a mistyped option, an impossible date and a bad limit in one line, with the usage', async () => {
    for (const [args, line] of [
      [['series', '--metrc', 'killed'], 'crosscheck series: unknown option --metrc; did you mean --metric?'],
      [
        ['disputes', '--from', '2025-02-30'],
        'crosscheck disputes: --from: "2025-02-30" is no calendar day (February 2025 has 28 days); expected YYYY-MM-DD',
      ],
      [['chains', '--limit', '-5'], 'crosscheck chains: --limit takes a whole number of at least 1, not "-5"'],
      [
        ['reprints', '--from', '2025-04-01', '--to', '2025-03-01'],
        'crosscheck reprints: --from 2025-04-01 is after --to 2025-03-01',
      ],
    ] as const) {
      const r = await run([...args]);
      expect([r.status, firstLine(r)]).toEqual([1, line]);
      expect(r.stderr).toMatch(new RegExp(`\nUsage: crosscheck ${args[0]} `));
    }
  });

  it('take only the options they apply', async () => {
    for (const [args, line] of [
      [['outlets', '--from', '2025-03-01'], 'crosscheck outlets: unknown option --from'],
      [['summary', '--outlet', 'Kestrel'], 'crosscheck summary: unknown option --outlet'],
      [['summary', '--format', 'csv'], 'crosscheck summary: --format must be one of table, json, not "csv"'],
      [
        ['disputes', '--accounts', '--metric', 'killed'],
        'crosscheck disputes: --metric does not apply with --accounts',
      ],
      [['reprints', '--links', '--min-size', '3'], 'crosscheck reprints: --min-size does not apply with --links'],
      [
        ['wording', '--top', '3'],
        'crosscheck wording: --top does not apply with the terms per actor (it ranks terms with --distinctive)',
      ],
    ] as const) {
      const r = await run([...args]);
      expect([r.status, firstLine(r)]).toEqual([1, line]);
    }
  });

  it('fit their tables to the terminal, and print every column in full with --wide', async () => {
    for (const cmd of ['series', 'disputes', 'chains', 'reprints', 'outlets', 'wording']) {
      const narrow = await at(72, [cmd, '--aliases', ALIASES, '--limit', '20']);
      expect(narrow.status).toBe(0);
      const lines = narrow.stdout.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThan(2);
      for (const l of lines) expect([cmd, [...l].length <= 72]).toEqual([cmd, true]);
    }
    const wide = await at(72, ['series', '--aliases', ALIASES, '--limit', '20', '--wide']);
    expect(Math.max(...wide.stdout.split('\n').map((l) => [...l].length))).toBeGreaterThan(72);
  });

  it('write raw fields in CSV, and count --limit in objects in JSON', async () => {
    const csv = await run(['disputes', '--format', 'csv', '--kind', 'revision', '--aliases', ALIASES]);
    const [header, ...rows] = csv.stdout.trim().split('\n');
    const fields = header!.split(',');
    for (const f of ['kind', 'series', 'a.value', 'a.qualifier', 'a.asOf', 'a.source', 'b.document.id', 'reason'])
      expect(fields).toContain(f);
    const quillane = rows.find((r) => r.includes('quillane'))!;
    // "at least 31" is its value and qualifier, not the table's "≥31".
    expect(quillane.split(',')[fields.indexOf('a.value')]).toBe('31');
    expect(quillane.split(',')[fields.indexOf('a.qualifier')]).toBe('at_least');
    const two = json<Series[]>(await run(['series', '--format', 'json', '--limit', '2']));
    expect(two.length).toBe(2);
  });
});
