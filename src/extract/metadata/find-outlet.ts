import { alternation } from '../text/index.js';
import { AGENCY_NAMES } from './data/agency-codes.js';
import { PUBLISHER_LEADS, PUBLISHER_TAILS } from './data/footer-cues.js';
import { CONTACT_LEADS, UNIT_LEADS, UNIT_WORDS } from './data/masthead-cues.js';
import type { AgencyCredit } from './find-agency-credit.js';
import type { Dateline } from './find-dateline.js';
import type { Masthead } from './find-masthead.js';
import { readPublisherName } from './publisher-name.js';
import type { FooterLine } from './footer-lines.js';
import { METADATA_RULES } from './rules.js';

/** The publisher the text names, and the rule that found it. */
export interface OutletFinding {
  name: string;
  by: string;
}

// "© 2023 Example News", "Transcript published by Radio Tolvaren": one word may stand before the cue.
const LEAD = new RegExp(
  `^(?:\\p{L}+[ ])?(?:${alternation(PUBLISHER_LEADS)})\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?`,
  'iu',
);
// "Press Service of the Ministry of Defence of the Republic of Velmora".
const UNIT_LEAD = new RegExp(`^(?:${alternation(UNIT_LEADS)})[ ]`, 'i');
const CONTACT = new RegExp(`(?:^|[ ,])(?:${alternation(CONTACT_LEADS)})[ ]*`, 'i');
const TAIL = new RegExp(`[\\s.,;:|-]*(?:${alternation(PUBLISHER_TAILS)})?[\\s.,;:]*$`, 'i');
// "Sulvane Civilian Monitor. Reproduction permitted …": the name ends where a sentence does; not
// inside "U.S. News" (a one-letter word before the stop).
// "Source: Example News, Kestrel, 05 May": nor past a comma.
const NAME_END = /(?<=[\p{L}\d]{2})[.;,][ ]|[ ]\|[ ]/u;
// "Ministry of Health of the Commonwealth of Irundel — Press Office", "General Staff of the
// Irundeli Army, Press Service": the unit after the last separator.
const UNIT_TAIL = /[ ]*(?:[—–,]|[ ]-)[ ]*([\p{L}'’ ]+)$/u;
// UNIT_TAIL ends in one of these, so a line that does not ("… permitted with attribution.", most
// footer lines) is not searched: the search would try every position of the line before failing.
const UNIT_TAIL_LAST = /[\p{L}'’ ]/uy;
// "UN Human Rights Office press unit in Geneva": the capitalised run after a contact cue.
const CAPITALISED_RUN = /^(?:the )?[\p{Lu}][\p{L}\d&'’.-]*(?:[ ](?:[\p{Lu}][\p{L}\d&'’.-]*|of|for|the|and|on))*/u;
/** Most words in the unit after a sign-off's name ("Press Office", "Office of the Spokesman"). */
const MAX_UNIT_WORDS = 4;

/**
 * Finds the outlet, the publisher of this document, in this order:
 * 1. a footer line (footerLines) naming the publisher: "**Radio Habana Cuba**", "© 2025 Sulvane Civilian Monitor. Reproduction
 *    permitted with attribution.", "Source: Example News", "Transcript published by Radio
 *    Tolvaren", "Press Service of the Ministry of Defence of …", "Ministry of Health of … — Press
 *    Office";
 * 2. the masthead ("The Northern Ledger | World | …", "By Selam Tesfaye, Horn Dispatch");
 * 3. a contact line at the end ("please contact the UN Human Rights Office press unit");
 * 4. the agency code of the dateline, as printed ("(AP)" → "AP", "(RHC)" → "RHC");
 * 5. an agency credited elsewhere (findAgencyCredit: "(Xinhua)" under the headline, "Reuters" on
 *    the last line, "…, TASS reports."), by its code.
 * A paper reprinting wire copy names itself in its footer or masthead, so the agency comes last.
 * Names are kept as printed.
 */
export function findOutlet(
  footer: readonly FooterLine[],
  masthead: Masthead,
  dateline: Dateline | null,
  credit: AgencyCredit | null,
): OutletFinding | null {
  for (const f of footer) {
    const found = _signOff(f);
    if (found) return found;
  }
  if (masthead.outlet) return { name: masthead.outlet.name, by: masthead.outlet.by };
  for (const { line } of footer) {
    const found = _contact(line);
    if (found) return found;
  }
  if (dateline?.agency) return { name: dateline.agency, by: METADATA_RULES.datelineAgency };
  return credit ? { name: credit.code, by: credit.by } : null;
}

/** The agency a dateline code stands for ("AP" → "Associated Press"), or the code as printed. */
export function agencyName(code: string): string {
  return AGENCY_NAMES.get(code) ?? code;
}

function _signOff({ line, strong }: FooterLine): OutletFinding | null {
  if (strong) {
    const name = readPublisherName(line);
    if (name) return { name: name.name, by: METADATA_RULES.footerSignOff };
  }
  const lead = LEAD.exec(line);
  if (lead) {
    const rest = line.slice(lead[0].length);
    const end = NAME_END.exec(rest);
    const name = readPublisherName((end ? rest.slice(0, end.index) : rest).replace(TAIL, ''));
    if (name) return { name: name.name, by: METADATA_RULES.footerPublisher };
  }
  const unitLead = UNIT_LEAD.exec(line);
  if (unitLead) {
    const name = readPublisherName(line.slice(unitLead[0].length).replace(TAIL, ''));
    if (name) return { name: name.name, by: METADATA_RULES.footerPressService };
  }
  const unit = _endsLikeUnit(line) ? UNIT_TAIL.exec(line) : null;
  const unitWords = unit?.[1]!.trim().toLowerCase().split(' ');
  if (unit && unitWords!.length <= MAX_UNIT_WORDS && UNIT_WORDS.has(unitWords![unitWords!.length - 1]!)) {
    const name = readPublisherName(line.slice(0, unit.index));
    if (name) return { name: name.name, by: METADATA_RULES.footerPressService };
  }
  return null;
}

// Whether the last character of `line` (a surrogate pair read whole) is one UNIT_TAIL ends in.
function _endsLikeUnit(line: string): boolean {
  let last = line.length - 1;
  if (last > 0 && (line.charCodeAt(last) & 0xfc00) === 0xdc00 && (line.charCodeAt(last - 1) & 0xfc00) === 0xd800)
    last--;
  if (last < 0) return false;
  UNIT_TAIL_LAST.lastIndex = last;
  return UNIT_TAIL_LAST.test(line);
}

function _contact(line: string): OutletFinding | null {
  const cue = CONTACT.exec(line);
  if (!cue) return null;
  const run = CAPITALISED_RUN.exec(line.slice(cue.index + cue[0].length));
  const name = run ? readPublisherName(run[0].replace(/^the /, '').replace(/[ ](?:of|for|the|and|on)$/, '')) : null;
  return name ? { name: name.name, by: METADATA_RULES.footerContact } : null;
}
