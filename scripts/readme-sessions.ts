/**
 * Remakes the README's sample sessions: runs each indented "    $ crosscheck ARGS" line against a
 * ledger of the example corpus (what `npm start` ingests; 100 columns) and puts what it really
 * prints in place of the lines after it. test/cli/readme.test.ts checks the same sessions with the
 * same parser (test/helpers/readme-sessions.ts).
 *
 *   npm run readme:sessions            rewrite README.md where a session's output changed
 *   npm run readme:sessions -- --check only say which are out of date (exit 1 if any)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { exampleLedger, parseSessions, README_PATH, shownOutput } from '../test/helpers/readme-sessions.js';

const check = process.argv.includes('--check');
const readme = readFileSync(README_PATH, 'utf8');
const lines = readme.split('\n');
const sessions = parseSessions(readme);
const ledger = await exampleLedger();
const changed: string[] = [];
try {
  // From the last session up, so that a longer or shorter output leaves the earlier lines where they are.
  for (const s of [...sessions].reverse()) {
    const shown = shownOutput(await ledger.run(s.args), s.output.length);
    if (shown.join('\n') === s.output.join('\n')) continue;
    changed.unshift(`line ${s.line + 1}: crosscheck ${s.args.join(' ')} (${s.output.length} → ${shown.length} lines)`);
    lines.splice(s.line + 1, s.output.length, ...shown.map((l) => `    ${l}`));
  }
} finally {
  ledger.close();
}
for (const c of changed) process.stdout.write(`${c}\n`);
process.stdout.write(
  `${sessions.length} sessions, ${changed.length} ${check ? 'out of date' : 'rewritten'}${changed.length && !check ? ' in README.md (review the diff)' : ''}\n`,
);
if (changed.length && !check) writeFileSync(README_PATH, lines.join('\n'));
process.exitCode = check && changed.length ? 1 : 0;
