import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  ftruncateSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InputError,
  readDocument,
  readDocumentFromBytes,
  readStreamBytes,
  readTextString,
} from '../../src/ingest/index.js';

const REPORT =
  'Strike on Kostiantynivka market kills 16\n\nAt least 16 people were killed and more than 30 wounded when a missile hit ' +
  'a market on Wednesday, the regional governor said. \u201cThere were only civilians there,\u201d he told the caf\u00e9 owners.\n';

let dir: string;
const path = (name: string): string => join(dir, name);

async function inputError(p: Promise<unknown>): Promise<InputError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-ingest-'));
  writeFileSync(path('utf8.txt'), REPORT);
  writeFileSync(path('crlf.txt'), REPORT.replace(/\n/g, '\r\n'));
  writeFileSync(path('bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPORT)]));
  writeFileSync(path('utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT, 'utf16le')]));
  writeFileSync(path('cp1252.txt'), iconv.encode(REPORT.replace(/\n/g, '\r\n'), 'windows-1252'));
  writeFileSync(
    path('notes.md'),
    '# Evacuation update\n\n*Updated* 14:00 \u2014 about **2,000** people have left the town.\n',
  );
  writeFileSync(
    path('page.txt'),
    '<!DOCTYPE html><html><body><h1>Two aid workers detained</h1><p>Two aid workers were detained at a checkpoint, their agency said.</p></body></html>',
  );
  writeFileSync(
    path('legacy.html'),
    iconv.encode(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Обстрел</title></head>' +
        '<body><h1>Обстрел Белгорода</h1><p>По словам губернатора, погибли три человека.</p></body></html>',
      'windows-1251',
    ),
  );
  writeFileSync(
    path('binary.bin'),
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x3e, 0x00]),
  );
  writeFileSync(path('broken.txt'), Buffer.concat([Buffer.from(REPORT), Buffer.from([0xc3]), Buffer.from(' end')]));
  writeFileSync(path('empty.txt'), '');
  writeFileSync(path('blank.txt'), ' \n\r\n\t\n');
  mkdirSync(path('folder.txt'));
  writeFileSync(path('secret.txt'), REPORT);
  chmodSync(path('secret.txt'), 0o000);
  writeFileSync(path('just-over.txt'), 'x'.repeat(1001));
  // A sparse 100 MB file: made in an instant, never read whole.
  const fd = openSync(path('huge.txt'), 'w');
  ftruncateSync(fd, 100_000_000);
  closeSync(fd);
});

afterAll(() => {
  chmodSync(path('secret.txt'), 0o644);
  rmSync(dir, { recursive: true, force: true });
});

describe('readDocument', () => {
  it('reads UTF-8 text as it is, keeping the path as origin', async () => {
    const doc = await readDocument(path('utf8.txt'));
    expect(doc).toEqual({ origin: path('utf8.txt'), text: REPORT, meta: {}, format: 'text', encoding: 'UTF-8' });
  });

  it('normalises CRLF to LF', async () => {
    expect((await readDocument(path('crlf.txt'))).text).toBe(REPORT);
  });

  it('strips a UTF-8 BOM and reads UTF-16LE', async () => {
    expect((await readDocument(path('bom.txt'))).text).toBe(REPORT);
    const doc = await readDocument(path('utf16le.txt'));
    expect([doc.text, doc.encoding]).toEqual([REPORT, 'UTF-16LE']);
  });

  it('reads windows-1252 with curly quotes and é, line endings normalised', async () => {
    const doc = await readDocument(path('cp1252.txt'));
    expect([doc.text, doc.encoding]).toEqual([REPORT, 'windows-1252']);
  });

  it('keeps Markdown as written', async () => {
    const doc = await readDocument(path('notes.md'));
    expect(doc.format).toBe('markdown');
    expect(doc.text).toBe('# Evacuation update\n\n*Updated* 14:00 \u2014 about **2,000** people have left the town.\n');
  });

  it('sniffs HTML whatever the extension', async () => {
    const doc = await readDocument(path('page.txt'));
    expect(doc.format).toBe('html');
    expect(doc.text).toBe(
      'Two aid workers detained\n\nTwo aid workers were detained at a checkpoint, their agency said.',
    );
    expect(doc.htmlMap?.length).toBeGreaterThan(0);
  });

  it('decodes a page in the charset its <meta> declares', async () => {
    const doc = await readDocument(path('legacy.html'));
    expect(doc.encoding).toBe('windows-1251');
    expect(doc.text).toBe('Обстрел Белгорода\n\nПо словам губернатора, погибли три человека.');
  });

  it.each([
    ['missing.txt', 'not-found', 'no such file'],
    ['folder.txt', 'is-directory', 'is a directory, not a file'],
    ['empty.txt', 'empty', 'empty file: nothing to read'],
    ['blank.txt', 'no-text', 'no text: the input holds only whitespace'],
    [
      'binary.bin',
      'binary',
      'binary file: contains NUL bytes (or is UTF-16 without a byte-order mark), not text or HTML',
    ],
    [
      'broken.txt',
      'undecodable',
      `undecodable bytes: invalid UTF-8 at byte offset ${Buffer.byteLength(REPORT)} in otherwise UTF-8 text`,
    ],
  ])('%s fails with %s', async (name, code, message) => {
    const e = await inputError(readDocument(path(name)));
    expect([e.code, e.message]).toEqual([code, message]);
  });

  // root reads any file: the check only means something for other users.
  it.skipIf(process.getuid?.() === 0)('reports permission denied', async () => {
    expect((await inputError(readDocument(path('secret.txt')))).code).toBe('permission-denied');
  });

  it('refuses a file one byte over maxBytes, naming the limit and how to raise it', async () => {
    const e = await inputError(readDocument(path('just-over.txt'), { maxBytes: 1000 }));
    expect([e.code, e.message]).toEqual([
      'too-large',
      'file is 1001 bytes, over the size limit of 1000 bytes (raise it with --max-bytes, or the maxBytes option)',
    ]);
    expect((await readDocument(path('just-over.txt'), { maxBytes: 1001 })).text).toHaveLength(1001);
  });

  it('refuses a 100 MB file from its size alone', async () => {
    expect(statSync(path('huge.txt')).blocks).toBeLessThan(100);
    const started = performance.now();
    const e = await inputError(readDocument(path('huge.txt')));
    expect(e.message).toBe(
      'file is 100 MB, over the size limit of 20 MB (raise it with --max-bytes, or the maxBytes option)',
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('readDocumentFromBytes and strings', () => {
  it('picks Markdown by a URL’s extension, ignoring its query', async () => {
    expect(
      (await readDocumentFromBytes(Buffer.from('# Hi\n\ntext'), 'https://example.org/notes.md?ref=feed')).format,
    ).toBe('markdown');
  });

  it('lets given metadata override the page’s', async () => {
    const html =
      '<html><head><meta property="og:site_name" content="Page Name"></head><body><p>Five were arrested.</p></body></html>';
    const doc = await readDocumentFromBytes(Buffer.from(html), 'feed-item', {
      format: 'html',
      meta: { outlet: 'Feed Name', published: null },
    });
    expect(doc.meta.outlet).toBe('Feed Name');
  });

  it('refuses empty bytes and bytes over the limit', async () => {
    await expect(readDocumentFromBytes(new Uint8Array(0), '-')).rejects.toThrow('empty input: nothing to read');
    await expect(readDocumentFromBytes(Buffer.from('x'.repeat(11)), '-', { maxBytes: 10 })).rejects.toThrow(
      /^input is 11 bytes, over the size limit of 10 bytes/,
    );
  });

  it('reads text strings, dropping a BOM and normalising line endings', () => {
    expect(readTextString('\uFEFFline one\r\nline two\rthree', 'x').text).toBe('line one\nline two\nthree');
  });

  it('stops reading a stream as soon as it passes the limit', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(64 * 1024, 0x61));
      },
    });
    await expect(readStreamBytes(endless, 1_000_000)).rejects.toThrow(
      'input is over the size limit of 1 MB (raise it with --max-bytes',
    );
    expect(pulled).toBeLessThan(40);
    endless.destroy();
  });
});
