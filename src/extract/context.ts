import type {
  Attribution,
  DateMention,
  Entity,
  ExtractOptions,
  Figure,
  KnownMeta,
  Message,
  NumberMention,
  Sentence,
  Span,
  Statement,
} from '../model.js';
import type { ResolvedMeta } from './metadata/index.js';
import type { QuoteRun } from './sentences/index.js';
import type { TextBase } from './text/index.js';

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
