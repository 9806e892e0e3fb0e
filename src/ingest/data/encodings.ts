/**
 * Encoding labels and thresholds used by `decode.ts`.
 */

/** Labels that mean UTF-8 when a page or server declares them. Lower case. */
export const UTF8_LABELS: ReadonlySet<string> = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/**
 * Labels that browsers decode as windows-1252 (WHATWG Encoding Standard): pages that say
 * ISO-8859-1 or ASCII routinely contain windows-1252 curly quotes (bytes 0x91–0x94). Lower case.
 */
export const WINDOWS_1252_ALIASES: ReadonlySet<string> = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
  'cp1252',
  'windows-1252',
]);

/** chardet guesses that never name a legacy encoding worth decoding with: skip them. */
export const NOT_LEGACY_GUESSES: ReadonlySet<string> = new Set(['UTF-8', 'ASCII']);

/**
 * Lowest chardet confidence (0–100) accepted for bytes that are not valid UTF-8. Real Latin-1,
 * windows-1252 and Cyrillic news text of one sentence scores 40–85; random bytes score about 10.
 */
export const MIN_CHARDET_CONFIDENCE = 25;

/**
 * Share of C0 control bytes (other than tab, newlines, form feed and escape) above which input is
 * binary, measured over the first `BINARY_SAMPLE_BYTES` bytes.
 */
export const MAX_CONTROL_SHARE = 0.01;

/** How many leading bytes the control-character check looks at. */
export const BINARY_SAMPLE_BYTES = 65_536;

/**
 * How many leading bytes chardet reads: its statistics settle within a few kilobytes, and over a
 * whole 10 MB file it would take seconds.
 */
export const CHARDET_SAMPLE_BYTES = 65_536;
