import { reprintLinks, reprints } from '../compare/reprints.js';
import type { DocumentRef } from '../model.js';
import { compareCommand, listing, notWith, printListing } from './compare-options.js';
import { OPTION } from './ledger-options.js';
import { shortId } from './query-command.js';

/** One document of a story, as a table or CSV row. */
type Row = { story: string; copies: number } & DocumentRef;

export const { usage, run } = compareCommand({
  name: 'reprints',
  summary: `Groups the ledger's documents into stories: copies of one original text (syndicated wire copy,
reprints under a new headline, trimmed, re-led, reworded or translated versions, corrected
versions) are one story, and count as one report wherever crosscheck counts independent sources.
Two agencies writing up one event separately are two stories.

--format json prints an array of stories, each {"story": ID, "documents": [{"id", "origin",
"outlet", "published"}]}, listing every document of the ledger exactly once (a document copied
nowhere is a story of one). The table lists stories of two documents or more unless --min-size 1.
--from and --to filter the publication date of a story's earliest document.`,
  options: {
    'min-size': {
      kind: 'whole',
      arg: 'N',
      help: 'only stories of at least N documents (default 2 in a table, else 1)',
    },
    links: { kind: 'flag', help: 'list the verified pairs behind the stories instead, with their evidence' },
    outlet: { ...OPTION.outlet, help: 'only stories with a document from an outlet that contains TEXT' },
    from: OPTION.from,
    to: OPTION.to,
    limit: { ...OPTION.limit, help: 'at most N rows (documents; in json and jsonl, stories) (default 50 in a table)' },
    wide: OPTION.wide,
  },
  async run(v, ctx) {
    if (v.links) {
      notWith(v, '--links', ['min-size', 'outlet', 'from', 'to']);
      await printListing(
        ctx,
        listing(reprintLinks(ctx.ledger), (all) => [...all], [
          { header: 'document', get: (l) => shortId(l.a), fit: 'fixed' },
          { header: 'copy of', get: (l) => shortId(l.b), fit: 'fixed' },
          { header: 'how', get: (l) => l.how, fit: 'fixed' },
          { header: 'aligned', get: (l) => l.aligned, fit: 'fixed' },
          { header: 'near-verbatim', get: (l) => l.nearVerbatim, fit: 'fixed' },
          { header: 'coverage', get: (l) => `${Math.round(l.coverage * 100)}%`, fit: 'fixed' },
        ]),
      );
      return;
    }
    const { from, to } = v;
    const stories = reprints(ctx.ledger, {
      minSize: v['min-size'] ?? (ctx.format === 'table' ? 2 : 1),
      outlet: v.outlet,
    }).filter(
      (s) =>
        (!from || (s.documents[0]!.published ?? '') >= from) && (!to || (s.documents[0]!.published ?? '9999') <= to),
    );
    await printListing(
      ctx,
      listing(
        stories,
        (all) =>
          all.flatMap((s) => s.documents.map((d): Row => ({ story: s.story, copies: s.documents.length, ...d }))),
        [
          { header: 'story', get: (r) => shortId(r.story), fit: 'fixed' },
          { header: 'copies', get: (r) => r.copies, fit: 'fixed' },
          { header: 'published', get: (r) => r.published, fit: 'fixed' },
          { header: 'outlet', get: (r) => r.outlet, drop: 1 },
          { header: 'origin', get: (r) => r.origin, weight: 2 },
          { header: 'document', get: (r) => shortId(r.id), fit: 'fixed' },
        ],
      ),
    );
  },
});
