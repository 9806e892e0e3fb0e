// Builds native/rank.c and snippet.c, crosscheck's ranking and snippet functions for SQLite (see
// their headers), into native/build/: run by npm at install. A SQLite extension, not a Node addon,
// so it does not depend on the Node version; it needs a C compiler (`cc`, or $CC) and the SQLite headers that
// better-sqlite3 ships. Where the build fails (no compiler: most Windows machines) it says so in one
// line and exits 0: the install goes on, and searches rank with FTS5's bm25() itself, the same
// answers, more slowly.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(
  here,
  'build',
  `crosscheck_rank.${process.platform === 'darwin' ? 'dylib' : process.platform === 'win32' ? 'dll' : 'so'}`,
);
try {
  const headers = join(
    dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
    'deps',
    'sqlite3',
  );
  mkdirSync(dirname(out), { recursive: true });
  // -ffp-contract=off: no fused multiply-adds, the arithmetic as bm25() writes it (on x86-64, whose
  // baseline instructions have none, SQLite's own bm25() has none either: the same scores to the bit).
  execFileSync(
    process.env.CC || 'cc',
    ['-O2', '-ffp-contract=off', '-shared', '-fPIC', `-I${headers}`, join(here, 'rank.c'), join(here, 'snippet.c'), '-o', out, '-lm'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
} catch (e) {
  const why = String(e.stderr || e.message)
    .trim()
    .split('\n')[0];
  process.stdout.write(
    `crosscheck: the ranking extension was not built (${why}); searches will rank with SQLite's bm25(), same answers, slower\n`,
  );
}
