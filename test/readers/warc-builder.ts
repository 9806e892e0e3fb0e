import { createGzip, gzipSync } from 'node:zlib';

/** One WARC record to write. */
export interface RecordSpec {
  type?: 'response' | 'resource' | 'request' | 'warcinfo';
  url?: string;
  /** HTTP status line after "HTTP/1.1 " for responses. Default "200 OK". */
  status?: string;
  /** Payload type: the HTTP Content-Type of a response, the WARC Content-Type of a resource. */
  contentType?: string;
  body: string | Buffer;
  /** Crawl date. Default 2024-01-15T03:00:00Z, deliberately unlike any publication date in the tests. */
  date?: string;
}

let serial = 0;

/** A WARC/1.1 record written by hand, byte for byte as the standard lays it out. */
export function warcRecord(spec: RecordSpec): Buffer {
  const type = spec.type ?? 'response';
  const body = Buffer.isBuffer(spec.body) ? spec.body : Buffer.from(spec.body, 'utf8');
  let block: Buffer;
  let blockType: string;
  if (type === 'response') {
    const head = `HTTP/1.1 ${spec.status ?? '200 OK'}\r\nContent-Type: ${spec.contentType ?? 'text/html; charset=utf-8'}\r\nContent-Length: ${body.length}\r\n\r\n`;
    block = Buffer.concat([Buffer.from(head, 'latin1'), body]);
    blockType = 'application/http; msgtype=response';
  } else {
    block = body;
    blockType = spec.contentType ?? (type === 'warcinfo' ? 'application/warc-fields' : 'text/plain');
  }
  const headers = [
    'WARC/1.1',
    `WARC-Type: ${type}`,
    ...(spec.url ? [`WARC-Target-URI: ${spec.url}`] : []),
    `WARC-Date: ${spec.date ?? '2024-01-15T03:00:00Z'}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}>`,
    `Content-Type: ${blockType}`,
    `Content-Length: ${block.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(headers + '\r\n\r\n', 'latin1'), block, Buffer.from('\r\n\r\n')]);
}

/** An archive: plain, or gzip per record (each record its own gzip member, as crawlers write). */
export function warcFile(records: RecordSpec[], gzip = false): Buffer {
  return Buffer.concat(records.map((r) => (gzip ? gzipSync(warcRecord(r)) : warcRecord(r))));
}

/**
 * One gzip member holding `head` followed by `zeros` zero bytes, written a megabyte at a time: a
 * "gzip bomb" that inflates about a thousand times.
 */
export function gzipOfZeros(head: string, zeros: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve) => {
    const gz = createGzip({ level: 1 });
    const parts: Buffer[] = [];
    gz.on('data', (c: Buffer) => parts.push(c)).on('end', () => resolve(Buffer.concat(parts)));
    gz.write(Buffer.from(head, 'latin1'));
    const chunk = Buffer.alloc(1_000_000);
    for (let i = 0; i < zeros / chunk.length; i++) gz.write(chunk);
    gz.end();
  });
}
