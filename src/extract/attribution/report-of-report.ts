import type { Attribution } from '../../model.js';
import { namesParty, readClaimant } from './read-claimant.js';
import { isMedium } from './relays.js';
import { REPORT_OF_REPORT } from './rules.js';

// What may open the outer content before the inner claimant: "that".
const AFTER_THAT = /^that\s+/u;
// "Reports said …", "Media reports noted …": unnamed media.
const UNNAMED_MEDIA = /^(?:(?:media|news|press)\s+)?reports$/iu;

/**
 * A medium's report whose whole content is another's report ("Reports noted that the ministry
 * claimed that 40 were killed", "According to a report by the news agency Kestrel, officials said
 * the toll rose") carries that report: the inner frame is the statement, with the inner speaker,
 * and the medium's frame reports a noun phrase (changed in place, no statement of its own; the
 * figures were already the inner claimant's). The inner frame must open the outer content with its
 * written claimant, a party ("the scale of the damage indicates that …" is none), and run to its
 * end. The medium is named by its claimant or role (see isMedium), or is unnamed "reports". Seen in
 * wire copy of two outlets (news-dev: an agency's report of officials, "reports" of an army
 * directorate). A person relaying ("The spokesman said the relief office reported that …") keeps
 * the outer statement: PolNeAR annotates both reports.
 * `attributions` are the document's own frames in text order.
 */
export function markReportsOfReports(text: string, attributions: readonly Attribution[]): void {
  // Inner frames by where their written claimant starts: one look-up per outer frame.
  const byClaimant = new Map<number, Attribution>();
  for (const a of attributions) {
    if (a.reports === 'words' && a.claimantSpan && !byClaimant.has(a.claimantSpan.start))
      byClaimant.set(a.claimantSpan.start, a);
  }
  for (const outer of attributions) {
    if (outer.reports !== 'words' || outer.content.start < outer.cueSpan.end || !_isMedium(outer)) continue;
    const that = AFTER_THAT.exec(text.slice(outer.content.start, outer.content.start + 12));
    const inner = byClaimant.get(outer.content.start + (that ? that[0].length : 0));
    if (
      inner &&
      inner !== outer &&
      inner.sentence === outer.sentence &&
      inner.cueSpan.end <= outer.content.end &&
      inner.content.start >= inner.cueSpan.end &&
      inner.content.end >= outer.content.end &&
      _isParty(text, inner.claimantSpan!.start, inner.claimantSpan!.end)
    ) {
      outer.reports = REPORT_OF_REPORT.reports;
      outer.by = REPORT_OF_REPORT.id;
      outer.why = { frame: REPORT_OF_REPORT.id, claimant: outer.why.claimant };
    }
  }
}

function _isParty(text: string, start: number, end: number): boolean {
  const phrase = readClaimant(text, start, end);
  return phrase !== null && namesParty(phrase);
}

function _isMedium(a: Attribution): boolean {
  const name = a.claimant ?? '';
  return isMedium(name) || (a.role !== null && isMedium(a.role)) || UNNAMED_MEDIA.test(name);
}
