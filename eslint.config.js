// Lint for correctness and for the layering of ../shared/DESIGN.md: imports go one way only,
// model <- extract <- {ingest, store, compare, eval} <- {cli, server}; web/ holds the browser's scripts. Formatting is Prettier's job.
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
    rules: forbid('ingest', 'store', 'batch', 'parallel', 'eval', 'cli', 'compare', 'server'),
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
