// Lint for correctness and for the layering of ../shared/DESIGN.md: imports go one way only,
// model <- extract <- {ingest, store, compare, eval} <- {cli, server}; web/ holds the browser's scripts. Formatting is Prettier's job.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A rule forbidding imports of the given top-level folders of src/ from the files it applies to. */
const forbid = (...layers) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: layers.map((layer) => ({
        group: [`**/${layer}/*`, `**/${layer}/**`],
        message: `this layer may not import from src/${layer}/ (see ../shared/DESIGN.md: imports go one way)`,
      })),
    },
  ],
});

// The stages of src/extract and what each may import: the text base and the lexicon, and the index.ts
// of the stages listed (a stage is imported only through its index.ts, its one door). The table is
// the stages' dependency graph, without cycles: stage 1, sentences, reads nothing of a later stage;
// metadata runs before dates but calls the date finder on date lines. Another stage's file, or
// a stage not listed, is an error. The pipeline (src/extract/index.ts, context.ts) imports any
// stage's index.ts, and so may a stage's tests (they run the pipeline), never another stage's files.
const EXTRACT = resolve(dirname(fileURLToPath(import.meta.url)), 'src', 'extract');
const STAGE_IMPORTS = {
  text: [],
  lexicon: [],
  sentences: ['text', 'lexicon'],
  dates: ['text', 'lexicon'],
  metadata: ['text', 'lexicon', 'dates'],
  numbers: ['text', 'lexicon'],
  entities: ['text', 'lexicon'],
  attribution: ['text', 'lexicon', 'sentences'],
  statements: ['text', 'lexicon', 'sentences', 'attribution'],
  figures: ['text', 'lexicon', 'dates', 'attribution'],
};

/** `extract/stage-boundaries`: the table above, checked on every import and re-export of src/extract. */
const stageBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'a stage of src/extract imports only the stages it reads, each through its index.ts' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = relative(EXTRACT, file).split(sep);
    if (from[0] === '..' || from.length === 0) return {};
    const stage = from.length > 1 ? from[0] : null; // null: the pipeline itself (index.ts, context.ts)
    const test = file.endsWith('.test.ts');
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = relative(EXTRACT, resolve(dirname(file), spec)).split(sep);
      if (to[0] === '..') return; // model.ts, calendar.ts: below every stage
      const target = to.length > 1 ? to[0] : null;
      if (target === stage) return;
      const report = (why) => context.report({ node: node.source, message: `${spec}: ${why}` });
      if (target === null) {
        if (stage !== null && !test)
          report(`the stage ${stage} imports the pipeline; it takes the parts it reads as arguments`);
        return;
      }
      if (!(target in STAGE_IMPORTS)) return;
      if (to.length !== 2 || to[1] !== 'index.js')
        return report(`a stage is imported only through its index.ts (src/extract/${target}/index.ts)`);
      if (stage === null || test) return;
      if (!STAGE_IMPORTS[stage]?.includes(target))
        report(
          `the stage ${stage} may import ${STAGE_IMPORTS[stage]?.join(', ') || 'no other stage'}, not ${target} (eslint.config.js STAGE_IMPORTS)`,
        );
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench/**', '.scratch/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Tests match terminal output: literal runs of spaces and escape codes are what they check.
  { files: ['**/*.test.ts'], rules: { 'no-regex-spaces': 'off', 'no-control-regex': 'off' } },
  {
    files: ['src/model.ts'],
    rules: forbid('extract', 'ingest', 'store', 'batch', 'parallel', 'eval', 'cli', 'compare', 'server'),
  },
  {
    files: ['src/extract/**'],
    plugins: { extract: { rules: { 'stage-boundaries': stageBoundaries } } },
    rules: {
      ...forbid('ingest', 'store', 'batch', 'parallel', 'eval', 'cli', 'compare', 'server'),
      'extract/stage-boundaries': 'error',
    },
  },
  { files: ['src/ingest/**', 'src/store/**'], rules: forbid('batch', 'parallel', 'eval', 'cli', 'compare', 'server') },
  { files: ['src/compare/**'], rules: forbid('ingest', 'batch', 'parallel', 'eval', 'cli', 'server') },
  // The server reaches the ledger through the store's interface (store/store.ts) and the functions
  // given to createApp, never through the SQLite ledger or the command line.
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbid('cli')['no-restricted-imports'][1].patterns,
            {
              group: ['**/store/ledger.js', '**/store/sqlite-store.js', '**/store/migrate.js', 'better-sqlite3'],
              message: 'the server reads the ledger through the LedgerStore interface (src/store/store.ts) only',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: {
        window: 'readonly',
        document: 'readonly',
        location: 'readonly',
        CSS: 'readonly',
        Element: 'readonly',
        HTMLFormElement: 'readonly',
        HTMLButtonElement: 'readonly',
        HTMLProgressElement: 'readonly',
        XMLHttpRequest: 'readonly',
        FormData: 'readonly',
      },
    },
  },
);
