import { parseArgs } from 'node:util';
import { extract } from '../extract/index.js';
import { readDocument } from '../ingest/index.js';

export const usage = `Usage: crosscheck extract [FILE ...] --json [--published YYYY-MM-DD]
       crosscheck extract --jsonl < articles.jsonl > claims.jsonl

Extracts attributed figures, statements and entities from news reports.
With no FILE, or FILE "-", reads one document from standard input.

Options:
  --json                 one JSON object per document, one per line (JSON Lines)
  --jsonl                batch mode: JSON Lines in, one output line per input line
  --published DATE       publication date (YYYY-MM-DD) when the document gives none
  -h, --help             show this help`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, published: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  let status = 0;
  for (const file of positionals) {
    try {
      const doc = await readDocument(file);
      process.stdout.write(JSON.stringify(extract(doc, { published: values.published ?? null })) + '\n');
    } catch (e) {
      process.stderr.write(`crosscheck: ${file}: ${(e as Error).message}\n`);
      status = 1;
    }
  }
  return status;
}
