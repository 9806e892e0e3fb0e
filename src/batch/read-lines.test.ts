import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from './read-lines.js';

async function collect(chunks: Array<Buffer | string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of readLines(Readable.from(chunks, { objectMode: true }))) out.push(line);
  return out;
}

/** What node:readline makes of the same bytes, as crosscheck used it before (crlfDelay: Infinity). */
async function viaReadline(chunks: Buffer[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks, { objectMode: true }), crlfDelay: Infinity }))
    out.push(line);
  return out;
}

const RECORDS = [
  '{"text": "Shelling of the Dornwick market killed at least 14 people on Tuesday, the regional health department said."}',
  '{"text": "More than 2,000 residents have fled Kelmar since Sunday, according to the district council.", "published": "2025-04-10"}',
  '{"text": "«Nous avons compté 9 morts», a déclaré Ilse Varnholt — la défense civile de Dornwick."}',
];

describe('readLines', () => {
  it('splits JSON Lines at \\n, \\r\\n and a lone \\r, and yields a last line without a break', async () => {
    const input = `${RECORDS[0]}\r\n${RECORDS[1]}\n\n${RECORDS[2]}\r${RECORDS[0]}`;
    expect(await collect([Buffer.from(input)])).toEqual([RECORDS[0], RECORDS[1], '', RECORDS[2], RECORDS[0]]);
  });

  it('joins a line, a "\\r\\n" and a multi-byte character cut across chunks', async () => {
    const bytes = Buffer.from(`${RECORDS[2]}\r\n${RECORDS[1]}\n`);
    const cr = bytes.indexOf('\r');
    const accent = bytes.indexOf('é') + 1; // inside the two bytes of "é"
    const chunks = [bytes.subarray(0, accent), bytes.subarray(accent, cr + 1), bytes.subarray(cr + 1)];
    expect(await collect(chunks)).toEqual([RECORDS[2], RECORDS[1]]);
  });

  it('reads string chunks (a stream with an encoding set) as they are', async () => {
    expect(await collect([`${RECORDS[0]}\n${RECORDS[1]!.slice(0, 30)}`, `${RECORDS[1]!.slice(30)}\n`])).toEqual([
      RECORDS[0],
      RECORDS[1],
    ]);
  });

  it('yields nothing for an empty stream and no empty last line after a final break', async () => {
    expect(await collect([])).toEqual([]);
    expect(await collect([Buffer.from(`${RECORDS[0]}\n`)])).toEqual([RECORDS[0]]);
  });

  it('reads ahead of its consumer by one chunk only', async () => {
    let pulled = 0;
    const source = Readable.from(
      (function* () {
        for (let i = 0; i < 1000; i++) {
          pulled++;
          yield Buffer.from(`${RECORDS[i % 3]}\n`);
        }
      })(),
      { objectMode: true, highWaterMark: 1 },
    );
    const lines = readLines(source);
    for (let i = 0; i < 10; i++) await lines.next();
    // readline's iterator would have pulled some 1,024 lines by now.
    expect(pulled).toBeLessThan(16);
    await lines.return(undefined);
  });

  it('gives the lines node:readline gives, however the bytes are cut into chunks', async () => {
    const piece = fc.constantFrom('\n', '\r\n', '\r', 'é', '—', '😀', ' ', 'Kelmar', '{"text": "9 killed"}', '');
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (pieces, cuts) => {
          const bytes = Buffer.from(pieces.join(''));
          const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...at]
            .map((start, i) => bytes.subarray(start, at[i] ?? bytes.length))
            .filter((c) => c.length > 0);
          expect(await collect(chunks)).toEqual(await viaReadline(chunks));
        },
      ),
      { numRuns: 300 },
    );
  });
});
