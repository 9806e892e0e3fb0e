import type { Attribution, DateMention, Entity, ExtractOptions, Figure, IsoDate, KnownMeta, Message, NumberMention, Sentence, Span, Statement } from '../model.js';

/** Document-level facts the metadata stage settles before the other stages run. */
export interface ResolvedMeta {
  title: string | null;
  outlet: string | null;
  published: IsoDate | null;
  /** Rule that supplied `published` (`meta/known`, `metadata/date-line`, `options/published`). */
  publishedBy: string | null;
  /** A date seen without a year, e.g. "October 31" from a dateline. */
  publishedPartial: string | null;
  dateline: string | null;
  /** Span of the dateline place in the text, when there is one. */
  datelineSpan: Span | null;
  language: string;
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
  meta: ResolvedMeta;
  dates: DateMention[];
  numbers: NumberMention[];
  entities: Entity[];
  attributions: Attribution[];
  statements: Statement[];
  figures: Figure[];
  messages: Message[];
}
