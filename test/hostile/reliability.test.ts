// Issue 12, item by item: each test failed on the code before the fix (a hang, a stack trace, a
// lost or shifted document) and passes now. The large inputs of the issue (200,000 levels, a
// 130 MB line, 2,000 files) are in the standing suite, `npm run test:hostile`.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/batch/ingest-run.js';
import { defaultReaders } from '../../src/batch/readers.js';
import { decodeBytes } from '../../src/ingest/decode.js';
import { readFeedBytes } from '../../src/ingest/feed.js';
import { isPublicAddress } from '../../src/ingest/public-address.js';
import { readHtmlString } from '../../src/ingest/read-document.js';
import { openLedger } from '../../src/store/ledger.js';
import { ftsQuery, search } from '../../src/store/queries.js';
import {
  makeFifo,
  nestedHtml,
  REPORT,
  slowHtml,
  writeGoodFiles,
  writeHugeLineJsonl,
} from '../../scripts/hostile/inputs.js';
import { buildIfStale, cli, documents, type Summary } from './cli-harness.js';

let dir: string;
const path = (name: string) => join(dir, name);
const DEEP = 'nesting deeper than 512 elements: crosscheck does not read pages nested this deep';

beforeAll(() => {
  buildIfStale();
  dir = mkdtempSync(join(tmpdir(), 'cc-reliability-'));
  writeFileSync(path('good.txt'), `${REPORT}\n`);
  writeFileSync(path('n2000.html'), nestedHtml(2000));
  writeFileSync(path('n16000.html'), nestedHtml(16_000));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `crosscheck ingest ARGS --db DB --json --jobs 1` and parses its summary. */
async function ingest(db: string, ...args: string[]): Promise<{ status: number; summary: Summary; stderr: string }> {
  const r = await cli(['ingest', ...args, '--db', db, '--json', '--jobs', '1'], dir);
  return {
    status: r.status,
    summary: r.stdout ? (JSON.parse(r.stdout) as Summary) : (null as never),
    stderr: r.stderr,
  };
}

const reasons = (s: Summary) => Object.fromEntries(s.failures.map((f) => [f.origin, f.reason]));

describe('1. deeply nested HTML', () => {
  it('refuses pages nested deeper than 512 with the reason, at once, and reads the files after them', async () => {
    const x = await cli(['extract', 'n2000.html', 'n16000.html', 'good.txt'], dir);
    expect(x.status).toBe(1);
    expect(x.stderr.trim().split('\n')).toEqual([
      `crosscheck: n2000.html: ${DEEP}`,
      `crosscheck: n16000.html: ${DEEP}`,
    ]);
    expect(x.stdout.trim().split('\n')).toHaveLength(1);
    const run = await ingest(path('deep.db'), 'n2000.html', 'n16000.html', 'good.txt');
    expect(reasons(run.summary)).toEqual({ 'n2000.html': DEEP, 'n16000.html': DEEP });
    expect(run.summary.stored).toBe(1);
  }, 60_000);

  it('stops reading a page that outlasts its deadline, in its own thread, and goes on with the next', async () => {
    const slow = readHtmlString(slowHtml(40), 'slow.html', {}, { htmlTimeoutMs: 300 });
    await expect(slow).rejects.toThrow(
      'reading the page took longer than 0.3 s and was stopped (raise the limit with --html-timeout)',
    );
    const next = await readHtmlString(`<html><body><p>${REPORT}</p></body></html>`, 'next.html');
    expect(next.text).toBe(REPORT);

    writeFileSync(path('slow.html'), slowHtml(40));
    writeFileSync(path('fine.html'), `<html><head><title>Fine</title></head><body><p>${REPORT}</p></body></html>`);
    const run = await cli(
      ['ingest', 'slow.html', 'fine.html', '--db', path('slow.db'), '--json', '--html-timeout', '1'],
      dir,
    );
    const summary = JSON.parse(run.stdout) as Summary;
    expect(reasons(summary)).toEqual({
      'slow.html': 'reading the page took longer than 1 s and was stopped (raise the limit with --html-timeout)',
    });
    expect(summary.stored).toBe(1);
  }, 60_000);
});

describe('2. several ingests into one ledger at once', () => {
  // 240 distinct files; each run takes an overlapping half, so runs store some of the same texts.
  const sets = (files: string[]) => [
    files.slice(0, 120),
    files.slice(60, 180),
    files.slice(120, 240),
    [...files.slice(0, 60), ...files.slice(180, 240)],
  ];

  async function together(db: string, runs: string[][]): Promise<void> {
    const results = await Promise.all(runs.map((files) => ingest(db, ...files)));
    for (const r of results) {
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
    const union = new Set(runs.flat());
    // Each text is stored once, by one of the runs (a page's copy as a new version of its URL);
    // the others saw it as a duplicate.
    expect(results.reduce((n, r) => n + r.summary.stored + r.summary.versions, 0)).toBe(union.size);
    const ledger = new Database(db, { readonly: true });
    try {
      expect(ledger.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(union.size);
      const origins = ledger.prepare('SELECT origin FROM document_origins').pluck().all() as string[];
      expect(new Set(origins)).toEqual(union);
      expect(origins).toHaveLength(union.size);
      expect(ledger.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      ledger.close();
    }
  }

  it('two ingests wait their turn for the write lock; both complete, nothing lost or duplicated', async () => {
    const files = writeGoodFiles(path('two'), 240);
    const [a, b] = sets(files);
    await together(path('two.db'), [a!, b!]);
    // Claims are those a single run stores.
    const single = path('single.db');
    expect((await ingest(single, ...new Set([...a!, ...b!]))).status).toBe(0);
    const count = (db: string) => {
      const l = new Database(db, { readonly: true });
      const n = l
        .prepare("SELECT (SELECT count(*) FROM figures) || '/' || (SELECT count(*) FROM statements)")
        .pluck()
        .get();
      l.close();
      return n;
    };
    expect(count(path('two.db'))).toBe(count(single));
  }, 120_000);

  it('four ingests into a new ledger all complete, nothing lost or duplicated', async () => {
    await together(path('four.db'), sets(writeGoodFiles(path('four'), 240)));
  }, 120_000);
});

describe('3 and 4. JSON Lines: a line over the limit, line endings, a byte-order mark', () => {
  it('extract --jsonl answers a line over --max-bytes with its error line and goes on', async () => {
    writeHugeLineJsonl(path('huge.jsonl'), 3_000_000);
    const x = await runWithInput(['extract', '--jsonl', '--max-bytes', '100000'], readFileSync(path('huge.jsonl')));
    const out = x
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { error?: string; line?: number });
    expect(out).toHaveLength(3);
    expect(out[1]).toEqual({
      error: 'record is 3 MB, over the size limit of 100000 bytes (raise it with --max-bytes, or the maxBytes option)',
      line: 2,
    });
    expect(out[0]!.error).toBeUndefined();
    expect(out[2]!.error).toBeUndefined();
    const run = await ingest(path('huge.db'), 'huge.jsonl', '--max-bytes', '100000');
    expect(reasons(run.summary)).toEqual({
      'huge.jsonl:2':
        'record is 3 MB, over the size limit of 100000 bytes (raise it with --max-bytes, or the maxBytes option)',
    });
    expect(run.summary.stored).toBe(2);
  }, 60_000);

  it('splits at \\n only (a lone \\r stays in its line) and drops a byte-order mark: one line out per line in', async () => {
    const records = [
      `\uFEFF${JSON.stringify({ text: `${REPORT} (one)` })}`,
      `{"text": ${JSON.stringify(`${REPORT} (two)`)},\r"published": "2025-03-06"}`,
      JSON.stringify({ text: `${REPORT} (three)` }),
    ];
    const out = (await runWithInput(['extract', '--jsonl'], Buffer.from(records.join('\r\n') + '\r\n')))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { error?: string; document?: { published: string | null } });
    expect(out.map((o) => o.error ?? 'ok')).toEqual(['ok', 'ok', 'ok']);
    expect(out[1]!.document!.published).toBe('2025-03-06');
  }, 60_000);
});

describe('5. a lone surrogate', () => {
  it('becomes one U+FFFD, so every stored span still points at its evidence', async () => {
    writeFileSync(
      path('lone.jsonl'),
      `{"text": "\\ud800 ${REPORT} \\udc00 Later, 7 more people were wounded, officials said."}\n`,
    );
    expect((await ingest(path('lone.db'), 'lone.jsonl')).status).toBe(0);
    const db = new Database(path('lone.db'), { readonly: true });
    const text = db.prepare('SELECT text FROM documents').pluck().get() as string;
    const figures = db.prepare('SELECT evidence, span_start, span_end FROM figures').all() as Array<{
      evidence: string;
      span_start: number;
      span_end: number;
    }>;
    db.close();
    expect(text.startsWith('\uFFFD At least 12')).toBe(true);
    expect(figures.length).toBeGreaterThanOrEqual(2);
    for (const f of figures) expect(text.slice(f.span_start, f.span_end)).toBe(f.evidence);
  }, 60_000);
});

describe('6. a named pipe inside a folder', () => {
  it('is skipped with a reason instead of waiting forever for a writer', async () => {
    mkdirSync(path('with-pipe'));
    writeFileSync(path('with-pipe/a-report.txt'), `${REPORT}\n`);
    makeFifo(path('with-pipe/b-pipe.txt'));
    const run = await ingest(path('pipe.db'), 'with-pipe');
    expect(run.summary.skips).toEqual([
      { origin: join('with-pipe', 'b-pipe.txt'), reason: 'not a regular file (a named pipe); skipped' },
    ]);
    expect(run.summary.failed).toBe(0);
    expect(run.summary.stored).toBe(1);
  }, 30_000);
});

/** A server on 127.0.0.1 whose /hang never answers and whose /page serves a report; notes when each request came. */
async function hangingServer(): Promise<{
  base: string;
  hits: string[];
  at: number[];
  close: () => Promise<void>;
}> {
  const hits: string[] = [];
  const at: number[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    at.push(Date.now());
    if (req.url?.startsWith('/page')) {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<html><body><p>${REPORT} (${req.url})</p></body></html>`);
      return;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    at,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An RSS feed of summary-only items linking to `links`. */
function feed(links: string[]): string {
  const items = links.map(
    (l, i) =>
      `<item><title>Report ${i + 1}</title><link>${l}</link><description>Summary ${i + 1}.</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join('')}</channel></rss>`;
}

describe('7. finished documents are committed while the inputs stall', () => {
  it('commits on a timer: ten documents read before a feed whose links never answer are in the ledger within a second or two', async () => {
    const server = await hangingServer();
    const texts = writeGoodFiles(path('before-feed'), 10);
    writeFileSync(path('stalling.rss'), feed(Array.from({ length: 4 }, (_, i) => `${server.base}/hang/${i}`)));
    const db = path('timer.db');
    const ledger = openLedger(db);
    try {
      const run = runIngest([...texts, path('stalling.rss')], ledger, {
        readers: defaultReaders({ timeoutMs: 6000, allowPrivateUrls: true }),
        jobs: 1,
        batchMs: 200,
      });
      let finished = false;
      void run.then(() => (finished = true));
      let committed = 0;
      for (let waited = 0; waited < 4000 && committed < 10; waited += 100) {
        await new Promise((r) => setTimeout(r, 100));
        committed = documents(db).length;
      }
      // The run is still waiting for the feed's links (6 s each): only a timer can have committed
      // the ten documents (a batch holds 200).
      expect(finished).toBe(false);
      expect(committed).toBe(10);
      const summary = await run;
      expect([summary.stored, summary.failed]).toEqual([10, 4]);
    } finally {
      ledger.close();
      await server.close();
    }
  }, 60_000);
});

describe('8. feed items: a few at a time, one deadline per feed, no private addresses from a feed file', () => {
  it('fetches the linked pages four at a time and gives up on the rest at the feed’s deadline', async () => {
    const server = await hangingServer();
    try {
      const xml = feed(Array.from({ length: 10 }, (_, i) => `${server.base}/hang/${i}`));
      const started = Date.now();
      const out = [];
      for await (const e of readFeedBytes(Buffer.from(xml), 'wire.rss', {
        timeoutMs: 1000,
        feedTimeoutMs: 2500,
        allowPrivateUrls: true,
      }))
        out.push(e);
      // One after another, ten links that never answer took ten timeouts.
      expect(Date.now() - started).toBeLessThan(6000);
      // Four requests at once; the next only once one of them gave up (after the 1 s timeout).
      expect(server.at.filter((t) => t - started < 800)).toHaveLength(4);
      expect(server.at.length).toBeGreaterThan(4);
      expect(out).toHaveLength(10);
      const why = out.map((e) =>
        e.ok ? 'stored' : e.reason.replace(/^the item has only a summary, and its page could not be read: /, ''),
      );
      expect(new Set(why)).toEqual(
        new Set([
          'no answer within 1 s (timeout)',
          "not fetched within the feed's time limit of 2.5 s (see --timeout)",
        ]),
      );
    } finally {
      await server.close();
    }
  }, 30_000);

  it('never fetches a loopback or private address a feed file links to, unless allowed', async () => {
    const server = await hangingServer();
    try {
      const port = new URL(server.base).port;
      const xml = feed([
        `http://127.0.0.1:${port}/page/1`,
        `http://localhost:${port}/page/2`,
        `http://[::ffff:7f00:1]:${port}/page/3`,
      ]);
      const read = async (options: object) => {
        const out = [];
        for await (const e of readFeedBytes(Buffer.from(xml), 'local.rss', { timeoutMs: 3000, ...options }))
          out.push(e.ok ? 'stored' : e.reason.replace(/^.*could not be read: /, ''));
        return out;
      };
      expect(await read({})).toEqual([
        'not fetched: 127.0.0.1 is a loopback or private address, which a link may reach only with --allow-private-urls',
        'not fetched: localhost (127.0.0.1) is a loopback or private address, which a link may reach only with --allow-private-urls',
        'not fetched: [::ffff:7f00:1] (::ffff:7f00:1) is a loopback or private address, which a link may reach only with --allow-private-urls',
      ]);
      expect(server.hits).toEqual([]);
      expect(await read({ allowPrivateUrls: true })).toEqual(['stored', 'stored', 'stored']);
    } finally {
      await server.close();
    }
  }, 30_000);

  it('tells public addresses from loopback, private, link-local and other reserved ones (no network used)', () => {
    const pub = ['93.184.216.34', '2606:4700:4700::1111'];
    const not = ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0'];
    const not6 = ['::1', '::ffff:127.0.0.1', '::ffff:a00:1', 'fe80::1', 'fc00::1', '::', 'localhost'];
    expect(pub.map(isPublicAddress)).toEqual([true, true]);
    expect([...not, ...not6].filter(isPublicAddress)).toEqual([]);
  });
});

describe('9. search with repeated words', () => {
  it('counts each word once, refuses too many words or characters in one line, and stops a query at its deadline', async () => {
    const db = path('search.db');
    expect((await ingest(db, ...writeGoodFiles(path('search'), 60))).status).toBe(0);
    expect(ftsQuery('the '.repeat(200))).toBe('"the"');
    expect(ftsQuery('Convoy convoy CONVOY shelled').split(' ')).toHaveLength(2);
    const repeated = await cli(['search', 'the '.repeat(200), '--db', db, '--format', 'json'], dir);
    expect(repeated.status).toBe(0);
    expect((JSON.parse(repeated.stdout) as unknown[]).length).toBeGreaterThan(0);

    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const many = await cli(['search', words, '--db', db], dir);
    expect([many.status, many.stderr.trim()]).toEqual([
      1,
      'crosscheck search: the search has 40 different words; it may have at most 32: give fewer words',
    ]);
    const long = await cli(['search', 'x'.repeat(1001), '--db', db], dir);
    expect(long.stderr.trim()).toBe(
      'crosscheck search: the search is 1001 characters long; it may be at most 1000: give fewer words',
    );
    const ledger = openLedger(db, { readonly: true });
    try {
      expect(() => search(ledger, 'the', {}, { timeoutMs: 0 })).toThrow(
        'the search took longer than 0 s and was stopped: give fewer or rarer words',
      );
      expect(search(ledger, 'the').length).toBeGreaterThan(0);
    } finally {
      ledger.close();
    }
  }, 60_000);
});

describe('10. smaller items', () => {
  it('refuses an empty SQLite database of another program instead of turning it into a ledger', async () => {
    const other = path('other-empty.sqlite');
    const db = new Database(other);
    db.pragma('user_version = 7');
    db.close();
    const before = readFileSync(other);
    const r = await cli(['ingest', 'good.txt', '--db', other], dir);
    expect([r.status, r.stderr.trim()]).toEqual([
      1,
      `crosscheck ingest: ${other}: not a crosscheck ledger (an empty SQLite database that crosscheck did not make); delete it or choose another file with --db`,
    ]);
    expect(readFileSync(other).equals(before)).toBe(true);
  }, 30_000);

  it('says what is wrong with --db /dev/null or a folder', async () => {
    const a = await cli(['ingest', 'good.txt', '--db', '/dev/null'], dir);
    expect([a.status, a.stderr.trim()]).toEqual([
      1,
      'crosscheck ingest: /dev/null: a device, not a file: give the path of a ledger file (new or existing) with --db',
    ]);
    const b = await cli(['figures', '--db', dir], dir);
    expect(b.stderr.trim()).toBe(
      `crosscheck figures: ${dir}: a directory, not a file: give the path of a ledger file (new or existing) with --db`,
    );
  }, 30_000);

  it('reads text that is not UTF-8 at all in a legacy encoding, and refuses UTF-8 text with broken sequences', () => {
    // The rule the README states: stray bytes in ASCII text are legacy characters ("é"), not broken UTF-8.
    const latin = decodeBytes(
      Buffer.concat([Buffer.from(`${REPORT} The caf`), Buffer.from([0xe9]), Buffer.from(' burned.')]),
    );
    expect(latin.text).toBe(`${REPORT} The café burned.`);
    const broken = Buffer.concat([
      Buffer.from('Le café a brûlé, dit-il — '),
      Buffer.from([0xc3]),
      Buffer.from(' fin.'),
    ]);
    expect(() => decodeBytes(broken)).toThrow(
      /^undecodable bytes: invalid UTF-8 at byte offset \d+ in otherwise UTF-8 text$/,
    );
  });

  it('extract given a feed or a JSON Lines file points to what reads it instead of reading the markup as an article', async () => {
    writeFileSync(path('wire.rss'), feed(['https://example.org/a']));
    writeFileSync(path('wire.jsonl'), `${JSON.stringify({ text: REPORT })}\n`);
    const r = await cli(['extract', 'wire.rss', 'wire.jsonl', 'good.txt'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'crosscheck: wire.rss: is an RSS or Atom feed (one article per item): read it with "crosscheck ingest FILE"',
      'crosscheck: wire.jsonl: is a JSON Lines file (one article per line): read it with "crosscheck extract --jsonl < FILE" or "crosscheck ingest FILE"',
    ]);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  }, 30_000);
});

/** Runs the built CLI with `input` on standard input; resolves to its standard output. */
function runWithInput(args: string[], input: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [join(import.meta.dirname, '../../bin/crosscheck.js'), ...args], { cwd: dir });
    const out: Buffer[] = [];
    p.stdout.on('data', (d: Buffer) => out.push(d));
    p.on('error', reject);
    p.on('close', () => resolve(Buffer.concat(out).toString('utf8')));
    p.stdin.end(input);
  });
}
