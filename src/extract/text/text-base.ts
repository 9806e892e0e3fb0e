import type { Sentence } from '../../model.js';
import { tokenize, type Token } from './token.js';

/**
 * The text base of one document: its text, its sentences and each sentence's scan tokens,
 * tokenized the first time a stage asks for them and then shared, so a sentence is tokenized once
 * per document (the numbers stage reads a sentence's tokens, the figures stage the same array).
 * Made by the pipeline once the sentences are known.
 */
export class TextBase {
  private readonly cache: Array<readonly Token[] | undefined>;

  constructor(
    readonly text: string,
    readonly sentences: readonly Sentence[],
  ) {
    this.cache = new Array<readonly Token[] | undefined>(sentences.length);
  }

  /** The scan tokens of sentence `i` (see {@link tokenize}). */
  tokens(i: number): readonly Token[] {
    return (this.cache[i] ??= tokenize(this.text, this.sentences[i]!.span));
  }
}
