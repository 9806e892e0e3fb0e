/**
 * The lexicon: the words every stage reads, one file per concept (months, weekdays, demonyms,
 * reporting verbs, role nouns, organisation heads, titles, name particles, number words …), each
 * word written once. Where rules of different stages were tuned on different words of one concept,
 * the file lists each word once with the readers it holds for (see read-by.ts), and each reader
 * takes its own set. Cue phrases that only one rule reads live next to that rule, in its stage's
 * data/ folder.
 */
export * from './abbreviations.js';
export * from './auxiliaries.js';
export * from './date-line-labels.js';
export * from './demonyms.js';
export * from './line-openers.js';
export * from './ly-nouns.js';
export * from './months.js';
export * from './name-particles.js';
export * from './number-words.js';
export * from './organisation-heads.js';
export * from './place-prepositions.js';
export * from './reporting-verbs.js';
export * from './role-nouns.js';
export * from './sentence-openers.js';
export * from './titles.js';
export * from './toll-nouns.js';
export * from './weekdays.js';
