import { reprintLinks, reprints } from '../compare/reprints.js';
import type { DocumentRef, Story } from '../model.js';
import { COMPARE_HELP, num, output, runCompare, str } from './compare-options.js';

export const usage = `Usage: crosscheck reprints [options]

Groups the ledger's documents into stories: copies of one original text (syndicated wire copy,
reprints under a new headline, trimmed, re-led, reworded or translated versions, corrected
versions) are one story, and count as one report wherever crosscheck counts independent sources.
Two agencies writing up one event separately are two stories.

--format json prints an array of stories, each {"story": ID, "documents": [{"id", "origin",
"outlet", "published"}]}, listing every document of the ledger exactly once (a document copied
nowhere is a story of one). The table lists stories of two documents or more unless --min-size 1.

Options:
  --min-size N           only stories of at least N documents (default 2 in a table, else 1)
  --links                list the verified pairs behind the stories instead, with their evidence
${COMPARE_HELP}`;

export async function run(argv: string[]): Promise<number> {
  return runCompare(argv, { 'min-size': { type: 'string' }, links: { type: 'boolean' } }, usage, async (ctx) => {
    const v = ctx.values;
    if (v.links) {
      await output(ctx, reprintLinks(ctx.ledger), (all) => [...all], LINK_COLUMNS);
      return;
    }
    const minSize = num(v, 'min-size', ctx.format === 'table' ? 2 : 1);
    const from = str(v, 'from');
    const to = str(v, 'to');
    const stories = reprints(ctx.ledger, { minSize, outlet: str(v, 'outlet') }).filter(
      (s) =>
        (!from || (s.documents[0]!.published ?? '') >= from) && (!to || (s.documents[0]!.published ?? '9999') <= to),
    );
    await output(ctx, stories, (all) => all.flatMap((s) => s.documents.map((d) => ({ s, d }))), COLUMNS);
  });
}

type Row = { s: Story; d: DocumentRef };

const COLUMNS = [
  { header: 'story', get: (r: Row) => r.s.story.slice(0, 10) },
  { header: 'copies', get: (r: Row) => r.s.documents.length },
  { header: 'published', get: (r: Row) => r.d.published },
  { header: 'outlet', get: (r: Row) => r.d.outlet, max: 28 },
  { header: 'origin', get: (r: Row) => r.d.origin, max: 56 },
  { header: 'document', get: (r: Row) => r.d.id.slice(0, 10) },
];

const LINK_COLUMNS = [
  { header: 'document', get: (l: ReturnType<typeof reprintLinks>[number]) => l.a.slice(0, 10) },
  { header: 'copy of', get: (l: ReturnType<typeof reprintLinks>[number]) => l.b.slice(0, 10) },
  { header: 'how', get: (l: ReturnType<typeof reprintLinks>[number]) => l.how },
  { header: 'aligned', get: (l: ReturnType<typeof reprintLinks>[number]) => l.aligned },
  { header: 'near-verbatim', get: (l: ReturnType<typeof reprintLinks>[number]) => l.nearVerbatim },
  { header: 'coverage', get: (l: ReturnType<typeof reprintLinks>[number]) => `${Math.round(l.coverage * 100)}%` },
];
