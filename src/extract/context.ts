import type {
  Attribution,
  DateMention,
  Entity,
  ExtractOptions,
  Figure,
  IsoDate,
  KnownMeta,
  Message,
  NumberMention,
  Sentence,
  Span,
  Statement,
} from '../model.js';
import type { QuoteRun } from './sentences/index.js';
import type { TextBase } from './text/index.js';

/** Document-level facts the metadata stage settles before the other stages run. */
export interface ResolvedMeta {
  title: string | null;
  outlet: string | null;
  /** Rule that supplied `outlet` (`meta/known`, `metadata/masthead`, `metadata/footer-publisher`, …); absent or null when none did. */
  outletBy?: string | null;
  /**
   * The news agency whose copy this is, from the dateline's code ("(AP)" → "Associated Press",
   * "(Kestrel)" as printed); a paper reprinting wire copy names itself in `outlet`. Absent or null
   * when the dateline names none.
   */
  agency?: string | null;
  published: IsoDate | null;
  /** Rule that supplied `published` (`meta/known`, `metadata/date-line`, `options/published`). */
  publishedBy: string | null;
  /** A date seen without a year, e.g. "October 31" from a dateline. */
  publishedPartial: string | null;
  dateline: string | null;
  /** Span of the dateline place in the text, when there is one. */
  datelineSpan: Span | null;
  /**
   * The whole dateline opening the story, dash included ("Gaza City, October 31 (RHC)--"), so later
   * stages can skip it when they read the first sentence. Absent or null when there is none.
   */
  datelinePrefix?: Span | null;
  language: string;
  /** Findings of the metadata stage (a date without a year, an ambiguous date line). */
  messages?: Message[];
}

/**
 * What the stages have found so far about one document. Each stage reads the fields of the stages
 * before it and returns its own; `extract()` fills this in stage by stage.
 */
export interface Analysis {
  text: string;
  known: KnownMeta;
  options: ExtractOptions;
  paragraphs: Span[];
  sentences: Sentence[];
  /** The outermost quotation of each paragraph, in text order. */
  quotes: QuoteRun[];
  /** The text base: each sentence's tokens, tokenized once for every stage that reads them. */
  base: TextBase;
  meta: ResolvedMeta;
  dates: DateMention[];
  numbers: NumberMention[];
  entities: Entity[];
  attributions: Attribution[];
  statements: Statement[];
  figures: Figure[];
  messages: Message[];
}
