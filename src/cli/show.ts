import { loadDocument, type StoredDocument } from '../store/queries.js';
import { storedExtraction } from '../store/stored-extraction.js';
import { explainExtraction } from './explain.js';
import { useColor } from './format.js';
import { ledgerOf, OPTION } from './ledger-options.js';
import { defineCommand, UsageError } from './options.js';
import { terminalFor } from './terminal.js';

interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
}

const ANSI = { figure: '\x1b[1;33m', statement: '\x1b[36m', reset: '\x1b[0m' };

/** Inserts marks into the text; marks are nested by position so overlaps stay readable. */
export function markText(doc: StoredDocument, color: boolean): string {
  const marks: Mark[] = [];
  doc.figures.forEach((f, i) =>
    marks.push({
      start: f.span.start,
      end: f.span.end,
      open: `${color ? ANSI.figure : ''}[F${i + 1} `,
      close: `]${color ? ANSI.reset : ''}`,
    }),
  );
  doc.statements.forEach((s, i) =>
    marks.push({
      start: s.span.start,
      end: s.span.end,
      open: `${color ? ANSI.statement : ''}{S${i + 1} `,
      close: `}${color ? ANSI.reset : ''}`,
    }),
  );
  const inserts: Array<{ at: number; text: string; order: number }> = [];
  for (const m of marks) {
    inserts.push({ at: m.start, text: m.open, order: -(m.end - m.start) });
    inserts.push({ at: m.end, text: m.close, order: m.end - m.start });
  }
  // Closings before openings at the same place; wider spans open first and close last.
  inserts.sort((a, b) => a.at - b.at || Math.sign(b.order) - Math.sign(a.order) || a.order - b.order);
  const { text } = doc.document;
  let out = '';
  let pos = 0;
  for (const ins of inserts) {
    out += text.slice(pos, ins.at) + ins.text;
    pos = ins.at;
  }
  return out + text.slice(pos);
}

function legend(doc: StoredDocument): string {
  const lines = doc.figures.map(
    (f, i) =>
      `F${i + 1}  ${f.metric} ${f.value}${f.unit === 'percent' ? '%' : ''} (${f.qualifier})${f.who ? ` ${f.who}` : ''} · as of ${f.asOf ?? '?'}${f.asOfBasis === 'implied' ? ' (the publication date)' : ''}${f.since ? ` since ${f.since}` : ''} · source: ${f.source ?? 'the outlet’s own voice'}`,
  );
  lines.push(
    ...doc.statements.map(
      (s, i) =>
        `S${i + 1}  ${s.kind} · ${s.speaker ?? 'unknown speaker'}${s.speakerRole ? ` (${s.speakerRole})` : ''}${s.cue ? ` · ${s.cue}` : ''}`,
    ),
  );
  return lines.join('\n');
}

export const { usage, run } = defineCommand({
  name: 'show',
  synopsis: 'DOC_ID [options]',
  summary: `Prints a stored document with its claims marked in the text: figures as [F1 …], statements as
{S1 …}, then a list of every claim with its metric, claimant or speaker. An id prefix is enough.
With --why, each claim instead comes with its sentence, its words underlined and the rule that
decided each of its fields, as "crosscheck extract --explain" prints it. With --format json: the
document (its text included) with every figure, statement, entity and message, in the field names
of "crosscheck extract" ("why" included).`,
  options: {
    db: OPTION.db,
    format: { kind: 'choice', arg: 'FORMAT', choices: ['text', 'json'], help: 'text (default) or json' },
    color: { ...OPTION.color, help: 'colour the marks even off a terminal' },
    'no-color': OPTION['no-color'],
    why: { kind: 'flag', help: 'each figure and statement with the rules that decided its fields' },
  },
  positionals: { min: 1, max: 1, name: 'a document id (see "crosscheck documents")' },
  async run(values, [id]) {
    const ledger = ledgerOf(values, true);
    let doc: StoredDocument | null;
    try {
      doc = loadDocument(ledger, id!);
    } catch (e) {
      throw new UsageError((e as Error).message);
    } finally {
      ledger.close();
    }
    if (!doc) {
      process.stderr.write(`crosscheck show: no document with id ${id} in the ledger\n`);
      return 1;
    }
    if (values.format === 'json') {
      process.stdout.write(JSON.stringify(doc) + '\n');
      return 0;
    }
    if (values.why) {
      process.stdout.write(explainExtraction(storedExtraction(doc), terminalFor(values), { stored: true }));
      return 0;
    }
    const color = useColor(process.stdout, values);
    const d = doc.document;
    const version = d.latest
      ? d.version > 1
        ? `version ${d.version}`
        : ''
      : `version ${d.version}, superseded by ${d.supersededBy!.slice(0, 10)}`;
    process.stdout.write(
      `${d.title ?? '(untitled)'}\n${[d.outlet, d.published, d.origin, version].filter(Boolean).join(' · ')}\n\n${markText(doc, color)}\n\n${legend(doc)}\n`,
    );
    return 0;
  },
});
