/**
 * Sentence openings that continue the report of the sentence before, so its claimant carries over:
 * "Palestinian officials said 10,569 people had been killed. Of those, 4,000 were children."
 * Lower case; matched at the start of the sentence, on whole words.
 */
export const CARRY_OPENERS: readonly string[] = [
  'of those',
  'of them',
  'of the dead',
  'of the victims',
  'of the injured',
  'of the wounded',
  'of the killed',
  'among them',
  'among those',
  'among the dead',
  'among the victims',
  'among the injured',
  'among the wounded',
  'among the killed',
  'the toll includes',
  'the toll included',
  'the dead include',
  'the dead included',
  'the victims include',
  'the victims included',
  'the figure includes',
  'the figure included',
  'that figure',
  'this figure',
  'that number',
  'this number',
  'that toll',
  'this toll',
  'the figure',
  'the figures include',
  'they include',
  'they included',
  'most of them',
  'half of them',
  'many of them',
  'some of them',
  'all of them',
  'that includes',
  'this includes',
  'the number includes',
];

/** "Another 120 were wounded": this word followed by a number continues the report. Lower case. */
export const CARRY_NUMBER_OPENERS: readonly string[] = [
  'another',
  'a further',
  'an additional',
  'a total of',
  'at least another',
];
