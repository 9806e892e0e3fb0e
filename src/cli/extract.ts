import { DEFAULT_MAX_BYTES } from '../ingest/limits.js';
import { OPTION } from './ledger-options.js';
import { defineCommand, UsageError, type OptionValues } from './options.js';

const options = {
  json: { kind: 'flag', help: 'one JSON object per document, one per line (JSON Lines; the default)' },
  jsonl: { kind: 'flag', help: 'batch mode: JSON Lines in, one output line per input line' },
  explain: {
    kind: 'flag',
    help: 'for people: each figure and statement with its words underlined in its sentence and the rule that decided each field',
  },
  color: { ...OPTION.color, help: "colour --explain's marks even off a terminal" },
  'no-color': OPTION['no-color'],
  published: { ...OPTION.published, help: 'publication date (YYYY-MM-DD) when the document gives none' },
  'max-bytes': {
    ...OPTION['max-bytes'],
    help: `largest input read, in bytes (default ${DEFAULT_MAX_BYTES}, i.e. 20 MB)`,
  },
  jobs: OPTION.jobs,
} as const;

/** The options `crosscheck extract` was given. */
export type ExtractOptions = OptionValues<typeof options>;

/** `crosscheck extract` as main.ts lists it: its options and usage; extract-run.ts does the work. */
export const { usage, run } = defineCommand({
  name: 'extract',
  synopsis: `[FILE ...] [--json] [--published YYYY-MM-DD] [--max-bytes N]
       crosscheck extract FILE ... --explain
       crosscheck extract --jsonl < articles.jsonl > claims.jsonl`,
  summary: `Extracts attributed figures, statements and entities from news reports.
FILE may be plain text (UTF-8 or a detected legacy encoding), Markdown, or an HTML page.
With no FILE, or FILE "-", reads one document from standard input. A document in a language
the rules do not cover (they read English) gets a note in "messages" and a warning here.`,
  options,
  positionals: { name: 'files' },
  // The extractor and the readers load when the command runs, not for its --help or a mistyped option.
  async run(values, files) {
    if (values.explain && (values.json || values.jsonl))
      throw new UsageError(
        `--explain prints for people and --${values.json ? 'json' : 'jsonl'} for programs: choose one`,
      );
    return (await import('./extract-run.js')).runExtract(values, files);
  },
});
