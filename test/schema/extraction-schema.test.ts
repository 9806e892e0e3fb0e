import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractionJsonSchema, extractionSchemas } from '../../src/extraction-schema.js';
import { buildIfStale, cli, root } from '../hostile/cli-harness.js';

// Strict: a field the tool writes that the schema does not describe fails the test.
const strict = extractionSchemas('strict');
const line = z.union([strict.Extraction, strict.JsonlError]);

beforeAll(() => buildIfStale());

describe('the JSON Schema of extract’s output', () => {
  it('describes every line extract --json writes for the example corpus and the server’s texts', async () => {
    const files = [
      ...readdirSync(join(root, 'examples/caldrenne-sentinel')).map((f) =>
        join(root, 'examples/caldrenne-sentinel', f),
      ),
      ...readdirSync(join(root, 'test/server/texts')).map((f) => join(root, 'test/server/texts', f)),
    ];
    const r = await cli(['extract', ...files, '--json'], root);
    // Every file is read; the Arabic bulletin only earns the note that the rules cover English.
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/rtl-bulletin\.txt: warning: the text reads as Arabic/),
    ]);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBe(files.length);
    for (const l of lines) {
      const parsed = strict.Extraction.safeParse(JSON.parse(l));
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });

  it('describes extract --jsonl’s error lines too', async () => {
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync(process.execPath, [join(root, 'bin/crosscheck.js'), 'extract', '--jsonl'], {
      input: '{"text": "POLICE said 4 people were detained in Varn."}\nnot json\n',
      encoding: 'utf8',
    });
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(lines.map((l) => line.safeParse(l).success)).toEqual([true, true]);
    expect(strict.JsonlError.safeParse(lines[1]).success).toBe(true);
  });

  it('refuses what the contract forbids', () => {
    const ok = {
      value: 3,
      unit: 'people',
      qualifier: 'exact',
      vague: false,
      metric: 'killed',
      who: null,
      asOf: null,
      since: null,
      source: null,
      span: { start: 0, end: 1 },
      sentence: { start: 0, end: 2 },
      asOfBasis: null,
      by: 'x',
      why: { metric: 'x', qualifier: 'x', who: null, asOf: null, since: null, source: null },
    };
    expect(strict.Figure.safeParse(ok).success).toBe(true);
    expect(strict.Figure.safeParse({ ...ok, metric: 'wounded' }).success).toBe(false);
    expect(strict.Figure.safeParse({ ...ok, qualifier: 'roughly' }).success).toBe(false);
    expect(strict.Figure.safeParse({ ...ok, asOf: '10 November' }).success).toBe(false);
    const { span: _span, ...noSpan } = ok;
    expect(strict.Figure.safeParse(noSpan).success).toBe(false);
    // Every decided field names its rule (issue 7): a figure without `why` is not the contract's.
    const { why: _why, ...noWhy } = ok;
    expect(strict.Figure.safeParse(noWhy).success).toBe(false);
  });

  it('is a draft 2020-12 schema whose root is an extract line', () => {
    const schema = extractionJsonSchema() as {
      $schema: string;
      anyOf: unknown[];
      $defs: Record<string, { required?: string[] }>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.anyOf).toEqual([{ $ref: '#/$defs/Extraction' }, { $ref: '#/$defs/JsonlError' }]);
    expect(schema.$defs.Figure!.required).toEqual(
      expect.arrayContaining([
        'value',
        'unit',
        'qualifier',
        'vague',
        'metric',
        'who',
        'asOf',
        'since',
        'source',
        'span',
        'sentence',
      ]),
    );
  });
});
