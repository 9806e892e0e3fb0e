import type { RuleId } from '../../model.js';

/**
 * The rules of the metadata stage that decide a document field or raise a message, each written
 * out in full where it is defined: `publishedBy` and `outletBy` name one, and so does each message.
 *
 * Their order: what the container said (the page, the feed, the command line: KNOWN) comes first;
 * then the text, in the order of findPublished and findOutlet; then `--published`.
 */
export const METADATA_RULES = {
  /** The page's metadata, the feed item or the JSON Lines record gave the field. */
  known: 'meta/known',
  /** `--published YYYY-MM-DD`, used only when neither the container nor the text gives a date. */
  publishedOption: 'options/published',
  // Publication date, read from the text (find-published.ts), in order.
  /** "Friday 10 November 2023", "Published: 2023-11-10 14:02 GMT" near the top or the bottom. */
  dateLine: 'metadata/date-line',
  /** "Outlet | News | 12.06.2023, 10:15": a dotted date, day first. */
  dottedDateLine: 'metadata/dotted-date-line',
  /** "GAZA CITY, Oct 31, 2023 (Reuters) -": the dateline's date, with its year. */
  datelineDate: 'metadata/dateline-date',
  /** "Oct 25" and the only year the date lines print ("Updated 16:10, 2023"). */
  yearOfDateLine: 'metadata/year-of-date-line',
  // Outlet (find-outlet.ts, find-masthead.ts), in order.
  /** "**Radio Habana Cuba**": a closing line wholly in strong emphasis. */
  footerSignOff: 'metadata/footer-sign-off',
  /** "© 2025 Sulvane Civilian Monitor.", "Source: Example News", "Transcript published by Radio Tolvaren". */
  footerPublisher: 'metadata/footer-publisher',
  /** "Press Service of the Ministry of Defence of …", "Ministry of Health of … — Press Office". */
  footerPressService: 'metadata/footer-press-service',
  /** "The Northern Ledger | World | …": the first name of a masthead line. */
  masthead: 'metadata/masthead',
  /** "By Selam Tesfaye, Horn Dispatch": an outlet's name after a byline. */
  bylineOutlet: 'metadata/byline-outlet',
  /** "please contact the UN Human Rights Office press unit". */
  footerContact: 'metadata/footer-contact',
  /** "KYIV (AP) —" → "AP": the agency code of the dateline, as printed. */
  datelineAgency: 'metadata/dateline-agency',
  /** "(Xinhua)" alone under the headline, "Reuters" or "AP writer … contributed" on the last lines. */
  agencyCreditLine: 'metadata/agency-credit-line',
  /** "…, the ministry said, TASS reports.": a sentence crediting the story to an agency, last. */
  agencyReports: 'metadata/agency-reports',
  // Messages.
  /** A date without a year ("October 31"): the publication date is left unknown. */
  publishedPartial: 'metadata/published-partial',
  /** "10/11/2023" reads as day/month and as month/day: not used as the publication date. */
  ambiguousDateLine: 'metadata/ambiguous-date-line',
  /** The text reads as a language the rules do not cover (they read English). */
  languageNotCovered: 'metadata/language-not-covered',
} as const satisfies Record<string, RuleId>;
