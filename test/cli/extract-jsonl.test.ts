import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'crosscheck.js');

/** Streams `lines` into `crosscheck extract --jsonl` and collects its output lines. */
function runJsonl(
  lines: Iterable<string>,
  args: string[] = [],
): Promise<{ out: string[]; code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [BIN, 'extract', '--jsonl', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let err = '';
    p.stdout.on('data', (d: Buffer) => chunks.push(d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('close', (code) =>
      resolve({ out: Buffer.concat(chunks).toString('utf8').split('\n').slice(0, -1), code, err }),
    );
    Readable.from(
      (function* () {
        for (const l of lines) yield l + '\n';
      })(),
    ).pipe(p.stdin);
  });
}

const TOWNS = ['Kherson', 'Rafah', 'Goma', 'El Fasher', 'Jenin', 'Sderot', 'Belgorod', 'Kharkiv'];

function* records(n: number): Generator<string> {
  for (let i = 1; i <= n; i++) {
    if (i % 997 === 0) yield '{"text": "unterminated';
    else if (i % 1009 === 0) yield '["not", "an", "object"]';
    else if (i % 1013 === 0) yield '';
    else
      yield JSON.stringify({
        text: `Shelling in ${TOWNS[i % TOWNS.length]} killed ${i} people on Tuesday, officials said.`,
        published: '2024-03-01',
      });
  }
}

describe('extract --jsonl (the batch interface)', () => {
  it('answers 100,000 lines with one line each, in order, with bad lines as error records', async () => {
    const n = 100_000;
    const { out, code } = await runJsonl(records(n), ['--jobs', '2']);
    expect(code).toBe(0);
    expect(out).toHaveLength(n);
    let errors = 0;
    for (let i = 1; i <= n; i++) {
      const line = JSON.parse(out[i - 1]!) as {
        error?: string;
        line?: number;
        document?: { text: string };
        figures?: Array<{ value: number }>;
      };
      if (i % 997 === 0 || i % 1009 === 0 || i % 1013 === 0) {
        expect(line.line, `line ${i}`).toBe(i);
        expect(typeof line.error).toBe('string');
        errors++;
      } else {
        expect(line.document!.text, `line ${i}`).toContain(` killed ${i} people`);
      }
    }
    expect(errors).toBeGreaterThan(250);
  }, 600_000);

  it('gives each kind of bad record a reason, and processes HTML records', async () => {
    const { out } = await runJsonl([
      'not json',
      '{"html": "<html><body><article><h1>Convoy hit</h1><p>Nine aid workers were killed near the crossing, the agency said.</p></article></body></html>", "outlet": "Northern Wire"}',
      '{"title": "no body"}',
      '{"text": 42}',
      '{"text": "Dozens were detained overnight.", "published": "last week"}',
    ]);
    expect(out).toHaveLength(5);
    const parsed = out.map((l) => JSON.parse(l));
    expect(parsed[0]).toMatchObject({ line: 1, error: expect.stringContaining('not valid JSON') });
    expect(parsed[1].document).toMatchObject({ title: 'Convoy hit', outlet: 'Northern Wire' });
    expect(parsed[1].document.text).toContain('Nine aid workers were killed');
    expect(parsed[2]).toMatchObject({ line: 3, error: expect.stringContaining('neither "text" nor "html"') });
    expect(parsed[3]).toMatchObject({ line: 4, error: expect.stringContaining('"text" must be a string') });
    expect(parsed[4]).toMatchObject({ line: 5, error: '"published": "last week" is not a date written YYYY-MM-DD' });
  });

  it('is byte-identical with one thread and with two', async () => {
    const input = [...records(3000)];
    const one = await runJsonl(input);
    const two = await runJsonl(input, ['--jobs', '2']);
    expect(two.out).toEqual(one.out);
  }, 120_000);
});
