import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/batch/ingest-run.js';
import { defaultReaders } from '../../src/batch/readers.js';
import { openLedger } from '../../src/store/ledger.js';
import { atomFeed, rssFeed } from '../readers/feeds.js';
import { startServer, type LocalServer, type Route } from '../readers/local-server.js';
import { BRIDGE_DETAINED, MARKET_STRIKE, page, VALLEY_DISPLACED } from '../readers/reports.js';
import { gzipOfZeros, warcFile, warcRecord } from '../readers/warc-builder.js';
import { buildIfStale, cli, documents, type Summary } from './cli-harness.js';

const SCRIPT_TEXT = 'Ninety soldiers were killed at the airfield';
const SECRET = readFileSync('/etc/hostname', 'utf8').trim();

let dir: string;
let server: LocalServer;
const path = (name: string) => join(dir, name);

/** A 100 MB WARC member of zeros after a good record: inflates ~1,000 times. */
async function gzipBomb(): Promise<Buffer> {
  const zeros = 100_000_000;
  const head = `WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://bomb.test/\r\nWARC-Date: 2024-01-15T03:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${zeros + 64}\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${zeros}\r\n\r\n`;
  return gzipOfZeros(head, zeros);
}

beforeAll(async () => {
  buildIfStale();
  dir = mkdtempSync(join(tmpdir(), 'cc-hostile-'));
  const routes: Record<string, Route> = {
    '/marevo': { body: page(MARKET_STRIKE, { outlet: 'Kestrel', published: '2023-11-09' }) },
    '/vessa': { body: page(VALLEY_DISPLACED, { outlet: 'Kestrel', published: '2023-11-15' }) },
    '/broken': { status: 500, type: 'text/plain', body: 'boom' },
    '/logo.png': { type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
    '/loop1': { redirect: '/loop2' },
    '/loop2': { redirect: '/loop1' },
    '/hang': { hang: true },
  };
  server = await startServer(routes);
  // The feeds link to the server's own pages, whose address is known only now.
  routes['/conflict.rss'] = { type: 'application/rss+xml', body: rssFeed(server.base) };
  routes['/evening.atom'] = { type: 'application/atom+xml', body: atomFeed(server.base) };

  writeFileSync(
    path('bridge.html'),
    page(BRIDGE_DETAINED, { outlet: 'Greyhaven Evening Post', published: '2023-11-18' }),
  );
  writeFileSync(
    path('marevo.txt'),
    `${MARKET_STRIKE.title}\n\nAt least 12 people were killed when shells hit the covered market in Marevo on Thursday, the regional health department said.\n`,
  );
  writeFileSync(
    path('scripted.html'),
    page(VALLEY_DISPLACED, { published: '2023-11-15', script: `document.title = "${SCRIPT_TEXT}";` }),
  );
  writeFileSync(path('binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]));
  writeFileSync(
    path('broken-utf8.txt'),
    Buffer.concat([
      Buffer.from('Shelling \u2014 the toll rose to 40 \u2014 officials said. '.repeat(4)),
      Buffer.from([0xe2, 0x80]),
      Buffer.from(' end.'),
    ]),
  );
  writeFileSync(path('empty.txt'), '');
  const fd = openSync(path('huge.txt'), 'w');
  ftruncateSync(fd, 100_000_000);
  closeSync(fd);
  const rssLocal = rssFeed(server.base);
  writeFileSync(path('truncated.rss'), rssLocal.slice(0, rssLocal.indexOf('<pubDate>Tue') + 12));
  writeFileSync(
    path('malformed.xml'),
    rssLocal.replace(
      '<description>Families leave the valley on foot.</description>',
      '<description>Families leave</summary>',
    ),
  );
  const defs = [
    '<!ENTITY lol "lol">',
    ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
  ];
  writeFileSync(
    path('laughs.xml'),
    `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${defs.join('\n')}\n]>\n<rss><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`,
  );
  writeFileSync(
    path('xxe.rss'),
    '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>\n<rss><channel><title>Leak</title><item><title>&secret;</title><description>&secret;</description></item></channel></rss>',
  );
  const good = warcRecord({
    url: 'https://kestrel.test/vessa-archived',
    body: page(VALLEY_DISPLACED, { outlet: 'Kestrel', published: '2023-11-15' }).replace(
      'More than 4,000',
      'More than 4,500',
    ),
  });
  writeFileSync(path('bomb.warc.gz'), Buffer.concat([gzipSync(good), await gzipBomb()]));
  const cut = warcFile([
    {
      url: 'https://kestrel.test/bridge-archived',
      body: page(BRIDGE_DETAINED, { published: '2023-11-18' }).replace('30 people', '31 people'),
    },
    { url: 'https://kestrel.test/lost', body: page(MARKET_STRIKE) },
  ]);
  writeFileSync(path('cut.warc'), cut.subarray(0, cut.length - 150));
}, 60_000);

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('crosscheck ingest on hostile input (built CLI)', () => {
  it('lists every bad input with its reason, stores the rest, and leaves earlier documents untouched', async () => {
    const db = path('ledger.db');
    const seed = await cli(['ingest', 'bridge.html', 'marevo.txt', '--db', db, '--json', '--jobs', '1'], dir);
    expect(seed.status).toBe(0);
    const before = documents(db);
    expect(before.map((d) => d.origin)).toEqual(['bridge.html', 'marevo.txt']);

    const u = (p: string) => `${server.base}${p}`;
    const inputs = [
      'scripted.html',
      'binary.txt',
      'broken-utf8.txt',
      'empty.txt',
      'huge.txt',
      'truncated.rss',
      'malformed.xml',
      'laughs.xml',
      'xxe.rss',
      'bomb.warc.gz',
      'cut.warc',
      u('/nowhere'),
      u('/broken'),
      u('/logo.png'),
      u('/loop1'),
      u('/conflict.rss'),
      u('/evening.atom'),
    ];
    const run = await cli(['ingest', ...inputs, '--db', db, '--json', '--jobs', '1'], dir);
    expect(run.status).toBe(1);
    const summary = JSON.parse(run.stdout) as Summary;
    const failures = Object.fromEntries(summary.failures.map((f) => [f.origin, f.reason]));
    expect(failures).toEqual({
      'binary.txt': expect.stringMatching(/^binary file: /),
      'broken-utf8.txt': expect.stringMatching(/^undecodable bytes: invalid UTF-8 at byte offset \d+/),
      'empty.txt': 'empty file: nothing to read',
      'huge.txt': 'file is 100 MB, over the size limit of 20 MB (raise it with --max-bytes, or the maxBytes option)',
      'truncated.rss': 'truncated feed: it ends before its closing tags; the 1 item before it was read',
      'malformed.xml': expect.stringMatching(
        /^malformed feed: Expected closing tag 'description' .*; the 1 item before it was read$/,
      ),
      'laughs.xml': expect.stringMatching(/^the feed declares its own XML entities/),
      'xxe.rss': expect.stringMatching(/^the feed declares its own XML entities/),
      'bomb.warc.gz': expect.stringMatching(/^gzip bomb: .*; reading stopped; 1 record before it was read$/),
      'bomb.warc.gz:2 (https://bomb.test/)':
        'input is over the size limit of 20 MB (raise it with --max-bytes, or the maxBytes option)',
      'cut.warc': expect.stringMatching(
        /^truncated archive: record 2 \(https:\/\/kestrel.test\/lost\) ends \d+ bytes early; 1 record before it was read$/,
      ),
      [u('/nowhere')]: 'HTTP 404 Not Found',
      [u('/broken')]: 'HTTP 500 Internal Server Error',
      [u('/logo.png')]: 'unsupported content type image/png: crosscheck reads HTML, plain text, RSS and Atom feeds',
      [u('/loop1')]: `redirect loop: ${u('/loop1')} → ${u('/loop2')} → ${u('/loop1')}`,
    });
    expect(summary.failed).toBe(15);

    const after = documents(db);
    // What was there is unchanged, row for row; everything else is an addition.
    expect(after.slice(0, before.length)).toEqual(before);
    const added = after.slice(before.length);
    expect(added.map((d) => d.origin).sort()).toEqual(
      [
        'scripted.html',
        `${server.base}/marevo`,
        'https://kestrel.test/vessa-archived',
        'https://kestrel.test/bridge-archived',
      ].sort(),
    );
    // The feeds' other items repeat texts already stored (the same report by page, feed and
    // archive): each is recorded as one more origin of the stored text, not a second document.
    expect(summary.duplicates).toBe(6);
    expect(summary.read).toBe(summary.stored + summary.duplicates);
    expect(summary.stored).toBe(added.length);
    for (const d of after) {
      expect(d.text).not.toContain(SCRIPT_TEXT);
      expect(d.text).not.toContain('lol');
      if (SECRET) expect(d.text).not.toContain(SECRET);
    }
    const archived = added.find((d) => d.origin === 'https://kestrel.test/vessa-archived')!;
    expect([archived.url, archived.published]).toEqual(['https://kestrel.test/vessa-archived', '2023-11-15']);
  }, 60_000);

  it('gives up on a URL that never answers after the timeout and stores the other inputs', async () => {
    const ledger = openLedger(path('timeout.db'));
    try {
      const started = Date.now();
      const summary = await runIngest([`${server.base}/hang`, path('marevo.txt')], ledger, {
        readers: defaultReaders({ timeoutMs: 400 }),
        jobs: 1,
      });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(summary.failures).toEqual([{ origin: `${server.base}/hang`, reason: 'no answer within 0.4 s (timeout)' }]);
      expect(summary.stored).toBe(1);
    } finally {
      ledger.close();
    }
  });

  it('refuses a ledger another connection holds a write lock on, and changes nothing', async () => {
    const db = path('locked.db');
    expect((await cli(['ingest', 'marevo.txt', '--db', db, '--json', '--jobs', '1'], dir)).status).toBe(0);
    const before = documents(db);
    const holder = new Database(db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const run = await cli(['ingest', 'bridge.html', '--db', db, '--json', '--jobs', '1'], dir);
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(
        `crosscheck ingest: ${db}: the ledger is locked by another process; wait for it to finish or use another --db`,
      );
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(documents(db)).toEqual(before);
  }, 30_000);

  it('refuses a file that is not a crosscheck ledger and leaves it alone', async () => {
    const other = path('other.sqlite');
    const db = new Database(other);
    db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')");
    db.close();
    const notes = path('notes.db');
    writeFileSync(notes, 'These are my notes, not a database.\n');
    const a = await cli(['ingest', 'marevo.txt', '--db', other], dir);
    expect([a.status, a.stderr.trim()]).toEqual([
      1,
      `crosscheck ingest: ${other}: not a crosscheck ledger (it is some other SQLite database); choose another file with --db`,
    ]);
    const b = await cli(['ingest', 'marevo.txt', '--db', notes], dir);
    expect([b.status, b.stderr.trim()]).toEqual([
      1,
      `crosscheck ingest: ${notes}: not a crosscheck ledger (not an SQLite database); choose another file with --db`,
    ]);
    expect(readFileSync(notes, 'utf8')).toBe('These are my notes, not a database.\n');
    const check = new Database(other, { readonly: true });
    expect(check.prepare('SELECT body FROM notes').pluck().all()).toEqual(['keep me']);
    check.close();
  });
});
