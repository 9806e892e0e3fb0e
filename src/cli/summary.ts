import { crossCheckSummary, type CrossCheckSummary } from '../compare/summary.js';
import type { FigurePoint } from '../model.js';
import { compareCommand } from './compare-options.js';
import { write } from './format.js';
import { OPTION } from './ledger-options.js';
import { valueText } from './value-text.js';

export const { usage, run } = compareCommand({
  name: 'summary',
  summary: `A short cross-check of the ledger: reprinted stories and independent reports, series of figures,
disputes, updates and revisions, relayed claims, and the most distinctive wording, each with one
example and the command that shows all of it.`,
  options: {
    format: { ...OPTION.format, choices: ['table', 'json'], help: 'table (default: lines for people) or json' },
  },
  async run(v, ctx) {
    const s = crossCheckSummary(ctx.ledger, { aliases: ctx.aliases });
    const aliasArg = v.aliases !== undefined ? ` --aliases ${v.aliases}` : '';
    await write(process.stdout, ctx.format === 'json' ? JSON.stringify(s) + '\n' : formatSummary(s, aliasArg));
  },
});

const claim = (p: FigurePoint) => `${valueText(p)} (${p.claimantKey}, as of ${p.asOf ?? '?'})`;

/** The summary for people: one line per comparison, each with an example and its command. */
export function formatSummary(s: CrossCheckSummary, aliasArg = ''): string {
  const out: string[] = [];
  out.push(
    `Cross-check of ${s.documents} documents from ${s.outlets} outlets${s.from ? ` (${s.from} to ${s.to})` : ''}:`,
  );
  out.push(
    `  reprints  ${s.reprinted.stories} stories printed more than once (${s.reprinted.documents} documents); ${s.reprinted.independent} independent reports in all`,
  );
  const l = s.series.longest;
  if (l)
    out.push(
      `  series    ${s.series.count} series; most claimants: ${l.metric} · ${l.group} · ${l.scope ?? '—'} · ${l.kind}, ${l.points.length} figures from ${l.claimants.length} claimants`,
    );
  out.push(
    `  disputes  ${s.disputes.disputes} disputes, ${s.disputes.updates} updates, ${s.disputes.revisions} revisions`,
  );
  if (s.disputes.example)
    out.push(`            e.g. ${claim(s.disputes.example.a)} against ${claim(s.disputes.example.b)}`);
  if (s.disputes.revision)
    out.push(`            revised: ${claim(s.disputes.revision.a)} then ${claim(s.disputes.revision.b)}`);
  out.push(`  chains    ${s.chains.relayed} relayed claims`);
  if (s.chains.longest) out.push(`            e.g. ${s.chains.longest.links.map((k) => k.key).join(' → ')}`);
  if (s.wording)
    out.push(
      `  wording   most distinctive: ${s.wording.outlet} says "${s.wording.term}"${s.wording.actor ? ` for ${s.wording.actor}` : ''} (${s.wording.count}×, z = ${s.wording.z.toFixed(1)})`,
    );
  out.push('');
  out.push(`More: crosscheck reprints | series | disputes | chains | outlets | wording${aliasArg}  (each has --help)`);
  return out.join('\n') + '\n';
}
