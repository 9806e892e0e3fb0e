import type { Attribution, Span, Statement } from '../../model.js';
import { contentIndex, type ContentIndex } from '../attribution/index.js';
import type { QuoteRun } from '../sentences/index.js';
import { isStatementQuote, type QuoteFraming } from './classify-quote.js';
import { INDIRECT, QUOTE_RULES, TOLL, type StatementRule } from './rules.js';

const TRAILING_MARK = /[\s,;:]/;

/** What the statements stage reads. */
export interface StatementInput {
  text: string;
  /** The outermost quotations, from the sentences stage. */
  quotes: readonly QuoteRun[];
  attributions: readonly Attribution[];
}

/**
 * Finds direct and indirect statements with their speakers, from the quotations of the text and
 * the attribution stage's frames:
 * - direct: each outermost quotation that is someone's words (see `isStatementQuote`). Its speaker
 *   is the claimant of the frame that introduces or closes it (`framed`: "X said: “…”", "“…,” he
 *   said"), else of the reported content holding it (`partial`: "said forces were lured into
 *   “ambushes of terror and death”"), else of the paragraph it continues (`continued`), else null.
 *   A quote interrupted by "he said" is two quotations, so two statements; a quotation running
 *   over paragraphs is one statement per paragraph.
 * - indirect: each frame of the attribution stage that reports someone's words and whose content
 *   is not just a quotation (not a plain noun phrase, "announced €5 million in aid", nor a question
 *   put by an unnamed asker, "Asked whether the depot would reopen, …"): its content is the
 *   reported clause ("that" and the final full stop already left out); a toll's frame, the verb
 *   with its number ("put the toll at 112").
 * Sorted by span start. The rules: rules.ts.
 */
export function findStatements(a: StatementInput): Statement[] {
  const own = a.attributions.filter((x) => !x.carried);
  const holders = contentIndex(own);
  const continued = a.attributions.filter((x) => x.continuesQuote);
  const framedBy = new Map<string, Attribution>();
  for (const x of own) if (!framedBy.has(_key(x.content))) framedBy.set(_key(x.content), x);
  const out: Statement[] = [];
  const quoteKeys = new Set<string>();
  for (const q of a.quotes) {
    quoteKeys.add(_key(q.span));
    const { source, framing } = _speakerOf(q, framedBy, holders, continued);
    if (!isStatementQuote(a.text, q, framing)) continue;
    out.push(_statement(a.text, QUOTE_RULES[framing], q.span, source));
  }
  for (const x of own) {
    // "placed the number of troops dead at 13": the verb with its toll.
    if (x.reports === 'toll') out.push(_statement(a.text, TOLL, _tollSpan(a.text, x), x));
    if (quoteKeys.has(_key(x.content)) || x.reports !== 'words') continue;
    out.push(_statement(a.text, INDIRECT, x.content, x));
  }
  return out.sort((p, q) => p.span.start - q.span.start || (p.kind === q.kind ? 0 : p.kind === 'direct' ? 1 : -1));
}

function _speakerOf(
  q: QuoteRun,
  framedBy: ReadonlyMap<string, Attribution>,
  holders: ContentIndex,
  continued: readonly Attribution[],
): { source: Attribution | null; framing: QuoteFraming } {
  const framed = framedBy.get(_key(q.span));
  if (framed) return { source: framed, framing: 'framed' };
  const partial = holders.innermost(q.span);
  if (partial) return { source: partial, framing: partial.reports === 'words' ? 'partial' : 'characterising' };
  for (const x of continued) {
    if (x.content.start <= q.open && q.span.start < x.content.end) return { source: x, framing: 'continued' };
  }
  return { source: null, framing: 'none' };
}

function _statement(text: string, rule: StatementRule, span: Span, x: Attribution | null): Statement {
  return {
    kind: rule.kind,
    speaker: x?.claimant ?? null,
    speakerRole: x?.role ?? null,
    cue: x?.cue ?? null,
    text: text.slice(span.start, span.end),
    span,
    speakerSpan: x?.claimantSpan ?? null,
    cueSpan: x?.cueSpan ?? null,
    by: rule.id,
    why: { kind: rule.id, speaker: x ? x.why : null },
  };
}

/** From the toll verb to the end of its number, without a comma a coordinated report left ("…, and said"). */
function _tollSpan(text: string, x: Attribution): Span {
  let end = x.content.end;
  while (end > x.content.start && TRAILING_MARK.test(text[end - 1]!)) end--;
  return { start: x.cueSpan.start, end };
}

function _key(s: Span): string {
  return `${s.start}:${s.end}`;
}
