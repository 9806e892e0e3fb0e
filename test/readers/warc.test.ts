import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContainerEntry } from '../../src/ingest/container-entry.js';
import { readWarcFile } from '../../src/ingest/warc.js';
import { BRIDGE_DETAINED, MARKET_STRIKE, page, VALLEY_DISPLACED } from './reports.js';
import { gzipOfZeros, warcFile, warcRecord, type RecordSpec } from './warc-builder.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-warc-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(name: string, bytes: Buffer, maxBytes?: number): Promise<ContainerEntry[]> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const out: ContainerEntry[] = [];
  for await (const e of readWarcFile(path, { maxBytes })) out.push(e);
  return out;
}

/** Entries as short readable lines: "doc URL | title | published" or "fail ORIGIN | reason". */
function summary(entries: ContainerEntry[], path: string): string[] {
  return entries.map((e) =>
    e.ok
      ? `doc ${e.doc.origin} | ${e.doc.meta.title ?? '-'} | ${e.doc.meta.published ?? '-'}`
      : `fail ${e.origin.replace(path, 'ARCHIVE')} | ${e.reason}`,
  );
}

const CRAWL: RecordSpec[] = [
  { type: 'warcinfo', body: 'software: test-crawler\r\n' },
  {
    type: 'request',
    url: 'https://kestrel.test/marevo',
    body: 'GET /marevo HTTP/1.1\r\nHost: kestrel.test\r\n\r\n',
    contentType: 'application/http; msgtype=request',
  },
  {
    url: 'https://kestrel.test/marevo',
    body: page(MARKET_STRIKE, {
      outlet: 'Kestrel',
      published: '2023-11-09',
      script: 'window.tracker = "Ninety soldiers were killed"',
    }),
  },
  { url: 'https://kestrel.test/old', status: '301 Moved Permanently', body: '' },
  { url: 'https://kestrel.test/gone', status: '404 Not Found', body: page(BRIDGE_DETAINED) },
  {
    url: 'https://kestrel.test/logo.png',
    contentType: 'image/png',
    body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
  },
  {
    type: 'resource',
    url: 'https://doltsa-relief.test/update.txt',
    contentType: 'text/plain; charset=utf-8',
    body: `${VALLEY_DISPLACED.title}\n\nMore than 4,000 people have fled villages in the Vessa valley since Monday, according to the Doltsa relief office.\n`,
  },
];

describe('readWarcFile', () => {
  it('reads 200 HTML responses and text resources, skips the rest, and never dates a page by its crawl', async () => {
    for (const gzip of [false, true]) {
      const name = gzip ? 'crawl.warc.gz' : 'crawl.warc';
      const entries = await read(name, warcFile(CRAWL, gzip));
      expect(summary(entries, join(dir, name))).toEqual([
        'doc https://kestrel.test/marevo | Shelling hits Marevo market | 2023-11-09',
        'doc https://doltsa-relief.test/update.txt | - | -',
      ]);
      const [market] = entries;
      expect(market!.ok && market!.url).toBe('https://kestrel.test/marevo');
      // The script in the page never reaches the text.
      expect(market!.ok && market!.doc.text).not.toContain('Ninety soldiers');
      expect(market!.ok && market!.doc.text).toContain('At least 12 people were killed');
    }
  });

  it("reads a whole-file gzip archive and records written by warcio's own serializer", async () => {
    const record = WARCRecord.create(
      {
        url: 'https://kestrel.test/vessa',
        date: '2024-02-01T00:00:00Z',
        type: 'response',
        warcVersion: 'WARC/1.1',
        statusline: 'HTTP/1.1 200 OK',
        httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' },
      },
      (async function* () {
        yield new TextEncoder().encode(page(VALLEY_DISPLACED, { published: '2023-11-14' }));
      })(),
    );
    const serialized = Buffer.from(await WARCSerializer.serialize(record, { gzip: true }));
    const whole = gzipSync(warcFile([CRAWL[2]!]));
    const entries = await read('mixed.warc.gz', Buffer.concat([whole, serialized]));
    expect(summary(entries, '')).toEqual([
      'doc https://kestrel.test/marevo | Shelling hits Marevo market | 2023-11-09',
      'doc https://kestrel.test/vessa | Thousands leave the Vessa valley as fighting nears | 2023-11-14',
    ]);
  });

  it('keeps the records before a cut and names the cut record, in plain and gzip archives', async () => {
    const records = [CRAWL[2]!, { url: 'https://kestrel.test/vessa', body: page(VALLEY_DISPLACED) }];
    const plain = warcFile(records);
    const plainPath = join(dir, 'cut.warc');
    expect(summary(await read('cut.warc', plain.subarray(0, plain.length - 200)), plainPath)).toEqual([
      'doc https://kestrel.test/marevo | Shelling hits Marevo market | 2023-11-09',
      expect.stringMatching(
        /^fail ARCHIVE \| truncated archive: record 2 \(https:\/\/kestrel.test\/vessa\) ends \d+ bytes early; 1 record before it was read$/,
      ),
    ]);
    const gz = warcFile(records, true);
    const gzPath = join(dir, 'cut.warc.gz');
    expect(summary(await read('cut.warc.gz', gz.subarray(0, gz.length - 40)), gzPath)).toEqual([
      'doc https://kestrel.test/marevo | Shelling hits Marevo market | 2023-11-09',
      'fail ARCHIVE | truncated archive: the gzip stream ends early; 1 record before it was read',
    ]);
  });

  it('fails a record over the size limit alone and reads on', async () => {
    const big = {
      url: 'https://kestrel.test/long',
      body: page({ title: 'Long page', html: '<p>Padding paragraph.</p>'.repeat(400) }),
    };
    const path = join(dir, 'big.warc');
    expect(summary(await read('big.warc', warcFile([big, CRAWL[2]!]), 5000), path)).toEqual([
      'fail ARCHIVE:1 (https://kestrel.test/long) | input is over the size limit of 5000 bytes (raise it with --max-bytes, or the maxBytes option)',
      'doc https://kestrel.test/marevo | Shelling hits Marevo market | 2023-11-09',
    ]);
  });

  it('stops a gzip bomb early with a clear reason, keeping the records before it', async () => {
    // A 100 MB response of zeros compressed to about 100 KB, after one good record.
    const zeros = 100_000_000;
    const head = warcRecord({ url: 'https://bomb.test/', body: '' })
      .toString('latin1')
      .replace(/Content-Length: \d+\r\n\r\nHTTP/, `Content-Length: ${zeros + 79}\r\n\r\nHTTP`)
      .replace(/Content-Length: 0\r\n\r\n\r\n\r\n$/, `Content-Length: ${zeros}\r\n\r\n`);
    const bomb = await gzipOfZeros(head, zeros);
    const path = join(dir, 'bomb.warc.gz');
    const before = process.memoryUsage().rss;
    const out = summary(await read('bomb.warc.gz', Buffer.concat([gzipSync(warcRecord(CRAWL[2]!)), bomb])), path);
    expect(out[0]).toBe('doc https://kestrel.test/marevo | Shelling hits Marevo market | 2023-11-09');
    expect(out.at(-1)).toMatch(
      /^fail ARCHIVE \| gzip bomb: \d+ bytes inflated past 6\d(\.\d)? MB \(more than 100 times\); reading stopped; 1 record before it was read$/,
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(200_000_000);
  });

  it('names a file that is no archive at all', async () => {
    const path = join(dir, 'notes.warc');
    expect(summary(await read('notes.warc', Buffer.from('These are my notes, not an archive.\n')), path)).toEqual([
      expect.stringMatching(/^fail ARCHIVE \| /),
    ]);
  });
});
