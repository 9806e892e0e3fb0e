import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines, type OversizedLine } from './read-lines.js';

async function collect(chunks: Array<Buffer | string>, maxBytes?: number): Promise<Array<string | OversizedLine>> {
  const out: Array<string | OversizedLine> = [];
  for await (const line of readLines(Readable.from(chunks, { objectMode: true }), { maxBytes })) out.push(line);
  return out;
}

/** The JSON Lines reading of the same bytes, all at once: BOM dropped, split at "\n", one "\r" before it dropped. */
function reference(bytes: Buffer): string[] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const RECORDS = [
  '{"text": "Shelling of the Dornwick market killed at least 14 people on Tuesday, the regional health department said."}',
  '{"text": "More than 2,000 residents have fled Kelmar since Sunday, according to the district council.", "published": "2025-04-10"}',
  '{"text": "«Nous avons compté 9 morts», a déclaré Ilse Varnholt — la défense civile de Dornwick."}',
];

describe('readLines', () => {
  it('splits JSON Lines at \\n and \\r\\n only: a lone \\r stays inside its line; a last line needs no break', async () => {
    const input = `${RECORDS[0]}\r\n${RECORDS[1]}\n\n${RECORDS[2]}\r${RECORDS[0]}`;
    expect(await collect([Buffer.from(input)])).toEqual([RECORDS[0], RECORDS[1], '', `${RECORDS[2]}\r${RECORDS[0]}`]);
  });

  it('drops a UTF-8 byte-order mark at the start of the stream, even cut across chunks', async () => {
    const bytes = Buffer.from(`\uFEFF${RECORDS[0]}\n\uFEFF${RECORDS[1]}\n`);
    expect(await collect([bytes])).toEqual([RECORDS[0], `\uFEFF${RECORDS[1]}`]);
    expect(await collect([bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2)])).toEqual([
      RECORDS[0],
      `\uFEFF${RECORDS[1]}`,
    ]);
  });

  it('counts a line over maxBytes without keeping it, and goes on with the next lines', async () => {
    const chunk = Buffer.alloc(1 << 20, 'a');
    const chunks = [
      Buffer.from(`${RECORDS[0]}\n{"text": "`),
      ...Array(40).fill(chunk),
      Buffer.from(`"}\n${RECORDS[1]}`),
    ];
    const out = await collect(chunks, 1_000_000);
    expect(out).toEqual([RECORDS[0], { oversized: 40 * (1 << 20) + 12 }, RECORDS[1]]);
    // At the limit exactly, the line is kept.
    expect(await collect([Buffer.from(`${RECORDS[0]}\n`)], Buffer.byteLength(RECORDS[0]!))).toEqual([RECORDS[0]]);
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

  it('gives the same lines however the bytes are cut into chunks', async () => {
    const piece = fc.constantFrom(
      '\n',
      '\r\n',
      '\r',
      'é',
      '—',
      '😀',
      ' ',
      'Kelmar',
      '{"text": "9 killed"}',
      '',
      '\uFEFF',
    );
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
          expect(await collect(chunks)).toEqual(reference(bytes));
        },
      ),
      { numRuns: 300 },
    );
  });
});
