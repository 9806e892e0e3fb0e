/**
 * The command line and the ledger as a new user tries them (issue 11): piping into head,
 * mistyping an option, giving an impossible date, sharing a ledger read-only, correcting the
 * ledger. Each block is one item of the issue; every test runs the real CLI in a child process.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import semver from 'semver';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/format.js';
import { buildIfStale, root, type CliResult } from '../hostile/cli-harness.js';

const bin = join(root, 'bin/crosscheck.js');
let dir: string;
let db: string;

/** Runs the CLI with the ledger of the example corpus, in `dir`, with extra environment. */
function run(args: string[], env: Record<string, string> = {}, input?: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CROSSCHECK_DB: db, ...env } },
      (err, stdout, stderr) => {
        const status = err ? ((err as { code?: number }).code ?? 1) : 0;
        resolve({ status: typeof status === 'number' ? status : 1, stdout, stderr });
      },
    );
    if (input !== undefined) child.stdin!.end(input);
  });
}

const json = <T>(r: CliResult): T => {
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as T;
};

/** One line of reason, a blank line, the usage; status 1; no stack trace. */
function expectUsageError(r: CliResult, reason: RegExp): void {
  expect(r.status).toBe(1);
  const [first, blank, usage] = r.stderr.split('\n');
  expect(first).toMatch(reason);
  expect(blank).toBe('');
  expect(usage).toMatch(/^Usage: crosscheck/);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
}

const write = (name: string, text: string): string => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
};

// Reports written for these tests.
const UNDATED =
  'Shelling killed at least 9 people in Quillane, the district council said. "We could not reach them," said Orla Venn.\n';
const FRENCH = `Bombardement sur Quillane : au moins neuf morts

Au moins neuf personnes ont été tuées lundi dans le bombardement du marché de Quillane, a déclaré le conseil du district. « Nous ne pouvions pas les atteindre », a dit Orla Venn, une secouriste. Les habitants ont quitté le quartier pendant la nuit, et les écoles resteront fermées jusqu'à nouvel ordre, selon les autorités locales qui demandent de l'aide.
`;

beforeAll(async () => {
  buildIfStale();
  dir = mkdtempSync(join(tmpdir(), 'cc-new-user-'));
  db = join(dir, 'examples.db');
  const r = await run(['ingest', join(root, 'examples'), '--json']);
  expect(r.status).toBe(0);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('1. a closed pipe ends the command quietly with status 0', () => {
  /** Runs the CLI, reads its first chunk of output, then closes the pipe as `head -1` does. */
  function firstChunkThenClose(args: string[]): Promise<{ status: number | null; stderr: string; first: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [bin, ...args, '--db', db], { cwd: dir });
      let first = '';
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.stdout.once('data', (c: Buffer) => {
        first = c.toString().split('\n')[0]!;
        child.stdout.destroy();
      });
      child.on('close', (status) => resolve({ status, stderr, first }));
    });
  }

  it.each([
    ['export'],
    ['figures', '--format', 'jsonl'],
    ['statements', '--format', 'jsonl'],
    ['documents', '--format', 'csv', '--all-versions'],
    ['search', 'the', '--format', 'jsonl', '--limit', '500'],
    ['export', '--format', 'csv', '--what', 'figures'],
    ['series', '--format', 'jsonl'],
    ['disputes', '--format', 'csv'],
    ['wording', '--format', 'jsonl'],
  ])('crosscheck %s … | head -1', async (...args) => {
    const r = await firstChunkThenClose(args);
    expect(r.first.length).toBeGreaterThan(0);
    expect([r.status, r.stderr]).toEqual([0, '']);
  });
});

describe('2. a command takes only the filters it applies, and each one filters', () => {
  type Row = Record<string, unknown> & { documentId?: string; id?: string };
  const rows = async (args: string[]) => json<Row[]>(await run([...args, '--format', 'json']));

  it('refuses filters a command does not apply', async () => {
    expectUsageError(
      await run(['statements', '--metric', 'killed']),
      /^crosscheck statements: unknown option --metric$/,
    );
    expectUsageError(await run(['statements', '--who', 'civilians']), /unknown option --who/);
    for (const f of ['--metric', '--who', '--source'])
      expectUsageError(await run(['documents', f, 'x']), new RegExp(`unknown option ${f}`));
  });

  it('figures: --outlet and --document (the other filters: test/ledger/cli-queries.test.ts)', async () => {
    const all = await rows(['figures', '--limit', '100000']);
    const some = await rows(['figures', '--outlet', 'sentinel', '--limit', '100000']);
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(all.length);
    expect(some.every((f) => /sentinel/i.test(String(f.outlet)))).toBe(true);
    const id = String(all[0]!.documentId);
    const one = await rows(['figures', '--document', id.slice(0, 10)]);
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((f) => f.documentId === id)).toBe(true);
  });

  it('statements: --source, --kind, --outlet, --from/--to, --document', async () => {
    const all = await rows(['statements', '--limit', '100000']);
    const check = async (args: string[], ok: (r: Row) => boolean) => {
      const some = await rows(['statements', ...args]);
      expect(some.length).toBeGreaterThan(0);
      expect(some.length).toBeLessThan(all.length);
      expect(some.every(ok)).toBe(true);
    };
    await check(['--source', 'ministry'], (r) => /ministry/i.test(String(r.speaker)));
    await check(['--kind', 'direct'], (r) => r.kind === 'direct');
    await check(['--outlet', 'standard'], (r) => /standard/i.test(String(r.outlet)));
    await check(['--from', '2025-04-01', '--to', '2025-04-10'], (r) => {
      const p = String(r.published);
      return p >= '2025-04-01' && p <= '2025-04-10';
    });
    const id = String(all[0]!.documentId);
    await check(['--document', id.slice(0, 12)], (r) => r.documentId === id);
  });

  it('documents: --outlet, --from/--to, --document', async () => {
    const all = await rows(['documents']);
    const some = await rows(['documents', '--outlet', 'sentinel']);
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(all.length);
    expect(some.every((d) => /sentinel/i.test(String(d.outlet)))).toBe(true);
    const dated = await rows(['documents', '--from', '2025-04-01', '--to', '2025-04-05']);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((d) => String(d.published) >= '2025-04-01' && String(d.published) <= '2025-04-05')).toBe(true);
    expect((await rows(['documents', '--document', String(all[3]!.id).slice(0, 9)])).map((d) => d.id)).toEqual([
      all[3]!.id,
    ]);
  });

  it('entities: --type, --name, --outlet', async () => {
    const places = await rows(['entities', '--type', 'place']);
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((e) => e.type === 'place')).toBe(true);
    const named = await rows(['entities', '--name', 'quillane']);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((e) => /quillane/i.test(String(e.name)))).toBe(true);
    const outlets = new Set((await rows(['entities', '--outlet', 'standard'])).map((e) => e.outlet));
    expect([...outlets].every((o) => /standard/i.test(String(o)))).toBe(true);
  });

  it('search: --kind, --outlet, --source, --from/--to', async () => {
    const hits = async (args: string[]) => rows(['search', 'killed', '--limit', '200', ...args]);
    const all = await hits([]);
    expect(new Set(all.map((h) => h.kind))).toEqual(new Set(['document', 'statement']));
    expect((await hits(['--kind', 'statement'])).every((h) => h.kind === 'statement')).toBe(true);
    const bySpeaker = await hits(['--source', 'ministry']);
    expect(bySpeaker.length).toBeGreaterThan(0);
    expect(bySpeaker.every((h) => h.kind === 'statement' && /ministry/i.test(String(h.speaker)))).toBe(true);
    const byOutlet = await hits(['--outlet', 'kestrel']);
    expect(byOutlet.length).toBeGreaterThan(0);
    expect(byOutlet.every((h) => /kestrel/i.test(String(h.outlet)))).toBe(true);
    const dated = await hits(['--from', '2025-04-01']);
    expect(dated.length).toBeLessThan(all.length);
    expect(dated.every((h) => String(h.published) >= '2025-04-01')).toBe(true);
  });
});

describe('3. one calendar validator for every date at every edge', () => {
  it('refuses impossible dates on the command line, naming the value and the form', async () => {
    expectUsageError(
      await run(['ingest', join(root, 'examples'), '--published', '2025-13-45']),
      /^crosscheck ingest: --published: "2025-13-45" is no calendar day \(there is no month 13\); expected YYYY-MM-DD$/,
    );
    expectUsageError(
      await run(['figures', '--from', '2025-02-30']),
      /^crosscheck figures: --from: "2025-02-30" is no calendar day \(February 2025 has 28 days\); expected YYYY-MM-DD$/,
    );
    expectUsageError(await run(['extract', '--published', '2025-02-29', '-']), /February 2025 has 28 days/);
    expectUsageError(await run(['redate', 'abcdef12', '2025-04-31']), /April 2025 has 30 days/);
    expectUsageError(
      await run(['figures', '--from', '2025-05-10', '--to', '2025-05-01']),
      /--from 2025-05-10 is after --to/,
    );
  });

  it('refuses an impossible date in a JSON Lines record, in ingest and in extract --jsonl', async () => {
    const jsonl = write(
      'dates/records.jsonl',
      [
        JSON.stringify({ text: UNDATED, published: '2025-02-30' }),
        JSON.stringify({ text: UNDATED.replace('9', '8'), published: '2025-03-01T10:00:00Z' }),
      ].join('\n') + '\n',
    );
    const ledger = join(dir, 'dates.db');
    const r = await run(['ingest', jsonl, '--db', ledger, '--json']);
    const s = JSON.parse(r.stdout) as { stored: number; failures: Array<{ origin: string; reason: string }> };
    expect(r.status).toBe(1);
    expect(s.stored).toBe(1);
    expect(s.failures).toEqual([
      {
        origin: `${jsonl}:1`,
        reason: '"published": "2025-02-30" is no calendar day (February 2025 has 28 days); expected YYYY-MM-DD',
      },
    ]);
    const x = await run(['extract', '--jsonl'], {}, readFileSync(jsonl, 'utf8'));
    const [bad, good] = x.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(bad).toEqual({ error: expect.stringMatching(/^"published": "2025-02-30" is no calendar day/), line: 1 });
    expect((good!.document as { published: string }).published).toBe('2025-03-01');
  });

  it('never takes an impossible date from a feed or a page', async () => {
    const feed = write(
      'dates/feed.rss',
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test Wire</title>
<item><title>Strike on Quillane</title><pubDate>2025-02-30T10:00:00Z</pubDate>
<content:encoded><![CDATA[<p>${UNDATED}</p>]]></content:encoded></item></channel></rss>`,
    );
    const page = write(
      'dates/page.html',
      `<html><head><title>Quillane</title><meta property="article:published_time" content="2025-02-30"></head>
<body><article><h1>Quillane</h1><p>${UNDATED}</p></article></body></html>`,
    );
    const ledger = join(dir, 'feed-dates.db');
    expect((await run(['ingest', feed, page, '--db', ledger])).status).toBe(0);
    const published = new Database(ledger, { readonly: true }).prepare('SELECT published FROM documents').pluck().all();
    expect(published).toEqual([null, null]);
  });
});

describe('4. a read-only ledger can be read; one that cannot be created says why', () => {
  // Root runs the CLI as "nobody", who must be able to read the checkout (a clone under a private
  // home folder cannot be).
  const nobodyReads = () => {
    try {
      execFileSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(bin)})`], {
        uid: 65534,
        gid: 65534,
        stdio: 'ignore',
      });
      return true;
    } catch {
      return false;
    }
  };
  const asNobody = process.getuid?.() === 0 && nobodyReads();
  if (!asNobody)
    console.warn(
      'SKIPPED: the read-only ledger tests run the CLI as user nobody: they need root and a checkout nobody can read',
    );

  it.runIf(asNobody)('queries a copied ledger in a read-only folder as another user', async () => {
    const shared = join(dir, 'shared');
    mkdirSync(shared);
    copyFileSync(db, join(shared, 'copy.db'));
    chmodSync(join(shared, 'copy.db'), 0o444);
    chmodSync(shared, 0o555);
    chmodSync(dir, 0o755);
    const asOther = (args: string[]) =>
      new Promise<CliResult>((resolve) =>
        execFile(
          process.execPath,
          [bin, ...args],
          { cwd: '/', encoding: 'utf8', uid: 65534, gid: 65534, env: { PATH: process.env.PATH ?? '' } },
          (err, stdout, stderr) =>
            resolve({ status: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        ),
      );
    const r = await asOther(['figures', '--db', join(shared, 'copy.db'), '--metric', 'killed', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThan(0);
    const created = await asOther(['ingest', join(root, 'examples/feeds'), '--db', join(shared, 'new.db')]);
    expect([created.status, created.stderr]).toEqual([
      1,
      `crosscheck ingest: ${join(shared, 'new.db')}: cannot create the ledger here: its folder cannot be written (permission denied); choose another file with --db\n`,
    ]);
    const written = await asOther(['ingest', join(root, 'examples/feeds'), '--db', join(shared, 'copy.db')]);
    expect(written.stderr).toMatch(
      /cannot write to the ledger here: the ledger file cannot be written \(permission denied\)/,
    );
  });
});

describe('4b. what no one foresaw is one line, never a stack trace', () => {
  it('says a damaged ledger in one line with status 70, and shows the trace only when asked', async () => {
    const damaged = join(dir, 'damaged.db');
    copyFileSync(db, damaged);
    const sql = new Database(damaged);
    sql.exec('DROP TABLE reprint_docs');
    sql.close();
    const report = write('damaged/report.txt', UNDATED);
    const r = await run(['ingest', report, '--db', damaged]);
    expect(r.status).toBe(70);
    expect(r.stderr).toBe(
      'crosscheck ingest: unexpected error: no such table: reprint_docs (run again with CROSSCHECK_DEBUG=1 to see where it happened)\n',
    );
    const debug = await run(['ingest', write('damaged/other.txt', FRENCH), '--db', damaged], { CROSSCHECK_DEBUG: '1' });
    expect(debug.status).not.toBe(0);
    expect(debug.stderr).toMatch(/SqliteError: no such table: reprint_docs\n\s+at /);
  });
});

describe('5. usage errors, help and version', () => {
  it('suggests the option or command meant, and says why on one line', async () => {
    expectUsageError(
      await run(['figures', '--metrc', 'killed']),
      /^crosscheck figures: unknown option --metrc; did you mean --metric\?$/,
    );
    expectUsageError(
      await run(['figures', '--limit', '-5']),
      /^crosscheck figures: --limit takes a whole number of at least 1, not "-5"$/,
    );
    expectUsageError(await run(['figuers']), /^crosscheck: unknown command "figuers"; did you mean figures\?$/);
    expectUsageError(
      await run(['serve', '--prot', '3000']),
      /^crosscheck serve: unknown option --prot; did you mean --port\?$/,
    );
    expectUsageError(await run(['eval', '/nonexistent']), /^crosscheck eval: \/nonexistent: no such folder$/);
    expectUsageError(await run(['eval']), /^crosscheck eval: needs a gold folder/);
    expectUsageError(await run(['eval', join(root, 'examples')]), /examples: no annotated articles here/);
  });

  it('prints the version and each command’s help', async () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    for (const flag of ['--version', '-V'])
      expect(await run([flag])).toEqual({ status: 0, stdout: `crosscheck ${version}\n`, stderr: '' });
    const help = await run(['help', 'figures']);
    expect(help.status).toBe(0);
    expect(help.stdout).toBe((await run(['figures', '--help'])).stdout);
    expect(help.stdout).toMatch(/^Usage: crosscheck figures/);
    expect((await run(['help'])).stdout).toMatch(/^Usage: crosscheck <command>/);
    expectUsageError(await run(['help', 'figuers']), /did you mean figures\?/);
  });
});

describe('6. ingesting a folder leaves out what is no article', () => {
  it('skips README, LICENSE, CHANGELOG and dot-files, counts them, and takes --exclude', async () => {
    const folder = join(dir, 'folder');
    cpSync(join(root, 'test/ledger/texts'), folder, { recursive: true });
    writeFileSync(join(folder, 'LICENSE'), 'Permission is granted to 3 people.\n');
    writeFileSync(join(folder, 'CHANGELOG.md'), '# Changes\n\n12 people killed the old parser.\n');
    writeFileSync(join(folder, '.notes.txt'), 'Five people were killed, a draft said.\n');
    mkdirSync(join(folder, 'drafts'));
    writeFileSync(join(folder, 'drafts', 'draft.txt'), UNDATED);
    const s = json<{ read: number; skipped: number; skips: Array<{ origin: string }> }>(
      await run(['ingest', folder, '--db', join(dir, 'folder.db'), '--json', '--exclude', 'drafts/**']),
    );
    expect(s.read).toBe(3);
    expect(s.skips.map((k) => k.origin.slice(folder.length + 1)).sort()).toEqual([
      '.notes.txt',
      'CHANGELOG.md',
      'LICENSE',
      'drafts/draft.txt',
    ]);
    expect(s.skipped).toBe(4);
    // The example corpus's own README is no input either.
    const examples = await run(['ingest', join(root, 'examples'), '--db', join(dir, 'ex.db')]);
    expect(examples.stdout).toMatch(/, skipped 1 in /);
    expect(examples.stdout).toContain(`skipped: ${join(root, 'examples/README.md')}: not an article`);
  });
});

describe('7. --jobs is capped at the cores of this machine', () => {
  it('says so and runs with one thread per core', async () => {
    const cores = availableParallelism();
    const r = await run(['ingest', join(root, 'test/ledger/texts'), '--db', join(dir, 'jobs.db'), '--jobs', '99']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`crosscheck ingest: --jobs 99 is more than the ${cores} cores here; using ${cores}\n`);
    const x = await run(['extract', join(root, 'test/ledger/texts/dornwick-market.txt'), '--jobs', '99']);
    expect(x.stderr).toBe(`crosscheck extract: --jobs 99 is more than the ${cores} cores here; using ${cores}\n`);
    expectUsageError(await run(['ingest', 'x', '--jobs', '0']), /--jobs takes a whole number of threads of at least 1/);
  });
});

describe('8. Node 20, 22 and 24', () => {
  it('declares engines >=20 with engine-strict, and every locked package allows 20.19, 22.13 and 24', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=20');
    for (const v of ['20.0.0', '22.0.0', '24.0.0']) expect(semver.satisfies(v, pkg.engines.node)).toBe(true);
    expect(readFileSync(join(root, '.npmrc'), 'utf8')).toMatch(/^engine-strict=true$/m);
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string }; dev?: boolean }>;
    };
    const refused = Object.entries(lock.packages).flatMap(([name, p]) =>
      ['20.19.0', '22.13.0', '24.0.0', process.versions.node]
        .filter((v) => p.engines?.node && !semver.satisfies(v, p.engines.node))
        .map((v) => `${name} (${p.engines!.node}) refuses Node ${v}`),
    );
    expect(refused).toEqual([]);
  });
});

describe('9. a language the rules do not cover is said, not silent', () => {
  it('puts a note in messages and a warning on standard error, in extract and in ingest', async () => {
    const file = write('lang/quillane-fr.txt', FRENCH);
    const r = await run(['extract', file]);
    expect(r.status).toBe(0);
    const x = JSON.parse(r.stdout) as {
      document: { language: string };
      messages: Array<{ rule: string; reason: string }>;
    };
    expect(x.document.language).toBe('fr');
    const note = x.messages.find((m) => m.rule === 'metadata/language-not-covered');
    expect(note?.reason).toBe(
      "the text reads as French (fr); crosscheck's rules cover English only: expect few or no claims from it",
    );
    expect(r.stderr).toBe(`crosscheck: ${file}: warning: ${note!.reason}\n`);
    const i = await run(['ingest', file, '--db', join(dir, 'lang.db')]);
    expect(i.stdout).toContain(`  warning: ${file}: the text reads as French (fr)`);
    // English has no such note.
    const en = JSON.parse((await run(['extract', '-'], {}, UNDATED)).stdout) as { messages: Array<{ rule: string }> };
    expect(en.messages.map((m) => m.rule)).not.toContain('metadata/language-not-covered');
  });
});

describe('10. extract waiting for a terminal says so', () => {
  it('prints a one-line hint when standard input is a terminal, and none from a pipe', () => {
    // script(1) gives the command a terminal; the article is typed, then Ctrl-D.
    const out = execFileSync(
      'sh',
      [
        '-c',
        `(sleep 1; printf '${UNDATED.replace(/'/g, '')}\\n\\004') | script -qec "${process.execPath} ${bin} extract" /dev/null`,
      ],
      { encoding: 'utf8', cwd: dir, timeout: 30_000 },
    );
    expect(out).toContain('crosscheck extract: reading an article from standard input; end with Ctrl-D');
    expect(out).toContain('"figures":[{');
    return run(['extract'], {}, UNDATED).then((r) => expect(r.stderr).toBe(''));
  });
});

describe('11. correcting the ledger: versions by path, superseded versions, forget, re-dating', () => {
  let ledger: string;
  let file: string;
  type Doc = { id: string; version: number; latest: boolean; previousId: string | null; published: string | null };
  const docs = async (...extra: string[]) =>
    json<Doc[]>(await run(['documents', '--db', ledger, '--format', 'json', ...extra]));

  beforeAll(() => {
    ledger = join(dir, 'corrections.db');
    file = write('corrections/quillane.txt', UNDATED);
  });

  it('stores a re-saved file as the next version and lists the latest by default', async () => {
    expect((await run(['ingest', file, '--db', ledger])).status).toBe(0);
    writeFileSync(file, UNDATED.replace('at least 9', 'at least 11'));
    const again = await run(['ingest', file, '--db', ledger]);
    expect(again.stdout).toMatch(/^read 1, stored 0, unchanged duplicates 0, new versions 1,/);
    const latest = await docs();
    expect(latest.map((d) => [d.version, d.latest])).toEqual([[2, true]]);
    const all = await docs('--all-versions');
    expect(all.map((d) => [d.version, d.latest]).sort()).toEqual([
      [1, false],
      [2, true],
    ]);
    const figures = json<Array<{ value: number; version: number; latest: boolean }>>(
      await run(['figures', '--db', ledger, '--format', 'json', '--all-versions']),
    );
    expect(figures.map((f) => [f.value, f.version, f.latest]).sort()).toEqual([
      [11, 2, true],
      [9, 1, false],
    ]);
    const table = await run(['figures', '--db', ledger, '--all-versions', '--wide']);
    expect(table.stdout).toMatch(/ 1 \(old\) /);
  });

  it('takes a date given later for a stored text that had none, and moves the implied dates', async () => {
    const before = json<Array<{ asOf: string | null }>>(await run(['figures', '--db', ledger, '--format', 'json']));
    expect(before.map((f) => f.asOf)).toEqual([null]);
    const r = await run(['ingest', file, '--db', ledger, '--published', '2025-05-02']);
    expect(r.stdout).toMatch(/re-dated 1,/);
    const after = json<Array<{ asOf: string; asOfBasis: string }>>(
      await run(['figures', '--db', ledger, '--format', 'json']),
    );
    expect(after.map((f) => [f.asOf, f.asOfBasis])).toEqual([['2025-05-02', 'implied']]);
    // redate corrects a wrong date; the implied as-of date follows.
    const [doc] = await docs();
    const redate = await run(['redate', doc!.id.slice(0, 10), '2025-05-03', '--db', ledger]);
    expect(redate.stdout).toMatch(
      /^re-dated [0-9a-f]{10} from 2025-05-02 to 2025-05-03: 1 figure and 2 statements read again; 1 with another as-of date\n$/,
    );
    expect(json<Array<{ asOf: string }>>(await run(['figures', '--db', ledger, '--format', 'json']))[0]!.asOf).toBe(
      '2025-05-03',
    );
  });

  it('forgets a document with its claims, keeps an audit line, and the version before becomes the latest', async () => {
    const [latest] = await docs();
    expectUsageError(await run(['forget', 'abc', '--db', ledger]), /too short to name a document/);
    const r = await run(['forget', latest!.id.slice(0, 12), '--db', ledger, '--reason', 'ingested by mistake']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^forgot [0-9a-f]{10} \(2025-05-03, .*quillane\.txt\): 1 figure, 2 statements\n$/);
    const left = await docs('--all-versions');
    expect(left.map((d) => [d.version, d.latest, d.previousId])).toEqual([[1, true, null]]);
    const sql = new Database(ledger, { readonly: true });
    expect(sql.prepare('SELECT count(*) FROM figures').pluck().get()).toBe(1);
    const log = sql.prepare('SELECT action, document_id, detail FROM ledger_log ORDER BY seq').all() as Array<{
      action: string;
      document_id: string;
      detail: string;
    }>;
    sql.close();
    expect(log.map((l) => l.action)).toEqual(['redate', 'redate', 'forget']);
    expect(JSON.parse(log[2]!.detail)).toMatchObject({ reason: 'ingested by mistake', figures: 1, version: 2 });
    expect(log[2]!.document_id).toBe(latest!.id);
    // The search index forgot it too: what is found is the version left.
    const found = json<Array<{ documentId: string }>>(
      await run(['search', 'reach', '--db', ledger, '--format', 'json']),
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((h) => h.documentId === left[0]!.id)).toBe(true);
    const missing = await run(['forget', latest!.id, '--db', ledger]);
    expect([missing.status, missing.stderr]).toEqual([
      1,
      `crosscheck forget: no document with id ${latest!.id} in the ledger\n`,
    ]);
  });
});

describe('12. entities, and an export that holds what each claim needs', () => {
  it('lists the names each outlet uses, as a table and as data', async () => {
    const rows = json<Array<{ name: string; type: string; outlet: string; documents: number; mentions: number }>>(
      await run(['entities', '--format', 'json', '--type', 'organization']),
    );
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows.map((r) => r.outlet)).size).toBeGreaterThan(3);
    for (const r of rows) expect(r.mentions).toBeGreaterThanOrEqual(r.documents);
    const table = await run(['entities', '--limit', '3']);
    expect(table.stdout.split('\n')[0]).toMatch(/^name\s+type\s+outlet\s+documents\s+mentions\s+first\s+last$/);
  });
});

describe('13. tables that fit the terminal', () => {
  const lines = (r: CliResult) => r.stdout.trimEnd().split('\n');

  it('fits the width given, keeps what tells rows apart, and --wide shows everything', async () => {
    for (const columns of ['60', '80', '120']) {
      const r = await run(['figures', '--metric', 'killed', '--limit', '20'], { COLUMNS: columns });
      for (const l of lines(r)) expect(stringWidth(l)).toBeLessThanOrEqual(Number(columns));
    }
    const narrow = lines(await run(['figures', '--metric', 'killed', '--limit', '20'], { COLUMNS: '80' }));
    // "Velmora’s health ministry" and "Velmora’s defence ministry" stay apart when cut.
    const health = narrow.find((l) => /3f50f091f4/.test(l) && / 58 /.test(l))!;
    const defence = narrow.find((l) => /3f50f091f4/.test(l) && / 4,300 /.test(l))!;
    expect(health).toMatch(/heal/);
    expect(defence).toMatch(/defen/);
    // The sentence is the evidence, with the figure's words marked.
    expect(narrow.join('\n')).toMatch(/says \[58\] Velmoran civilians/);
    const wide = lines(await run(['figures', '--metric', 'killed', '--limit', '20', '--wide'], { COLUMNS: '80' }));
    expect(Math.max(...wide.map((l) => stringWidth(l)))).toBeGreaterThan(120);
    expect(wide[0]).toMatch(/\bevidence\b/);
  });

  it('aligns CJK and right-to-left text by display width', async () => {
    const records = [
      { text: UNDATED, outlet: '東京新聞', published: '2025-05-01' },
      { text: UNDATED.replace('9', '7'), outlet: 'صحيفة المدينة', published: '2025-05-02' },
      { text: UNDATED.replace('9', '5'), outlet: 'Plain Wire', published: '2025-05-03' },
    ];
    const file = write('widths/records.jsonl', records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const ledger = join(dir, 'widths.db');
    expect((await run(['ingest', file, '--db', ledger])).status).toBe(0);
    const table = lines(await run(['documents', '--db', ledger, '--wide']));
    const at = (l: string) => stringWidth(l.slice(0, l.search(/ {2}\d+ {2,}\d+ /)));
    const rows = table.slice(2);
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map(at)).size).toBe(1);
  });

  it('honours NO_COLOR, and colours only terminals', () => {
    const saved = process.env.NO_COLOR;
    try {
      delete process.env.NO_COLOR;
      expect(useColor({ isTTY: true })).toBe(true);
      expect(useColor({ isTTY: false })).toBe(false);
      process.env.NO_COLOR = '1';
      expect(useColor({ isTTY: true })).toBe(false);
      expect(useColor({ isTTY: true }, { color: true })).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
  });
});

describe('14. data for programs, and search as a user expects it', () => {
  it('finds words by prefix', async () => {
    const hits = json<Array<{ snippet: string; matches: Array<{ start: number; end: number }> }>>(
      await run(['search', 'conv*', '--format', 'json']),
    );
    expect(hits.length).toBeGreaterThan(0);
    const words = new Set(hits.flatMap((h) => h.matches.map((m) => h.snippet.slice(m.start, m.end).toLowerCase())));
    expect([...words].every((w) => w.startsWith('conv'))).toBe(true);
    expect(words.has('convoy')).toBe(true);
  });

  it('writes JSON figures with the contract’s field names and types', async () => {
    const [f] = json<Array<Record<string, unknown>>>(await run(['figures', '--format', 'json', '--limit', '1']));
    expect(f).toMatchObject({
      documentId: expect.stringMatching(/^[0-9a-f]{64}$/),
      asOf: expect.any(String),
      vague: false,
      value: expect.any(Number),
      span: { start: expect.any(Number), end: expect.any(Number) },
      sentence: { start: expect.any(Number), end: expect.any(Number) },
    });
    expect(f).not.toHaveProperty('as_of');
    // A null span keeps its columns in CSV, so the header holds for every row.
    const csv = (await run(['figures', '--format', 'csv', '--source', 'none'])).stdout.trimEnd().split('\n');
    expect(csv[0]).toMatch(
      /,sourceSpan\.start,sourceSpan\.end,asOfSpan\.start,asOfSpan\.end,cueSpan\.start,cueSpan\.end$/,
    );
    expect(csv[1]).toMatch(/,,$/);
  });
});

describe('15. a library', () => {
  it('is imported by name from a linked install, with its types', () => {
    const app = mkdtempSync(join(tmpdir(), 'cc-library-'));
    try {
      mkdirSync(join(app, 'node_modules'));
      execFileSync('ln', ['-s', root, join(app, 'node_modules', 'crosscheck')]);
      writeFileSync(
        join(app, 'use.mjs'),
        `import { openLedger, extract, queryFigures } from 'crosscheck';
const x = extract({ origin: 'a.txt', text: ${JSON.stringify(UNDATED)}, meta: { published: '2025-05-01' } });
const ledger = openLedger(':memory:');
ledger.store(x);
console.log(JSON.stringify([...queryFigures(ledger)].map((f) => [f.value, f.asOf, f.source])));
ledger.close();
`,
      );
      expect(execFileSync(process.execPath, ['use.mjs'], { cwd: app, encoding: 'utf8' })).toBe(
        '[[9,"2025-05-01","the district council"]]\n',
      );
      writeFileSync(
        join(app, 'use.ts'),
        `import { extract, openLedger, type Extraction, type LedgerFigure } from 'crosscheck';
const x: Extraction = extract({ origin: 'a.txt', text: 'Two people were killed.', meta: {} });
const rows: LedgerFigure[] = [];
openLedger(':memory:').close();
export { x, rows };
`,
      );
      writeFileSync(
        join(app, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            strict: true,
            noEmit: true,
            skipLibCheck: true,
          },
        }),
      );
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], { encoding: 'utf8' });
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });

  it('packs its entry point and types', () => {
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
    ) as Array<{ files: Array<{ path: string }> }>;
    const files = pack!.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'bin/crosscheck.js', 'README.md']),
    );
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);
    // The ranking extension's source and its build, run at install; never a build of this machine's.
    expect(files).toEqual(expect.arrayContaining(['native/rank.c', 'native/snippet.c', 'native/build.js']));
    expect(files.some((f) => f.startsWith('native/build/'))).toBe(false);
  });
});
