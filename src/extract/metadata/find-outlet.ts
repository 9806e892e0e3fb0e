import type { Span } from '../../model.js';
import { AGENCY_NAMES } from './data/agency-codes.js';
import { FOOTER_PARAGRAPHS, PUBLISHER_LEADS, PUBLISHER_TAILS } from './data/footer-cues.js';
import type { Dateline } from './find-dateline.js';
import { stripMarkdownLine } from './strip-markdown.js';

/** The publisher the text names, and the rule that found it. */
export interface OutletFinding {
  name: string;
  by: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LEAD = new RegExp(`^(?:${PUBLISHER_LEADS.map(escape).join('|')})\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?`, 'i');
const TAIL = new RegExp(`[\\s.,;:|-]*(?:${PUBLISHER_TAILS.map(escape).join('|')})?[\\s.,;:]*$`, 'i');
// "**Radio Habana Cuba**": a whole line in strong emphasis at the very end is the publisher's sign-off.
const STRONG_LINE = /^(?:\*\*|__)[^*_\n]+(?:\*\*|__)$/;
// A publisher's name: a few capitalised words ("Radio Habana Cuba", "The Example Times", "BBC News").
const NAME = /^(?:The |the )?[\p{Lu}\d][\p{L}\d&'’.\-]*(?:[ ](?:[\p{Lu}\d&][\p{L}\d&'’.\-]*|of|de|del|al|el|and|for|the|du|la|le))*$/u;
const MAX_WORDS = 6;

/**
 * Finds the outlet from the text: a footer line naming the publisher ("**Radio Habana Cuba**",
 * "© 2023 Example News. All rights reserved.", "Source: Example News", "This story was published
 * by Example News.") among the last FOOTER_PARAGRAPHS paragraphs (URLs and rules skipped), else
 * the agency code of the dateline ("(AP)" → "Associated Press" by data/agency-codes.ts; an
 * unknown code such as "RHC" stays as printed). Names are kept as printed.
 */
export function findOutlet(text: string, paragraphs: readonly Span[], kinds: readonly string[], dateline: Dateline | null): OutletFinding | null {
  for (let i = paragraphs.length - 1, seen = 0; i >= 0 && seen < FOOTER_PARAGRAPHS; i--) {
    if (kinds[i] === 'sentences/url' || kinds[i] === 'sentences/rule') continue;
    seen++;
    const p = paragraphs[i]!;
    const line = text.slice(p.start, p.end);
    if (line.includes('\n')) continue;
    if (seen === 1 && STRONG_LINE.test(line)) {
      const name = stripMarkdownLine(line);
      if (_isName(name)) return { name, by: 'metadata/footer-sign-off' };
    }
    const bare = stripMarkdownLine(line);
    const lead = LEAD.exec(bare);
    if (lead) {
      const name = bare.slice(lead[0].length).replace(TAIL, '');
      if (_isName(name)) return { name, by: 'metadata/footer-publisher' };
    }
  }
  if (dateline?.agency) return { name: AGENCY_NAMES.get(dateline.agency) ?? dateline.agency, by: 'metadata/dateline-agency' };
  return null;
}

function _isName(s: string): boolean {
  return s.length > 1 && NAME.test(s) && s.split(' ').length <= MAX_WORDS;
}
