/**
 * The words a document writes in lower case, asked about capitalised words: "Displaced" opening a
 * sentence is a common word when "displaced" occurs elsewhere, and "Office" in "the Office said"
 * when "office" does. Each capitalised spelling is lower-cased and looked up once per document,
 * however often it recurs ("Gaza" in every paragraph).
 */
export class LowerCaseWords {
  private readonly answers = new Map<string, boolean>();

  /** `words`: the document's lower-case words as tokenizeSentence collects them, complete before the first question. */
  constructor(private readonly words: ReadonlySet<string>) {}

  /** Whether `word`, lower-cased, is one of the document's lower-case words ("Office" when "office" occurs). */
  has(word: string): boolean {
    // An ALL CAPS wire ("GUERRILLAS ATTACKED …") writes no word in lower case: nothing to look up.
    if (this.words.size === 0) return false;
    let answer = this.answers.get(word);
    if (answer === undefined) {
      answer = this.words.has(word.toLowerCase());
      this.answers.set(word, answer);
    }
    return answer;
  }
}
