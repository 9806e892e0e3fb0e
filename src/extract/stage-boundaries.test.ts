import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The stage boundaries of eslint.config.js (extract/stage-boundaries), run by `npm run lint` on
// every file of src/extract: here on files written for the test, as if they stood in the stages.
const ROOT = resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages.filter((m) => m.ruleId === 'extract/stage-boundaries').map((m) => m.message);
}

describe('stage boundaries', () => {
  it('lets a stage import the text base, the lexicon and the index of a stage it reads', async () => {
    const code = [
      "import { isSpace } from '../text/index.js';",
      "import { MONTH_WORDS } from '../lexicon/index.js';",
      "import { contentIndex } from '../attribution/index.js';",
      "import { dateRole } from '../dates/index.js';",
      "import type { Figure } from '../../model.js';",
      "import { toFigure } from './to-figure.js';",
      'export const x = [isSpace, MONTH_WORDS, contentIndex, dateRole, toFigure] as unknown as Figure;',
    ].join('\n');
    expect(await problems('src/extract/figures/example.ts', code)).toEqual([]);
  });

  it('refuses a stage it does not read, another stage’s files and the pipeline', async () => {
    const code = [
      "import { findDates } from '../dates/index.js';",
      "import { tokenize } from '../text/token.js';",
      "import type { Analysis } from '../context.js';",
      'export const x = [findDates, tokenize] as unknown as Analysis;',
    ].join('\n');
    expect(await problems('src/extract/sentences/example.ts', code)).toEqual([
      '../dates/index.js: the stage sentences may import text, lexicon, not dates (eslint.config.js STAGE_IMPORTS)',
      '../text/token.js: a stage is imported only through its index.ts (src/extract/text/index.ts)',
      '../context.js: the stage sentences imports the pipeline; it takes the parts it reads as arguments',
    ]);
  });

  it('refuses an import in a cycle: statements read attribution, so attribution may not read statements', async () => {
    const code = "export { findStatements } from '../statements/index.js';";
    expect(await problems('src/extract/attribution/example.ts', code)).toEqual([
      '../statements/index.js: the stage attribution may import text, lexicon, sentences, not statements (eslint.config.js STAGE_IMPORTS)',
    ]);
  });

  it('lets a stage’s tests run the pipeline and other stages, through their index only', async () => {
    const ok =
      "import { analyse } from '../index.js';\nimport { findNumbers } from '../numbers/index.js';\nexport const x = [analyse, findNumbers];";
    expect(await problems('src/extract/figures/example.test.ts', ok)).toEqual([]);
    const deep = "import { readCore } from '../numbers/read-core.js';\nexport const x = readCore;";
    expect(await problems('src/extract/figures/example.test.ts', deep)).toEqual([
      '../numbers/read-core.js: a stage is imported only through its index.ts (src/extract/numbers/index.ts)',
    ]);
  });
});
