/**
 * A word of a lexicon list read by several rules that were tuned on different words: the word, and
 * the readers it holds for, space-separated ("al", "inner hyphen claimants"). Each word is written
 * once; each reader takes the words tagged with its name. Moving a word into another reader's set
 * changes what that reader finds, so it is accuracy work, measured on its own.
 */
export type ReadWord = readonly [word: string, readers: string];

/** The words of `table` tagged with `reader`, in table order. */
export function readBy(table: readonly ReadWord[], reader: string): string[] {
  return table.filter(([, readers]) => readers.split(' ').includes(reader)).map(([word]) => word);
}
