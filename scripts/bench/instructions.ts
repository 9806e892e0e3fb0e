/**
 * The extraction workload for counting instructions, which a loaded machine does not change:
 *
 *   valgrind --tool=callgrind --separate-threads=yes --toggle-collect='*EvalMachine*' \
 *     --callgrind-out-file=/tmp/cg.out node --import tsx scripts/bench/instructions.ts \
 *     [--datasets ../shared/datasets] [--every 30] [--passes 2] [--dist dist]
 *
 * then `grep totals /tmp/cg.out-01` (thread 1). Every `--every`-th bench text (scripts/bench/texts.ts)
 * is extracted once untimed, then `--passes` times inside `vm.runInThisContext`, whose C++ entry
 * (`ContextifyScript::EvalMachine`) is what `--toggle-collect` counts: only the steady-state passes
 * are collected, on the main thread. V8 optimises code on background threads, which
 * `--separate-threads` keeps out of thread 1's count; with `--single-threaded` instead, more than
 * half of what is counted for this workload is the optimising compiler, not extraction.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import vm from 'node:vm';
import { datasetsDir, loadBenchTexts } from './texts.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    datasets: { type: 'string' },
    every: { type: 'string', default: '30' },
    passes: { type: 'string', default: '2' },
    dist: { type: 'string', default: 'dist' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(
    'Usage: valgrind --tool=callgrind --separate-threads=yes --toggle-collect=*EvalMachine* node --import tsx scripts/bench/instructions.ts [--datasets ../shared/datasets] [--every 30] [--passes 2] [--dist dist]\n',
  );
  process.exit(0);
}
const datasets = datasetsDir(values.datasets, ROOT);
const every = Number(values.every);
const passes = Number(values.passes);
type Extract = typeof import('../../src/extract/index.js');
const { extract } = (await import(resolve(ROOT, values.dist!, 'extract', 'index.js'))) as Extract;
const texts = loadBenchTexts(datasets, ROOT)
  .filter((_, i) => i % every === 0)
  .map((t) => t.text);

const run = (): void => {
  for (const text of texts) extract({ origin: 'bench', text, meta: {} });
};
run();
(globalThis as { timedPasses?: () => void }).timedPasses = () => {
  for (let p = 0; p < passes; p++) run();
};
vm.runInThisContext('timedPasses()');
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
process.stdout.write(`${texts.length} texts, ${bytes} bytes, ${passes} counted passes\n`);
