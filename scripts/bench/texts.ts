import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { muc4Texts } from '../datasets/muc4.js';
import { polnearDocuments } from '../datasets/polnear.js';
import { tempevalDocuments } from '../datasets/tempeval3.js';

/** A benchmark text and where it came from. */
export interface BenchText {
  origin: string;
  text: string;
}

function* files(dir: string, ext: RegExp): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path, ext);
    else if (ext.test(name)) yield path;
  }
}

/**
 * The datasets directory a script reads: the one given with `--datasets`, else `../shared/datasets`
 * beside the checkout when it is there (as in CI), else none (the project's own texts only).
 */
export function datasetsDir(given: string | undefined, projectDir: string): string | null {
  const beside = join(projectDir, '..', 'shared', 'datasets');
  return given ?? (existsSync(beside) ? beside : null);
}

/**
 * The real article texts the benchmark runs on: the public datasets under `datasetsDir` (MUC-4,
 * PolNeAR, TempEval-3) when given, plus the project's own corpus and examples.
 */
export function loadBenchTexts(datasetsDir: string | null, projectDir: string): BenchText[] {
  const out: BenchText[] = [];
  if (datasetsDir) {
    for (const { id, text } of muc4Texts(datasetsDir)) out.push({ origin: `muc4:${id}`, text });
    for (const { name, text } of polnearDocuments(datasetsDir)) out.push({ origin: `polnear:${name}`, text });
    for (const { file, doc } of tempevalDocuments(datasetsDir))
      out.push({ origin: `tempeval3:${file}`, text: doc.text });
  }
  for (const f of files(join(projectDir, 'test', 'corpus'), /^article\.txt$/))
    out.push({ origin: f, text: readFileSync(f, 'utf8') });
  for (const f of files(join(projectDir, 'examples'), /\.(txt|md)$/))
    out.push({ origin: f, text: readFileSync(f, 'utf8') });
  return out;
}
