/**
 * Words that make the one told a medium that relays a claim ("told the station", "told Radio
 * Tolvaren", "told Al-Aqsa TV") rather than an audience ("told reporters", "told parliament").
 */
export const MEDIUM_WORDS = [
  'agency',
  'broadcaster',
  'channel',
  'daily',
  'magazine',
  'network',
  'news',
  'newspaper',
  'paper',
  'radio',
  'station',
  'television',
  'tv',
  'wire',
];
