import { search, type SearchHit } from '../store/queries.js';
import { around, emitRecords, emitTable, terminalWidth, useColor } from './format.js';
import { filterOf, ledgerOf, OPTION } from './ledger-options.js';
import { defineCommand } from './options.js';
import { shortId, versionCell } from './query-command.js';

/** A snippet cell: every match in brackets, the first kept in view however narrow the column ("…families buying [bread], and…"). */
function snippetCell(h: SearchHit, width: number): string {
  let text = h.speaker ? `${h.speaker}: ` : '';
  let first = { start: 0, end: 0 };
  let pos = 0;
  h.matches.forEach((m, i) => {
    text += h.snippet.slice(pos, m.start);
    if (i === 0) first = { start: text.length, end: text.length + (m.end - m.start) + 2 };
    text += `[${h.snippet.slice(m.start, m.end)}]`;
    pos = m.end;
  });
  return around(text + h.snippet.slice(pos), first, width, false);
}

export const { usage, run } = defineCommand({
  name: 'search',
  synopsis: '"WORDS" [options]',
  summary: `Full-text search over the ledger's documents and statements, best matches first. A word
ending in * matches as a prefix ("conv*": convoy, convoys). In a table the matching words are
marked [like this]; JSON, JSON Lines and CSV give each match's offsets in the snippet
("matches") and where the snippet is in the document's text ("snippetSpan").`,
  options: {
    db: OPTION.db,
    format: OPTION.format,
    kind: {
      kind: 'choice',
      arg: 'KIND',
      choices: ['document', 'statement'],
      help: 'only documents or only statements',
    },
    source: { ...OPTION.source, help: 'statements whose speaker contains TEXT (documents are left out)' },
    outlet: OPTION.outlet,
    from: OPTION.from,
    to: OPTION.to,
    document: OPTION.document,
    limit: { ...OPTION.limit, help: 'at most N hits of each kind (default 20)' },
    'all-versions': OPTION['all-versions'],
    wide: OPTION.wide,
  },
  positionals: { min: 1, name: 'some words to look for' },
  async run(values, positionals) {
    const words = positionals.join(' ').trim();
    const format = values.format ?? 'table';
    const filter = { ...filterOf(values, 'json'), kind: values.kind };
    const ledger = ledgerOf(values, true);
    try {
      // One person's search: every match is ranked (the server bounds the work per request).
      const hits = search(ledger, words, filter, { rankAmong: Infinity });
      if (format !== 'table') await emitRecords(hits, format, process.stdout);
      else if (hits.length === 0) process.stderr.write(`no matches for "${words}"\n`);
      else
        await emitTable(
          hits,
          [
            { header: 'kind', get: (h) => h.kind, fit: 'fixed' },
            { header: 'published', get: (h) => h.published, fit: 'fixed' },
            { header: 'outlet', get: (h) => h.outlet, drop: 1 },
            { header: 'snippet', get: (h) => snippetCell(h, Infinity), fit: snippetCell, min: 24, weight: 3 },
            { header: 'v', get: versionCell, fit: 'fixed', hideIf: '1' },
            { header: 'document', get: (h) => shortId(h.documentId), fit: 'fixed' },
          ],
          process.stdout,
          { width: values.wide ? Infinity : terminalWidth(), color: useColor(process.stdout) },
        );
    } finally {
      ledger.close();
    }
    return 0;
  },
});
