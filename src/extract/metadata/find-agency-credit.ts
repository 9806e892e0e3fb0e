import type { Sentence, Span } from '../../model.js';
import { alternation } from '../text/index.js';
import { AGENCY_CODES, CREDIT_STAFF_WORDS } from './data/agency-codes.js';
import type { FooterLine } from './footer-lines.js';
import { METADATA_RULES } from './rules.js';

/** A news agency credited with the copy, by its code ("AP", "Xinhua"), and the rule that found it. */
export interface AgencyCredit {
  code: string;
  by: string;
}

/** Paragraphs from the top searched for a credit line above the story. */
const HEAD_PARAGRAPHS = 6;
const LINE = /[^\n]+/g;
// "(Xinhua)" alone on a line under the headline.
const BRACKETED = /^\(([^()]{2,40})\)$/;
// "Reuters", "— AFP", "(AP)" alone on the last lines.
const ALONE = /^(?:[—–-][ ]*)?\(?([^()]{2,40}?)\)?\.?$/;
// "Associated Press writer Ana Pell in Kestrel contributed to this report."
const STAFF = new RegExp(`^(?:The )?(.{2,40}?) (?:${alternation(CREDIT_STAFF_WORDS)})\\b.*\\bcontributed\\b`, 'i');
const REPORTS = 'reports';
/** Characters at the end of a sentence read for a present-tense credit. */
const REPORTS_TAIL = 80;
// "…, the ministry said on Sunday, Kestrel Agency reports." / "…, reports the AP.": the present
// tense credits the whole story to the agency; "X reported" credits one fact and is left out.
const REPORTS_END = /,[ ]+(?:(?:the[ ]+)?([^,]{2,40}?)[ ]+reports|reports[ ]+(?:the[ ]+)?([^,]{2,40}?))\.["”]?\s*$/i;

/**
 * The news agency the text credits with the copy, when the dateline names none, in this order:
 * 1. a credit line above the story, the agency's code in brackets alone on its line ("(Xinhua)");
 * 2. a credit on the last lines: the agency alone ("Reuters", "— AFP") or its staff ("Associated
 *    Press writer Ana Pell contributed to this report");
 * 3. a sentence ending in a present-tense credit ("…, Kestrel officials said, TASS reports.",
 *    "…, reports the AP.").
 * Only agencies of data/agency-codes.ts count, given by their code: "Associated Press" → "AP".
 * Each is a convention of wire copy reprinted by other outlets, seen in reprints of several
 * agencies (AP, Reuters, TASS, Xinhua).
 */
export function findAgencyCredit(
  text: string,
  paragraphs: readonly Span[],
  footer: readonly FooterLine[],
  sentences: readonly Sentence[],
  storyStart: number,
): AgencyCredit | null {
  for (let i = 0; i < paragraphs.length && i < HEAD_PARAGRAPHS && paragraphs[i]!.start < storyStart; i++) {
    const p = paragraphs[i]!;
    const head = text.slice(p.start, Math.min(p.end, storyStart));
    // Most head paragraphs (a headline, a byline) hold no bracket: their lines are not read.
    if (!head.includes('(')) continue;
    for (const [line] of head.matchAll(LINE)) {
      const code = agencyCode(BRACKETED.exec(line.trim())?.[1]);
      if (code) return { code, by: METADATA_RULES.agencyCreditLine };
    }
  }
  for (const { line } of footer) {
    const code = agencyCode(ALONE.exec(line)?.[1]) ?? agencyCode(STAFF.exec(line)?.[1]);
    if (code) return { code, by: METADATA_RULES.agencyCreditLine };
  }
  // The first "reports" at or after a sentence's tail, searched forward once for the whole text
  // (the tails come in text order): a sentence ends in a credit only if it lies inside the tail.
  let next = -1;
  for (const s of sentences) {
    const from = Math.max(s.span.start, s.span.end - REPORTS_TAIL);
    if (next < from) {
      next = text.indexOf(REPORTS, from);
      if (next < 0) break; // none in the rest of the text
    }
    if (next + REPORTS.length > s.span.end) continue;
    const tail = text.slice(from, s.span.end);
    const m = REPORTS_END.exec(tail);
    const code = m ? agencyCode(m[1] ?? m[2]) : null;
    if (code) return { code, by: METADATA_RULES.agencyReports };
  }
  return null;
}

/** The code of a known agency printed as `printed` ("AP", "Associated Press", "the Associated Press"), or null. */
export function agencyCode(printed: string | undefined): string | null {
  if (!printed) return null;
  const s = printed.trim().replace(/^the /i, '');
  return AGENCY_CODES.get(s) ?? AGENCY_CODES.get(s.toLowerCase()) ?? null;
}
