/**
 * The benchmark's article texts, shared by the end-to-end ingest benchmark and the store-alone one
 * so both store exactly the same documents.
 */

/**
 * Repetition `i` of a unique text: the text with a last line naming its index
 * ("…\n\n[bench copy 4711]\n"), so every repetition is a distinct document and none is skipped as
 * a duplicate. The index line comes after the text, so the unique text's spans still hold.
 */
export function benchCopy(text: string, i: number): string {
  return `${text.trimEnd()}\n\n[bench copy ${i}]\n`;
}
