/**
 * Words that usually open a sentence. After a dotted acronym ("U.S.", "U.N.", "p.m.") the full stop
 * may be the acronym's or the sentence's: "talks at the U.N. Security Council" continues, "sanctions
 * imposed by the U.S. The move came …" ends. The splitter ends the sentence only when the next word
 * is one of these.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'His', 'Her', 'They',
  'Their', 'We', 'Our', 'I', 'You', 'There', 'But', 'And', 'Yet', 'So', 'Still', 'However', 'Meanwhile',
  'In', 'On', 'At', 'As', 'After', 'Before', 'Since', 'When', 'While', 'If', 'Although', 'Some', 'Many',
  'Most', 'Other', 'Another', 'Officials', 'Asked', 'No', 'Both', 'Each', 'Such', 'Earlier', 'Later',
]);
