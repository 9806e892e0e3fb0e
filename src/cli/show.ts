import { loadDocument, type StoredDocument } from '../store/queries.js';
import { storedExtraction } from '../store/stored-extraction.js';
import { explainExtraction } from './explain.js';
import { LEDGER_HELP, ledgerOf, parseLedgerArgs, UsageError } from './ledger-options.js';
import { colorFlag, terminalOf } from './terminal.js';

export const usage = `Usage: crosscheck show DOC_ID [options]

Prints a stored document with its claims marked in the text: figures as [F1 …], statements as
{S1 …}, then a list of every claim with its metric, claimant or speaker. An id prefix is enough.
With --why, each claim instead comes with its sentence, its words underlined, and the rule that
decided each field (as "crosscheck extract --explain" prints it).

Options:
${LEDGER_HELP.split('\n')[0]}
  --format FORMAT        text (default) or json (every stored field, "why" included)
  --why                  each figure and statement with the rules that decided its fields
  --color / --no-color   colour the marks (default: on a terminal, unless NO_COLOR is set)
  -h, --help             show this help`;

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
      start: f.span_start,
      end: f.span_end,
      open: `${color ? ANSI.figure : ''}[F${i + 1} `,
      close: `]${color ? ANSI.reset : ''}`,
    }),
  );
  doc.statements.forEach((s, i) =>
    marks.push({
      start: s.span_start,
      end: s.span_end,
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
      `F${i + 1}  ${f.metric} ${f.value}${f.unit === 'percent' ? '%' : ''} (${f.qualifier})${f.who ? ` ${f.who}` : ''} · as of ${f.as_of ?? '?'}${f.since ? ` since ${f.since}` : ''} · source: ${f.source ?? 'the outlet’s own voice'}`,
  );
  lines.push(
    ...doc.statements.map(
      (s, i) =>
        `S${i + 1}  ${s.kind} · ${s.speaker ?? 'unknown speaker'}${s.speaker_role ? ` (${s.speaker_role})` : ''}${s.cue ? ` · ${s.cue}` : ''}`,
    ),
  );
  return lines.join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseLedgerArgs(argv, {
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    why: { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const id = positionals[0];
  if (!id) throw new UsageError('show needs a document id (see "crosscheck documents")');
  const json = values.format === 'json';
  if (!json && values.format !== undefined && values.format !== 'text')
    throw new UsageError('--format must be text or json');
  const ledger = ledgerOf(values, true);
  let doc: StoredDocument | null;
  try {
    doc = loadDocument(ledger, id);
  } catch (e) {
    throw new UsageError((e as Error).message);
  } finally {
    ledger.close();
  }
  if (!doc) {
    process.stderr.write(`crosscheck: no document with id ${id} in the ledger\n`);
    return 1;
  }
  if (json) {
    process.stdout.write(JSON.stringify(doc) + '\n');
    return 0;
  }
  const terminal = terminalOf(process.stdout, process.env, colorFlag(values));
  if (values.why) {
    process.stdout.write(explainExtraction(storedExtraction(doc), terminal, { stored: true }));
    return 0;
  }
  const { color } = terminal;
  const d = doc.document;
  process.stdout.write(
    `${d.title ?? '(untitled)'}\n${[d.outlet, d.published, d.origin].filter(Boolean).join(' · ')}\n\n${markText(doc, color)}\n\n${legend(doc)}\n`,
  );
  return 0;
}
